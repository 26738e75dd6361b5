// Draws the Teams app icons (a compass) and writes them as PNG with node:zlib only, so CI needs
// no image tools. Deterministic: same bytes on every run.
//   node scripts/make-icons.js             -> appPackage/{color,outline}.png, public/favicon.png
//   node scripts/make-icons.js --out-dir d  -> all three into d/
import { Buffer } from 'node:buffer';
import { writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** RGBA pixels (width*height*4) -> PNG bytes, 8-bit truecolour with alpha, filter 0 on every row. */
export function encodePng(width, height, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type RGBA
  const raw = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (width * 4 + 1)] = 0;
    rgba.copy(raw, y * (width * 4 + 1) + 1, y * width * 4, (y + 1) * width * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function inTriangle(px, py, [a, b, c]) {
  const side = (p, q) => (q[0] - p[0]) * (py - p[1]) - (q[1] - p[1]) * (px - p[0]);
  const d1 = side(a, b);
  const d2 = side(b, c);
  const d3 = side(c, a);
  return !((d1 < 0 || d2 < 0 || d3 < 0) && (d1 > 0 || d2 > 0 || d3 > 0));
}

/**
 * A compass: a ring and a needle pointing north-east. `paint(x, y)` returns the colour of the shape
 * under that point ([r, g, b]) or null; each pixel averages 4x4 samples for smooth edges.
 */
function drawCompass(size, { ring, needle }, background, colours) {
  const c = size / 2;
  const u = [Math.SQRT1_2, -Math.SQRT1_2]; // towards the needle's tip (y grows downwards)
  const v = [Math.SQRT1_2, Math.SQRT1_2];
  const at = (len, dir) => [c + len * dir[0], c + len * dir[1]];
  const sideA = at(needle.width, v);
  const sideB = at(-needle.width, v);
  const north = [at(needle.length, u), sideA, sideB];
  const south = [at(-needle.length, u), sideA, sideB];
  const paint = (x, y) => {
    const r = Math.hypot(x - c, y - c);
    if (r <= ring.outer && r >= ring.inner) return colours.ring;
    if (inTriangle(x, y, north)) return colours.north;
    if (inTriangle(x, y, south)) return colours.south;
    return null;
  };
  const out = Buffer.alloc(size * size * 4);
  const n = 4;
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let sy = 0; sy < n; sy++) {
        for (let sx = 0; sx < n; sx++) {
          const col = paint(x + (sx + 0.5) / n, y + (sy + 0.5) / n) ?? background;
          if (!col) continue;
          r += col[0];
          g += col[1];
          b += col[2];
          a += 1;
        }
      }
      const i = (y * size + x) * 4;
      // Colour is the mean of the covered samples; alpha is the coverage.
      out[i] = a ? Math.round(r / a) : 0;
      out[i + 1] = a ? Math.round(g / a) : 0;
      out[i + 2] = a ? Math.round(b / a) : 0;
      out[i + 3] = Math.round((255 * a) / (n * n));
    }
  }
  return out;
}

const BLUE = [0x1a, 0x5a, 0xa6]; // the manifest's accentColor
const WHITE = [255, 255, 255];

export function colorIcon() {
  const size = 192;
  const rgba = drawCompass(
    size,
    { ring: { outer: 54, inner: 45 }, needle: { length: 38, width: 11 } },
    BLUE,
    {
      ring: WHITE,
      north: WHITE,
      south: [0xa9, 0xc8, 0xee],
    },
  );
  return encodePng(size, size, rgba);
}

/** Teams wants the outline icon white on a transparent background. */
export function outlineIcon() {
  const size = 32;
  const rgba = drawCompass(
    size,
    { ring: { outer: 15, inner: 12.75 }, needle: { length: 9.5, width: 3.5 } },
    null,
    {
      ring: WHITE,
      north: WHITE,
      south: WHITE,
    },
  );
  return encodePng(size, size, rgba);
}

function main(argv) {
  const i = argv.indexOf('--out-dir');
  const outDir = i >= 0 && argv[i + 1] ? resolve(argv[i + 1]) : undefined;
  const color = colorIcon();
  const targets = [
    [join(outDir ?? 'appPackage', 'color.png'), color],
    [join(outDir ?? 'appPackage', 'outline.png'), outlineIcon()],
    [join(outDir ?? 'public', 'favicon.png'), color], // the Web Chat page's icon
  ];
  for (const [file, bytes] of targets) {
    mkdirSync(dirname(resolve(file)), { recursive: true });
    writeFileSync(file, bytes);
    process.stdout.write(`wrote ${file}\n`);
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url))
  main(process.argv.slice(2));
