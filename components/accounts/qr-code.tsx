import QRCode from 'qrcode';

// A QR code drawn on the server as SVG elements from the qrcode library's module matrix: no
// script, no image request, no markup injected as a string. One path of one-module squares.

const QUIET_ZONE = 4; // modules of white around the code, as the QR specification asks

export function QrCode({ text, label }: { text: string; label: string }) {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const squares: string[] = [];
  for (let row = 0; row < modules.size; row++)
    for (let column = 0; column < modules.size; column++)
      if (modules.get(row, column)) squares.push(`M${column + QUIET_ZONE} ${row + QUIET_ZONE}h1v1h-1z`);
  const side = modules.size + 2 * QUIET_ZONE;
  return (
    <svg
      role="img"
      aria-label={label}
      viewBox={`0 0 ${side} ${side}`}
      width={side * 5}
      height={side * 5}
      shapeRendering="crispEdges"
      className="bg-white"
    >
      <rect width={side} height={side} fill="#fff" />
      <path d={squares.join('')} fill="#000" />
    </svg>
  );
}
