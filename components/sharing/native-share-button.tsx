'use client';

import { useSyncExternalStore } from 'react';

// Whether the browser has the Web Share API never changes while the page is open. The server
// renders no button (it cannot know), and the browser adds it after hydration where it exists.
const subscribe = () => () => {};
const browserCanShare = () => typeof navigator.share === 'function';
const serverCanShare = () => false;

/** Opens the device's own share sheet (phones, some desktops); absent where there is none. */
export function NativeShareButton({ url, title, text }: { url: string; title: string; text: string }) {
  const canShare = useSyncExternalStore(subscribe, browserCanShare, serverCanShare);
  if (!canShare) return null;

  async function share() {
    try {
      await navigator.share({ title, text, url });
    } catch {
      // The reader closed the share sheet, or the browser refused: nothing to report.
    }
  }

  return (
    <button
      type="button"
      onClick={share}
      className="rounded border border-stone-400 bg-white px-3 py-1 text-sm font-semibold text-stone-900 hover:bg-stone-100"
    >
      Share…
    </button>
  );
}
