'use client';

// Unexpected failures land here; the server has already logged them with this digest.
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div role="alert" className="space-y-4">
      <h1 className="text-3xl font-bold tracking-tight">Something went wrong</h1>
      <p>This page could not be shown. Please try again in a moment.</p>
      {error.digest ? <p className="text-sm text-stone-700">Reference: {error.digest}</p> : null}
      <button type="button" onClick={reset} className="rounded border border-stone-400 bg-white px-3 py-1 font-medium">
        Try again
      </button>
    </div>
  );
}
