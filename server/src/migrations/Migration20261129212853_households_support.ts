import { Migration } from '@mikro-orm/migrations';

export class Migration20261129212853_households_support extends Migration {

  override name = 'Migration20261129212853_households_support';

  override up(): void | Promise<void> {
    this.addSql(`create table "household" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "head_name" varchar(200) not null, "unit_id" int not null, "address" varchar(500) null, "members" int null, "ethnic_minority" boolean not null default false, "search_text" text not null);`);
    this.addSql(`create index "household_unit_id_index" on "household" ("unit_id");`);

    this.addSql(`create table "household_status" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "household_id" int not null, "year" int not null, "status" text not null);`);
    this.addSql(`alter table "household_status" add constraint "household_status_household_id_year_unique" unique ("household_id", "year");`);

    this.addSql(`create table "support" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "fund_id" int not null, "household_id" int null, "project_name" varchar(300) null, "unit_id" int not null, "purpose" text not null, "medium" text not null, "amount" bigint not null, "quantity" numeric(18,3) null, "quantity_unit" varchar(50) null, "supported_on" date not null, "decision_ref" varchar(200) not null, "campaign_id" int null, "entry_id" bigint not null);`);
    this.addSql(`create index "support_fund_id_index" on "support" ("fund_id");`);
    this.addSql(`create index "support_household_id_index" on "support" ("household_id");`);
    this.addSql(`alter table "support" add constraint "support_entry_id_unique" unique ("entry_id");`);



    this.addSql(`alter table "household" add constraint "household_unit_id_foreign" foreign key ("unit_id") references "administrative_unit" ("id");`);

    this.addSql(`alter table "household_status" add constraint "household_status_household_id_foreign" foreign key ("household_id") references "household" ("id");`);
    this.addSql(`alter table "household_status" add constraint "household_status_status_check" check ("status" in ('POOR', 'NEAR_POOR', 'ESCAPED', 'FELL_BACK', 'NOT_POOR'));`);

    this.addSql(`alter table "support" add constraint "support_fund_id_foreign" foreign key ("fund_id") references "fund" ("id");`);
    this.addSql(`alter table "support" add constraint "support_household_id_foreign" foreign key ("household_id") references "household" ("id") on delete set null;`);
    this.addSql(`alter table "support" add constraint "support_unit_id_foreign" foreign key ("unit_id") references "administrative_unit" ("id");`);
    this.addSql(`alter table "support" add constraint "support_campaign_id_foreign" foreign key ("campaign_id") references "campaign" ("id") on delete set null;`);
    this.addSql(`alter table "support" add constraint "support_entry_id_foreign" foreign key ("entry_id") references "ledger_entry" ("id");`);
    this.addSql(`alter table "support" add constraint "support_purpose_check" check ("purpose" in ('NEW_HOUSE', 'HOUSE_REPAIR', 'PRODUCTION', 'HEALTH_INSURANCE', 'SCHOOLING', 'TET_GIFTS', 'FOOD_RELIEF', 'DISASTER_RELIEF', 'LIVELIHOOD_MODEL'));`);
    this.addSql(`alter table "support" add constraint "support_medium_check" check ("medium" in ('CASH', 'IN_KIND'));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "household_status" drop constraint "household_status_household_id_foreign";`);
    this.addSql(`alter table "support" drop constraint "support_household_id_foreign";`);

    this.addSql(`drop table if exists "household" cascade;`);
    this.addSql(`drop table if exists "household_status" cascade;`);
    this.addSql(`drop table if exists "support" cascade;`);


  }

}
