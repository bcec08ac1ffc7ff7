#!/usr/bin/env node
/**
 * Draws the add-in icons (assets/icon-<size>.png): a white "€" with a downward arrow on a blue
 * rounded square — the value that remains after the inverse calculation takes costs off the price.
 * Plain Node (zlib only), anti-aliased by 4×4 supersampling. The PNGs are committed; run this
 * again only to change the design: `node scripts/make-icons.js`.
 */
"use strict";

const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

const SIZES = [16, 32, 64, 80, 128];
const BLUE = [15, 108, 189]; // Office blue #0F6CBD
const WHITE = [255, 255, 255];
const SAMPLES = 4;

/** Whether point (x, y) in unit coordinates (0..1, y down) lies inside the rounded square. */
function inBackground(x, y) {
  const r = 0.18;
  const cx = Math.min(Math.max(x, r), 1 - r);
  const cy = Math.min(Math.max(y, r), 1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}

/** The euro sign: an open ring with two bars, centred at (cx, 0.5), radius s. */
function inEuro(x, y, cx, s) {
  const dx = x - cx;
  const dy = y - 0.5;
  const d = Math.hypot(dx, dy);
  const angle = Math.atan2(dy, dx);
  const ring = d <= s && d >= s * 0.72 && Math.abs(angle) >= Math.PI / 4;
  const barHalf = s * 0.12;
  const inBarX = x >= cx - s * 1.3 && x <= cx + s * 0.35;
  const bar =
    inBarX && (Math.abs(y - (0.5 - s * 0.22)) <= barHalf || Math.abs(y - (0.5 + s * 0.22)) <= barHalf);
  return ring || bar;
}

/** A downward arrow at x = ax. */
function inArrow(x, y, ax) {
  const shaft = Math.abs(x - ax) <= 0.045 && y >= 0.27 && y <= 0.6;
  const headTop = 0.55;
  const headBottom = 0.76;
  const head =
    y >= headTop && y <= headBottom && Math.abs(x - ax) <= 0.14 * ((headBottom - y) / (headBottom - headTop));
  return shaft || head;
}

function coverage(size, px, py, inside) {
  let hits = 0;
  for (let sy = 0; sy < SAMPLES; sy++) {
    for (let sx = 0; sx < SAMPLES; sx++) {
      const x = (px + (sx + 0.5) / SAMPLES) / size;
      const y = (py + (sy + 0.5) / SAMPLES) / size;
      if (inside(x, y)) hits++;
    }
  }
  return hits / (SAMPLES * SAMPLES);
}

function render(size) {
  const withArrow = size >= 32;
  const glyph = withArrow
    ? (x, y) => inEuro(x, y, 0.44, 0.25) || inArrow(x, y, 0.78)
    : (x, y) => inEuro(x, y, 0.53, 0.3);
  const rgba = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      const bg = coverage(size, px, py, inBackground);
      const fg = coverage(size, px, py, (x, y) => inBackground(x, y) && glyph(x, y));
      const i = (py * size + px) * 4;
      const alpha = bg;
      const mix = alpha > 0 ? fg / alpha : 0;
      for (let c = 0; c < 3; c++) rgba[i + c] = Math.round(BLUE[c] * (1 - mix) + WHITE[c] * mix);
      rgba[i + 3] = Math.round(alpha * 255);
    }
  }
  return rgba;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buffer) {
  let c = 0xffffffff;
  for (const byte of buffer) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function png(size, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // colour type RGBA
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    rows[y * (size * 4 + 1)] = 0; // filter: none
    rgba.copy(rows, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", zlib.deflateSync(rows, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

const outDir = path.join(__dirname, "..", "assets");
fs.mkdirSync(outDir, { recursive: true });
for (const size of SIZES) {
  const file = path.join(outDir, `icon-${size}.png`);
  fs.writeFileSync(file, png(size, render(size)));
  console.log(`wrote ${path.relative(process.cwd(), file)}`);
}
