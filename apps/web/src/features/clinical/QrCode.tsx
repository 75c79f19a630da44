import QRCode from 'qrcode';
import { useMemo } from 'react';

/**
 * The dark modules of a QR code of `text` as one SVG path (a unit square per module, a four-module quiet
 * zone around). Drawn as plain SVG elements, no image data or inline style, so it shows under the app's
 * strict Content-Security-Policy.
 */
export function qrPath(text: string): { size: number; d: string } {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const quiet = 4;
  const parts: string[] = [];
  for (let row = 0; row < modules.size; row++) {
    for (let col = 0; col < modules.size; col++) {
      if (modules.get(row, col)) parts.push(`M${col + quiet} ${row + quiet}h1v1h-1z`);
    }
  }
  return { size: modules.size + 2 * quiet, d: parts.join('') };
}

/** A QR code of a link, for a phone to scan; `label` says what it opens (read by screen readers). */
export function QrCode({ text, label }: { text: string; label: string }) {
  const { size, d } = useMemo(() => qrPath(text), [text]);
  return (
    <svg
      role="img"
      aria-label={label}
      viewBox={`0 0 ${size} ${size}`}
      className="h-56 w-56 max-w-full border border-slate-300 bg-white"
      shapeRendering="crispEdges"
      data-testid="sign-link-qr"
    >
      <rect width={size} height={size} fill="#ffffff" />
      <path d={d} fill="#000000" />
    </svg>
  );
}
