import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { ImageResponse } from 'next/og';

// The home-screen icon for iOS, which takes no SVG: the site's mark (app/icon.svg, its one
// drawing) on white, as a PNG. Nothing in it depends on the request, so it is drawn once at build.
export const size = { width: 180, height: 180 };
export const contentType = 'image/png';

export default async function AppleIcon() {
  const mark = await readFile(path.join(process.cwd(), 'app/icon.svg'));
  return new ImageResponse(
    <div
      style={{
        display: 'flex',
        width: '100%',
        height: '100%',
        alignItems: 'center',
        justifyContent: 'center',
        background: '#ffffff',
      }}
    >
      {/* Inline as a data URL, so nothing is fetched. */}
      <img src={`data:image/svg+xml;base64,${mark.toString('base64')}`} width={140} height={140} alt="" />
    </div>,
    size,
  );
}
