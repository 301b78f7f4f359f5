import { Migration } from '@mikro-orm/migrations';

export class Migration20261202004304_statement_import extends Migration {

  override name = 'Migration20261202004304_statement_import';

  override up(): void | Promise<void> {
    this.addSql(`create table "bank_statement_format" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "code" varchar(20) not null, "name" varchar(200) not null, "date_column" varchar(100) not null, "date_format" text not null, "credit_column" varchar(100) not null, "debit_column" varchar(100) null, "description_column" varchar(100) not null, "reference_column" varchar(100) not null, "payer_column" varchar(100) null, "version" int not null default 1);`);
    this.addSql(`alter table "bank_statement_format" add constraint "bank_statement_format_code_unique" unique ("code");`);

    this.addSql(`create table "statement_import" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "fund_id" int not null, "format_id" int not null, "file_name" varchar(255) not null, "default_campaign_id" int null, "status" text not null, "lines_read" int not null default 0, "valid_count" int not null default 0, "duplicate_count" int not null default 0, "invalid_count" int not null default 0, "skipped_count" int not null default 0, "posted_count" int not null default 0, "valid_amount" bigint not null default '0', "file_sha256" varchar(64) null, "created_by_user_id" int null, "committed_at" timestamptz null);`);
    this.addSql(`create index "statement_import_fund_id_index" on "statement_import" ("fund_id");`);

    this.addSql(`create table "statement_line" ("id" bigserial primary key, "statement_import_id" int not null, "line_number" int not null, "raw" text not null, "status" text not null, "problem_code" varchar(40) null, "problem_detail" varchar(300) null, "value_date" date null, "amount" bigint null, "description" text null, "bank_reference" varchar(100) null, "payer_name" varchar(200) null, "campaign_id" int null, "search_text" text null, "receipt_seq" int null, "entry_id" bigint null, "donation_id" int null);`);
    this.addSql(`create index "statement_line_statement_import_id_status_index" on "statement_line" ("statement_import_id", "status");`);
    this.addSql(`create index "statement_line_statement_import_id_bank_reference_index" on "statement_line" ("statement_import_id", "bank_reference");`);
    this.addSql(`alter table "statement_line" add constraint "statement_line_statement_import_id_line_number_unique" unique ("statement_import_id", "line_number");`);



    this.addSql(`alter table "bank_statement_format" add constraint "bank_statement_format_date_format_check" check ("date_format" in ('DMY', 'YMD'));`);

    this.addSql(`alter table "statement_import" add constraint "statement_import_fund_id_foreign" foreign key ("fund_id") references "fund" ("id");`);
    this.addSql(`alter table "statement_import" add constraint "statement_import_format_id_foreign" foreign key ("format_id") references "bank_statement_format" ("id");`);
    this.addSql(`alter table "statement_import" add constraint "statement_import_default_campaign_id_foreign" foreign key ("default_campaign_id") references "campaign" ("id") on delete set null;`);
    this.addSql(`alter table "statement_import" add constraint "statement_import_status_check" check ("status" in ('UPLOADING', 'READY', 'COMMITTED', 'CANCELLED'));`);

    this.addSql(`alter table "statement_line" add constraint "statement_line_statement_import_id_foreign" foreign key ("statement_import_id") references "statement_import" ("id");`);
    this.addSql(`alter table "statement_line" add constraint "statement_line_campaign_id_foreign" foreign key ("campaign_id") references "campaign" ("id") on delete set null;`);
    this.addSql(`alter table "statement_line" add constraint "statement_line_donation_id_foreign" foreign key ("donation_id") references "donation" ("id") on delete set null;`);
    this.addSql(`alter table "statement_line" add constraint "statement_line_status_check" check ("status" in ('VALID', 'DUPLICATE', 'INVALID', 'SKIPPED', 'POSTED'));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "statement_import" drop constraint "statement_import_format_id_foreign";`);
    this.addSql(`alter table "statement_line" drop constraint "statement_line_statement_import_id_foreign";`);

    this.addSql(`drop table if exists "bank_statement_format" cascade;`);
    this.addSql(`drop table if exists "statement_import" cascade;`);
    this.addSql(`drop table if exists "statement_line" cascade;`);


  }

}
