'use client';

import { usePathname } from 'next/navigation';
import { createContext, useContext, useEffect, useState, useSyncExternalStore, type ReactNode } from 'react';
import { can, type Permission } from '@/lib/auth/permissions';
import { hasSignedInHint } from '@/lib/auth/signed-in-hint';
import type { Viewer } from '@/lib/auth/viewer';

// Public pages are cached and identical for every reader, so the server renders them signed out.
// In a browser that holds the signed-in hint (lib/auth/signed-in-hint.ts), this asks who is signed
// in, and the editor's parts (account menu, Edit links) appear. Every page they lead to checks the
// session again, and so does the DAL: this decides what is shown, never what is allowed.

const ViewerContext = createContext<Viewer>(null);

// The hint is read on every render: signing in or out re-renders the page (the action refreshes it),
// and a cookie has no event to subscribe to.
const noSubscription = () => () => {};
const readHint = () => hasSignedInHint(document.cookie);
const noHintOnServer = () => false;

/** `sessionUrl` is routes.session(), given by the server: lib/routes.ts would bring zod into every page's JavaScript. */
export function ViewerProvider({ sessionUrl, children }: { sessionUrl: string; children: ReactNode }) {
  const hinted = useSyncExternalStore(noSubscription, readHint, noHintOnServer);
  // Asked again on each navigation: the layout stays mounted across them, and the session may
  // have ended meanwhile (signed out in another tab, expired).
  const pathname = usePathname();
  const [viewer, setViewer] = useState<Viewer>(null);
  useEffect(() => {
    if (!hinted) return;
    const controller = new AbortController();
    fetch(sessionUrl, { signal: controller.signal, cache: 'no-store' })
      .then((response) => (response.ok ? (response.json() as Promise<Viewer>) : null))
      .then(setViewer)
      // Offline or aborted: the page stays as a reader sees it.
      .catch(() => undefined);
    return () => controller.abort();
  }, [hinted, pathname, sessionUrl]);
  return <ViewerContext value={hinted ? viewer : null}>{children}</ViewerContext>;
}

/** The signed-in viewer of this page, or null for a reader (and until the browser has asked). */
export function useViewer(): Viewer {
  return useContext(ViewerContext);
}

/** `children` only for a viewer whose role has `permission`. */
export function IfPermitted({ permission, children }: { permission: Permission; children: ReactNode }) {
  const viewer = useViewer();
  return viewer && can(viewer, permission) ? children : null;
}
