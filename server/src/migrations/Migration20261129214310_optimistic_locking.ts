import { Migration } from '@mikro-orm/migrations';

export class Migration20261129214310_optimistic_locking extends Migration {

  override name = 'Migration20261129214310_optimistic_locking';

  override up(): void | Promise<void> {

    this.addSql(`alter table "donor" add "version" int not null default 1;`);

    this.addSql(`alter table "household" add "version" int not null default 1;`);

    this.addSql(`alter table "campaign" add "version" int not null default 1;`);

  }

  override down(): void | Promise<void> {

    this.addSql(`alter table "campaign" drop column "version";`);

    this.addSql(`alter table "donor" drop column "version";`);

    this.addSql(`alter table "household" drop column "version";`);

  }

}
