import 'server-only';
import { PrismaClient } from './generated/prisma/client';
import { openConfiguredDatabase } from './database';

// One PrismaClient per process. PGlite is single-process, and Next.js dev re-evaluates modules on
// every change, so the client is kept on globalThis rather than in module scope.
const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

export const db = (globalForPrisma.prisma ??= new PrismaClient({ adapter: openConfiguredDatabase().factory }));
