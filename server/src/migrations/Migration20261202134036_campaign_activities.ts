import { Migration } from '@mikro-orm/migrations';

export class Migration20261202134036_campaign_activities extends Migration {

  override name = 'Migration20261202134036_campaign_activities';

  override up(): void | Promise<void> {
    this.addSql(`create table "campaign_activity" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "campaign_id" int not null, "unit_id" int not null, "kind" text not null, "count" int not null, "participants" int null, "from_year" int not null, "to_year" int not null, "held_on" date null, "note" text null);`);
    this.addSql(`create index "campaign_activity_campaign_id_index" on "campaign_activity" ("campaign_id");`);



    this.addSql(`alter table "campaign_activity" add constraint "campaign_activity_campaign_id_foreign" foreign key ("campaign_id") references "campaign" ("id");`);
    this.addSql(`alter table "campaign_activity" add constraint "campaign_activity_unit_id_foreign" foreign key ("unit_id") references "administrative_unit" ("id");`);
    this.addSql(`alter table "campaign_activity" add constraint "campaign_activity_kind_check" check ("kind" in ('PANEL', 'BANNER', 'LEAFLET', 'HANDBOOK', 'DISC', 'NEWS_ARTICLE', 'BROADCAST', 'POLICY_DIALOGUE', 'TRAINING_COURSE', 'PROPAGANDA_SESSION', 'CONFERENCE', 'OTHER'));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "campaign_activity" cascade;`);


  }

}
