/**
 * The photos the recognition tests classify (tests/fixtures/photos/, sources and licences in its
 * SOURCES.md), taken from Debian's python3-skimage package, plus two synthetic negatives:
 *
 *   apt-get download python3-skimage && dpkg -x python3-skimage_*.deb /tmp/skimage
 *   node scripts/make-photo-fixtures.ts /tmp/skimage/usr/lib/python3/dist-packages/skimage/data
 *
 * Files within the block image limit (512 KiB) are copied byte for byte; larger ones are
 * re-encoded as JPEG at quality 90 (same pixels size, no resizing). The negatives are made from a
 * fixed seed, so running this again writes identical files.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { decode as decodePng, encode as encodePng } from 'fast-png';
import jpeg from 'jpeg-js';
import { MAX_IMAGE_BYTES } from '../web/src/node/chain/recognition.ts';

const PHOTOS = ['astronaut.png', 'chelsea.png', 'coffee.png', 'motorcycle_left.png', 'rocket.jpg'];
const JPEG_QUALITY = 90;

/** mulberry32: a small fixed PRNG, so the negatives are the same bytes every time. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function toRgba(png: ReturnType<typeof decodePng>): Uint8Array {
  if (png.depth !== 8 || (png.channels !== 3 && png.channels !== 4)) throw new Error('expected an 8-bit RGB(A) photo');
  const n = png.width * png.height;
  const out = new Uint8Array(n * 4);
  for (let i = 0; i < n; i++) {
    for (let c = 0; c < 3; c++) out[i * 4 + c] = png.data[i * png.channels + c]!;
    out[i * 4 + 3] = 255;
  }
  return out;
}

/** Every pixel uniformly random. */
function whiteNoise(width: number, height: number, rnd: () => number): Uint8Array {
  const data = new Uint8Array(width * height * 3);
  for (let i = 0; i < data.length; i++) data[i] = Math.floor(rnd() * 256);
  return data;
}

/** Random colours on a coarse grid, blended smoothly: blobs, no object. As RGBA for jpeg-js. */
function smoothNoise(width: number, height: number, cell: number, rnd: () => number): Uint8Array {
  const gw = Math.ceil(width / cell) + 1;
  const gh = Math.ceil(height / cell) + 1;
  const grid = Array.from({ length: gw * gh * 3 }, () => rnd() * 255);
  const out = new Uint8Array(width * height * 4);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const gx = x / cell;
      const gy = y / cell;
      const x0 = Math.floor(gx);
      const y0 = Math.floor(gy);
      const fx = gx - x0;
      const fy = gy - y0;
      for (let c = 0; c < 3; c++) {
        const at = (xx: number, yy: number): number => grid[(yy * gw + xx) * 3 + c]!;
        const top = at(x0, y0) * (1 - fx) + at(x0 + 1, y0) * fx;
        const bottom = at(x0, y0 + 1) * (1 - fx) + at(x0 + 1, y0 + 1) * fx;
        out[(y * width + x) * 4 + c] = Math.round(top * (1 - fy) + bottom * fy);
      }
      out[(y * width + x) * 4 + 3] = 255;
    }
  }
  return out;
}

async function main(): Promise<void> {
  const [source, outDir = 'tests/fixtures/photos'] = process.argv.slice(2);
  if (!source) throw new Error('usage: node scripts/make-photo-fixtures.ts <skimage data dir> [out dir]');
  await mkdir(outDir, { recursive: true });
  for (const name of PHOTOS) {
    const bytes = await readFile(join(source, name));
    if (bytes.length <= MAX_IMAGE_BYTES) {
      await writeFile(join(outDir, name), bytes);
      console.log(`${name}: copied, ${bytes.length} bytes`);
      continue;
    }
    const png = decodePng(bytes);
    const out = jpeg.encode({ width: png.width, height: png.height, data: toRgba(png) }, JPEG_QUALITY).data;
    const target = name.replace(/\.png$/, '.jpg');
    await writeFile(join(outDir, target), out);
    console.log(`${name}: ${bytes.length} bytes → ${target}, JPEG q${JPEG_QUALITY}, ${out.length} bytes`);
  }
  const rnd = prng(12);
  await writeFile(join(outDir, 'noise.png'), encodePng({ width: 320, height: 240, data: whiteNoise(320, 240, rnd), channels: 3, depth: 8 }));
  await writeFile(join(outDir, 'blobs.jpg'), jpeg.encode({ width: 400, height: 300, data: smoothNoise(400, 300, 50, rnd) }, JPEG_QUALITY).data);
  console.log('noise.png, blobs.jpg: synthetic negatives');
}

await main();
