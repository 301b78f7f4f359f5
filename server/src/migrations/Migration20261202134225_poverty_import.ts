import { Migration } from '@mikro-orm/migrations';

export class Migration20261202134225_poverty_import extends Migration {

  override name = 'Migration20261202134225_poverty_import';

  override up(): void | Promise<void> {
    this.addSql(`create table "poverty_import" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "file_name" varchar(300) not null, "status" text not null, "created_by_user_id" int not null, "lines" jsonb not null, "line_count" int not null default 0, "invalid_count" int not null default 0, "new_count" int not null default 0, "changed_count" int not null default 0, "unchanged_count" int not null default 0, "committed_at" timestamptz null);`);
    this.addSql(`create index "poverty_import_created_by_user_id_index" on "poverty_import" ("created_by_user_id");`);



    this.addSql(`alter table "poverty_import" add constraint "poverty_import_status_check" check ("status" in ('UPLOADING', 'READY', 'COMMITTED', 'CANCELLED'));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "poverty_import" cascade;`);


  }

}
