/**
 * One export, written once and read by both formats: the columns with Vietnamese headers, and
 * the rows in batches (an async iterable, so a million-line statement is never held at once).
 */
export type CellKind = 'text' | 'money' | 'date' | 'quantity' | 'count' | 'rate';

export interface Column {
  header: string;
  kind: CellKind;
  /** Width in characters, for the spreadsheet. */
  width?: number;
}

/**
 * money: a bigint of VND; date: "YYYY-MM-DD"; quantity: an exact decimal string; count: whole
 * digits; rate: a two-place decimal string ("14.93"); text: as is.
 */
export type Cell = string | bigint | null;

export interface Table {
  /** The worksheet's name (at most 31 characters, Excel's limit). */
  sheetName: string;
  columns: Column[];
  batches: AsyncIterable<Cell[][]>;
}

/** A table whose rows are already known (a fund summary is a few dozen lines). */
export function smallTable(sheetName: string, columns: Column[], rows: Cell[][]): Table {
  return {
    sheetName,
    columns,
    batches: (async function* () {
      yield rows;
    })(),
  };
}

/** Resolves when `out` can take more, or is gone (a client that hung up never drains). */
export function drained(out: NodeJS.WritableStream & { destroyed?: boolean }): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      out.removeListener('drain', done);
      out.removeListener('close', done);
      resolve();
    };
    out.once('drain', done);
    out.once('close', done);
  });
}
