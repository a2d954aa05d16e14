// npm run db:seed [-- --if-empty]: loads the curated seed (prisma/seed/data.ts) into the configured
// database. Idempotent; with --if-empty (what `npm start` uses) it leaves a database that already
// has claims alone, so curators' deletions are not undone on every start.
import { db, disconnectDb } from '../../lib/db';
import { seedDatabase } from './seed';

const ifEmpty = process.argv.includes('--if-empty');
try {
  if (ifEmpty && (await db.claim.count()) > 0) {
    console.log('seed: the database already has claims; nothing to do');
  } else {
    const inserted = await seedDatabase(db);
    const summary = Object.entries(inserted)
      .map(([table, count]) => `${count} ${table}`)
      .join(', ');
    console.log(`seed: inserted ${summary}`);
  }
  await disconnectDb();
  process.exit(0);
} catch (error) {
  console.error('seed failed:', error instanceof Error ? error.message : error);
  process.exit(1);
}
