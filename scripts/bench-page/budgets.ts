// The claim page's weight and paint budgets (issue 12, "Leaner pages"), applied to what the page
// benchmark measured: pure, so each rule is tested apart from a run.

export const KB = 1024;
/** JavaScript the claim page may load beyond what the emptiest page of the same build loads, gzip. */
export const EXTRA_JAVASCRIPT_BYTES = 15 * KB;
/** The claim page's document, its React Server Components payload included, gzip, with 20 counter-statements. */
export const HTML_BYTES = 40 * KB;
export const LCP_MS = 1500;
export const CLS = 0.05;
export const TBT_MS = 100;

export type PageWeightAndPaint = {
  /** gzip bytes of the scripts the claim page loads, and the baseline page. */
  claimJavaScript: number;
  baselineJavaScript: number;
  /** gzip bytes of the document of a claim with 20 counter-statements. */
  html: number;
  /** fetch or XHR requests of the claim page that are not the router's prefetches. */
  dataFetches: number;
  /** Medians over the throttled runs of the claim page. */
  lcpMs: number;
  cls: number;
  tbtMs: number;
};

const kilobytes = (bytes: number) => `${(bytes / KB).toFixed(1)} KB`;

/** The budgets missed, each saying what was wanted and what was measured; empty when all held. */
export function missedBudgets(measured: PageWeightAndPaint): string[] {
  const missed: string[] = [];
  const extra = measured.claimJavaScript - measured.baselineJavaScript;
  if (extra > EXTRA_JAVASCRIPT_BYTES)
    missed.push(`JavaScript beyond the baseline page <= ${kilobytes(EXTRA_JAVASCRIPT_BYTES)}: ${kilobytes(extra)}`);
  if (!(measured.html < HTML_BYTES)) missed.push(`HTML < ${kilobytes(HTML_BYTES)}: ${kilobytes(measured.html)}`);
  if (measured.dataFetches > 0) missed.push(`no client-side data fetch: ${measured.dataFetches}`);
  if (!(measured.lcpMs < LCP_MS)) missed.push(`LCP < ${LCP_MS} ms: ${Math.round(measured.lcpMs)} ms`);
  if (!(measured.cls < CLS)) missed.push(`CLS < ${CLS}: ${measured.cls.toFixed(3)}`);
  if (!(measured.tbtMs < TBT_MS)) missed.push(`TBT < ${TBT_MS} ms: ${Math.round(measured.tbtMs)} ms`);
  return missed;
}
