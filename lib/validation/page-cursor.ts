import { cursorText } from './cursors';

// The `cursor` of a paged list, as it comes in the URL. What it holds is checked where it is
// decoded (lib/domain/cursor.ts); here only its size is bounded, and a repeated one counts once.

const cursorParam = cursorText.min(1).optional().catch(undefined);

export function parsePageCursor(searchParams: Record<string, string | string[] | undefined>): string | undefined {
  const value = searchParams.cursor;
  return cursorParam.parse(Array.isArray(value) ? value[0] : value);
}

/** The URL of a paged list at `cursor` (its first page when there is none). */
export function pageHref(path: string, cursor?: string): string {
  return cursor ? `${path}?${new URLSearchParams({ cursor })}` : path;
}
