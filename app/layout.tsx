import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { ViewerProvider } from '@/components/accounts/viewer';
import { SiteFooter } from '@/components/layout/site-footer';
import { SiteHeader } from '@/components/layout/site-header';
import { env } from '@/lib/env';
import { routes } from '@/lib/routes';
import './globals.css';

// No canonical URL here: a page without its own would claim to be the home page.
export const metadata: Metadata = {
  // Every relative URL in metadata (canonical, og:url, og:image) resolves against the configured
  // public origin, never against the request's Host header.
  metadataBase: new URL(env.SITE_URL),
  title: { default: 'Countercheck: what officials claim, and who answered', template: '%s · Countercheck' },
  description:
    'Public claims by officials side by side with the verbatim counter-statements that answer them, each with its source.',
};

export const viewport: Viewport = { width: 'device-width', initialScale: 1 };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body className="flex min-h-screen flex-col bg-stone-50 font-sans text-stone-900 antialiased">
        <ViewerProvider sessionUrl={routes.session()}>
          <a
            href="#main"
            className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-10 focus:bg-white focus:p-2"
          >
            Skip to content
          </a>
          <SiteHeader />
          <main id="main" className="mx-auto w-full max-w-3xl flex-1 px-4 py-8">
            {children}
          </main>
          <SiteFooter />
        </ViewerProvider>
      </body>
    </html>
  );
}
