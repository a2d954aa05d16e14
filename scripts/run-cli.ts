import { disconnectDb } from '../lib/db';

/**
 * Runs a command-line script's `main` and exits with its code, closing the database first (the
 * embedded one included). A failure is printed once, after `failure`, and exits with 1.
 */
export async function runCli(main: () => Promise<number>, failure: string): Promise<never> {
  try {
    const code = await main();
    await disconnectDb();
    process.exit(code);
  } catch (error) {
    console.error(`${failure}:`, error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
