import { Migration } from '@mikro-orm/migrations';

export class Migration20261202021251_poverty extends Migration {

  override name = 'Migration20261202021251_poverty';

  override up(): void | Promise<void> {
    this.addSql(`create table "poverty_standard" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "code" varchar(40) not null, "name" varchar(300) not null, "legal_basis" varchar(300) not null, "from_year" int not null, "to_year" int not null, "multidimensional" boolean not null, "deprivation_indicators" int null, "thresholds" jsonb not null, "description" text null);`);
    this.addSql(`alter table "poverty_standard" add constraint "poverty_standard_code_unique" unique ("code");`);

    this.addSql(`create table "poverty_statistic" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "unit_id" int not null, "standard_id" int not null, "year" int not null, "total_households" int not null, "poor_households" int not null, "near_poor_households" int null, "ethnic_minority_households" int null, "ethnic_minority_poor_households" int null, "total_people" int null, "poor_people" int null, "reported_poor_rate" numeric(5,2) null, "reported_near_poor_rate" numeric(5,2) null, "reported_ethnic_minority_poor_rate" numeric(5,2) null, "source" varchar(500) null);`);
    this.addSql(`create index "poverty_statistic_unit_id_index" on "poverty_statistic" ("unit_id");`);
    this.addSql(`alter table "poverty_statistic" add constraint "poverty_statistic_unit_id_standard_id_year_unique" unique ("unit_id", "standard_id", "year");`);



    this.addSql(`alter table "poverty_statistic" add constraint "poverty_statistic_unit_id_foreign" foreign key ("unit_id") references "administrative_unit" ("id");`);
    this.addSql(`alter table "poverty_statistic" add constraint "poverty_statistic_standard_id_foreign" foreign key ("standard_id") references "poverty_standard" ("id");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "poverty_statistic" drop constraint "poverty_statistic_standard_id_foreign";`);

    this.addSql(`drop table if exists "poverty_standard" cascade;`);
    this.addSql(`drop table if exists "poverty_statistic" cascade;`);


  }

}
