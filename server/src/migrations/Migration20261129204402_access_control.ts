import { Migration } from '@mikro-orm/migrations';

export class Migration20261129204402_access_control extends Migration {

  override name = 'Migration20261129204402_access_control';

  override up(): void | Promise<void> {
    this.addSql(`create table "audit_event" ("id" bigserial primary key, "occurred_at" timestamptz not null, "actor_user_id" int null, "actor_token_id" int null, "actor_label" varchar(254) not null, "operation" varchar(100) not null, "record_type" varchar(100) not null, "record_id" varchar(40) not null, "action" varchar(10) not null, "unit_id" int null, "before" jsonb null, "after" jsonb null);`);
    this.addSql(`create index "audit_event_occurred_at_index" on "audit_event" ("occurred_at");`);
    this.addSql(`create index "audit_event_actor_user_id_index" on "audit_event" ("actor_user_id");`);
    this.addSql(`create index "audit_event_record_type_record_id_index" on "audit_event" ("record_type", "record_id");`);

    this.addSql(`create table "app_user" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "email" varchar(254) not null, "display_name" varchar(200) not null, "password_hash" varchar(200) not null, "active" boolean not null default true, "failed_login_count" int not null default 0, "last_failed_login_at" timestamptz null, "last_login_at" timestamptz null, "search_text" text not null);`);
    this.addSql(`alter table "app_user" add constraint "app_user_email_unique" unique ("email");`);

    this.addSql(`create table "session" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "user_id" int not null, "token_hash" varchar(64) not null, "expires_at" timestamptz not null);`);
    this.addSql(`create index "session_user_id_index" on "session" ("user_id");`);
    this.addSql(`alter table "session" add constraint "session_token_hash_unique" unique ("token_hash");`);

    this.addSql(`create table "role_grant" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "user_id" int not null, "role" text not null, "unit_id" int not null);`);
    this.addSql(`create index "role_grant_user_id_index" on "role_grant" ("user_id");`);
    this.addSql(`alter table "role_grant" add constraint "role_grant_user_id_role_unit_id_unique" unique ("user_id", "role", "unit_id");`);

    this.addSql(`create table "api_token" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "user_id" int not null, "name" varchar(100) not null, "token_hash" varchar(64) not null, "scope_unit_id" int not null, "last_used_at" timestamptz null, "revoked_at" timestamptz null);`);
    this.addSql(`create index "api_token_user_id_index" on "api_token" ("user_id");`);
    this.addSql(`alter table "api_token" add constraint "api_token_token_hash_unique" unique ("token_hash");`);

    this.addSql(`create or replace function "audit_event_audit_event_append_only_fn"() returns trigger as \$\$ begin raise exception 'audit_event is append-only: % refused', tg_op using errcode = '42501'; end; \$\$ language plpgsql;`);
    this.addSql(`create trigger "audit_event_append_only" BEFORE UPDATE OR DELETE on "audit_event" for each ROW execute function "audit_event_audit_event_append_only_fn"();`);
    this.addSql(`create or replace function "audit_event_audit_event_no_truncate_fn"() returns trigger as \$\$ begin raise exception 'audit_event is append-only: % refused', tg_op using errcode = '42501'; end; \$\$ language plpgsql;`);
    this.addSql(`create trigger "audit_event_no_truncate" BEFORE TRUNCATE on "audit_event" for each STATEMENT execute function "audit_event_audit_event_no_truncate_fn"();`);

    this.addSql(`alter table "session" add constraint "session_user_id_foreign" foreign key ("user_id") references "app_user" ("id");`);

    this.addSql(`alter table "role_grant" add constraint "role_grant_user_id_foreign" foreign key ("user_id") references "app_user" ("id");`);
    this.addSql(`alter table "role_grant" add constraint "role_grant_unit_id_foreign" foreign key ("unit_id") references "administrative_unit" ("id");`);
    this.addSql(`alter table "role_grant" add constraint "role_grant_role_check" check ("role" in ('SYSTEM_ADMIN', 'FRONT_STAFF', 'EMULATION_OFFICER', 'AUDITOR', 'DEVELOPER'));`);

    this.addSql(`alter table "api_token" add constraint "api_token_user_id_foreign" foreign key ("user_id") references "app_user" ("id");`);
    this.addSql(`alter table "api_token" add constraint "api_token_scope_unit_id_foreign" foreign key ("scope_unit_id") references "administrative_unit" ("id");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "session" drop constraint "session_user_id_foreign";`);
    this.addSql(`alter table "role_grant" drop constraint "role_grant_user_id_foreign";`);
    this.addSql(`alter table "api_token" drop constraint "api_token_user_id_foreign";`);

    this.addSql(`drop trigger if exists "audit_event_append_only" on "audit_event";`);
    this.addSql(`drop function if exists "audit_event_audit_event_append_only_fn"();`);
    this.addSql(`drop trigger if exists "audit_event_no_truncate" on "audit_event";`);
    this.addSql(`drop function if exists "audit_event_audit_event_no_truncate_fn"();`);
    this.addSql(`drop table if exists "audit_event" cascade;`);
    this.addSql(`drop table if exists "app_user" cascade;`);
    this.addSql(`drop table if exists "session" cascade;`);
    this.addSql(`drop table if exists "role_grant" cascade;`);
    this.addSql(`drop table if exists "api_token" cascade;`);
  }

}
