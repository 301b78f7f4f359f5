import { Migration } from '@mikro-orm/migrations';

// Written by hand: indexes for the public statement (see modules/statement/statement.service.ts),
// each one kept because EXPLAIN ANALYZE on 1,000,000 donations showed the planner using it
// (README, Benchmarks).
//
// The keyset orderings: a fund's or a campaign's received donations, newest first by (date, id),
// so a page starts at its cursor instead of sorting or skipping rows. Exact amount: the same
// order within one amount.
//
// Substring search uses pg_trgm GIN indexes on the diacritic-free search keys, where the database
// has the extension (PostgreSQL ships it; the server loads it into PGlite). Without it the
// statement is the same and still correct, only slower: the LIKE filters scan the fund's rows.
export class Migration20261202004500_statement_indexes extends Migration {
  override name = 'Migration20261202004500_statement_indexes';

  override async up(): Promise<void> {
    this.addSql(
      `create index "donation_statement_fund_index" on "donation" ("fund_id", "donated_on" desc, "id" desc) where "status" = 'RECEIVED';`,
    );
    this.addSql(
      `create index "donation_statement_campaign_index" on "donation" ("campaign_id", "donated_on" desc, "id" desc) where "status" = 'RECEIVED';`,
    );
    this.addSql(
      `create index "donation_statement_amount_index" on "donation" ("fund_id", "amount", "donated_on" desc, "id" desc) where "status" = 'RECEIVED';`,
    );
    if (await this.canUseTrigrams()) {
      this.addSql(`create extension if not exists pg_trgm;`);
      this.addSql(`create index "donation_search_text_trgm_index" on "donation" using gin ("search_text" gin_trgm_ops);`);
      this.addSql(`create index "donor_search_text_trgm_index" on "donor" using gin ("search_text" gin_trgm_ops);`);
    }
  }

  /** pg_trgm is there already, or available and this role may create it (it is a trusted extension). */
  private async canUseTrigrams(): Promise<boolean> {
    const [row] = (await this.execute(
      `select exists (select 1 from pg_extension where extname = 'pg_trgm') as installed,
              exists (select 1 from pg_available_extensions where name = 'pg_trgm') as available,
              has_database_privilege(current_database(), 'CREATE') as may_create`,
    )) as { installed: boolean; available: boolean; may_create: boolean }[];
    return Boolean(row && (row.installed || (row.available && row.may_create)));
  }

  override down(): void | Promise<void> {
    this.addSql(`drop index if exists "donor_search_text_trgm_index";`);
    this.addSql(`drop index if exists "donation_search_text_trgm_index";`);
    this.addSql(`drop index if exists "donation_statement_amount_index";`);
    this.addSql(`drop index if exists "donation_statement_campaign_index";`);
    this.addSql(`drop index if exists "donation_statement_fund_index";`);
  }
}
