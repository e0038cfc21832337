#!/usr/bin/env node
// Generates the app icons from resources/icons/icon.svg:
//   icon.png (1024x1024), icon-512.png, icon-256.png  Linux, window icon, docs
//   icon.ico   Windows: 16-128 px as 32-bit BMP entries, 256 px as PNG (what NSIS and Explorer expect)
//   icon.icns  macOS: PNG entries ic07-ic14 (16 px up to 1024 px)
// The SVG is rasterised by Chromium through Playwright (Debian's /usr/bin/chromium by default;
// CHROMIUM_PATH overrides); the ICO and ICNS containers are written here from the PNG/pixel bytes.
// Usage: node scripts/make-icons.mjs   (then commit resources/icons/*)
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';

/* global Image, document -- used inside page.evaluate, which runs in Chromium */

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const iconsDir = path.join(root, 'resources', 'icons');
const svg = fs.readFileSync(path.join(iconsDir, 'icon.svg'), 'utf8');

const SIZES = [16, 24, 32, 48, 64, 128, 256, 512, 1024];

/** Renders the SVG at each size; returns { size: { png: Buffer, rgba: Buffer } }. */
async function rasterise() {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  try {
    const page = await browser.newPage();
    await page.setContent('<!doctype html><html><body></body></html>');
    const results = await page.evaluate(
      async ({ source, sizes }) => {
        const image = new Image();
        image.src = `data:image/svg+xml;base64,${btoa(unescape(encodeURIComponent(source)))}`;
        await image.decode();
        const out = {};
        for (const size of sizes) {
          const canvas = document.createElement('canvas');
          canvas.width = size;
          canvas.height = size;
          const context = canvas.getContext('2d');
          context.imageSmoothingQuality = 'high';
          context.drawImage(image, 0, 0, size, size);
          const rgba = context.getImageData(0, 0, size, size).data;
          let binary = '';
          for (let i = 0; i < rgba.length; i += 1) binary += String.fromCharCode(rgba[i]);
          out[size] = { png: canvas.toDataURL('image/png').split(',')[1], rgba: btoa(binary) };
        }
        return out;
      },
      { source: svg, sizes: SIZES },
    );
    return Object.fromEntries(
      Object.entries(results).map(([size, { png, rgba }]) => [
        Number(size),
        { png: Buffer.from(png, 'base64'), rgba: Buffer.from(rgba, 'base64') },
      ]),
    );
  } finally {
    await browser.close();
  }
}

/** A 32-bit BMP (DIB) icon image: BITMAPINFOHEADER, BGRA rows bottom-up, then an empty AND mask. */
function dibEntry(size, rgba) {
  const header = Buffer.alloc(40);
  header.writeUInt32LE(40, 0);
  header.writeInt32LE(size, 4);
  header.writeInt32LE(size * 2, 8); // XOR image + AND mask
  header.writeUInt16LE(1, 12);
  header.writeUInt16LE(32, 14);
  header.writeUInt32LE(0, 16); // BI_RGB
  const pixels = Buffer.alloc(size * size * 4);
  for (let y = 0; y < size; y += 1) {
    for (let x = 0; x < size; x += 1) {
      const from = (y * size + x) * 4;
      const to = ((size - 1 - y) * size + x) * 4;
      pixels[to] = rgba[from + 2];
      pixels[to + 1] = rgba[from + 1];
      pixels[to + 2] = rgba[from];
      pixels[to + 3] = rgba[from + 3];
    }
  }
  const maskRow = Math.ceil(size / 32) * 4;
  const mask = Buffer.alloc(maskRow * size); // all zero: alpha channel decides
  header.writeUInt32LE(pixels.length + mask.length, 20);
  return Buffer.concat([header, pixels, mask]);
}

function writeIco(file, images) {
  const entries = [16, 24, 32, 48, 64, 128, 256].map((size) => ({
    size,
    data: size >= 256 ? images[size].png : dibEntry(size, images[size].rgba),
  }));
  const header = Buffer.alloc(6);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2); // icon
  header.writeUInt16LE(entries.length, 4);
  const directory = Buffer.alloc(16 * entries.length);
  let offset = header.length + directory.length;
  entries.forEach(({ size, data }, i) => {
    const at = i * 16;
    directory.writeUInt8(size >= 256 ? 0 : size, at);
    directory.writeUInt8(size >= 256 ? 0 : size, at + 1);
    directory.writeUInt8(0, at + 2); // no palette
    directory.writeUInt8(0, at + 3);
    directory.writeUInt16LE(1, at + 4); // planes
    directory.writeUInt16LE(32, at + 6); // bits per pixel
    directory.writeUInt32LE(data.length, at + 8);
    directory.writeUInt32LE(offset, at + 12);
    offset += data.length;
  });
  fs.writeFileSync(file, Buffer.concat([header, directory, ...entries.map((e) => e.data)]));
}

function writeIcns(file, images) {
  const types = [
    ['ic07', 128],
    ['ic08', 256],
    ['ic09', 512],
    ['ic10', 1024], // 512@2x
    ['ic11', 32], // 16@2x
    ['ic12', 64], // 32@2x
    ['ic13', 256], // 128@2x
    ['ic14', 512], // 256@2x
  ];
  const chunks = types.map(([type, size]) => {
    const data = images[size].png;
    const head = Buffer.alloc(8);
    head.write(type, 0, 'ascii');
    head.writeUInt32BE(data.length + 8, 4);
    return Buffer.concat([head, data]);
  });
  const body = Buffer.concat(chunks);
  const head = Buffer.alloc(8);
  head.write('icns', 0, 'ascii');
  head.writeUInt32BE(body.length + 8, 4);
  fs.writeFileSync(file, Buffer.concat([head, body]));
}

const images = await rasterise();
fs.writeFileSync(path.join(iconsDir, 'icon.png'), images[1024].png);
fs.writeFileSync(path.join(iconsDir, 'icon-512.png'), images[512].png);
fs.writeFileSync(path.join(iconsDir, 'icon-256.png'), images[256].png);
writeIco(path.join(iconsDir, 'icon.ico'), images);
writeIcns(path.join(iconsDir, 'icon.icns'), images);
for (const name of ['icon.png', 'icon-512.png', 'icon-256.png', 'icon.ico', 'icon.icns']) {
  console.log(`make-icons: ${path.join('resources', 'icons', name)} (${fs.statSync(path.join(iconsDir, name)).size} bytes)`);
}
