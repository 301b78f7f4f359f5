// Fills a fresh, migrated database with one big fund, in SQL (generate_series), as fast as the
// server allows: donors first, then donations with their RECEIPT ledger entries, batch by batch.
// The ledger refuses UPDATE and DELETE, not INSERT: every donation gets exactly one entry of the
// same amount, so the fund's balance is the sum of its entries like any other fund's.
import type pg from 'pg';
import { searchKey } from '@chung-tay/server';
import { businessPrefixes, descriptions, givenNames, middleNames, roundAmounts, surnames } from './vietnamese-names.js';

export interface BenchFund {
  fundId: number;
  code: string;
  unitId: number;
  /** 2016–2020 and 2021–2025: donations belong to the phase of their date. */
  campaignIds: [number, number];
}

export const FIRST_DAY = '2016-01-01';
export const LAST_DAY = '2025-12-31';
const DAYS = (Date.parse(LAST_DAY) - Date.parse(FIRST_DAY)) / 86_400_000;
const BATCH = 250_000;

const plain = (words: string[]) => words.map((w) => searchKey(w));

/** A Front committee of a demo province, its fund and its two five-year campaigns. */
export async function createBenchFund(db: pg.Client): Promise<BenchFund> {
  const unit = await db.query<{ id: number }>(
    `select id from administrative_unit where level = 'PROVINCE' and code = '04'`,
  );
  const unitId = unit.rows[0]!.id;
  const code = 'QVNN-BENCH';
  const name = 'Ủy ban MTTQ Việt Nam (benchmark)';
  const org = await db.query<{ id: number }>(
    `insert into organization (created_at, updated_at, kind, name, unit_id, search_text)
     values (now(), now(), 'FRONT_COMMITTEE', $1, $2, $3) returning id`,
    [name, unitId, searchKey(name)],
  );
  const fund = await db.query<{ id: number }>(
    `insert into fund (created_at, updated_at, code, name, organization_id, unit_id, search_text)
     values (now(), now(), $1, $2, $3, $4, $5) returning id`,
    [code, 'Quỹ Vì người nghèo (benchmark)', org.rows[0]!.id, unitId, searchKey(code, 'Quỹ Vì người nghèo benchmark')],
  );
  const campaignIds: number[] = [];
  for (const [suffix, starts, ends] of [
    ['2016-2020', '2016-01-01', '2020-12-31'],
    ['2021-2025', '2021-01-01', '2025-12-31'],
  ] as const) {
    const title = `Vì người nghèo – Không để ai bị bỏ lại phía sau ${suffix} (benchmark)`;
    const campaign = await db.query<{ id: number }>(
      `insert into campaign (created_at, updated_at, code, kind, name, starts_on, ends_on, organizer_id, scope_unit_id,
                             status, search_text)
       values (now(), now(), $1, 'EMULATION_MOVEMENT', $2, $3, $4, $5, $6, 'CLOSED', $7) returning id`,
      [`BENCH-${suffix}`, title, starts, ends, org.rows[0]!.id, unitId, searchKey(title)],
    );
    campaignIds.push(campaign.rows[0]!.id);
  }
  return { fundId: fund.rows[0]!.id, code, unitId, campaignIds: campaignIds as [number, number] };
}

/**
 * Donors: nine in ten are people ("Nguyễn Văn An"), the rest businesses and local bodies; about
 * half consent to be named, a few give anonymously. Returns the range of their ids.
 */
export async function generateDonors(db: pg.Client, fund: BenchFund, count: number): Promise<[number, number]> {
  await db.query(
    `insert into donor (created_at, updated_at, kind, display_name, anonymous, public_consent, unit_id, search_text)
     select now(), now(),
            case when k < 0.9 then 'INDIVIDUAL' when b <= 5 then 'BUSINESS' else 'ORGANIZATION' end,
            case when k < 0.9 then ($1::text[])[s] || ' ' || ($3::text[])[m] || ' ' || ($5::text[])[v]
                 else ($7::text[])[b] || ' ' || ($1::text[])[s] || ' ' || ($5::text[])[v] end,
            random() < 0.03, random() < 0.5, $9,
            case when k < 0.9 then ($2::text[])[s] || ' ' || ($4::text[])[m] || ' ' || ($6::text[])[v]
                 else ($8::text[])[b] || ' ' || ($2::text[])[s] || ' ' || ($6::text[])[v] end
       from (select g, random() as k,
                    1 + floor(random() * cardinality($1::text[]))::int as s,
                    1 + floor(random() * cardinality($3::text[]))::int as m,
                    1 + floor(random() * cardinality($5::text[]))::int as v,
                    1 + floor(random() * cardinality($7::text[]))::int as b
               from generate_series(1, $10::int) g) r`,
    [
      surnames,
      plain(surnames),
      middleNames,
      plain(middleNames),
      givenNames,
      plain(givenNames),
      businessPrefixes,
      plain(businessPrefixes),
      fund.unitId,
      count,
    ],
  );
  const range = await db.query<{ lo: number; hi: number }>(
    `select min(id) as lo, max(id) as hi from donor where unit_id = $1`,
    [fund.unitId],
  );
  return [range.rows[0]!.lo, range.rows[0]!.hi];
}

/**
 * Donations spread over ten years, newest last: 70 % bank transfers (each with its bank
 * reference), 28 % cash, 2 % rice in kind; 60 % round amounts, the rest any multiple of 10.000 ₫;
 * 5 % without a donor. Each batch is one transaction: the entries and their donations together.
 */
export async function generateDonations(
  db: pg.Client,
  fund: BenchFund,
  donors: [number, number],
  count: number,
  onProgress: (done: number) => void,
): Promise<void> {
  const base = await db.query<{ entry: string; donation: string }>(
    `select (select coalesce(max(id), 0) from ledger_entry)::text as entry,
            (select coalesce(max(id), 0) from donation)::text as donation`,
  );
  // Generation only, as pg_restore does: skip the foreign-key triggers where the role may (every
  // id is right by construction, and the run checks the ledger afterwards), and build the plain
  // indexes once at the end rather than row by row. They are rebuilt from their own definitions,
  // exactly as the migrations made them; the indexes behind constraints stay.
  await db.query(`set session_replication_role = replica`).catch(() => undefined);
  const indexes = await db.query<{ name: string; definition: string }>(
    `select indexname as name, indexdef as definition from pg_indexes i
      where schemaname = current_schema() and tablename in ('donation', 'ledger_entry')
        and not exists (select 1 from pg_constraint c where c.conname = i.indexname)`,
  );
  for (const index of indexes.rows) await db.query(`drop index "${index.name}"`);
  const entryBase = Number(base.rows[0]!.entry);
  const donationBase = Number(base.rows[0]!.donation);
  for (let first = 1; first <= count; first += BATCH) {
    const last = Math.min(count, first + BATCH - 1);
    await db.query('begin');
    await db.query(
      `create temp table gen on commit drop as
       select g, day, amount, channel, donor_id, d,
              $9::text || '-' || extract(year from day)::int || '-' || lpad(g::text, greatest(6, length(g::text)), '0')
                as receipt_number,
              case when channel = 'BANK_TRANSFER' then 'FT' || to_char(day, 'YYDDD') || lpad(g::text, 9, '0') end
                as bank_reference
         from (select g,
                      least($2::date, $1::date + ((g - 1) * $3::bigint / $4::bigint)::int + floor(random() * 4)::int) as day,
                      case when random() < 0.6
                           then ($5::bigint[])[1 + floor(random() * cardinality($5::bigint[]))::int]
                           else 10000 * (1 + floor(random() * 5000))::bigint end as amount,
                      (array['BANK_TRANSFER', 'CASH', 'IN_KIND'])[case when c < 0.7 then 1 when c < 0.98 then 2 else 3 end]
                        as channel,
                      case when random() >= 0.05 then $6::int + floor(random() * ($7::int - $6::int + 1))::int end
                        as donor_id,
                      1 + floor(random() * cardinality($8::text[]))::int as d
                 from (select g, random() as c from generate_series($10::bigint, $11::bigint) g) s) r`,
      [FIRST_DAY, LAST_DAY, DAYS, count, roundAmounts, donors[0], donors[1], descriptions, fund.code, first, last],
    );
    await db.query(
      `insert into ledger_entry (id, fund_id, kind, medium, amount, quantity, quantity_unit, entry_date, campaign_id,
                                 document_ref, description, posted_at)
       select $1::bigint + g, $2, 'RECEIPT', case when channel = 'IN_KIND' then 'IN_KIND' else 'CASH' end, amount,
              case when channel = 'IN_KIND' then amount / 20000 end,
              case when channel = 'IN_KIND' then 'kg gạo' end,
              day, case when day < '2021-01-01' then $3::int else $4::int end, receipt_number, ($5::text[])[d], day
         from gen order by g`,
      [entryBase, fund.fundId, fund.campaignIds[0], fund.campaignIds[1], descriptions],
    );
    await db.query(
      `insert into donation (id, created_at, updated_at, fund_id, donor_id, campaign_id, donated_on, channel, amount,
                             quantity, quantity_unit, bank_reference, receipt_year, receipt_seq, receipt_number, note,
                             status, entry_id, search_text)
       select $1::bigint + g, day, day, $2, donor_id, case when day < '2021-01-01' then $3::int else $4::int end, day,
              channel, amount, case when channel = 'IN_KIND' then amount / 20000 end,
              case when channel = 'IN_KIND' then 'kg gạo' end, bank_reference, extract(year from day)::int, g,
              receipt_number, ($5::text[])[d], 'RECEIVED', $7::bigint + g,
              ($6::text[])[d] || coalesce(' ' || lower(bank_reference), '') || ' ' || lower(receipt_number)
         from gen order by g`,
      [
        donationBase,
        fund.fundId,
        fund.campaignIds[0],
        fund.campaignIds[1],
        descriptions,
        plain(descriptions),
        entryBase,
      ],
    );
    await db.query('commit');
    onProgress(last);
  }
  // The sequences and the receipt counters go on after the generated rows, so the app's next
  // donation gets the next id and the next receipt number of its year.
  await db.query(`select setval('ledger_entry_id_seq', (select max(id) from ledger_entry))`);
  await db.query(`select setval('donation_id_seq', (select max(id) from donation))`);
  await db.query(
    `insert into receipt_counter (fund_id, year, last_number)
     select fund_id, receipt_year, max(receipt_seq) from donation where fund_id = $1 group by 1, 2`,
    [fund.fundId],
  );
  await db.query(`reset session_replication_role`).catch(() => undefined);
  await db.query(`set maintenance_work_mem = '256MB'`);
  for (const index of indexes.rows) await db.query(index.definition);
  await db.query(`reset maintenance_work_mem`);
  await db.query('vacuum analyze donation');
  await db.query('vacuum analyze ledger_entry');
  await db.query('analyze');
}
