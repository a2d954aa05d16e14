// Runs once when the server starts (Next.js instrumentation): see lib/shutdown.ts.
export async function register() {
  // The Node.js server only, not the edge runtime. NEXT_RUNTIME is set by Next.js itself, not
  // configuration, so it is read here rather than through lib/env.ts.
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    const { runClosersOnExit } = await import('./lib/shutdown');
    runClosersOnExit();
  }
}
