import { Migration } from '@mikro-orm/migrations';

export class Migration20261202134847_reported_figures extends Migration {

  override name = 'Migration20261202134847_reported_figures';

  override up(): void | Promise<void> {
    this.addSql(`create table "reported_figure" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "campaign_id" int not null, "unit_id" int not null, "parent_id" int null, "position" int not null default 0, "label" varchar(500) not null, "measure" text not null, "money" bigint null, "count" numeric(18,3) null, "count_unit" varchar(50) null, "fact" text null, "fact_purpose" text null, "fact_form_code" varchar(40) null, "fact_recipient_kind" text null, "fact_from_year" int null, "fact_to_year" int null, "source" varchar(500) null, "note" text null);`);
    this.addSql(`create index "reported_figure_campaign_id_index" on "reported_figure" ("campaign_id");`);
    this.addSql(`create index "reported_figure_parent_id_index" on "reported_figure" ("parent_id");`);



    this.addSql(`alter table "reported_figure" add constraint "reported_figure_campaign_id_foreign" foreign key ("campaign_id") references "campaign" ("id");`);
    this.addSql(`alter table "reported_figure" add constraint "reported_figure_unit_id_foreign" foreign key ("unit_id") references "administrative_unit" ("id");`);
    this.addSql(`alter table "reported_figure" add constraint "reported_figure_parent_id_foreign" foreign key ("parent_id") references "reported_figure" ("id") on delete set null;`);
    this.addSql(`alter table "reported_figure" add constraint "reported_figure_measure_check" check ("measure" in ('MONEY', 'COUNT'));`);
    this.addSql(`alter table "reported_figure" add constraint "reported_figure_fact_check" check ("fact" in ('FUNDS_RAISED_CASH', 'FUNDS_RAISED_IN_KIND', 'FUNDS_RAISED_TOTAL', 'SUPPORT_AMOUNT', 'HOUSEHOLDS_SUPPORTED', 'POOR_HOUSEHOLDS', 'POOR_HOUSEHOLDS_REDUCTION', 'COMMENDATIONS'));`);
    this.addSql(`alter table "reported_figure" add constraint "reported_figure_fact_purpose_check" check ("fact_purpose" in ('NEW_HOUSE', 'HOUSE_REPAIR', 'PRODUCTION', 'HEALTH_INSURANCE', 'SCHOOLING', 'TET_GIFTS', 'FOOD_RELIEF', 'DISASTER_RELIEF', 'LIVELIHOOD_MODEL'));`);
    this.addSql(`alter table "reported_figure" add constraint "reported_figure_fact_recipient_kind_check" check ("fact_recipient_kind" in ('COLLECTIVE', 'INDIVIDUAL', 'HOUSEHOLD', 'BUSINESS'));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "reported_figure" drop constraint "reported_figure_parent_id_foreign";`);

    this.addSql(`drop table if exists "reported_figure" cascade;`);


  }

}
