import { Migration } from '@mikro-orm/migrations';

export class Migration20261129212021_funds_ledger_donations extends Migration {

  override name = 'Migration20261129212021_funds_ledger_donations';

  // The generator does not see statement-level triggers in the database, so it offered to
  // create audit_event_no_truncate again; those lines were removed by hand.
  override up(): void | Promise<void> {
    this.addSql(`create table "idempotency_key" ("id" serial primary key, "operation" varchar(60) not null, "key" varchar(100) not null, "request_hash" varchar(64) not null, "result_id" varchar(40) null, "created_at" timestamptz not null);`);
    this.addSql(`alter table "idempotency_key" add constraint "idempotency_key_operation_key_unique" unique ("operation", "key");`);

    this.addSql(`create table "fund" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "code" varchar(30) not null, "name" varchar(300) not null, "organization_id" int not null, "unit_id" int not null, "search_text" text not null);`);
    this.addSql(`alter table "fund" add constraint "fund_code_unique" unique ("code");`);
    this.addSql(`alter table "fund" add constraint "fund_organization_id_unique" unique ("organization_id");`);
    this.addSql(`create index "fund_unit_id_index" on "fund" ("unit_id");`);

    this.addSql(`create table "ledger_entry" ("id" bigserial primary key, "fund_id" int not null, "kind" text not null, "medium" text not null, "amount" bigint not null, "quantity" numeric(18,3) null, "quantity_unit" varchar(50) null, "entry_date" date not null, "campaign_id" int null, "document_ref" varchar(200) null, "description" text null, "posted_by_user_id" int null, "posted_at" timestamptz not null, "reverses_id" bigint null, "counterpart_id" bigint null);`);
    this.addSql(`create index "ledger_entry_campaign_id_index" on "ledger_entry" ("campaign_id");`);
    this.addSql(`alter table "ledger_entry" add constraint "ledger_entry_reverses_id_unique" unique ("reverses_id");`);
    this.addSql(`create index "ledger_entry_fund_id_entry_date_index" on "ledger_entry" ("fund_id", "entry_date");`);

    this.addSql(`create table "donation" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "fund_id" int not null, "donor_id" int null, "campaign_id" int null, "donated_on" date not null, "channel" text not null, "amount" bigint not null, "quantity" numeric(18,3) null, "quantity_unit" varchar(50) null, "bank_reference" varchar(100) null, "receipt_year" int not null, "receipt_seq" int not null, "receipt_number" varchar(60) not null, "note" text null, "status" text not null, "entry_id" bigint not null);`);
    this.addSql(`create index "donation_donor_id_index" on "donation" ("donor_id");`);
    this.addSql(`create index "donation_campaign_id_index" on "donation" ("campaign_id");`);
    this.addSql(`alter table "donation" add constraint "donation_receipt_number_unique" unique ("receipt_number");`);
    this.addSql(`alter table "donation" add constraint "donation_entry_id_unique" unique ("entry_id");`);
    this.addSql(`create index "donation_fund_id_donated_on_index" on "donation" ("fund_id", "donated_on");`);
    this.addSql(`alter table "donation" add constraint "donation_fund_bank_reference_unique" unique ("fund_id", "bank_reference");`);
    this.addSql(`alter table "donation" add constraint "donation_fund_id_receipt_year_receipt_seq_unique" unique ("fund_id", "receipt_year", "receipt_seq");`);

    this.addSql(`create table "receipt_counter" ("fund_id" int not null, "year" int not null, "last_number" int not null, primary key ("fund_id", "year"));`);


    this.addSql(`alter table "fund" add constraint "fund_organization_id_foreign" foreign key ("organization_id") references "organization" ("id");`);
    this.addSql(`alter table "fund" add constraint "fund_unit_id_foreign" foreign key ("unit_id") references "administrative_unit" ("id");`);

    this.addSql(`alter table "ledger_entry" add constraint "ledger_entry_fund_id_foreign" foreign key ("fund_id") references "fund" ("id");`);
    this.addSql(`alter table "ledger_entry" add constraint "ledger_entry_campaign_id_foreign" foreign key ("campaign_id") references "campaign" ("id") on delete set null;`);
    this.addSql(`alter table "ledger_entry" add constraint "ledger_entry_reverses_id_foreign" foreign key ("reverses_id") references "ledger_entry" ("id") on delete set null;`);
    this.addSql(`alter table "ledger_entry" add constraint "ledger_entry_counterpart_id_foreign" foreign key ("counterpart_id") references "ledger_entry" ("id") on delete set null;`);
    this.addSql(`alter table "ledger_entry" add constraint "ledger_entry_kind_check" check ("kind" in ('RECEIPT', 'ALLOCATION_OUT', 'ALLOCATION_IN', 'DISBURSEMENT', 'REVERSAL'));`);
    this.addSql(`alter table "ledger_entry" add constraint "ledger_entry_medium_check" check ("medium" in ('CASH', 'IN_KIND'));`);
    this.addSql(`create or replace function "ledger_entry_ledger_entry_append_only_fn"() returns trigger as \$\$ begin raise exception 'ledger_entry is append-only: % refused; post a reversal instead', tg_op using errcode = '42501'; end; \$\$ language plpgsql;`);
    this.addSql(`create trigger "ledger_entry_append_only" BEFORE UPDATE OR DELETE on "ledger_entry" for each ROW execute function "ledger_entry_ledger_entry_append_only_fn"();`);
    this.addSql(`create or replace function "ledger_entry_ledger_entry_no_truncate_fn"() returns trigger as \$\$ begin raise exception 'ledger_entry is append-only: % refused; post a reversal instead', tg_op using errcode = '42501'; end; \$\$ language plpgsql;`);
    this.addSql(`create trigger "ledger_entry_no_truncate" BEFORE TRUNCATE on "ledger_entry" for each STATEMENT execute function "ledger_entry_ledger_entry_no_truncate_fn"();`);

    this.addSql(`alter table "donation" add constraint "donation_fund_id_foreign" foreign key ("fund_id") references "fund" ("id");`);
    this.addSql(`alter table "donation" add constraint "donation_donor_id_foreign" foreign key ("donor_id") references "donor" ("id") on delete set null;`);
    this.addSql(`alter table "donation" add constraint "donation_campaign_id_foreign" foreign key ("campaign_id") references "campaign" ("id") on delete set null;`);
    this.addSql(`alter table "donation" add constraint "donation_entry_id_foreign" foreign key ("entry_id") references "ledger_entry" ("id");`);
    this.addSql(`alter table "donation" add constraint "donation_channel_check" check ("channel" in ('CASH', 'BANK_TRANSFER', 'IN_KIND'));`);
    this.addSql(`alter table "donation" add constraint "donation_status_check" check ("status" in ('RECEIVED', 'REVERSED'));`);

    this.addSql(`alter table "receipt_counter" add constraint "receipt_counter_fund_id_foreign" foreign key ("fund_id") references "fund" ("id");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "ledger_entry" drop constraint "ledger_entry_fund_id_foreign";`);
    this.addSql(`alter table "donation" drop constraint "donation_fund_id_foreign";`);
    this.addSql(`alter table "receipt_counter" drop constraint "receipt_counter_fund_id_foreign";`);
    this.addSql(`alter table "ledger_entry" drop constraint "ledger_entry_reverses_id_foreign";`);
    this.addSql(`alter table "ledger_entry" drop constraint "ledger_entry_counterpart_id_foreign";`);
    this.addSql(`alter table "donation" drop constraint "donation_entry_id_foreign";`);

    this.addSql(`drop table if exists "idempotency_key" cascade;`);
    this.addSql(`drop table if exists "fund" cascade;`);
    this.addSql(`drop trigger if exists "ledger_entry_append_only" on "ledger_entry";`);
    this.addSql(`drop function if exists "ledger_entry_ledger_entry_append_only_fn"();`);
    this.addSql(`drop trigger if exists "ledger_entry_no_truncate" on "ledger_entry";`);
    this.addSql(`drop function if exists "ledger_entry_ledger_entry_no_truncate_fn"();`);
    this.addSql(`drop table if exists "ledger_entry" cascade;`);
    this.addSql(`drop table if exists "donation" cascade;`);
    this.addSql(`drop table if exists "receipt_counter" cascade;`);

  }

}
