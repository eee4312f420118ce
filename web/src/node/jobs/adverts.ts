/**
 * Who can do what, learnt from gossip: every broker and worker announces its roles, the OCR
 * languages and translation pairs it has (with their quality) and its load, every
 * ADVERT_INTERVAL_MS. Adverts are rumours, signed by their origin, so nobody advertises in
 * another node's name; an advert not renewed within ADVERT_TTL_MS is forgotten.
 */
import type { PeerId } from '../base/peer-id.ts';
import { ADVERT_INTERVAL_MS, ADVERT_TTL_MS } from './constants.ts';
import { OCR_LANGUAGES, TEXT_LANGUAGES, type OcrLanguage, type TranslationQuality } from './engines.ts';

export interface JobAdvert {
  broker: boolean;
  /** OCR languages this node transcribes (empty: not a transcription worker). */
  ocr: OcrLanguage[];
  /** `${from}-${to}` pairs this node translates, with the best quality it has for each. */
  pairs: Record<string, TranslationQuality>;
  /** Assignments in progress, and how many it takes at once. */
  load: number;
  capacity: number;
  /**
   * When its origin sent it (the origin's clock). Gossip may hand a new node a rumour long after
   * it was sent; an advert counts from when it was sent, not from when it was heard.
   */
  sentAt: number;
}

/** How far another node's clock may run ahead of ours before its adverts count from our time. */
export const MAX_CLOCK_SKEW_MS = 30_000;

const MAX_ADVERT_BYTES = 4096;

export function encodeAdvert(a: JobAdvert): Uint8Array {
  return new TextEncoder().encode(JSON.stringify(a));
}

/** Checks an advert from gossip; undefined for anything malformed. */
export function decodeAdvert(bytes: Uint8Array): JobAdvert | undefined {
  if (bytes.length > MAX_ADVERT_BYTES) return undefined;
  let x: unknown;
  try {
    x = JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    return undefined;
  }
  if (typeof x !== 'object' || x === null) return undefined;
  const r = x as Record<string, unknown>;
  if (typeof r['broker'] !== 'boolean' || !Array.isArray(r['ocr']) || typeof r['pairs'] !== 'object' || r['pairs'] === null) return undefined;
  if (!r['ocr'].every((l) => (OCR_LANGUAGES as readonly unknown[]).includes(l))) return undefined;
  const pairs: Record<string, TranslationQuality> = {};
  for (const [pair, quality] of Object.entries(r['pairs'] as Record<string, unknown>)) {
    const [from, to] = pair.split('-');
    if (!(TEXT_LANGUAGES as readonly unknown[]).includes(from) || !(TEXT_LANGUAGES as readonly unknown[]).includes(to)) return undefined;
    if (quality !== 'word' && quality !== 'sentence') return undefined;
    pairs[pair] = quality;
  }
  const count = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0 && v < 1_000_000;
  if (!count(r['load']) || !count(r['capacity'])) return undefined;
  if (typeof r['sentAt'] !== 'number' || !Number.isFinite(r['sentAt']) || r['sentAt'] < 0) return undefined;
  return { broker: r['broker'], ocr: r['ocr'] as OcrLanguage[], pairs, load: r['load'], capacity: r['capacity'], sentAt: r['sentAt'] };
}

interface Known {
  advert: JobAdvert;
  at: number;
}

/** An advert this recent is from a node still running (it renews every ADVERT_INTERVAL_MS). */
const FRESH_ADVERT_MS = ADVERT_INTERVAL_MS * 1.5;

/** The adverts heard lately, by node. */
export class AdvertBook {
  readonly #known = new Map<PeerId, Known>();

  /** An advert counts from when it was sent (no later than now); an older one never replaces a newer. */
  heard(from: PeerId, advert: JobAdvert, now: number): void {
    const at = advert.sentAt > now + MAX_CLOCK_SKEW_MS ? now : Math.min(now, advert.sentAt);
    if (now - at > ADVERT_TTL_MS) return;
    const known = this.#known.get(from);
    if (known && known.at > at) return;
    this.#known.set(from, { advert, at });
  }

  forget(id: PeerId): void {
    this.#known.delete(id);
  }

  /** Live adverts, expired ones dropped. */
  live(now: number): [PeerId, JobAdvert][] {
    const out: [PeerId, JobAdvert][] = [];
    for (const [id, { advert, at }] of this.#known) {
      if (now - at > ADVERT_TTL_MS) this.#known.delete(id);
      else out.push([id, advert]);
    }
    return out;
  }

  /** How many assignments a node takes at once, from its advert. */
  capacityOf(id: PeerId, now: number): number | undefined {
    const known = this.#known.get(id);
    return known && now - known.at <= ADVERT_TTL_MS ? known.advert.capacity : undefined;
  }

  brokers(now: number): PeerId[] {
    return this.live(now).filter(([, a]) => a.broker).map(([id]) => id);
  }

  /** Brokers that advertised within the last interval and a half: a live one renews every ADVERT_INTERVAL_MS, a crashed one has stopped. */
  freshBrokers(now: number): PeerId[] {
    return this.brokers(now).filter((id) => now - this.#known.get(id)!.at <= FRESH_ADVERT_MS);
  }

  /**
   * Transcription workers for `language`, least loaded (as last advertised) first. A worker that
   * advertised itself full is still listed: adverts are up to ADVERT_INTERVAL_MS old, and a full
   * worker says so when asked (at-capacity).
   */
  transcribers(language: OcrLanguage, now: number): PeerId[] {
    return this.live(now)
      .filter(([, a]) => a.ocr.includes(language))
      .sort(([, a], [, b]) => a.load / a.capacity - b.load / b.capacity)
      .map(([id]) => id);
  }

  /** Translation workers for the pair, sentence-level before word-level, then least loaded (full ones too, as above). */
  translators(pair: string, now: number): PeerId[] {
    const rank = (q: TranslationQuality | undefined): number => (q === 'sentence' ? 0 : 1);
    return this.live(now)
      .filter(([, a]) => a.pairs[pair] !== undefined)
      .sort(([, a], [, b]) => rank(a.pairs[pair]) - rank(b.pairs[pair]) || a.load / a.capacity - b.load / b.capacity)
      .map(([id]) => id);
  }

  /** What the network has: for the pages ("which roles are present"). */
  summary(now: number): { brokers: number; transcribers: number; translators: number; pairs: Record<string, TranslationQuality> } {
    const live = this.live(now);
    const pairs: Record<string, TranslationQuality> = {};
    for (const [, a] of live) for (const [pair, q] of Object.entries(a.pairs)) if (pairs[pair] !== 'sentence') pairs[pair] = q;
    return { brokers: live.filter(([, a]) => a.broker).length, transcribers: live.filter(([, a]) => a.ocr.length > 0).length, translators: live.filter(([, a]) => Object.keys(a.pairs).length > 0).length, pairs };
  }
}
