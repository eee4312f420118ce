/**
 * Pure helpers of the DHT page: reading the key field, showing values and errors, counting
 * progress. No DOM, no Lit, no clock (callers pass `now`), so all of it is unit-tested.
 */
import type { ContentProgress, DhtKey, DhtStats } from '../node/dht/api.ts';
import { isErrorCode, type ErrorCode } from '../node/base/errors.ts';
import { errorMessage } from './errors.ts';
import { UNKNOWN, formatDuration } from './format.ts';

/** Bytes of a binary value shown as hex. */
export const HEX_PREVIEW_BYTES = 32;

const KEY_PATTERN = /^[0-9a-fA-F]{64}$/;

export type KeyInput =
  | { kind: 'empty' }
  /** 64 hex characters typed in: the key itself, lowercased. */
  | { kind: 'hex'; key: DhtKey }
  /** Anything else: a name, whose key is SHA-256 of its UTF-8 (`dht.keyOf`). */
  | { kind: 'name'; name: string; key: DhtKey };

/** The key meant by what was typed in a key field; surrounding spaces are ignored. */
export function resolveKey(input: string, keyOf: (name: string) => DhtKey): KeyInput {
  const text = input.trim();
  if (text === '') return { kind: 'empty' };
  if (KEY_PATTERN.test(text)) return { kind: 'hex', key: text.toLowerCase() };
  return { kind: 'name', name: text, key: keyOf(text) };
}

/** Just the hex form: content keys are SHA-256 of the bytes, never a name. */
export function parseHexKey(input: string): DhtKey | undefined {
  const text = input.trim();
  return KEY_PATTERN.test(text) ? text.toLowerCase() : undefined;
}

export type ValuePreview = { kind: 'text'; text: string } | { kind: 'binary'; hex: string; bytes: number; truncated: boolean };

/** C0 controls other than tab, newline and carriage return, DEL and C1 controls: not text. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;

/** A value as text when it is valid UTF-8 without control characters, else its first bytes in hex. */
export function previewValue(value: Uint8Array): ValuePreview {
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(value);
    if (!CONTROL.test(text)) return { kind: 'text', text };
  } catch {
    // not UTF-8: fall through to hex
  }
  const hex = [...value.subarray(0, HEX_PREVIEW_BYTES)].map((b) => b.toString(16).padStart(2, '0')).join(' ');
  return { kind: 'binary', hex, bytes: value.length, truncated: value.length > HEX_PREVIEW_BYTES };
}

/** The TabmeshError code an operation failed with, if it carried one. */
export function errorCodeOf(error: unknown): ErrorCode | undefined {
  const code = typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;
  return isErrorCode(code) ? code : undefined;
}

/** A failure as one line with its code first: "not-found: no replica holds …". */
export function describeError(error: unknown): string {
  const code = errorCodeOf(error);
  const carried = typeof error === 'object' && error !== null ? (error as { message?: unknown }).message : undefined;
  const message = typeof carried === 'string' ? carried : errorMessage(error);
  if (code === undefined) return message;
  return message === code || message === '' ? code : `${code}: ${message}`;
}

/** Mean hops of successful lookups, one decimal; UNKNOWN before the first success. */
export function meanHops(stats: DhtStats): string {
  const succeeded = stats.lookups - stats.lookupFailures;
  if (succeeded <= 0) return UNKNOWN;
  return (stats.hopsTotal / succeeded).toFixed(1);
}

/** "in 4 min 02 s", or "expired" once `expiresAt` (epoch ms) has passed. */
export function expiresIn(expiresAt: number, now: number): string {
  if (!Number.isFinite(expiresAt)) return UNKNOWN;
  const left = expiresAt - now;
  return left <= 0 ? 'expired' : `in ${formatDuration(left)}`;
}

/** Progress as a whole percentage, 0–100; 0 while the total is not known. */
export function progressPercent(progress: ContentProgress | undefined): number {
  if (progress === undefined || !(progress.total > 0)) return 0;
  return Math.min(100, Math.max(0, Math.floor((progress.done / progress.total) * 100)));
}

/**
 * An optional positive whole number from a form field: undefined when left empty (the node's
 * default applies), NaN when it is not a positive integer.
 */
export function optionalPositiveInt(field: FormDataEntryValue | null): number | undefined {
  const text = typeof field === 'string' ? field.trim() : '';
  if (text === '') return undefined;
  const n = Number(text);
  return Number.isInteger(n) && n > 0 ? n : Number.NaN;
}

interface Signature {
  type: string;
  extension: string;
  /** The bytes expected at offset `at`. */
  at: number;
  bytes: readonly number[];
  /** A second pattern that must match too (RIFF….WEBP, ….ftypavif). */
  also?: { at: number; bytes: readonly number[] };
}

const ascii = (s: string): number[] => [...s].map((c) => c.charCodeAt(0));

/** Image formats every current browser shows in an <img>, by their magic numbers. */
const IMAGE_SIGNATURES: readonly Signature[] = [
  { type: 'image/png', extension: 'png', at: 0, bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { type: 'image/jpeg', extension: 'jpg', at: 0, bytes: [0xff, 0xd8, 0xff] },
  { type: 'image/gif', extension: 'gif', at: 0, bytes: ascii('GIF8') },
  { type: 'image/webp', extension: 'webp', at: 0, bytes: ascii('RIFF'), also: { at: 8, bytes: ascii('WEBP') } },
  { type: 'image/avif', extension: 'avif', at: 4, bytes: ascii('ftypavif') },
  { type: 'image/bmp', extension: 'bmp', at: 0, bytes: ascii('BM') },
];

function matches(data: Uint8Array, at: number, bytes: readonly number[]): boolean {
  return data.length >= at + bytes.length && bytes.every((b, i) => data[at + i] === b);
}

/** The image type of `data` by its first bytes (not by a file name), or undefined. */
export function sniffImage(data: Uint8Array): { type: string; extension: string } | undefined {
  const hit = IMAGE_SIGNATURES.find((s) => matches(data, s.at, s.bytes) && (s.also === undefined || matches(data, s.also.at, s.also.bytes)));
  return hit && { type: hit.type, extension: hit.extension };
}
