// The benchmark's static baseline: an HTML file of the claim page's size (85 KB when issue 12 was
// written), served from public/ by the same Next.js server. It is written at the start of a run
// into a git-ignored folder rather than committed, so that no deployment serves 85 KB of filler;
// Next.js reads public/ once when it starts, so the file must exist before the server does.

export const BASELINE_BYTES = 85 * 1024;
export const BASELINE_PATH = '/bench/baseline-85k.html';
/** Where the file lies in the checkout: public/ plus its URL path. */
export const BASELINE_FILE = `public${BASELINE_PATH}`;

const LINE = '<p>Countercheck serving benchmark: a static page of the claim page size, served from public/.</p>\n';

/** A valid HTML document of exactly `bytes` bytes (ASCII), the same every time. */
export function baselineHtml(bytes: number = BASELINE_BYTES): string {
  const head = '<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>Baseline</title></head><body>\n';
  const tail = '</body></html>\n';
  const room = bytes - head.length - tail.length;
  if (room < 0) throw new Error(`a baseline page needs at least ${head.length + tail.length} bytes`);
  const body = LINE.repeat(Math.floor(room / LINE.length));
  return head + body + ' '.repeat(room - body.length) + tail;
}
