import { Migration } from '@mikro-orm/migrations';

export class Migration20261129215443_pledges extends Migration {

  override name = 'Migration20261129215443_pledges';

  override up(): void | Promise<void> {
    this.addSql(`create table "pledge" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "fund_id" int not null, "donor_id" int null, "campaign_id" int null, "amount" bigint not null, "pledged_on" date not null, "due_on" date null, "status" text not null, "donation_id" int null, "note" text null);`);
    this.addSql(`create index "pledge_fund_id_index" on "pledge" ("fund_id");`);
    this.addSql(`create index "pledge_campaign_id_index" on "pledge" ("campaign_id");`);
    this.addSql(`alter table "pledge" add constraint "pledge_donation_id_unique" unique ("donation_id");`);



    this.addSql(`alter table "pledge" add constraint "pledge_fund_id_foreign" foreign key ("fund_id") references "fund" ("id");`);
    this.addSql(`alter table "pledge" add constraint "pledge_donor_id_foreign" foreign key ("donor_id") references "donor" ("id") on delete set null;`);
    this.addSql(`alter table "pledge" add constraint "pledge_campaign_id_foreign" foreign key ("campaign_id") references "campaign" ("id") on delete set null;`);
    this.addSql(`alter table "pledge" add constraint "pledge_donation_id_foreign" foreign key ("donation_id") references "donation" ("id") on delete set null;`);
    this.addSql(`alter table "pledge" add constraint "pledge_status_check" check ("status" in ('OPEN', 'FULFILLED', 'CANCELLED'));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "pledge" cascade;`);


  }

}
