import { Migration } from '@mikro-orm/migrations';

export class Migration20261202133433_campaign_plans extends Migration {

  override name = 'Migration20261202133433_campaign_plans';

  override up(): void | Promise<void> {
    this.addSql(`create table "campaign_plan" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "campaign_id" int not null, "unit_id" int not null, "kind" text not null, "from_year" int not null, "to_year" int not null, "min_points_per_year" numeric(6,2) null, "max_points_per_year" numeric(6,2) null, "money_amount" bigint null, "source" varchar(500) null, "note" text null);`);
    this.addSql(`create index "campaign_plan_campaign_id_index" on "campaign_plan" ("campaign_id");`);



    this.addSql(`alter table "campaign_plan" add constraint "campaign_plan_campaign_id_foreign" foreign key ("campaign_id") references "campaign" ("id");`);
    this.addSql(`alter table "campaign_plan" add constraint "campaign_plan_unit_id_foreign" foreign key ("unit_id") references "administrative_unit" ("id");`);
    this.addSql(`alter table "campaign_plan" add constraint "campaign_plan_kind_check" check ("kind" in ('POOR_RATE_REDUCTION', 'ETHNIC_MINORITY_POOR_RATE_REDUCTION', 'MONEY_TO_RAISE'));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "campaign_plan" cascade;`);


  }

}
