import { useCallback, useEffect, useRef, useState } from 'react';
import { tablesApi, type TablesApi } from '../../api/tables';
import type { TableDetail, TableList } from '../../api/types';

export type Loadable<T> = { status: 'loading' } | { status: 'error'; error: unknown } | { status: 'ready'; data: T };

/** GET /tables once, again on reload(); a reload in flight cancels the previous one. */
export function useTableList(api: TablesApi = tablesApi): [Loadable<TableList>, () => void] {
  const [state, setState] = useState<Loadable<TableList>>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    const controller = new AbortController();
    setState({ status: 'loading' });
    api.list(controller.signal).then(
      (data) => setState({ status: 'ready', data }),
      (error: unknown) => {
        if (!controller.signal.aborted) setState({ status: 'error', error });
      },
    );
    return () => controller.abort();
  }, [api, attempt]);
  return [state, useCallback(() => setAttempt((n) => n + 1), [])];
}

/** Table details (columns) as the export dialog asks for them, each read once. */
export function useTableDetails(api: TablesApi = tablesApi) {
  const [details, setDetails] = useState<ReadonlyMap<string, Loadable<TableDetail>>>(new Map());
  const requested = useRef(new Set<string>());
  const load = useCallback(
    (table: string, again = false) => {
      if (requested.current.has(table) && !again) return;
      requested.current.add(table);
      setDetails((map) => new Map(map).set(table, { status: 'loading' }));
      api.get(table).then(
        (data) => setDetails((map) => new Map(map).set(table, { status: 'ready', data })),
        (error: unknown) => setDetails((map) => new Map(map).set(table, { status: 'error', error })),
      );
    },
    [api],
  );
  return { details, load };
}

/** The loaded ones only, as validation and the request need them. */
export function readyDetails(details: ReadonlyMap<string, Loadable<TableDetail>>): Map<string, TableDetail> {
  const ready = new Map<string, TableDetail>();
  for (const [name, entry] of details) if (entry.status === 'ready') ready.set(name, entry.data);
  return ready;
}
