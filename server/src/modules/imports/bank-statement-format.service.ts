import type { Context } from '../../context.js';
import { badInput, type Localized } from '../../common/errors.js';
import { assertVersion } from '../../common/optimistic-lock.js';
import { nfc } from '../../common/search-text.js';
import { BankStatementFormat } from './bank-statement-format.entity.js';
import type { SaveBankStatementFormatInput } from './statement-import.inputs.js';

export const BANK_FORMAT: Localized = { vi: 'mẫu sao kê', en: 'statement format' };

export function listBankStatementFormats(ctx: Context): Promise<BankStatementFormat[]> {
  return ctx.em.find(BankStatementFormat, {}, { orderBy: { code: 'asc' } });
}

export async function requireBankStatementFormat(ctx: Context, code: string, field: string) {
  const format = await ctx.em.findOne(BankStatementFormat, { code: code.trim().toUpperCase() });
  if (!format) {
    throw badInput(field, {
      vi: `Chưa có mẫu sao kê "${code}"; hãy khai báo các cột của ngân hàng trước`,
      en: `There is no statement format "${code}"; set up the bank's columns first`,
    });
  }
  return format;
}

/**
 * Creates a bank's column mapping, or changes it (from the version the caller saw): set once per
 * bank, then every import of that bank uses it.
 */
export async function saveBankStatementFormat(
  ctx: Context,
  input: SaveBankStatementFormatInput,
): Promise<BankStatementFormat> {
  const code = input.code.trim().toUpperCase();
  const fields = {
    name: nfc(input.name),
    dateColumn: nfc(input.dateColumn),
    dateFormat: input.dateFormat,
    creditColumn: nfc(input.creditColumn),
    debitColumn: input.debitColumn?.trim() ? nfc(input.debitColumn) : null,
    descriptionColumn: nfc(input.descriptionColumn),
    referenceColumn: nfc(input.referenceColumn),
    payerColumn: input.payerColumn?.trim() ? nfc(input.payerColumn) : null,
  };
  const existing = await ctx.em.findOne(BankStatementFormat, { code });
  if (existing) {
    assertVersion(existing, input.version);
    ctx.em.assign(existing, fields);
    await ctx.em.flush();
    return existing;
  }
  const format = ctx.em.create(BankStatementFormat, { code, ...fields } as never);
  await ctx.em.flush();
  return format;
}
