'use client';

// The last boundary: a failure in the root layout itself (its header, its account menu) lands here,
// where app/error.tsx cannot catch it. It replaces the root layout, so it brings its own <html>,
// <body> and title, and depends on nothing that may be what failed: inline styles instead of the
// stylesheet, a plain link instead of the client router. The server has logged the error with
// this digest.

const page = { margin: 0, background: '#fafaf9', color: '#1c1917', fontFamily: 'system-ui, sans-serif' };
const main = { maxWidth: '48rem', margin: '0 auto', padding: '2rem 1rem', lineHeight: 1.5 };
const button = { border: '1px solid #a8a29e', borderRadius: '0.25rem', background: '#fff', padding: '0.25rem 0.75rem' };

export default function GlobalError({ error, retry }: { error: unknown; retry: () => void }) {
  const digest = error instanceof Error && 'digest' in error && typeof error.digest === 'string' ? error.digest : null;
  return (
    <html lang="en">
      <body style={page}>
        <title>Something went wrong · Countercheck</title>
        <main role="alert" style={main}>
          <h1>Something went wrong</h1>
          <p>Countercheck could not show this page. Please try again in a moment.</p>
          {digest ? <p>Reference: {digest}</p> : null}
          <p style={{ display: 'flex', gap: '1rem', alignItems: 'center' }}>
            <button type="button" onClick={() => retry()} style={button}>
              Try again
            </button>
            {/* eslint-disable-next-line @next/next/no-html-link-for-pages -- a full page load: the app's shell is what failed */}
            <a href="/">Home page</a>
          </p>
        </main>
      </body>
    </html>
  );
}
