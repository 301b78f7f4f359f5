import { useCallback, useEffect, useRef, useState } from 'react';
import { publicQuery } from './publicApi';
import { usePublicI18n } from './i18n';
import { STATEMENT, type PublicStatementLine, type PublicStatementPage } from './queries';

/** Lines per request: a phone screen or two. */
export const STATEMENT_PAGE_SIZE = 20;

interface StatementState {
  lines: PublicStatementLine[];
  totalCount: number | null;
  endCursor: string | null;
  hasNextPage: boolean;
  loading: boolean;
  loadingMore: boolean;
  error: Error | null;
}

const initial: StatementState = {
  lines: [],
  totalCount: null,
  endCursor: null,
  hasNextPage: false,
  loading: true,
  loadingMore: false,
  error: null,
};

/**
 * The statement for a filter, page by page: the first page with its totalCount, then "more" by
 * the keyset cursor, appended. A new filter starts over; an answer for an old filter is dropped.
 */
export function useStatement(filter: Record<string, string>) {
  const { locale } = usePublicI18n();
  const key = JSON.stringify(filter);
  const current = useRef(key);
  const [state, setState] = useState<StatementState>(initial);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    current.current = key;
    const controller = new AbortController();
    setState(initial);
    const variables = { filter: JSON.parse(key), first: STATEMENT_PAGE_SIZE, after: null, withCount: true };
    publicQuery<{ publicStatement: PublicStatementPage }>(STATEMENT, variables, locale, controller.signal).then(
      ({ publicStatement: page }) =>
        setState({
          lines: page.nodes,
          totalCount: page.totalCount ?? null,
          endCursor: page.pageInfo.endCursor ?? null,
          hasNextPage: page.pageInfo.hasNextPage,
          loading: false,
          loadingMore: false,
          error: null,
        }),
      (error: Error) => {
        if (!controller.signal.aborted) setState({ ...initial, loading: false, error });
      },
    );
    return () => controller.abort();
  }, [key, locale, attempt]);

  const loadMore = useCallback(() => {
    if (!state.endCursor || state.loadingMore) return;
    const forKey = key;
    setState((s) => ({ ...s, loadingMore: true, error: null }));
    const variables = { filter: JSON.parse(key), first: STATEMENT_PAGE_SIZE, after: state.endCursor, withCount: false };
    publicQuery<{ publicStatement: PublicStatementPage }>(STATEMENT, variables, locale).then(
      ({ publicStatement: page }) => {
        if (current.current !== forKey) return;
        setState((s) => ({
          ...s,
          lines: [...s.lines, ...page.nodes],
          endCursor: page.pageInfo.endCursor ?? null,
          hasNextPage: page.pageInfo.hasNextPage,
          loadingMore: false,
        }));
      },
      (error: Error) => {
        if (current.current === forKey) setState((s) => ({ ...s, loadingMore: false, error }));
      },
    );
  }, [key, locale, state.endCursor, state.loadingMore]);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  return { ...state, loadMore, retry };
}
