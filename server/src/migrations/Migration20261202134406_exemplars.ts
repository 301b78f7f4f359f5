import { Migration } from '@mikro-orm/migrations';

export class Migration20261202134406_exemplars extends Migration {

  override name = 'Migration20261202134406_exemplars';

  override up(): void | Promise<void> {
    this.addSql(`create table "exemplar" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "campaign_id" int not null, "unit_id" int not null, "kind" text not null, "name" varchar(300) not null, "description" text null, "place" varchar(300) null, "year" int null, "replicated" boolean not null default false, "replication_count" int null, "replicated_where" varchar(500) null, "search_text" text not null);`);
    this.addSql(`create index "exemplar_campaign_id_index" on "exemplar" ("campaign_id");`);



    this.addSql(`alter table "exemplar" add constraint "exemplar_campaign_id_foreign" foreign key ("campaign_id") references "campaign" ("id");`);
    this.addSql(`alter table "exemplar" add constraint "exemplar_unit_id_foreign" foreign key ("unit_id") references "administrative_unit" ("id");`);
    this.addSql(`alter table "exemplar" add constraint "exemplar_kind_check" check ("kind" in ('PERSON', 'COLLECTIVE', 'HOUSEHOLD', 'MODEL'));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "exemplar" cascade;`);


  }

}
