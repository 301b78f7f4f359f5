import type { Context } from '../../context.js';
import { reserveReceiptSeqs } from '../donations/donation.service.js';
import { lockFunds } from '../funds/ledger.service.js';
import type { StatementImport } from './statement-import.entity.js';

/** The printed receipt number in SQL, the same as receiptNumberOf() in the donation service. */
const RECEIPT_NUMBER = `(? || '-' || n.year || '-' || lpad(n.seq::text, 6, '0'))`;

/**
 * Flags valid lines whose bank reference is already posted to the fund: run at preview, and
 * again under the fund's lock at commit, because donations may have arrived in between.
 */
export async function flagPostedReferences(ctx: Context, record: StatementImport): Promise<void> {
  await ctx.em.execute(
    `update statement_line l set status = 'DUPLICATE', problem_code = 'ALREADY_POSTED', problem_detail = l.bank_reference
     where l.statement_import_id = ? and l.status = 'VALID'
       and exists (select 1 from donation d where d.fund_id = ? and d.bank_reference = l.bank_reference)`,
    [record.id, record.fund.id],
  );
}

/** Flags the second and later lines carrying the same bank reference within one file. */
export async function flagRepeatsInFile(ctx: Context, record: StatementImport): Promise<void> {
  await ctx.em.execute(
    `update statement_line l set status = 'DUPLICATE', problem_code = 'REPEATED_IN_FILE', problem_detail = l.bank_reference
     where l.statement_import_id = ? and l.status = 'VALID'
       and exists (select 1 from statement_line o where o.statement_import_id = l.statement_import_id
                   and o.bank_reference = l.bank_reference and o.line_number < l.line_number
                   and o.status in ('VALID', 'DUPLICATE'))`,
    [record.id],
  );
}

/** Reserves a run of receipt numbers per year of the valid lines; returns [year, first number] pairs. */
async function reserveReceiptRuns(ctx: Context, record: StatementImport): Promise<[number, number][]> {
  const years = await ctx.em.execute<{ year: number; lines: string }[]>(
    `select extract(year from value_date)::int as year, count(*)::text as lines
     from statement_line where statement_import_id = ? and status = 'VALID' group by 1 order by 1`,
    [record.id],
  );
  const runs: [number, number][] = [];
  for (const { year, lines } of years) {
    runs.push([Number(year), await reserveReceiptSeqs(ctx.em, record.fund.id, Number(year), Number(lines))]);
  }
  return runs;
}

/**
 * Posts every valid line of a checked statement as a bank-transfer donation with its ledger
 * entry and receipt number, set-based (a 200,000-line statement is a handful of statements, not
 * 200,000 round trips), inside the caller's transaction: all lines or none. Writes the audit
 * rows of the donations and entries it creates, as the ORM's audit subscriber would.
 */
export async function postStatementLines(ctx: Context, record: StatementImport): Promise<number> {
  const { em } = ctx;
  const fund = record.fund;
  await lockFunds(em, [fund.id]);
  await flagPostedReferences(ctx, record);
  const runs = await reserveReceiptRuns(ctx, record);
  if (runs.length === 0) return 0;
  const userId = ctx.caller?.user.id ?? null;
  // One statement: number the lines (receipt sequence per year in line order, a ledger id and a
  // donation id each), insert the entries and the donations from those numbers, and mark the lines
  // POSTED with their donation. The staged lines are rewritten once; the foreign keys between
  // donation, entry and line are checked at the end of the statement, when all exist.
  // Every part reads `numbered` alone, never one inserted set joined to another: the commit often
  // runs right after the upload, before PostgreSQL has statistics on the new lines, and with an
  // estimate of one line such a join was planned as a nested loop — quadratic, minutes at 200,000.
  const [posted] = await em.execute<{ lines: string }[]>(
    `with numbered as materialized (
       select l.id as line_id, l.amount, l.value_date, l.campaign_id, l.description, l.bank_reference, l.search_text,
              r.year, r.first_seq + row_number() over (partition by r.year order by l.line_number) - 1 as seq,
              nextval(pg_get_serial_sequence('ledger_entry', 'id')) as entry_id,
              nextval(pg_get_serial_sequence('donation', 'id')) as donation_id
       from statement_line l
       join (values ${runs.map(() => '(?::int, ?::int)').join(', ')}) as r(year, first_seq)
         on r.year = extract(year from l.value_date)::int
       where l.statement_import_id = ? and l.status = 'VALID'
     ),
     entries as (
       insert into ledger_entry (id, fund_id, kind, medium, amount, entry_date, campaign_id, document_ref, description,
                                 posted_by_user_id, posted_at)
       select n.entry_id, ?, 'RECEIPT', 'CASH', n.amount, n.value_date, n.campaign_id, ${RECEIPT_NUMBER}, n.description,
              ?, now()
       from numbered n
     ),
     donations as (
       insert into donation (id, created_at, updated_at, fund_id, donor_id, campaign_id, donated_on, channel, amount,
                             bank_reference, receipt_year, receipt_seq, receipt_number, note, status, entry_id, search_text)
       select n.donation_id, now(), now(), ?, null, n.campaign_id, n.value_date, 'BANK_TRANSFER', n.amount,
              n.bank_reference, n.year, n.seq, ${RECEIPT_NUMBER}, n.description, 'RECEIVED', n.entry_id,
              trim(coalesce(n.search_text, '') || ' ' || lower(${RECEIPT_NUMBER}))
       from numbered n
     ),
     marked as (
       update statement_line l set status = 'POSTED', donation_id = n.donation_id, entry_id = n.entry_id, receipt_seq = n.seq
       from numbered n
       where l.id = n.line_id
       returning l.id
     )
     select count(*)::text as lines from marked`,
    [...runs.flat(), record.id, fund.id, fund.code, userId, fund.id, fund.code, fund.code],
  );
  await auditPostedLines(ctx, record);
  return Number(posted!.lines);
}

async function auditPostedLines(ctx: Context, record: StatementImport): Promise<void> {
  const actor = [ctx.caller?.user.id ?? null, ctx.caller?.tokenId ?? null, ctx.caller?.user.email ?? 'anonymous'];
  const unitId = record.fund.unit.id;
  await ctx.em.execute(
    `insert into audit_event (occurred_at, actor_user_id, actor_token_id, actor_label, operation, record_type,
                              record_id, action, unit_id, before, after)
     select now(), ?, ?, ?, 'commitStatementImport', 'LedgerEntry', e.id::text, 'create', ?, null,
            jsonb_build_object('fund', e.fund_id, 'kind', e.kind, 'medium', e.medium, 'amount', e.amount::text,
                               'entryDate', e.entry_date, 'campaign', e.campaign_id, 'documentRef', e.document_ref,
                               'description', e.description, 'postedByUserId', e.posted_by_user_id)
     from statement_line l join ledger_entry e on e.id = l.entry_id
     where l.statement_import_id = ? and l.status = 'POSTED'`,
    [...actor, unitId, record.id],
  );
  await ctx.em.execute(
    `insert into audit_event (occurred_at, actor_user_id, actor_token_id, actor_label, operation, record_type,
                              record_id, action, unit_id, before, after)
     select now(), ?, ?, ?, 'commitStatementImport', 'Donation', d.id::text, 'create', ?, null,
            jsonb_build_object('fund', d.fund_id, 'campaign', d.campaign_id, 'donatedOn', d.donated_on,
                               'channel', d.channel, 'amount', d.amount::text, 'bankReference', d.bank_reference,
                               'receiptNumber', d.receipt_number, 'note', d.note, 'status', d.status, 'entry', d.entry_id::text)
     from statement_line l join donation d on d.id = l.donation_id
     where l.statement_import_id = ? and l.status = 'POSTED'`,
    [...actor, unitId, record.id],
  );
}
