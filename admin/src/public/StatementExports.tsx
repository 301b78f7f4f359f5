import type { Owner } from './queries';

/**
 * Where the statement's download buttons (CSV, XLSX) go — issue 6, item 4, built separately. It
 * gets whose statement is shown and the filter as the API takes it, so that a download is the
 * list on screen. Until then it shows nothing.
 */
export function StatementExports(props: { owner: Owner; filter: Record<string, string> }) {
  void props;
  return null;
}
