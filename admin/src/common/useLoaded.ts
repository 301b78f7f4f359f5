import { useCallback, useEffect, useState } from 'react';

export interface Loaded<T> {
  data?: T;
  error?: unknown;
  isPending: boolean;
  reload: () => void;
}

/**
 * The result of `load`, run again when `key` changes or on reload(): for the few calls outside
 * react-admin's CRUD hooks (a record's history, one's API tokens).
 */
export function useLoaded<T>(load: () => Promise<T>, key: string): Loaded<T> {
  const [state, setState] = useState<Omit<Loaded<T>, 'reload'>>({ isPending: true });
  const [version, setVersion] = useState(0);
  useEffect(() => {
    let live = true;
    setState((previous) => ({ ...previous, isPending: true }));
    load().then(
      (data) => live && setState({ data, isPending: false }),
      (error) => live && setState({ error, isPending: false }),
    );
    return () => {
      live = false;
    };
    // `load` is a new function on every render; `key` says when it asks for something else.
  }, [key, version]);
  const reload = useCallback(() => setVersion((v) => v + 1), []);
  return { ...state, reload };
}
