/**
 * PNG and JPEG bytes to 8-bit RGB pixels with pure-JS decoders (fast-png, jpeg-js), so that a tab
 * and a Node peer see exactly the same pixels: no browser decoder, colour management or EXIF
 * rotation in between. Everything that could make a verifier allocate without bound is checked
 * first: the byte size, the dimensions in the header, and for PNG the inflated size (a small file
 * can inflate to hundreds of megabytes). Any failure is TabmeshError('bad-image').
 */
import { convertIndexedToRgb, decode as decodePng } from 'fast-png';
import { Unzlib } from 'fflate';
import jpeg from 'jpeg-js';
import { TabmeshError } from '../node/base/errors.ts';

export interface ImageLimits {
  maxBytes: number;
  maxPixels: number;
  maxSide: number;
}

export interface RgbImage {
  width: number;
  height: number;
  /** width × height × 3 bytes, row by row. */
  data: Uint8Array;
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const CHANNELS_OF_COLOR_TYPE: Readonly<Record<number, number>> = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 };
/** Compressed bytes inflated per step while counting: deflate expands at most ~1032×. */
const INFLATE_STEP = 1024;

function bad(message: string): TabmeshError {
  return new TabmeshError('bad-image', message);
}

export function decodeImage(bytes: Uint8Array, limits: ImageLimits): RgbImage {
  if (bytes.length > limits.maxBytes) throw bad(`image of ${bytes.length} bytes, at most ${limits.maxBytes}`);
  if (PNG_SIGNATURE.every((b, i) => bytes[i] === b)) return decodePngImage(bytes, limits);
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return decodeJpegImage(bytes, limits);
  throw bad('neither PNG nor JPEG');
}

function checkSize(width: number, height: number, limits: ImageLimits): void {
  if (width < 1 || height < 1) throw bad(`image of ${width}×${height} pixels`);
  if (width > limits.maxSide || height > limits.maxSide || width * height > limits.maxPixels) {
    throw bad(`image of ${width}×${height} pixels, at most ${limits.maxPixels} pixels and ${limits.maxSide} per side`);
  }
}

/** Walks the chunks: dimensions from IHDR, then the IDAT stream inflated and counted, never kept. */
function checkPng(bytes: Uint8Array, limits: ImageLimits): void {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.length < 33 || view.getUint32(8) !== 13 || view.getUint32(12) !== 0x49484452) throw bad('PNG without an IHDR chunk first');
  const width = view.getUint32(16);
  const height = view.getUint32(20);
  checkSize(width, height, limits);
  const depth = bytes[24]!;
  const channels = CHANNELS_OF_COLOR_TYPE[bytes[25]!];
  if (channels === undefined || ![1, 2, 4, 8, 16].includes(depth)) throw bad('PNG of an unknown colour type or bit depth');
  // Rows of filter byte + pixels; Adam7 passes add at most a few bytes per row of each pass.
  const expected = height * (1 + Math.ceil((width * channels * depth) / 8)) + 16 * height + 64;
  let inflated = 0;
  const inflator = new Unzlib((chunk) => {
    inflated += chunk.length;
    if (inflated > expected) throw bad(`PNG data inflates beyond the ${expected} bytes of a ${width}×${height} image`);
  });
  for (let at = 8; at + 12 <= bytes.length; ) {
    const length = view.getUint32(at);
    const type = view.getUint32(at + 4);
    if (at + 12 + length > bytes.length) break; // truncated: fast-png says how
    if (type === 0x49444154 /* IDAT */) {
      for (let i = 0; i < length; i += INFLATE_STEP) inflator.push(bytes.subarray(at + 8 + i, at + 8 + Math.min(length, i + INFLATE_STEP)));
    }
    at += 12 + length;
  }
}

function decodePngImage(bytes: Uint8Array, limits: ImageLimits): RgbImage {
  let png: ReturnType<typeof decodePng>;
  try {
    checkPng(bytes, limits);
    png = decodePng(bytes, { checkCrc: true });
  } catch (error) {
    if (error instanceof TabmeshError) throw error;
    throw bad(`PNG does not decode: ${error instanceof Error ? error.message : String(error)}`);
  }
  const { width, height } = png;
  let samples: ArrayLike<number>;
  let channels = png.channels;
  let max = png.depth === 16 ? 65535 : 255;
  if (png.palette) {
    samples = convertIndexedToRgb(png);
    channels = samples.length / (width * height);
    max = 255;
  } else if (png.depth < 8) {
    samples = unpackBits(png.data as Uint8Array, width, height, png.depth);
    max = (1 << png.depth) - 1;
  } else {
    samples = png.data;
  }
  return toRgb(width, height, samples, channels, max);
}

/** Grey samples of 1, 2 or 4 bits, each row starting on a byte. */
function unpackBits(packed: Uint8Array, width: number, height: number, depth: number): Uint8Array {
  const out = new Uint8Array(width * height);
  const rowBytes = Math.ceil((width * depth) / 8);
  const mask = (1 << depth) - 1;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const bit = x * depth;
      out[y * width + x] = (packed[y * rowBytes + (bit >> 3)]! >> (8 - depth - (bit & 7))) & mask;
    }
  }
  return out;
}

/** Grey, grey+alpha, RGB or RGBA samples of 0..max to 8-bit RGB; alpha composited over black. */
function toRgb(width: number, height: number, samples: ArrayLike<number>, channels: number, max: number): RgbImage {
  const n = width * height;
  if (samples.length < n * channels) throw bad('PNG data shorter than its dimensions');
  const data = new Uint8Array(n * 3);
  const hasAlpha = channels === 2 || channels === 4;
  const colour = channels >= 3 ? 3 : 1;
  for (let i = 0; i < n; i++) {
    const alpha = hasAlpha ? samples[i * channels + channels - 1]! / max : 1;
    for (let c = 0; c < 3; c++) {
      const v = samples[i * channels + (colour === 3 ? c : 0)]!;
      data[i * 3 + c] = Math.round((v * 255 * alpha) / max);
    }
  }
  return { width, height, data };
}

function decodeJpegImage(bytes: Uint8Array, limits: ImageLimits): RgbImage {
  let image: { width: number; height: number; data: Uint8Array };
  try {
    image = jpeg.decode(bytes, {
      useTArray: true,
      formatAsRGBA: false,
      // a truncated or corrupt file is refused rather than decoded into whatever survives
      tolerantDecoding: false,
      maxResolutionInMP: limits.maxPixels / 1e6,
      maxMemoryUsageInMB: 256,
    });
  } catch (error) {
    throw bad(`JPEG does not decode: ${error instanceof Error ? error.message : String(error)}`);
  }
  checkSize(image.width, image.height, limits);
  if (image.data.length !== image.width * image.height * 3) throw bad('JPEG decodes to an unexpected layout');
  return image;
}
