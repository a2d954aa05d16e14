import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { ReadOnlyNotice } from '@/components/layout/read-only-notice';

// Editors' pages: for the people who keep the record, not for search engines.
export const metadata: Metadata = { robots: { index: false, follow: false } };

// Every editor's page depends on who is signed in (its session cookie) and is rendered for each
// request, whole: nothing of it is cached, and there is no shell worth showing before it.
export const instant = false;

export default function EditorLayout({ children }: { children: ReactNode }) {
  return (
    <>
      <ReadOnlyNotice />
      {children}
    </>
  );
}
