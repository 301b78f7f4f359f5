export interface ResultRow {
  name: string;
  /** The app's median (ms), or its rate (rows/s); null when the app side does not exist yet. */
  app: number | null;
  /** The hand-written SQL's median (ms), or COPY's rate (rows/s). */
  sql: number;
  unit: 'ms' | 'rows/s';
  /** How many measured runs the median is of. */
  runs: number;
}

const number = (value: number, unit: ResultRow['unit']) =>
  unit === 'rows/s' ? Math.round(value).toLocaleString('en') : value < 10 ? value.toFixed(2) : value.toFixed(1);

/** A Markdown table, ready for the README: app / hand SQL for times, SQL / app for rates (higher is slower). */
export function printTable(rows: ResultRow[]): void {
  const lines = [
    ['case', 'app', 'hand SQL', 'unit', 'app / SQL', 'runs'],
    ...rows.map((r) => [
      r.name,
      r.app === null ? '—' : number(r.app, r.unit),
      number(r.sql, r.unit),
      r.unit,
      r.app === null ? '—' : `${(r.unit === 'ms' ? r.app / r.sql : r.sql / r.app).toFixed(1)}×`,
      String(r.runs),
    ]),
  ];
  const widths = lines[0]!.map((_, i) => Math.max(...lines.map((l) => l[i]!.length)));
  const format = (cells: string[]) =>
    `| ${cells.map((c, i) => (i === 0 || i === 3 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(' | ')} |`;
  console.log(format(lines[0]!));
  console.log(
    `|${widths.map((w, i) => (i === 0 || i === 3 ? `:${'-'.repeat(w + 1)}` : `${'-'.repeat(w + 1)}:`)).join('|')}|`,
  );
  for (const line of lines.slice(1)) console.log(format(line));
}
