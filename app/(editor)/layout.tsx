import type { Metadata } from 'next';
import type { ReactNode } from 'react';

// Editors' pages: for the people who keep the record, not for search engines.
export const metadata: Metadata = { robots: { index: false, follow: false } };

export default function EditorLayout({ children }: { children: ReactNode }) {
  return children;
}
