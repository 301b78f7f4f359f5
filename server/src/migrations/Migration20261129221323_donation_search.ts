import { Migration } from '@mikro-orm/migrations';
import { searchKey } from '../common/search-text.js';

// Written by hand: existing donations get their search key computed here, with the same
// normalization as the application (diacritics removed), before the column becomes required.
export class Migration20261129221323_donation_search extends Migration {
  override name = 'Migration20261129221323_donation_search';

  override async up(): Promise<void> {
    const rows = await this.execute(`select id, note, bank_reference, receipt_number from donation`);
    this.addSql(`alter table "donation" add "search_text" text not null default '';`);
    for (const row of rows as { id: number; note: string | null; bank_reference: string | null; receipt_number: string }[]) {
      const key = searchKey(row.note, row.bank_reference, row.receipt_number).replace(/'/g, "''");
      this.addSql(`update "donation" set "search_text" = '${key}' where "id" = ${Number(row.id)};`);
    }
    this.addSql(`alter table "donation" alter column "search_text" drop default;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "donation" drop column "search_text";`);
  }
}
