// GET /api/session - who this browser is signed in as, for the parts of cached public pages that
// differ for editors (components/accounts/viewer.tsx). Only browsers holding the signed-in hint ask.
import { getCurrentUser } from '@/lib/auth/current-user';
import type { Viewer } from '@/lib/auth/viewer';

export async function GET(): Promise<Response> {
  const user = await getCurrentUser();
  const viewer: Viewer = user ? { id: user.id, name: user.name, role: user.role, pendingStep: user.pendingStep } : null;
  // Per browser and short-lived: no shared cache may keep it, and the browser asks again on each page.
  return Response.json(viewer, { headers: { 'Cache-Control': 'private, no-store' } });
}
