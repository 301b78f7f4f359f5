import { Migration } from '@mikro-orm/migrations';

export class Migration20261129202842_init extends Migration {

  override name = 'Migration20261129202842_init';

  override up(): void | Promise<void> {
    this.addSql(`create table "administrative_unit" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "code" varchar(10) not null, "name" varchar(200) not null, "level" text not null, "parent_id" int null, "valid_from" date null, "valid_to" date null, "search_text" text not null);`);
    this.addSql(`create index "administrative_unit_parent_id_index" on "administrative_unit" ("parent_id");`);
    this.addSql(`alter table "administrative_unit" add constraint "administrative_unit_code_valid_from_unique" unique ("code", "valid_from");`);

    this.addSql(`create table "donor" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "kind" text not null, "display_name" varchar(300) not null, "anonymous" boolean not null default false, "public_consent" boolean not null default false, "unit_id" int not null, "search_text" text not null);`);
    this.addSql(`create index "donor_unit_id_index" on "donor" ("unit_id");`);

    this.addSql(`create table "donor_contact" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "donor_id" int not null, "phone" varchar(30) null, "email" varchar(254) null, "address" varchar(500) null, "tax_code" varchar(20) null);`);
    this.addSql(`alter table "donor_contact" add constraint "donor_contact_donor_id_unique" unique ("donor_id");`);

    this.addSql(`create table "organization" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "kind" text not null, "name" varchar(300) not null, "unit_id" int not null, "parent_id" int null, "search_text" text not null);`);
    this.addSql(`create index "organization_unit_id_index" on "organization" ("unit_id");`);
    this.addSql(`create index "organization_parent_id_index" on "organization" ("parent_id");`);

    this.addSql(`create table "campaign" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "code" varchar(40) not null, "kind" text not null, "name" varchar(500) not null, "description" text null, "starts_on" date not null, "ends_on" date null, "document_number" varchar(100) null, "document_issued_on" date null, "document_issuer" varchar(300) null, "organizer_id" int not null, "scope_unit_id" int not null, "parent_id" int null, "money_target" bigint null, "poverty_reduction_target" numeric(6,2) null, "status" text not null, "search_text" text not null);`);
    this.addSql(`alter table "campaign" add constraint "campaign_code_unique" unique ("code");`);
    this.addSql(`create index "campaign_organizer_id_index" on "campaign" ("organizer_id");`);
    this.addSql(`create index "campaign_scope_unit_id_index" on "campaign" ("scope_unit_id");`);
    this.addSql(`create index "campaign_parent_id_index" on "campaign" ("parent_id");`);
    this.addSql(`create index "campaign_status_index" on "campaign" ("status");`);

    this.addSql(`create table "unit_succession" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "predecessor_id" int not null, "successor_id" int not null, "effective_on" date not null, "note" text null);`);
    this.addSql(`create index "unit_succession_successor_id_index" on "unit_succession" ("successor_id");`);
    this.addSql(`alter table "unit_succession" add constraint "unit_succession_predecessor_id_successor_id_unique" unique ("predecessor_id", "successor_id");`);

    this.addSql(`alter table "administrative_unit" add constraint "administrative_unit_parent_id_foreign" foreign key ("parent_id") references "administrative_unit" ("id") on delete set null;`);
    this.addSql(`alter table "administrative_unit" add constraint "administrative_unit_level_check" check ("level" in ('NATION', 'PROVINCE', 'DISTRICT', 'COMMUNE', 'VILLAGE'));`);

    this.addSql(`alter table "donor" add constraint "donor_unit_id_foreign" foreign key ("unit_id") references "administrative_unit" ("id");`);
    this.addSql(`alter table "donor" add constraint "donor_kind_check" check ("kind" in ('INDIVIDUAL', 'HOUSEHOLD', 'ORGANIZATION', 'BUSINESS', 'OVERSEAS_VIETNAMESE', 'FOREIGN_ORGANIZATION'));`);

    this.addSql(`alter table "donor_contact" add constraint "donor_contact_donor_id_foreign" foreign key ("donor_id") references "donor" ("id");`);

    this.addSql(`alter table "organization" add constraint "organization_unit_id_foreign" foreign key ("unit_id") references "administrative_unit" ("id");`);
    this.addSql(`alter table "organization" add constraint "organization_parent_id_foreign" foreign key ("parent_id") references "organization" ("id") on delete set null;`);
    this.addSql(`alter table "organization" add constraint "organization_kind_check" check ("kind" in ('FRONT_COMMITTEE', 'PEOPLES_COMMITTEE', 'DEPARTMENT', 'MASS_ORGANIZATION', 'SOCIAL_POLICY_BANK', 'BUSINESS', 'SCHOOL', 'AGENCY', 'OTHER'));`);

    this.addSql(`alter table "campaign" add constraint "campaign_organizer_id_foreign" foreign key ("organizer_id") references "organization" ("id");`);
    this.addSql(`alter table "campaign" add constraint "campaign_scope_unit_id_foreign" foreign key ("scope_unit_id") references "administrative_unit" ("id");`);
    this.addSql(`alter table "campaign" add constraint "campaign_parent_id_foreign" foreign key ("parent_id") references "campaign" ("id") on delete set null;`);
    this.addSql(`alter table "campaign" add constraint "campaign_kind_check" check ("kind" in ('EMULATION_MOVEMENT', 'FUNDRAISING_DRIVE', 'PEAK_MONTH', 'TET_CARE', 'DISASTER_RELIEF', 'PROJECT'));`);
    this.addSql(`alter table "campaign" add constraint "campaign_status_check" check ("status" in ('PLANNED', 'ACTIVE', 'CLOSED'));`);

    this.addSql(`alter table "unit_succession" add constraint "unit_succession_predecessor_id_foreign" foreign key ("predecessor_id") references "administrative_unit" ("id");`);
    this.addSql(`alter table "unit_succession" add constraint "unit_succession_successor_id_foreign" foreign key ("successor_id") references "administrative_unit" ("id");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "administrative_unit" drop constraint "administrative_unit_parent_id_foreign";`);
    this.addSql(`alter table "donor" drop constraint "donor_unit_id_foreign";`);
    this.addSql(`alter table "organization" drop constraint "organization_unit_id_foreign";`);
    this.addSql(`alter table "campaign" drop constraint "campaign_scope_unit_id_foreign";`);
    this.addSql(`alter table "unit_succession" drop constraint "unit_succession_predecessor_id_foreign";`);
    this.addSql(`alter table "unit_succession" drop constraint "unit_succession_successor_id_foreign";`);
    this.addSql(`alter table "donor_contact" drop constraint "donor_contact_donor_id_foreign";`);
    this.addSql(`alter table "organization" drop constraint "organization_parent_id_foreign";`);
    this.addSql(`alter table "campaign" drop constraint "campaign_organizer_id_foreign";`);
    this.addSql(`alter table "campaign" drop constraint "campaign_parent_id_foreign";`);

    this.addSql(`drop table if exists "administrative_unit" cascade;`);
    this.addSql(`drop table if exists "donor" cascade;`);
    this.addSql(`drop table if exists "donor_contact" cascade;`);
    this.addSql(`drop table if exists "organization" cascade;`);
    this.addSql(`drop table if exists "campaign" cascade;`);
    this.addSql(`drop table if exists "unit_succession" cascade;`);
  }

}
