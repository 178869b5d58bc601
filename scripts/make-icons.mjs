#!/usr/bin/env node
// Draws the app icon and the .cplan document icon into resources/icons/ with no image tools:
// shapes are rasterised here (4×4 supersampling) and written as PNG with zlib, then wrapped as .ico and
// .icns (both formats may hold PNG images). The .svg files are the same drawings as vectors.
// Run: node scripts/make-icons.mjs (the outputs are committed; electron-builder reads them).
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

const out = join(dirname(fileURLToPath(import.meta.url)), '..', 'resources', 'icons');

// ---- the drawings, on a 512 × 512 canvas ----
const BLUE_TOP = [59, 91, 219];
const BLUE_BOTTOM = [95, 61, 196];
const WHITE = [255, 255, 255];
const YELLOW = [252, 196, 25];
const PAGE_EDGE = [206, 212, 218];

const roundRect = (x0, y0, x1, y1, r) => (x, y) => {
  if (x < x0 || x > x1 || y < y0 || y > y1) return false;
  const cx = Math.min(Math.max(x, x0 + r), x1 - r);
  const cy = Math.min(Math.max(y, y0 + r), y1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
};
const diamond = (cx, cy, r) => (x, y) => Math.abs(x - cx) + Math.abs(y - cy) <= r;
const below = (x0, y0, x1, y1) => (x, y) => (x1 - x0) * (y - y0) - (y1 - y0) * (x - x0) >= 0;
const and = (...fs) => (x, y) => fs.every((f) => f(x, y));
const gradient = (y) => BLUE_TOP.map((c, i) => c + ((BLUE_BOTTOM[i] - c) * y) / 512);

/** Gantt bars: the picture on both icons. */
const bars = (color) => [
  { shape: roundRect(112, 150, 300, 200, 25), color },
  { shape: roundRect(196, 231, 400, 281, 25), color },
  { shape: roundRect(150, 312, 330, 362, 25), color: YELLOW },
  { shape: diamond(384, 337, 34), color: YELLOW },
];

const APP = [{ shape: roundRect(32, 32, 480, 480, 96), color: gradient }, ...bars(WHITE)];

// a page with its top-right corner folded over, on a slightly larger grey page as its edge
const page = and(roundRect(80, 24, 432, 488, 28), below(336, 24, 432, 120));
const edge = and(roundRect(76, 20, 436, 492, 32), below(341.66, 20, 436, 114.34));
const fold = and(roundRect(336, 24, 432, 120, 0), below(336, 24, 432, 120));
const DOC = [
  { shape: edge, color: PAGE_EDGE },
  { shape: page, color: WHITE },
  { shape: fold, color: PAGE_EDGE },
  ...bars(gradient).map(({ shape, color }) => ({ shape: (x, y) => shape(x, y + 20), color })),
];

/** Rasterises layers (later on top) at `size` px, 4×4 samples per pixel; RGBA rows. */
function render(layers, size) {
  const k = 512 / size;
  const rgba = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0, g = 0, b = 0, a = 0;
      for (let sy = 0; sy < 4; sy++) {
        for (let sx = 0; sx < 4; sx++) {
          const x = (px + (sx + 0.5) / 4) * k;
          const y = (py + (sy + 0.5) / 4) * k;
          for (let i = layers.length - 1; i >= 0; i--) {
            if (!layers[i].shape(x, y)) continue;
            const c = typeof layers[i].color === 'function' ? layers[i].color(y) : layers[i].color;
            r += c[0]; g += c[1]; b += c[2]; a += 1;
            break;
          }
        }
      }
      const o = (py * size + px) * 4;
      if (a > 0) {
        rgba[o] = Math.round(r / a);
        rgba[o + 1] = Math.round(g / a);
        rgba[o + 2] = Math.round(b / a);
      }
      rgba[o + 3] = Math.round((a / 16) * 255);
    }
  }
  return rgba;
}

// ---- PNG ----
const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
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
function png(rgba, size) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, no interlace
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) rgba.copy(rows, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

// ---- ICO (PNG entries, Windows Vista and later) and ICNS (ic08 = 256 px, ic09 = 512 px PNG) ----
function ico(images) {
  const head = Buffer.alloc(6 + 16 * images.length);
  head.writeUInt16LE(0, 0);
  head.writeUInt16LE(1, 2);
  head.writeUInt16LE(images.length, 4);
  let offset = head.length;
  images.forEach(({ size, data }, i) => {
    const e = 6 + 16 * i;
    head[e] = size >= 256 ? 0 : size;
    head[e + 1] = size >= 256 ? 0 : size;
    head.writeUInt16LE(1, e + 4); // planes
    head.writeUInt16LE(32, e + 6); // bits per pixel
    head.writeUInt32LE(data.length, e + 8);
    head.writeUInt32LE(offset, e + 12);
    offset += data.length;
  });
  return Buffer.concat([head, ...images.map((i) => i.data)]);
}
function icns(images) {
  const entries = images.map(({ type, data }) => {
    const h = Buffer.alloc(8);
    h.write(type, 0, 'ascii');
    h.writeUInt32BE(data.length + 8, 4);
    return Buffer.concat([h, data]);
  });
  const h = Buffer.alloc(8);
  h.write('icns', 0, 'ascii');
  h.writeUInt32BE(8 + entries.reduce((n, e) => n + e.length, 0), 4);
  return Buffer.concat([h, ...entries]);
}

// ---- SVG sources ----
const svgBars = (fill) => `
  <rect x="112" y="150" width="188" height="50" rx="25" fill="${fill}"/>
  <rect x="196" y="231" width="204" height="50" rx="25" fill="${fill}"/>
  <rect x="150" y="312" width="180" height="50" rx="25" fill="#fcc419"/>
  <path d="M384 303 L418 337 L384 371 L350 337 Z" fill="#fcc419"/>`;
const gradientDef = '<defs><linearGradient id="bg" x1="0" y1="0" x2="0" y2="512" gradientUnits="userSpaceOnUse"><stop offset="0" stop-color="#3b5bdb"/><stop offset="1" stop-color="#5f3dc4"/></linearGradient></defs>';
const APP_SVG = `<svg xmlns="http://www.w3.org/2000/svg" width="512" height="512" viewBox="0 0 512 512">
  ${gradientDef}
  <rect x="32" y="32" width="448" height="448" rx="96" fill="url(#bg)"/>${svgBars('#ffffff')}
</svg>
`;
const DOC_SVG = `<svg xmlns="http://www.w3.org/2000/svg" width="512" height="512" viewBox="0 0 512 512">
  ${gradientDef}
  <path d="M108 20 H341.66 L436 114.34 V460 A32 32 0 0 1 404 492 H108 A32 32 0 0 1 76 460 V52 A32 32 0 0 1 108 20 Z" fill="#ced4da"/>
  <path d="M108 24 H336 L432 120 V460 A28 28 0 0 1 404 488 H108 A28 28 0 0 1 80 460 V52 A28 28 0 0 1 108 24 Z" fill="#ffffff"/>
  <path d="M336 24 L432 120 H336 Z" fill="#ced4da"/>
  <g transform="translate(0 -20)">${svgBars('url(#bg)')}</g>
</svg>
`;

mkdirSync(out, { recursive: true });
const app512 = png(render(APP, 512), 512);
const app256 = png(render(APP, 256), 256);
const doc512 = png(render(DOC, 512), 512);
const doc256 = png(render(DOC, 256), 256);
const files = {
  'icon.svg': APP_SVG,
  '512x512.png': app512,
  '256x256.png': app256,
  'cplan.svg': DOC_SVG,
  'cplan.ico': ico([{ size: 256, data: doc256 }]),
  'cplan.icns': icns([{ type: 'ic08', data: doc256 }, { type: 'ic09', data: doc512 }]),
};
for (const [name, data] of Object.entries(files)) {
  writeFileSync(join(out, name), data);
  console.log(`make-icons: resources/icons/${name} (${data.length} bytes)`);
}
