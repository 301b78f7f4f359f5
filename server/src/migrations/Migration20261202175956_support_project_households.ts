import { Migration } from '@mikro-orm/migrations';

export class Migration20261202175956_support_project_households extends Migration {

  override name = 'Migration20261202175956_support_project_households';

  override up(): void | Promise<void> {


    this.addSql(`alter table "support" add "project_households" int null;`);
  }

  override down(): void | Promise<void> {


    this.addSql(`alter table "support" drop column "project_households";`);
  }

}
