/**
 * SHA-256 (FIPS 180-4) in plain TypeScript, for proof of work: WebCrypto costs a promise and a
 * copy per hash, far too slow to mine with. Two entry points:
 *
 * - `sha256(bytes)`, a plain digest;
 * - `NonceHasher`, for headers whose last 8 bytes are a big-endian u64 nonce (header.ts). The
 *   blocks that end before the nonce are compressed once (the midstate); so are the rounds of the
 *   nonce's block that read only words before the nonce's low half, and the message schedule of a
 *   second tail block the nonce does not reach. Per nonce it then writes 1–2 words, expands the
 *   schedule and runs the remaining rounds, and compares the first word with the target before
 *   looking at the rest.
 *
 * Words are kept as signed int32 (`| 0`) in Int32Arrays: V8 keeps them unboxed; `>>> 0` makes
 * them unsigned only where they are compared.
 */

const K = new Int32Array([
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5, 0xd807aa98, 0x12835b01, 0x243185be,
  0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa,
  0x5cb0a9dc, 0x76f988da, 0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967, 0x27b70a85,
  0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3,
  0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070, 0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f,
  0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
]);
const IV = new Int32Array([0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19]);

const BLOCK_BYTES = 64;
const NONCE_BYTES = 8;
/** 0x80, then the message length in bits as a u64. */
const MIN_PADDING_BYTES = 9;

/** w[from..63] from the words before (from ≥ 16). */
function expand(w: Int32Array, from = 16): void {
  for (let t = from; t < 64; t++) {
    const x = w[t - 15]!;
    const y = w[t - 2]!;
    const s0 = ((x >>> 7) | (x << 25)) ^ ((x >>> 18) | (x << 14)) ^ (x >>> 3);
    const s1 = ((y >>> 17) | (y << 15)) ^ ((y >>> 19) | (y << 13)) ^ (y >>> 10);
    w[t] = (s1 + w[t - 7]! + s0 + w[t - 16]!) | 0;
  }
}

/**
 * Rounds `from`..`to − 1` on the working variables a..h read from `src`, written to `dst`. The
 * rounds from a multiple of 8 up to 64 run eight to a loop pass with the variables' roles rotated
 * instead of moved (Σ1(e) + Ch(e, f, g) + K + W into h, then h into d, Σ0(a) + Maj(a, b, c) into h).
 */
function rounds(src: Int32Array, dst: Int32Array, w: Int32Array, from: number, to: number): void {
  let a = src[0]!, b = src[1]!, c = src[2]!, d = src[3]!, e = src[4]!, f = src[5]!, g = src[6]!, h = src[7]!;
  let t = from;
  for (; t < to && ((t & 7) !== 0 || to !== 64); t++) {
    const t1 = (h + (((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7))) + (g ^ (e & (f ^ g))) + K[t]! + w[t]!) | 0;
    const t2 = ((((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10))) + ((a & b) | (c & (a | b)))) | 0;
    h = g; g = f; f = e; e = (d + t1) | 0; d = c; c = b; b = a; a = (t1 + t2) | 0;
  }
  for (; t < to; t += 8) {
    h = (h + (((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7))) + (g ^ (e & (f ^ g))) + K[t]! + w[t]!) | 0;
    d = (d + h) | 0;
    h = (h + ((((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10))) + ((a & b) | (c & (a | b))))) | 0;
    g = (g + (((d >>> 6) | (d << 26)) ^ ((d >>> 11) | (d << 21)) ^ ((d >>> 25) | (d << 7))) + (f ^ (d & (e ^ f))) + K[t + 1]! + w[t + 1]!) | 0;
    c = (c + g) | 0;
    g = (g + ((((h >>> 2) | (h << 30)) ^ ((h >>> 13) | (h << 19)) ^ ((h >>> 22) | (h << 10))) + ((h & a) | (b & (h | a))))) | 0;
    f = (f + (((c >>> 6) | (c << 26)) ^ ((c >>> 11) | (c << 21)) ^ ((c >>> 25) | (c << 7))) + (e ^ (c & (d ^ e))) + K[t + 2]! + w[t + 2]!) | 0;
    b = (b + f) | 0;
    f = (f + ((((g >>> 2) | (g << 30)) ^ ((g >>> 13) | (g << 19)) ^ ((g >>> 22) | (g << 10))) + ((g & h) | (a & (g | h))))) | 0;
    e = (e + (((b >>> 6) | (b << 26)) ^ ((b >>> 11) | (b << 21)) ^ ((b >>> 25) | (b << 7))) + (d ^ (b & (c ^ d))) + K[t + 3]! + w[t + 3]!) | 0;
    a = (a + e) | 0;
    e = (e + ((((f >>> 2) | (f << 30)) ^ ((f >>> 13) | (f << 19)) ^ ((f >>> 22) | (f << 10))) + ((f & g) | (h & (f | g))))) | 0;
    d = (d + (((a >>> 6) | (a << 26)) ^ ((a >>> 11) | (a << 21)) ^ ((a >>> 25) | (a << 7))) + (c ^ (a & (b ^ c))) + K[t + 4]! + w[t + 4]!) | 0;
    h = (h + d) | 0;
    d = (d + ((((e >>> 2) | (e << 30)) ^ ((e >>> 13) | (e << 19)) ^ ((e >>> 22) | (e << 10))) + ((e & f) | (g & (e | f))))) | 0;
    c = (c + (((h >>> 6) | (h << 26)) ^ ((h >>> 11) | (h << 21)) ^ ((h >>> 25) | (h << 7))) + (b ^ (h & (a ^ b))) + K[t + 5]! + w[t + 5]!) | 0;
    g = (g + c) | 0;
    c = (c + ((((d >>> 2) | (d << 30)) ^ ((d >>> 13) | (d << 19)) ^ ((d >>> 22) | (d << 10))) + ((d & e) | (f & (d | e))))) | 0;
    b = (b + (((g >>> 6) | (g << 26)) ^ ((g >>> 11) | (g << 21)) ^ ((g >>> 25) | (g << 7))) + (a ^ (g & (h ^ a))) + K[t + 6]! + w[t + 6]!) | 0;
    f = (f + b) | 0;
    b = (b + ((((c >>> 2) | (c << 30)) ^ ((c >>> 13) | (c << 19)) ^ ((c >>> 22) | (c << 10))) + ((c & d) | (e & (c | d))))) | 0;
    a = (a + (((f >>> 6) | (f << 26)) ^ ((f >>> 11) | (f << 21)) ^ ((f >>> 25) | (f << 7))) + (h ^ (f & (g ^ h))) + K[t + 7]! + w[t + 7]!) | 0;
    e = (e + a) | 0;
    a = (a + ((((b >>> 2) | (b << 30)) ^ ((b >>> 13) | (b << 19)) ^ ((b >>> 22) | (b << 10))) + ((b & c) | (d & (b | c))))) | 0;
  }
  dst[0] = a; dst[1] = b; dst[2] = c; dst[3] = d; dst[4] = e; dst[5] = f; dst[6] = g; dst[7] = h;
}

/** `cv` += the rounds' result `s`: the chaining value after a block. */
function addInto(cv: Int32Array, s: Int32Array): void {
  for (let i = 0; i < 8; i++) cv[i] = (cv[i]! + s[i]!) | 0;
}

/** Compresses the block in w[0..15] into the chaining value `cv` (w[16..] and `s` are scratch). */
function compress(cv: Int32Array, w: Int32Array, s: Int32Array): void {
  expand(w);
  rounds(cv, s, w, 0, 64);
  addInto(cv, s);
}

/** Big-endian words of `bytes` (a multiple of 64 long) into `w` from `at`. */
function loadWords(w: Int32Array, bytes: Uint8Array, from: number, at = 0): void {
  for (let i = 0; i < 16; i++, from += 4) w[at + i] = (bytes[from]! << 24) | (bytes[from + 1]! << 16) | (bytes[from + 2]! << 8) | bytes[from + 3]!;
}

/**
 * Writes `rest` (under 64 bytes: the message's end) and SHA-256 padding for a message of
 * `totalLength` bytes into `out` (128 bytes); returns the bytes written, 64 or 128.
 */
function padInto(out: Uint8Array, rest: Uint8Array, totalLength: number): number {
  const length = rest.length + MIN_PADDING_BYTES <= BLOCK_BYTES ? BLOCK_BYTES : 2 * BLOCK_BYTES;
  out.set(rest);
  out[rest.length] = 0x80;
  out.fill(0, rest.length + 1, length - 8);
  const bitsHigh = Math.floor(totalLength / 0x2000_0000);
  const bitsLow = (totalLength * 8) >>> 0;
  for (let i = 0; i < 4; i++) {
    out[length - 8 + i] = bitsHigh >>> (24 - 8 * i);
    out[length - 4 + i] = bitsLow >>> (24 - 8 * i);
  }
  return length;
}

export function wordsToBytes(words: ArrayLike<number>, out = new Uint8Array(32)): Uint8Array {
  for (let i = 0; i < 8; i++) {
    const x = words[i]!;
    out[4 * i] = x >>> 24;
    out[4 * i + 1] = x >>> 16;
    out[4 * i + 2] = x >>> 8;
    out[4 * i + 3] = x;
  }
  return out;
}

/** Hash words as 64 lowercase hex digits. */
export function wordsToHex(words: ArrayLike<number>): string {
  let out = '';
  for (let i = 0; i < 8; i++) out += (words[i]! >>> 0).toString(16).padStart(8, '0');
  return out;
}

/** sha256()'s working memory: it runs to completion, so one set serves every call. */
const scratch = { cv: new Int32Array(8), w: new Int32Array(64), s: new Int32Array(8), tail: new Uint8Array(2 * BLOCK_BYTES) };

/** The SHA-256 digest of `bytes`. */
export function sha256(bytes: Uint8Array): Uint8Array {
  const { cv, w, s, tail } = scratch;
  cv.set(IV);
  const whole = bytes.length - (bytes.length % BLOCK_BYTES);
  for (let at = 0; at < whole; at += BLOCK_BYTES) {
    loadWords(w, bytes, at);
    compress(cv, w, s);
  }
  const tailLength = padInto(tail, bytes.subarray(whole), bytes.length);
  for (let at = 0; at < tailLength; at += BLOCK_BYTES) {
    loadWords(w, tail, at);
    compress(cv, w, s);
  }
  return wordsToBytes(cv);
}

/** Hash words compared as one unsigned 256-bit big-endian number: negative, zero or positive. */
export function compareWords(x: ArrayLike<number>, y: ArrayLike<number>): number {
  for (let i = 0; i < 8; i++) {
    const d = (x[i]! >>> 0) - (y[i]! >>> 0);
    if (d !== 0) return d;
  }
  return 0;
}

/**
 * Hashes one header prefix (a header without its nonce) with every nonce a caller asks for. The
 * header is the prefix followed by the nonce as a big-endian u64: hi word, then lo word, at any
 * byte offset, so the lo word may straddle two schedule words or two blocks.
 */
export class NonceHasher {
  readonly headerLength: number;
  /** Chaining value after the blocks that end before the nonce. */
  readonly #midstate = Int32Array.from(IV);
  /** The words of the 1–2 tail blocks (padding included), nonce bytes zero. */
  readonly #tail: Int32Array;
  /** The nonce's hi word starts at tail word #word, #shift bytes in. */
  readonly #word: number;
  readonly #shift: number;
  /** The tail block holding the lo word's first byte, and that byte's word within the block. */
  readonly #block: number;
  readonly #from: number;
  /** Whether a tail block follows #block, and whether the nonce reaches into it. */
  readonly #hasNext: boolean;
  readonly #nextVaries: boolean;
  /** The first schedule word of #block past 15 that depends on the nonce. */
  readonly #expandFrom: number;
  /** Schedules of #block and of the block after it. */
  readonly #w = new Int32Array(64);
  readonly #w2 = new Int32Array(64);
  /** Chaining value entering #block, and the working variables after its first #from rounds. */
  readonly #cv = new Int32Array(8);
  readonly #early = new Int32Array(8);
  readonly #s = new Int32Array(8);
  /** The hash of the nonce last found or last improving the best, as words. */
  readonly hash = new Int32Array(8);
  #hi: number | undefined;

  constructor(prefix: Uint8Array) {
    this.headerLength = prefix.length + NONCE_BYTES;
    const midBlocks = Math.floor(prefix.length / BLOCK_BYTES);
    for (let b = 0; b < midBlocks; b++) {
      loadWords(this.#w, prefix, b * BLOCK_BYTES);
      compress(this.#midstate, this.#w, this.#s);
    }
    const offset = prefix.length - midBlocks * BLOCK_BYTES;
    const withNonce = new Uint8Array(offset + NONCE_BYTES);
    withNonce.set(prefix.subarray(midBlocks * BLOCK_BYTES));
    const tailBytes = new Uint8Array(2 * BLOCK_BYTES);
    const tailLength = padInto(tailBytes, withNonce, this.headerLength);
    this.#tail = new Int32Array(tailLength / 4);
    for (let at = 0; at < tailLength; at += BLOCK_BYTES) loadWords(this.#tail, tailBytes, at, at / 4);
    this.#word = offset >>> 2;
    this.#shift = offset & 3;
    const lo = this.#word + 1;
    this.#block = lo >>> 4;
    this.#from = lo & 15;
    this.#hasNext = (this.#block + 1) * 16 < this.#tail.length;
    this.#nextVaries = this.#hasNext && this.#shift !== 0 && lo + 1 >= 16;
    // The schedule words before the first that reads a nonce-dependent word are expanded once.
    const varies = new Array<boolean>(64).fill(false);
    varies[this.#from] = true;
    if (this.#shift !== 0 && this.#from + 1 < 16) varies[this.#from + 1] = true;
    let first = 16;
    while (first < 64 && !(varies[first - 2] || varies[first - 7] || varies[first - 15] || varies[first - 16])) first++;
    this.#expandFrom = first;
  }

  /** Sets the nonce's hi word: everything before the lo word is hashed here, once per hi. */
  #setHigh(hi: number): void {
    this.#hi = hi;
    const raw = this.#tail.slice();
    const sh = this.#shift * 8;
    raw[this.#word] = sh === 0 ? hi : (raw[this.#word]! & (-1 << (32 - sh))) | (hi >>> sh);
    const cv = this.#cv;
    cv.set(this.#midstate);
    for (let b = 0; b < this.#block; b++) {
      this.#w.set(raw.subarray(16 * b, 16 * b + 16));
      compress(cv, this.#w, this.#s);
    }
    this.#w.set(raw.subarray(16 * this.#block, 16 * this.#block + 16));
    expand(this.#w);
    rounds(cv, this.#early, this.#w, 0, this.#from);
    if (this.#hasNext) {
      this.#w2.set(raw.subarray(16 * this.#block + 16, 16 * this.#block + 32));
      if (!this.#nextVaries) expand(this.#w2);
    }
  }

  /**
   * Hashes nonces hi:lo … hi:(lo + count − 1) (u32 halves; lo + count ≤ 2^32) and returns the index
   * of the first whose hash is ≤ `target` (8 words), or −1; `hash` then holds its hash. `best`
   * (8 words) is lowered to any hash below it, and `onBest(i)` told while `hash` holds it.
   */
  scan(hi: number, lo: number, count: number, target: Int32Array, best: Int32Array, onBest: (index: number) => void): number {
    if ((hi | 0) !== this.#hi) this.#setHigh(hi | 0);
    const w = this.#w, w2 = this.#w2, s = this.#s, early = this.#early, cv = this.#cv, hash = this.hash;
    const from = this.#from, sh = this.#shift * 8, hasNext = this.#hasNext, nextVaries = this.#nextVaries, expandFrom = this.#expandFrom;
    const keepLow = sh === 0 ? 0 : -1 >>> sh;
    const hiBits = sh === 0 ? 0 : hi << (32 - sh);
    const afterLo = sh === 0 ? 0 : this.#tail[this.#word + 2]! & keepLow;
    const t0 = target[0]! >>> 0;
    for (let i = 0; i < count; i++) {
      const n = (lo + i) | 0;
      if (sh === 0) {
        w[from] = n;
      } else {
        w[from] = hiBits | (n >>> sh);
        if (from + 1 < 16) w[from + 1] = (n << (32 - sh)) | afterLo;
        else w2[0] = (n << (32 - sh)) | afterLo;
      }
      expand(w, expandFrom);
      rounds(early, hash, w, from, 64);
      addInto(hash, cv);
      if (hasNext) {
        if (nextVaries) expand(w2);
        rounds(hash, s, w2, 0, 64);
        addInto(hash, s);
      }
      const h0 = hash[0]! >>> 0;
      if (h0 <= best[0]! >>> 0 && compareWords(hash, best) < 0) {
        best.set(hash);
        onBest(i);
      }
      if (h0 <= t0 && compareWords(hash, target) <= 0) return i;
    }
    return -1;
  }
}
