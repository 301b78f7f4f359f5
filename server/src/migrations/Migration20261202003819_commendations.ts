import { Migration } from '@mikro-orm/migrations';

export class Migration20261202003819_commendations extends Migration {

  override name = 'Migration20261202003819_commendations';

  override up(): void | Promise<void> {
    this.addSql(`create table "commendation_decision" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "number" varchar(100) not null, "decided_on" date not null, "signer_name" varchar(200) not null, "signer_title" varchar(300) null, "authority" text not null, "unit_id" int not null, "search_text" text not null);`);
    this.addSql(`create index "commendation_decision_unit_id_index" on "commendation_decision" ("unit_id");`);
    this.addSql(`alter table "commendation_decision" add constraint "commendation_decision_unit_id_number_unique" unique ("unit_id", "number");`);

    this.addSql(`create table "commendation_form" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "code" varchar(40) not null, "name" varchar(300) not null, "kind" text not null, "grade" varchar(50) null, "authority" text not null, "recipient_kinds" jsonb not null, "cash_reward_multiple" numeric(6,2) null, "collective_cash_reward_multiple" numeric(6,2) null, "legal_basis" varchar(500) null, "active" boolean not null default true, "rank" int not null default 0, "search_text" text not null);`);
    this.addSql(`alter table "commendation_form" add constraint "commendation_form_code_unique" unique ("code");`);

    this.addSql(`create table "commendation_rule" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "code" varchar(60) not null, "form_id" int null, "recipient_kinds" jsonb not null, "condition" text not null, "params" jsonb not null, "effective_from" date not null, "effective_to" date null, "description" varchar(1000) not null, "legal_basis" varchar(500) null);`);
    this.addSql(`alter table "commendation_rule" add constraint "commendation_rule_code_unique" unique ("code");`);
    this.addSql(`create index "commendation_rule_form_id_index" on "commendation_rule" ("form_id");`);

    this.addSql(`create table "commendation_recipient" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "kind" text not null, "name" varchar(300) not null, "title" varchar(300) null, "unit_id" int not null, "organization_id" int null, "address" varchar(500) null, "discipline_until" date null, "version" int not null default 1, "search_text" text not null);`);
    this.addSql(`create index "commendation_recipient_unit_id_index" on "commendation_recipient" ("unit_id");`);
    this.addSql(`create index "commendation_recipient_organization_id_index" on "commendation_recipient" ("organization_id");`);

    this.addSql(`create table "nomination" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "form_id" int not null, "recipient_id" int not null, "campaign_id" int null, "proposing_unit_id" int not null, "proposing_organization_id" int null, "conferring_unit_id" int not null, "proposed_on" date not null, "achievement" text not null, "excellent_years" jsonb not null, "funds_mobilized" bigint null, "houses_built" int null, "households_lifted_out" int null, "attachments" jsonb not null, "status" text not null, "submitted_by_id" int null, "submitted_at" timestamptz null, "council_meeting_on" date null, "council_members_present" int null, "votes_for" int null, "votes_against" int null, "minutes_ref" varchar(200) null, "reviewed_by_id" int null, "forwarded_by_id" int null, "forwarded_at" timestamptz null, "decision_id" int null, "reason" text null, "conferred_on" date null, "published_at" timestamptz null, "version" int not null default 1);`);
    this.addSql(`create index "nomination_form_id_index" on "nomination" ("form_id");`);
    this.addSql(`create index "nomination_recipient_id_index" on "nomination" ("recipient_id");`);
    this.addSql(`create index "nomination_campaign_id_index" on "nomination" ("campaign_id");`);
    this.addSql(`create index "nomination_proposing_unit_id_index" on "nomination" ("proposing_unit_id");`);
    this.addSql(`create index "nomination_conferring_unit_id_index" on "nomination" ("conferring_unit_id");`);
    this.addSql(`create index "nomination_status_index" on "nomination" ("status");`);
    this.addSql(`create index "nomination_decision_id_index" on "nomination" ("decision_id");`);

    this.addSql(`create table "nomination_transition" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "nomination_id" int not null, "from_status" text null, "to_status" text not null, "actor_id" int null, "actor_label" varchar(254) not null, "note" text null);`);
    this.addSql(`create index "nomination_transition_nomination_id_index" on "nomination_transition" ("nomination_id");`);



    this.addSql(`alter table "commendation_decision" add constraint "commendation_decision_unit_id_foreign" foreign key ("unit_id") references "administrative_unit" ("id");`);
    this.addSql(`alter table "commendation_decision" add constraint "commendation_decision_authority_check" check ("authority" in ('STATE_PRESIDENT', 'PRIME_MINISTER', 'MINISTRY', 'FRONT_CENTRAL_COMMITTEE', 'PROVINCE', 'DISTRICT', 'COMMUNE'));`);

    this.addSql(`alter table "commendation_form" add constraint "commendation_form_kind_check" check ("kind" in ('ORDER', 'MEDAL', 'COMMEMORATIVE_MEDAL', 'CERTIFICATE_OF_MERIT', 'CERTIFICATE_OF_COMMENDATION', 'EMULATION_FLAG', 'EMULATION_TITLE'));`);
    this.addSql(`alter table "commendation_form" add constraint "commendation_form_authority_check" check ("authority" in ('STATE_PRESIDENT', 'PRIME_MINISTER', 'MINISTRY', 'FRONT_CENTRAL_COMMITTEE', 'PROVINCE', 'DISTRICT', 'COMMUNE'));`);

    this.addSql(`alter table "commendation_rule" add constraint "commendation_rule_form_id_foreign" foreign key ("form_id") references "commendation_form" ("id") on delete set null;`);
    this.addSql(`alter table "commendation_rule" add constraint "commendation_rule_condition_check" check ("condition" in ('PRIOR_COMMENDATION', 'CONSECUTIVE_GOOD_YEARS', 'NO_DUPLICATE_ACHIEVEMENT', 'NOT_UNDER_DISCIPLINE'));`);

    this.addSql(`alter table "commendation_recipient" add constraint "commendation_recipient_unit_id_foreign" foreign key ("unit_id") references "administrative_unit" ("id");`);
    this.addSql(`alter table "commendation_recipient" add constraint "commendation_recipient_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on delete set null;`);
    this.addSql(`alter table "commendation_recipient" add constraint "commendation_recipient_kind_check" check ("kind" in ('COLLECTIVE', 'INDIVIDUAL', 'HOUSEHOLD', 'BUSINESS'));`);

    this.addSql(`alter table "nomination" add constraint "nomination_form_id_foreign" foreign key ("form_id") references "commendation_form" ("id");`);
    this.addSql(`alter table "nomination" add constraint "nomination_recipient_id_foreign" foreign key ("recipient_id") references "commendation_recipient" ("id");`);
    this.addSql(`alter table "nomination" add constraint "nomination_campaign_id_foreign" foreign key ("campaign_id") references "campaign" ("id") on delete set null;`);
    this.addSql(`alter table "nomination" add constraint "nomination_proposing_unit_id_foreign" foreign key ("proposing_unit_id") references "administrative_unit" ("id");`);
    this.addSql(`alter table "nomination" add constraint "nomination_proposing_organization_id_foreign" foreign key ("proposing_organization_id") references "organization" ("id") on delete set null;`);
    this.addSql(`alter table "nomination" add constraint "nomination_conferring_unit_id_foreign" foreign key ("conferring_unit_id") references "administrative_unit" ("id");`);
    this.addSql(`alter table "nomination" add constraint "nomination_submitted_by_id_foreign" foreign key ("submitted_by_id") references "app_user" ("id") on delete set null;`);
    this.addSql(`alter table "nomination" add constraint "nomination_reviewed_by_id_foreign" foreign key ("reviewed_by_id") references "app_user" ("id") on delete set null;`);
    this.addSql(`alter table "nomination" add constraint "nomination_forwarded_by_id_foreign" foreign key ("forwarded_by_id") references "app_user" ("id") on delete set null;`);
    this.addSql(`alter table "nomination" add constraint "nomination_decision_id_foreign" foreign key ("decision_id") references "commendation_decision" ("id") on delete set null;`);
    this.addSql(`alter table "nomination" add constraint "nomination_status_check" check ("status" in ('DRAFT', 'SUBMITTED', 'REVIEWED', 'FORWARDED', 'DECIDED', 'REJECTED', 'RETURNED', 'CONFERRED', 'PUBLISHED'));`);

    this.addSql(`alter table "nomination_transition" add constraint "nomination_transition_nomination_id_foreign" foreign key ("nomination_id") references "nomination" ("id");`);
    this.addSql(`alter table "nomination_transition" add constraint "nomination_transition_actor_id_foreign" foreign key ("actor_id") references "app_user" ("id") on delete set null;`);
    this.addSql(`alter table "nomination_transition" add constraint "nomination_transition_from_status_check" check ("from_status" in ('DRAFT', 'SUBMITTED', 'REVIEWED', 'FORWARDED', 'DECIDED', 'REJECTED', 'RETURNED', 'CONFERRED', 'PUBLISHED'));`);
    this.addSql(`alter table "nomination_transition" add constraint "nomination_transition_to_status_check" check ("to_status" in ('DRAFT', 'SUBMITTED', 'REVIEWED', 'FORWARDED', 'DECIDED', 'REJECTED', 'RETURNED', 'CONFERRED', 'PUBLISHED'));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "nomination" drop constraint "nomination_decision_id_foreign";`);
    this.addSql(`alter table "commendation_rule" drop constraint "commendation_rule_form_id_foreign";`);
    this.addSql(`alter table "nomination" drop constraint "nomination_form_id_foreign";`);
    this.addSql(`alter table "nomination" drop constraint "nomination_recipient_id_foreign";`);
    this.addSql(`alter table "nomination_transition" drop constraint "nomination_transition_nomination_id_foreign";`);

    this.addSql(`drop table if exists "commendation_decision" cascade;`);
    this.addSql(`drop table if exists "commendation_form" cascade;`);
    this.addSql(`drop table if exists "commendation_rule" cascade;`);
    this.addSql(`drop table if exists "commendation_recipient" cascade;`);
    this.addSql(`drop table if exists "nomination" cascade;`);
    this.addSql(`drop table if exists "nomination_transition" cascade;`);


  }

}
