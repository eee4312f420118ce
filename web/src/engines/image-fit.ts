/**
 * Resizing an RGB image into a model's square input, in plain JS arithmetic (IEEE doubles, the same
 * in every engine) so that every backend and host feeds the model identical numbers. Bilinear with
 * half-pixel centres, as tf.image.resizeBilinear(…, halfPixelCenters) does.
 */
import type { RgbImage } from './image-decode.ts';

/**
 * `letterbox`: scaled to fit, aspect kept, anchored top-left, the rest black (CenterNet finds
 * cats a stretched image turns into dogs). `stretch`: both sides scaled to the square (what
 * classifiers trained on centre crops expect more or less).
 */
export type Fit = 'letterbox' | 'stretch';

/** size × size × 3 values in 0..255, row by row. */
export function fitImage(image: RgbImage, size: number, fit: Fit): Float32Array {
  const out = new Float32Array(size * size * 3);
  const { width, height, data } = image;
  let scaleX = width / size;
  let scaleY = height / size;
  if (fit === 'letterbox') scaleX = scaleY = Math.max(scaleX, scaleY);
  const outWidth = Math.min(size, Math.round(width / scaleX));
  const outHeight = Math.min(size, Math.round(height / scaleY));
  for (let y = 0; y < outHeight; y++) {
    const sy = Math.min(height - 1, Math.max(0, (y + 0.5) * scaleY - 0.5));
    const y0 = Math.floor(sy);
    const y1 = Math.min(height - 1, y0 + 1);
    const wy = sy - y0;
    for (let x = 0; x < outWidth; x++) {
      const sx = Math.min(width - 1, Math.max(0, (x + 0.5) * scaleX - 0.5));
      const x0 = Math.floor(sx);
      const x1 = Math.min(width - 1, x0 + 1);
      const wx = sx - x0;
      const a = (y0 * width + x0) * 3;
      const b = (y0 * width + x1) * 3;
      const c = (y1 * width + x0) * 3;
      const d = (y1 * width + x1) * 3;
      const o = (y * size + x) * 3;
      for (let k = 0; k < 3; k++) {
        const top = data[a + k]! + (data[b + k]! - data[a + k]!) * wx;
        const bottom = data[c + k]! + (data[d + k]! - data[c + k]!) * wx;
        out[o + k] = top + (bottom - top) * wy;
      }
    }
  }
  return out;
}
