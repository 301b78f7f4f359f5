import { Migration } from '@mikro-orm/migrations';

export class Migration20261202133448_campaign_report extends Migration {

  override name = 'Migration20261202133448_campaign_report';

  override up(): void | Promise<void> {
    this.addSql(`create table "campaign_report_narrative" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "campaign_id" int not null, "unit_id" int not null, "from_year" int not null, "to_year" int not null, "situation_note" text null, "difficulties" text null, "lessons" text null, "proposals" text null, "version" int not null default 1);`);
    this.addSql(`create index "campaign_report_narrative_unit_id_index" on "campaign_report_narrative" ("unit_id");`);
    this.addSql(`alter table "campaign_report_narrative" add constraint "campaign_report_narrative_campaign_id_unit_id_fro_570ee_unique" unique ("campaign_id", "unit_id", "from_year", "to_year");`);



    this.addSql(`alter table "campaign_report_narrative" add constraint "campaign_report_narrative_campaign_id_foreign" foreign key ("campaign_id") references "campaign" ("id");`);
    this.addSql(`alter table "campaign_report_narrative" add constraint "campaign_report_narrative_unit_id_foreign" foreign key ("unit_id") references "administrative_unit" ("id");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "campaign_report_narrative" cascade;`);


  }

}
