import { useCallback, useEffect, useRef, useState } from 'react';

export interface ApiState<T> {
  /** The latest data; while reloading (or loading for new `deps`) still the previous data. */
  data: T | undefined;
  error: unknown;
  loading: boolean;
  /** Fetches again (after a change, or the user's "try again"). */
  reload: () => void;
  /** Replaces the data with what a change returned, without fetching again. */
  setData: (data: T) => void;
}

interface Settled<T> {
  key: string;
  generation: number;
  data: T | undefined;
  error: unknown;
}

/**
 * Loads data for a page: `const { data, error, loading, reload } = useApi((signal) =>
 * apiClient.GET('/organisations', { signal }), [])`. `deps` are what the request
 * depends on (compared by value, as JSON). A newer load, or unmounting, aborts the previous one,
 * so a slow old answer never overwrites a newer one.
 */
export function useApi<T>(
  load: (signal: AbortSignal) => Promise<T>,
  deps: readonly unknown[],
): ApiState<T> {
  const key = JSON.stringify(deps);
  const latestLoad = useRef(load);
  useEffect(() => {
    latestLoad.current = load;
  });
  const [generation, setGeneration] = useState(0);
  const [settled, setSettled] = useState<Settled<T> | null>(null);

  useEffect(() => {
    const controller = new AbortController();
    latestLoad.current(controller.signal).then(
      (data) => {
        if (!controller.signal.aborted) setSettled({ key, generation, data, error: null });
      },
      (error: unknown) => {
        if (!controller.signal.aborted) {
          setSettled((previous) => ({ key, generation, data: previous?.data, error }));
        }
      },
    );
    return () => controller.abort();
  }, [key, generation]);

  const current = settled?.key === key && settled.generation === generation;
  return {
    data: settled?.data,
    error: current ? settled.error : null,
    loading: !current,
    reload: useCallback(() => setGeneration((value) => value + 1), []),
    setData: useCallback(
      (data: T) => setSettled({ key, generation, data, error: null }),
      [key, generation],
    ),
  };
}
