/**
 * Generates the OCR test images in tests/fixtures/signs/: photographed-looking signs (a coloured
 * board on a textured background, slightly rotated, unevenly lit, a little blurred, with sensor
 * noise and JPEG artefacts), rendered on a canvas in headless Chromium and written with their
 * ground truth to index.json. Deterministic: the same seed and Chromium give the same bytes.
 *
 *   node scripts/make-sign-fixtures.ts [seed] [out-dir]
 *
 * Fonts are the system's (Debian fonts-dejavu-core: Bitstream Vera licence + public domain;
 * fonts-liberation: GPL-2 with the font exception; both let rendered images be used freely).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import type { OcrLanguage } from '../web/src/node/jobs/engines.ts';

const DEFAULT_OUT_DIR = fileURLToPath(new URL('../tests/fixtures/signs/', import.meta.url));
const DEFAULT_SEED = 20261203;

interface SignSpec {
  file: string;
  language: OcrLanguage;
  lines: string[];
  /** CSS font family installed on the system. */
  font: string;
  bold: boolean;
  /** Image size in pixels. */
  width: number;
  height: number;
  board: string;
  ink: string;
  /** Inner border line on the board (road-sign style), or none. */
  border?: string;
  /** Background: a wall, a hedge, a sky... as two colours the texture mixes. */
  scene: [string, string];
  /** Degrees, positive = clockwise. */
  rotation: number;
  /** Gaussian blur radius in px. */
  blur: number;
  /** Standard deviation of the per-pixel noise, 0..255. */
  noise: number;
  /** Where the light comes from (0..1 of width, height) and how much darker the far side is (0..1). */
  light: [number, number, number];
  format: 'jpeg' | 'png';
}

const SIGNS: SignSpec[] = [
  { file: 'no-parking.jpg', language: 'eng', lines: ['NO PARKING', '8 AM - 6 PM', 'MONDAY TO FRIDAY'], font: 'Liberation Sans', bold: true, width: 900, height: 620, board: '#f4f1e8', ink: '#b3121b', border: '#b3121b', scene: ['#8a8f94', '#6d7278'], rotation: 2.5, blur: 0.8, noise: 7, light: [0.2, 0.1, 0.35], format: 'jpeg' },
  { file: 'emergency-exit.jpg', language: 'eng', lines: ['EMERGENCY EXIT', 'Keep this door clear'], font: 'DejaVu Sans', bold: true, width: 1000, height: 460, board: '#1f8a4c', ink: '#ffffff', scene: ['#c9c4b8', '#a9a396'], rotation: -1.5, blur: 0.7, noise: 6, light: [0.8, 0.2, 0.3], format: 'jpeg' },
  { file: 'platform.jpg', language: 'eng', lines: ['Platform 4', 'Trains to Cambridge', 'and Kings Lynn'], font: 'Liberation Sans', bold: false, width: 1100, height: 700, board: '#163a7a', ink: '#ffffff', border: '#ffffff', scene: ['#3b3f45', '#5a5e66'], rotation: 1.2, blur: 0.9, noise: 8, light: [0.5, 0.0, 0.4], format: 'jpeg' },
  { file: 'wet-floor.jpg', language: 'eng', lines: ['CAUTION', 'Wet Floor'], font: 'DejaVu Sans Condensed', bold: true, width: 640, height: 520, board: '#f2c318', ink: '#111111', border: '#111111', scene: ['#d8d3c7', '#b7b1a3'], rotation: -3.5, blur: 0.6, noise: 6, light: [0.1, 0.9, 0.3], format: 'jpeg' },
  { file: 'opening-hours.png', language: 'eng', lines: ['Opening Hours', 'Mon-Fri 9:00-17:30', 'Sat 10:00-16:00', 'Sun closed'], font: 'DejaVu Serif', bold: false, width: 640, height: 610, board: '#fbfaf5', ink: '#202020', border: '#6b4f2a', scene: ['#7b5a3c', '#5e432b'], rotation: 1.8, blur: 0.7, noise: 3, light: [0.9, 0.1, 0.3], format: 'png' },
  { file: 'ducks.jpg', language: 'eng', lines: ['Please do not', 'feed the ducks'], font: 'Liberation Serif', bold: true, width: 860, height: 500, board: '#f5f5ef', ink: '#1b4d2b', border: '#1b4d2b', scene: ['#4f7a3a', '#365c27'], rotation: 3.0, blur: 1.0, noise: 9, light: [0.3, 0.3, 0.45], format: 'jpeg' },
  { file: 'bakery.jpg', language: 'eng', lines: ['Main Street Bakery', 'Fresh bread daily'], font: 'Liberation Serif', bold: false, width: 1200, height: 480, board: '#5b2c1a', ink: '#f6e7c8', scene: ['#a0522d', '#7f3f22'], rotation: -1.0, blur: 0.8, noise: 7, light: [0.0, 0.5, 0.35], format: 'jpeg' },
  { file: 'museum.jpg', language: 'eng', lines: ['Museum of Natural History', 'Entrance on the left'], font: 'DejaVu Sans', bold: false, width: 1150, height: 440, board: '#6e3b1f', ink: '#ffffff', border: '#ffffff', scene: ['#9aa5ad', '#7b8790'], rotation: 2.0, blur: 0.7, noise: 6, light: [0.6, 0.9, 0.3], format: 'jpeg' },
  { file: 'private-property.jpg', language: 'eng', lines: ['PRIVATE PROPERTY', 'No Trespassing', 'CCTV in operation'], font: 'Liberation Sans Narrow', bold: true, width: 760, height: 620, board: '#ffffff', ink: '#c0161f', scene: ['#6f6a60', '#8a8478'], rotation: -2.2, blur: 0.8, noise: 7, light: [1.0, 0.0, 0.4], format: 'jpeg' },
  { file: 'speed-limit.jpg', language: 'eng', lines: ['SLOW DOWN', 'Children at play', 'Speed limit 20 mph'], font: 'DejaVu Sans', bold: true, width: 900, height: 640, board: '#ffffff', ink: '#111111', border: '#c0161f', scene: ['#87a9c9', '#a8c3dc'], rotation: 1.5, blur: 0.9, noise: 6, light: [0.2, 0.0, 0.3], format: 'jpeg' },
  { file: 'library.jpg', language: 'eng', lines: ['Public Library', 'Quiet please', 'Return books at the desk'], font: 'Liberation Mono', bold: true, width: 1000, height: 560, board: '#e9e4d4', ink: '#2b2b6b', border: '#2b2b6b', scene: ['#b24a3a', '#8d3a2d'], rotation: -2.8, blur: 0.7, noise: 8, light: [0.7, 0.7, 0.35], format: 'jpeg' },
  { file: 'salida.jpg', language: 'spa', lines: ['Salida de emergencia', 'Prohibido el paso', 'Atención: obras en la vía'], font: 'DejaVu Sans', bold: true, width: 1050, height: 560, board: '#1f8a4c', ink: '#ffffff', border: '#ffffff', scene: ['#d9d0bf', '#bdb29c'], rotation: 1.6, blur: 0.7, noise: 6, light: [0.1, 0.2, 0.3], format: 'jpeg' },
  { file: 'sortie.jpg', language: 'fra', lines: ['Défense de fumer', 'Sortie de secours à gauche', 'Merci de votre compréhension'], font: 'Liberation Sans', bold: false, width: 1100, height: 560, board: '#f7f7f2', ink: '#14306b', border: '#14306b', scene: ['#707a6a', '#566050'], rotation: -2.0, blur: 0.8, noise: 7, light: [0.9, 0.8, 0.35], format: 'jpeg' },
  { file: 'uscita.jpg', language: 'ita', lines: ['Vietato fumare', 'Uscita di sicurezza', 'La città è chiusa al traffico'], font: 'DejaVu Serif', bold: true, width: 1100, height: 580, board: '#163a7a', ink: '#ffffff', border: '#ffffff', scene: ['#c2b59b', '#a39678'], rotation: 2.6, blur: 0.7, noise: 7, light: [0.4, 1.0, 0.35], format: 'jpeg' },
  { file: 'strasse.jpg', language: 'deu', lines: ['Straße gesperrt', 'Ausfahrt freihalten', 'Öffnungszeiten: Mo-Fr'], font: 'Liberation Sans', bold: true, width: 980, height: 600, board: '#f2c318', ink: '#111111', border: '#111111', scene: ['#5c6066', '#7c8087'], rotation: -1.3, blur: 0.8, noise: 6, light: [0.0, 0.0, 0.4], format: 'jpeg' },
];

/** Runs in the page: draws one sign and returns it as a data URL. Self-contained (serialised by Playwright). */
async function renderSign({ spec, seed }: { spec: SignSpec; seed: number }): Promise<string> {
  // mulberry32: a small seeded PRNG, so every image is the same on every run.
  let state = seed >>> 0;
  const random = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const gaussian = (): number => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
  const { width, height } = spec;
  const weight = spec.bold ? 'bold ' : '';
  await document.fonts.load(`${weight}40px "${spec.font}"`, spec.lines.join(' '));

  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no 2d context');

  // Scene: two colours in soft blotches and a few streaks, like a wall or a hedge out of focus.
  ctx.fillStyle = spec.scene[0];
  ctx.fillRect(0, 0, width, height);
  for (let i = 0; i < 160; i++) {
    const x = random() * width;
    const y = random() * height;
    const r = 10 + random() * 70;
    const g = ctx.createRadialGradient(x, y, 0, x, y, r);
    g.addColorStop(0, spec.scene[1]);
    g.addColorStop(1, 'rgba(0,0,0,0)');
    ctx.globalAlpha = 0.2 + random() * 0.3;
    ctx.fillStyle = g;
    ctx.fillRect(x - r, y - r, 2 * r, 2 * r);
  }
  ctx.globalAlpha = 0.12;
  ctx.strokeStyle = '#000000';
  for (let i = 0; i < 14; i++) {
    const y = random() * height;
    ctx.lineWidth = 1 + random() * 3;
    ctx.beginPath();
    ctx.moveTo(0, y);
    ctx.lineTo(width, y + (random() - 0.5) * 40);
    ctx.stroke();
  }
  ctx.globalAlpha = 1;

  // The board: most of the frame, rotated, with a shadow, rounded corners and an inner border.
  const margin = 0.07 + random() * 0.04;
  const bw = width * (1 - 2 * margin);
  const bh = height * (1 - 2 * margin);
  ctx.save();
  ctx.translate(width / 2 + (random() - 0.5) * width * 0.02, height / 2 + (random() - 0.5) * height * 0.02);
  ctx.rotate((spec.rotation * Math.PI) / 180);
  ctx.shadowColor = 'rgba(0,0,0,0.45)';
  ctx.shadowBlur = 18;
  ctx.shadowOffsetX = 6;
  ctx.shadowOffsetY = 8;
  const radius = Math.min(bw, bh) * 0.05;
  ctx.beginPath();
  ctx.roundRect(-bw / 2, -bh / 2, bw, bh, radius);
  ctx.fillStyle = spec.board;
  ctx.fill();
  ctx.shadowColor = 'rgba(0,0,0,0)';
  if (spec.border) {
    const inset = Math.min(bw, bh) * 0.04;
    ctx.beginPath();
    ctx.roundRect(-bw / 2 + inset, -bh / 2 + inset, bw - 2 * inset, bh - 2 * inset, radius * 0.7);
    ctx.lineWidth = Math.max(3, Math.min(bw, bh) * 0.014);
    ctx.strokeStyle = spec.border;
    ctx.stroke();
  }
  // Text: each line as large as fits, the first line (the headline) a little larger.
  const usableW = bw * 0.74;
  const usableH = bh * 0.72;
  const weights = spec.lines.map((_, i) => (i === 0 ? 1.25 : 1));
  const totalWeight = weights.reduce((a, b) => a + b, 0);
  const tallest = (usableH / totalWeight) * 0.78;
  let size = tallest;
  ctx.font = `${weight}${tallest}px "${spec.font}"`;
  for (const [i, line] of spec.lines.entries()) {
    const w = ctx.measureText(line).width * (weights[i] ?? 1);
    size = Math.min(size, (tallest * usableW) / w);
  }
  ctx.fillStyle = spec.ink;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  const lineHeights = weights.map((w) => size * w * 1.28);
  let y = -lineHeights.reduce((a, b) => a + b, 0) / 2;
  for (const [i, line] of spec.lines.entries()) {
    const h = lineHeights[i] ?? 0;
    ctx.font = `${weight}${size * (weights[i] ?? 1)}px "${spec.font}"`;
    ctx.fillText(line, 0, y + h / 2);
    y += h;
  }
  // A little dirt on the board.
  for (let i = 0; i < 40; i++) {
    ctx.globalAlpha = 0.05 + random() * 0.08;
    ctx.fillStyle = random() < 0.5 ? '#3a2f20' : '#ffffff';
    ctx.beginPath();
    ctx.arc((random() - 0.5) * bw, (random() - 0.5) * bh, 2 + random() * 10, 0, 2 * Math.PI);
    ctx.fill();
  }
  ctx.globalAlpha = 1;
  ctx.restore();

  // Uneven light: bright near the light, darker across the frame.
  const [lx, ly, dark] = spec.light;
  const light = ctx.createRadialGradient(lx * width, ly * height, 0, lx * width, ly * height, Math.hypot(width, height));
  light.addColorStop(0, 'rgba(255,250,235,0.18)');
  light.addColorStop(0.45, 'rgba(0,0,0,0)');
  light.addColorStop(1, `rgba(0,0,0,${dark * 0.75})`);
  ctx.fillStyle = light;
  ctx.fillRect(0, 0, width, height);

  // Lens blur, then sensor noise.
  const out = document.createElement('canvas');
  out.width = width;
  out.height = height;
  const octx = out.getContext('2d');
  if (!octx) throw new Error('no 2d context');
  octx.filter = `blur(${spec.blur}px)`;
  octx.drawImage(canvas, 0, 0);
  octx.filter = 'none';
  const image = octx.getImageData(0, 0, width, height);
  const px = image.data;
  for (let i = 0; i < px.length; i += 4) {
    const luma = gaussian() * spec.noise * 0.7;
    for (let c = 0; c < 3; c++) px[i + c] = Math.max(0, Math.min(255, (px[i + c] ?? 0) + luma + gaussian() * spec.noise * 0.5));
  }
  octx.putImageData(image, 0, 0);
  return spec.format === 'jpeg' ? out.toDataURL('image/jpeg', 0.82) : out.toDataURL('image/png');
}

async function main(): Promise<void> {
  const seed = Number(process.argv[2] ?? DEFAULT_SEED);
  if (!Number.isInteger(seed)) throw new Error(`bad seed: ${process.argv[2]}`);
  const outDir = resolve(process.argv[3] ?? DEFAULT_OUT_DIR);
  const browser = await chromium.launch({
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    headless: true,
  });
  try {
    const page = await browser.newPage();
    await page.setContent('<!doctype html><html><body></body></html>');
    await mkdir(outDir, { recursive: true });
    const index: { file: string; language: OcrLanguage; text: string }[] = [];
    for (const [i, spec] of SIGNS.entries()) {
      const dataUrl = await page.evaluate(renderSign, { spec, seed: seed + i * 7919 });
      const bytes = Buffer.from(dataUrl.slice(dataUrl.indexOf(',') + 1), 'base64');
      await writeFile(join(outDir, spec.file), bytes);
      index.push({ file: spec.file, language: spec.language, text: spec.lines.join('\n') });
      console.log(`${spec.file}  ${spec.width}×${spec.height}  ${(bytes.length / 1024).toFixed(0)} KiB`);
    }
    await writeFile(join(outDir, 'index.json'), JSON.stringify(index, null, 2) + '\n');
  } finally {
    await browser.close();
  }
}

await main();
