import { useCallback, useEffect, useState } from 'react';
import { aboutApi, type AboutApi } from '../../api/about';
import type { About } from '../../api/types';

export interface AboutModel {
  about: About | null;
  error: unknown;
  reload(): void;
}

/** GET /about once per visit of the page; the SBOM does not change while the app runs. */
export function useAbout(api: AboutApi = aboutApi): AboutModel {
  const [about, setAbout] = useState<About | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    const controller = new AbortController();
    setError(null);
    api.about(controller.signal).then(setAbout, (thrown: unknown) => {
      if (!controller.signal.aborted) setError(thrown);
    });
    return () => controller.abort();
  }, [api, attempt]);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  return { about, error, reload };
}
