'use client';

import { useState } from 'react';

type CopyStatus = 'idle' | 'copied' | 'failed';

/**
 * Copies a URL to the clipboard. The outcome is written next to the button in a live region, so
 * a screen reader announces it too. Where the clipboard is unavailable (a page served over plain
 * http, a refused permission) the reader is shown the link to copy by hand.
 */
export function CopyLinkButton({
  url,
  describedThing,
}: {
  url: string;
  /** For screen readers: "to this counter-statement by …" */ describedThing?: string;
}) {
  const [status, setStatus] = useState<CopyStatus>('idle');

  async function copy() {
    try {
      await navigator.clipboard.writeText(url);
      setStatus('copied');
    } catch {
      setStatus('failed');
    }
  }

  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      <button
        type="button"
        onClick={copy}
        className="rounded border border-stone-400 bg-white px-3 py-1 text-sm font-semibold text-stone-900 hover:bg-stone-100"
      >
        Copy link{describedThing ? <span className="sr-only"> {describedThing}</span> : null}
      </button>
      <span role="status" aria-live="polite" className="text-sm text-stone-800">
        {status === 'copied' ? 'Link copied' : null}
        {status === 'failed' ? (
          <>
            Could not copy. The link is <span className="break-all">{url}</span>
          </>
        ) : null}
      </span>
    </span>
  );
}
