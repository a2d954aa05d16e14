import type { Verdict } from '../generated/prisma/enums';
import { html, styleElement, type SafeHtml } from './html';
import { countOf } from './plural';
import { truncateText } from './truncate';
import { verdictDefinition } from './verdicts';
import { counterStatementAnchor } from '../routes';

// The embed card (/embed/claims/[slug]): one self-contained HTML document for other sites'
// iframes. Not a React page: the root layout carries the site's header, footer and client
// runtime, while an embed must be small and fast inside someone else's article, so this is
// plain semantic HTML with its own small stylesheet and no script at all. Built from plain data
// (a subset of the DAL's ClaimDetail), so it is tested without a database.

type EmbedQuote = {
  text: string;
  language: string;
  speakerName: string;
  speakerRole: string | null;
  organization: { name: string } | null;
  saidOn: { label: string; iso: string } | null;
};

export type EmbedCardInput = {
  summary: string;
  verdict: Verdict;
  claim: EmbedQuote;
  counterStatementCount: number;
  counterStatementGroups: { items: { id: string; statement: EmbedQuote }[] }[];
};

/** How many counter-statements the card shows before it points to the full page. */
export const MAX_EMBED_COUNTER_STATEMENTS = 5;
export const MAX_EMBED_QUOTE_LENGTH = 220;

const NEW_TAB = html`<span class="visually-hidden"> (opens in a new tab)</span>`;

// Verdict colours mirror the site's badges; the label is always written out, colour only reinforces it.
const STYLE = styleElement(
  `
*{box-sizing:border-box}body{margin:0;font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1c1917;background:#fff}
main{padding:16px;border:1px solid #d6d3d1;border-radius:8px;max-width:100%}
a{color:#1d4ed8}a:focus-visible{outline:3px solid #1d4ed8;outline-offset:2px}
h1{font-size:1.2rem;line-height:1.3;margin:.25rem 0 .5rem}h2{font-size:1rem;margin:1rem 0 .5rem}
.kicker{margin:0;font-size:.8rem;font-weight:600;text-transform:uppercase;letter-spacing:.04em;color:#44403c}
.verdict{display:inline-block;padding:1px 8px;border:1px solid;border-radius:4px}
.v-FALSE{background:#fee2e2;color:#7f1d1d}.v-MOSTLY_FALSE{background:#ffedd5;color:#7c2d12}.v-MIXED{background:#fef9c3;color:#713f12}
.v-MOSTLY_TRUE{background:#ecfccb;color:#365314}.v-TRUE{background:#dcfce7;color:#14532d}.v-UNRATED{background:#f5f5f4;color:#292524}
figure{margin:0}blockquote{margin:0;padding-left:12px;border-left:4px solid #a8a29e;font-family:Georgia,serif}blockquote p{margin:0}
figcaption{margin-top:4px;font-size:.875rem;color:#44403c}
ul{list-style:none;margin:0;padding:0}li{padding:10px 0;border-top:1px solid #e7e5e4}
footer{margin-top:12px;font-size:.875rem}
.visually-hidden{position:absolute;width:1px;height:1px;margin:-1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
`.trim(),
);

function affiliation(quote: EmbedQuote): string | null {
  return quote.speakerRole ?? quote.organization?.name ?? null;
}

function figure(quote: EmbedQuote, text: string, extra?: SafeHtml): SafeHtml {
  const detail = affiliation(quote);
  return html`<figure><blockquote lang="${quote.language}"><p>${text}</p></blockquote><figcaption><strong>${quote.speakerName}</strong>${detail ? `, ${detail}` : ''}${
    quote.saidOn ? html`, <time datetime="${quote.saidOn.iso}">${quote.saidOn.label}</time>` : ''
  }${extra ?? ''}</figcaption></figure>`;
}

/** The card's whole document. `claimUrl` is the claim page's absolute URL; links open in a new tab. */
export function renderEmbedCard(claim: EmbedCardInput, claimUrl: string): string {
  const verdict = verdictDefinition(claim.verdict);
  const counterStatements = claim.counterStatementGroups.flatMap((group) => group.items);
  const shown = counterStatements.slice(0, MAX_EMBED_COUNTER_STATEMENTS);
  // The claim may carry only its strongest counter-statements (the DAL's first page): count from the total.
  const hidden = claim.counterStatementCount - shown.length;
  const link = (href: string, text: string) =>
    html`<a href="${href}" target="_blank" rel="noopener">${text}${NEW_TAB}</a>`;
  const items = shown.map(
    ({ id, statement }) =>
      html`<li>${figure(statement, truncateText(statement.text, MAX_EMBED_QUOTE_LENGTH), html` · ${link(`${claimUrl}#${counterStatementAnchor(id)}`, 'Read in full')}`)}</li>`,
  );
  return html`<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${claim.summary} · Countercheck</title><meta name="robots" content="noindex"><link rel="canonical" href="${claimUrl}">
${STYLE}</head>
<body><main><article aria-labelledby="claim-title">
<p class="kicker">Claim · <span class="verdict v-${claim.verdict}">Verdict: ${verdict.label}</span></p>
<h1 id="claim-title">${link(claimUrl, claim.summary)}</h1>
${figure(claim.claim, claim.claim.text)}
<section aria-labelledby="counter-statements-title"><h2 id="counter-statements-title">${
    claim.counterStatementCount
      ? countOf(claim.counterStatementCount, 'counter-statement', 'counter-statements')
      : 'No counter-statements yet'
  }</h2>
${items.length ? html`<ul>${items}</ul>` : ''}${hidden > 0 ? html`<p>${link(claimUrl, `${countOf(hidden, 'more counter-statement', 'more counter-statements')} on Countercheck`)}</p>` : ''}
</section>
<footer>${link(claimUrl, 'The full claim, its sources and the verdict explained, on Countercheck')}</footer>
</article></main></body></html>`.toString();
}

/** The document an embed shows for a claim that does not exist (any more) or is not published. */
export function renderEmbedNotFound(claimsUrl: string): string {
  return html`<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Claim not found · Countercheck</title><meta name="robots" content="noindex">${STYLE}</head>
<body><main><h1>Claim not found</h1><p>This claim is not on Countercheck. <a href="${claimsUrl}" target="_blank" rel="noopener">Browse all claims${NEW_TAB}</a></p></main></body></html>`.toString();
}
