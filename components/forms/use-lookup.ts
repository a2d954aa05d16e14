'use client';

import { useEffect, useState } from 'react';
import { fetchLookup, type LookupResult } from './fetch-lookup';

/**
 * What the lookup at `path` answered (a chosen person's roles, a chosen source's archived text),
 * or null while it is read. Kept with its path, so an answer for an earlier choice is never shown.
 */
export function useLookup<Data>(path: string | null): LookupResult<Data> | null {
  const [fetched, setFetched] = useState<{ path: string; result: LookupResult<Data> } | null>(null);
  useEffect(() => {
    if (!path) return;
    const controller = new AbortController();
    fetchLookup<Data>(path, controller.signal)
      .then((result) => setFetched({ path, result }))
      .catch(() => {}); // aborted: another record was chosen meanwhile
    return () => controller.abort();
  }, [path]);
  return path && fetched?.path === path ? fetched.result : null;
}
