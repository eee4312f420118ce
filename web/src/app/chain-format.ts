/**
 * Pure helpers of the Photoblocks pages: coins typed in and shown (exact, in bigint units, never
 * floats), hash rates, short hashes, the expected work of a target. No DOM, no clock.
 */
import type { ChainApi } from '../node/chain/app.ts';
import { targetOf } from '../node/chain/pow.ts';
import { COIN } from '../node/chain/transfer.ts';
import { UNKNOWN } from './format.ts';

/** Digits after the point of a coin amount: 1 coin = 10^8 units. */
export const COIN_DECIMALS = 8;
/** Hex characters of a block or transfer hash shown in cards and tables; the full hash goes in a title. */
export const SHORT_HASH_LENGTH = 10;

export type CoinInput = { ok: true; units: bigint } | { ok: false; message: string };

const COIN_PATTERN = /^(\d*)(?:\.(\d*))?$/;

/** "0.5" → 50 000 000 units; "1", "1.", ".25", "12.00000001" are fine; more than 8 decimals is not. */
export function parseCoins(text: string): CoinInput {
  const t = text.trim().replace(/_/g, '');
  const m = COIN_PATTERN.exec(t);
  const whole = m?.[1] ?? '';
  const fraction = m?.[2] ?? '';
  if (!m || (whole === '' && fraction === '')) return { ok: false, message: 'write the amount in coins, like 0.5 or 12.25' };
  if (fraction.length > COIN_DECIMALS) return { ok: false, message: `at most ${COIN_DECIMALS} decimals: 1 unit is 0.00000001 coin` };
  const units = BigInt(whole || '0') * COIN + BigInt(fraction.padEnd(COIN_DECIMALS, '0') || '0');
  if (units <= 0n) return { ok: false, message: 'send more than nothing' };
  return { ok: true, units };
}

/** Units (decimal string or bigint) as coins without trailing zeros: "1", "0.5", "12.00000001". */
export function formatCoins(units: string | bigint): string {
  let n: bigint;
  try {
    n = BigInt(units);
  } catch {
    return UNKNOWN;
  }
  const sign = n < 0n ? '-' : '';
  const abs = n < 0n ? -n : n;
  const whole = (abs / COIN).toString();
  const fraction = (abs % COIN).toString().padStart(COIN_DECIMALS, '0').replace(/0+$/, '');
  return `${sign}${whole}${fraction ? `.${fraction}` : ''}`;
}

const RATE_UNITS = ['H/s', 'kH/s', 'MH/s', 'GH/s'] as const;

/** Hashes per second: "950 H/s", "12.3 kH/s", "1.25 MH/s". */
export function formatHashRate(rate: number | undefined): string {
  if (rate === undefined || !Number.isFinite(rate) || rate < 0) return UNKNOWN;
  let value = rate;
  let unit = 0;
  while (unit < RATE_UNITS.length - 1 && value >= 1000) {
    value /= 1000;
    unit++;
  }
  const digits = unit === 0 ? 0 : value < 10 ? 2 : value < 100 ? 1 : 0;
  return `${value.toFixed(digits)} ${RATE_UNITS[unit]}`;
}

/** A count with thousands separators, the same in every locale: "1 234 567". */
export function formatCount(n: number): string {
  return Math.round(n)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, '\u202f');
}

export function shortHash(hash: string, length = SHORT_HASH_LENGTH): string {
  const hex = hash.startsWith('0x') ? hash.slice(2) : hash;
  return hex.length <= length ? hex : `${hex.slice(0, length)}…`;
}

/** An address as "0x1234…abcd". */
export function shortAddress(address: string): string {
  return address.length <= 14 ? address : `${address.slice(0, 6)}…${address.slice(-4)}`;
}

/** Hashes one block takes on average at compact target `bits`: 2^256 / (target + 1); undefined for invalid bits. */
export function expectedHashes(bits: number): number | undefined {
  const target = targetOf(bits);
  if (!target.ok) return undefined;
  return Number((1n << 256n) / (target.value + 1n));
}

/** Cumulative work (a decimal string) with thousands separators, and its size as a power of two. */
export function formatWork(work: string): string {
  let n: bigint;
  try {
    n = BigInt(work);
  } catch {
    return UNKNOWN;
  }
  const grouped = n.toString().replace(/\B(?=(\d{3})+(?!\d))/g, '\u202f');
  return n > 0n ? `${grouped} (≈ 2^${Math.log2(Number(n)).toFixed(1)})` : grouped;
}

/** The compact target as hex: "0x2000ffff". */
export function formatBits(bits: number): string {
  return `0x${bits.toString(16).padStart(8, '0')}`;
}

/** Heights [from, to] of page `top`: PAGE blocks ending at `top` (newest first on screen). */
export function pageRange(top: number, size: number): { from: number; to: number } {
  return { from: Math.max(1, top - size + 1), to: top };
}

/** The chain of an api, if this host runs one (hosts gain it one at a time). */
export function chainOf(api: unknown): ChainApi | undefined {
  return (api as { chain?: ChainApi } | undefined)?.chain;
}
