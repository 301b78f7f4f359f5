import { Migration } from '@mikro-orm/migrations';

export class Migration20261202181010_poverty_statistic_version extends Migration {

  override name = 'Migration20261202181010_poverty_statistic_version';

  override up(): void | Promise<void> {


    this.addSql(`alter table "poverty_statistic" add "version" int not null default 1;`);
  }

  override down(): void | Promise<void> {


    this.addSql(`alter table "poverty_statistic" drop column "version";`);
  }

}
