import { Migration } from '@mikro-orm/migrations';

export class Migration20261202133044_poverty_standard_provisional extends Migration {

  override name = 'Migration20261202133044_poverty_standard_provisional';

  override up(): void | Promise<void> {


    this.addSql(`alter table "poverty_standard" add "provisional" boolean not null default false, add "note" text null;`);
  }

  override down(): void | Promise<void> {


    this.addSql(`alter table "poverty_standard" drop column "provisional", drop column "note";`);
  }

}
