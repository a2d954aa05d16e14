// A page cache entry (a page's or a route handler's answer, with when it was stored and its
// lifetimes) as one Redis value, in the data cache's framing (lib/cache/entry-codec.js): the fields
// as JSON, then the bytes. The large parts (the HTML, the React payload, each segment's prefetch
// payload, a route's body) go among the bytes as they are, each named in the fields with its
// length, so that nothing is escaped into JSON or base64.
import { decodeEntry, encodeEntry } from './entry-codec.js';

/** The kinds shared: what Next.js's page cache stores for the App Router (pages, route handlers). */
const SHARED_KINDS = new Set(['APP_PAGE', 'APP_ROUTE']);
const BYTE_FIELDS = ['rscData', 'body'];

/**
 * One Buffer for `entry` ({ value, lastModified, cacheControl } as Next.js's page cache keeps it),
 * or null for a kind that is not shared.
 */
export function encodePageEntry({ value, ...entry }) {
  if (!SHARED_KINDS.has(value?.kind)) return null;
  const { html, segmentData, ...fields } = value;
  const parts = [];
  const bytes = [];
  const add = (part, data) => {
    parts.push([...part, data.byteLength]);
    bytes.push(data);
  };
  if (typeof html === 'string') add(['html'], Buffer.from(html, 'utf8'));
  for (const field of BYTE_FIELDS) {
    if (!Buffer.isBuffer(fields[field])) continue;
    add([field], fields[field]);
    delete fields[field];
  }
  for (const [segmentPath, data] of segmentData ?? []) add(['segment', segmentPath], data);
  return encodeEntry({ ...entry, value: fields, parts }, Buffer.concat(bytes));
}

/** The entry `encodePageEntry` wrote, or null for anything else. */
export function decodePageEntry(buffer) {
  const decoded = decodeEntry(buffer);
  const { value: fields, parts, ...entry } = decoded?.entry ?? {};
  if (!SHARED_KINDS.has(fields?.kind) || !Array.isArray(parts)) return null;
  const bytes = Buffer.from(decoded.value.buffer, decoded.value.byteOffset, decoded.value.byteLength);
  const value = { ...fields };
  let offset = 0;
  for (const part of parts) {
    const length = part.at(-1);
    if (!Number.isInteger(length) || length < 0 || offset + length > bytes.byteLength) return null;
    const data = bytes.subarray(offset, (offset += length));
    if (part[0] === 'html') value.html = data.toString('utf8');
    else if (part[0] === 'segment') (value.segmentData ??= new Map()).set(part[1], data);
    else if (BYTE_FIELDS.includes(part[0])) value[part[0]] = data;
    else return null;
  }
  return offset === bytes.byteLength ? { ...entry, value } : null;
}
