import { useCallback, useEffect, useState } from 'react';
import { publicQuery } from './publicApi';
import { usePublicI18n } from './i18n';

export interface QueryState<T> {
  data: T | null;
  error: Error | null;
  loading: boolean;
  retry: () => void;
}

/**
 * Runs a public query when it or its variables change (compared as JSON), dropping the answer of
 * a query that was replaced meanwhile. Pass null to wait (e.g. until an id is known).
 */
export function usePublicQuery<T>(query: string | null, variables: Record<string, unknown> = {}): QueryState<T> {
  const { locale } = usePublicI18n();
  const [state, setState] = useState<{ data: T | null; error: Error | null; loading: boolean }>({
    data: null,
    error: null,
    loading: !!query,
  });
  const [attempt, setAttempt] = useState(0);
  const key = JSON.stringify(variables);
  useEffect(() => {
    if (!query) return;
    const controller = new AbortController();
    setState((s) => ({ ...s, loading: true, error: null }));
    publicQuery<T>(query, JSON.parse(key) as Record<string, unknown>, locale, controller.signal).then(
      (data) => setState({ data, error: null, loading: false }),
      (error: Error) => {
        if (!controller.signal.aborted) setState({ data: null, error, loading: false });
      },
    );
    return () => controller.abort();
  }, [query, key, locale, attempt]);
  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  // Between a new query's first render and its effect, it is loading, not empty.
  const loading = state.loading || (!!query && !state.data && !state.error);
  return { ...state, loading, retry };
}
