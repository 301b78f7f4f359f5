// The app's bank-statement import as a bench case: the lines written as a Vietcombank CSV,
// uploaded over HTTP to /imports/statements/:id/file (streamed, checked and staged until the
// import is READY), then posted by commitStatementImport (all or nothing). Both steps are timed
// apart, and both answers are checked: every line valid, then every line posted, Σ exact.
import { performance } from 'node:perf_hooks';
import { graphql, type BenchContext } from './bench-case.js';
import type { ImportCase, StatementLine } from './import-cases.js';

/** Front staff of Cao Bằng (the bench fund's province) in the demo data: they may post money there. */
const STAFF = 'canbo.caobang@chungtay.vn';
const DEMO_PASSWORD = 'chungtay-demo-2025';

/** The layout seeded as VCB: a title and the account above the header, dates dd/MM/yyyy, 1.500.000. */
function vcbCsv(lines: StatementLine[]): string {
  const header = ['Ngày giao dịch', 'Số tham chiếu', 'Số tiền ghi nợ', 'Số tiền ghi có', 'Nội dung chi tiết'];
  const dmy = (iso: string) => iso.split('-').reverse().join('/');
  const dotted = (amount: bigint) => amount.toString().replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  const quote = (cell: string) => (/[",\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);
  const rows = [
    ['SAO KÊ TÀI KHOẢN'],
    ['Số tài khoản: 0123456789', 'Chủ tài khoản: Quỹ Vì người nghèo (benchmark)'],
    header,
    ...lines.map((l) => [dmy(l.date), l.reference, '', dotted(l.amount), l.description]),
  ];
  return rows.map((row) => row.map(quote).join(',')).join('\r\n') + '\r\n';
}

const sumOf = (lines: StatementLine[]) => lines.reduce((sum, l) => sum + l.amount, 0n).toString();

async function login(ctx: BenchContext): Promise<string> {
  const data = await graphql<{ login: { token: string } }>(
    ctx,
    `
      mutation ($input: LoginInput!) {
        login(input: $input) {
          token
        }
      }
    `,
    { input: { email: STAFF, password: DEMO_PASSWORD } },
  );
  return data.login.token;
}

async function upload(ctx: BenchContext, token: string, id: string, file: Buffer) {
  const response = await fetch(`${ctx.graphqlUrl.replace(/\/graphql$/, '')}/imports/statements/${id}/file`, {
    method: 'POST',
    headers: { 'content-type': 'text/csv; charset=utf-8', authorization: `Bearer ${token}` },
    body: file,
  });
  const body = (await response.json()) as { data?: { statementImport: Record<string, unknown> }; errors?: unknown };
  if (response.status !== 200 || !body.data)
    throw new Error(`upload refused (${response.status}): ${JSON.stringify(body)}`);
  return body.data.statementImport as { status: string; validCount: number; linesRead: number; validAmount: string };
}

export const appImport: ImportCase = {
  name: 'app: VCB CSV upload + check, then commitStatementImport',
  async run(ctx, lines) {
    const token = await login(ctx);
    const file = Buffer.from(vcbCsv(lines), 'utf8');
    const total = sumOf(lines);

    let began = performance.now();
    const { startStatementImport } = await graphql<{ startStatementImport: { statementImport: { id: string } } }>(
      ctx,
      `
        mutation ($input: StartStatementImportInput!) {
          startStatementImport(input: $input) {
            statementImport {
              id
            }
          }
        }
      `,
      { input: { fundId: String(ctx.fundId), formatCode: 'VCB', fileName: 'sao-ke-vcb.csv' } },
      token,
    );
    const id = startStatementImport.statementImport.id;
    const preview = await upload(ctx, token, id, file);
    const uploaded = (performance.now() - began) / 1000;
    if (preview.status !== 'READY' || preview.validCount !== lines.length || preview.validAmount !== total) {
      throw new Error(`the preview is not every line valid (${lines.length}, Σ ${total}): ${JSON.stringify(preview)}`);
    }

    began = performance.now();
    const { commitStatementImport } = await graphql<{
      commitStatementImport: { statementImport: { status: string; postedCount: number; validAmount: string } };
    }>(
      ctx,
      `
        mutation ($id: ID!) {
          commitStatementImport(input: { id: $id }) {
            statementImport {
              status
              postedCount
              validAmount
            }
          }
        }
      `,
      { id },
      token,
    );
    const committed = (performance.now() - began) / 1000;
    const posted = commitStatementImport.statementImport;
    if (posted.status !== 'COMMITTED' || posted.postedCount !== lines.length || posted.validAmount !== total) {
      throw new Error(`the commit did not post every line (${lines.length}, Σ ${total}): ${JSON.stringify(posted)}`);
    }
    return [
      { name: 'upload + check (HTTP until READY)', seconds: uploaded },
      { name: 'commit (all-or-nothing posting)', seconds: committed },
    ];
  },
};
