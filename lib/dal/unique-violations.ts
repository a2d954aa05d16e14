import 'server-only';
import { ConflictError } from '../errors';
import { Prisma } from '../generated/prisma/client';

/**
 * Runs a save whose unique values (a slug, a Wikidata id, an archive's fingerprint) were checked
 * inside its transaction: another save taking the same value between that check and the write
 * makes the database refuse it, which the editor is told in words.
 */
export async function uniqueViolationAsConflict<T>(save: () => Promise<T>): Promise<T> {
  try {
    return await save();
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') {
      throw new ConflictError('Someone saved the same slug or identifier a moment ago. Save again to see which.');
    }
    throw error;
  }
}
