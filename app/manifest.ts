import type { MetadataRoute } from 'next';

// GET /manifest.webmanifest - what a browser needs to put the site on a home screen.
export default function manifest(): MetadataRoute.Manifest {
  return {
    name: 'Countercheck',
    short_name: 'Countercheck',
    description: 'What officials claim, and the verbatim counter-statements that answer them.',
    start_url: '/',
    // A reading site: links are shared and opened in the browser, with its address bar.
    display: 'browser',
    background_color: '#fafaf9',
    theme_color: '#1d4ed8',
    icons: [
      { src: '/icon.svg', sizes: 'any', type: 'image/svg+xml' },
      { src: '/apple-icon', sizes: '180x180', type: 'image/png' },
    ],
  };
}
