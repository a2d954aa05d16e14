// Reads one of the editor-only lookups (/lookup/*, see lib/lookup-response.ts) from the browser:
// the data, or a message a person can act on. An aborted read (the editor typed on) rethrows.

export type LookupResult<Data> = { ok: true; data: Data } | { ok: false; message: string };

export async function fetchLookup<Data>(path: string, signal?: AbortSignal): Promise<LookupResult<Data>> {
  let response: Response;
  try {
    response = await fetch(path, { signal, headers: { Accept: 'application/json' } });
  } catch (error) {
    if (signal?.aborted) throw error;
    return { ok: false, message: 'The search could not reach the server. Check the connection and type again.' };
  }
  if (response.status === 401)
    return {
      ok: false,
      message: 'Your session has ended. Sign in again in another tab, then type again: what you entered here is kept.',
    };
  if (!response.ok) {
    const body = (await response.json().catch(() => null)) as { error?: { message?: string } } | null;
    return { ok: false, message: body?.error?.message ?? 'The search failed. Try again.' };
  }
  return { ok: true, data: ((await response.json()) as { data: Data }).data };
}
