import 'server-only';
import { db } from '../db';
import { publicStatement } from './published';

/**
 * Whether readers may see a source: some statement quoted from it is public. Checked apart from
 * getSourceById, which lists only the quotes found in the archived text; an unverified public
 * quote makes its source public all the same.
 */
export async function isPublicSource(id: string): Promise<boolean> {
  return (await db.statement.findFirst({ where: { sourceId: id, ...publicStatement }, select: { id: true } })) !== null;
}
