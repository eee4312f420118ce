/**
 * Values for any message declaration, derived from its fields: zeros and empties ('min'), the
 * largest values and longest fields that still fit one frame ('max'), or random ones. Byte
 * fixtures and the fuzzers get samples of every registry's messages without a hand-written case.
 */
import { FIELD_BYTES, LENGTH_PREFIX_BYTES, MAX_U16, MAX_U32, MAX_U8, PEER_ID_BYTES } from '../../web/src/node/wire/constants.ts';
import { MAX_FRAME_BODY_BYTES } from '../../web/src/node/wire/frame.ts';
import type { Field, Kind, MessageDeclaration } from '../../web/src/node/wire/schema.ts';
import type { Rng } from './random.ts';

export type Edge = 'min' | 'max' | 'random';

const HEX = '0123456789abcdef';
const int = (rng: Rng, max: number): number => Math.floor(rng() * (max + 1));

/** The most bytes a value of `kind` can take on the wire. */
function maxSize(kind: Kind): number {
  switch (kind.kind) {
    case 'u8':
    case 'u16':
    case 'u32':
    case 'f64':
      return FIELD_BYTES[kind.kind];
    case 'bytes':
      return kind.length;
    case 'varBytes':
      return LENGTH_PREFIX_BYTES + kind.maxLength;
    case 'str':
      return LENGTH_PREFIX_BYTES + kind.maxBytes;
    case 'rest':
      return kind.maxBytes;
    case 'peerId':
      return PEER_ID_BYTES;
    case 'list':
      return LENGTH_PREFIX_BYTES + kind.maxCount * maxSize(kind.element);
    case 'struct':
      return kind.fields.reduce((sum, [, k]) => sum + maxSize(k), 0);
  }
}

/** A value of `kind` within `budget` wire bytes; returns it with the bytes it takes. */
function sample(kind: Kind, rng: Rng, edge: Edge, budget: number): [unknown, number] {
  const len = (max: number): number => (edge === 'min' ? 0 : edge === 'max' ? max : int(rng, Math.min(max, 2000)));
  const num = (max: number): number => (edge === 'min' ? 0 : edge === 'max' ? max : int(rng, max));
  switch (kind.kind) {
    case 'u8':
      return [num(MAX_U8), 1];
    case 'u16':
      return [num(MAX_U16), 2];
    case 'u32':
      return [num(MAX_U32), 4];
    case 'f64':
      return [edge === 'min' ? 0 : edge === 'max' ? Number.MAX_VALUE : rng() * 1e12, 8];
    case 'bytes':
      return [Uint8Array.from({ length: kind.length }, () => (edge === 'min' ? 0 : edge === 'max' ? 0xff : int(rng, 255))), kind.length];
    case 'peerId':
      return [Array.from({ length: 64 }, () => (edge === 'min' ? '0' : edge === 'max' ? 'f' : HEX[int(rng, 15)])).join(''), PEER_ID_BYTES];
    case 'varBytes':
    case 'rest': {
      const prefix = kind.kind === 'varBytes' ? LENGTH_PREFIX_BYTES : 0;
      const n = Math.min(len(kind.kind === 'varBytes' ? kind.maxLength : kind.maxBytes), Math.max(0, budget - prefix));
      return [Uint8Array.from({ length: n }, () => int(rng, 255)), prefix + n];
    }
    case 'str': {
      const n = Math.min(len(kind.maxBytes), Math.max(0, budget - LENGTH_PREFIX_BYTES));
      return ['s'.repeat(n), LENGTH_PREFIX_BYTES + n];
    }
    case 'list': {
      const element = maxSize(kind.element);
      const fit = Math.floor(Math.max(0, budget - LENGTH_PREFIX_BYTES) / Math.max(1, element));
      const count = Math.min(edge === 'max' ? kind.maxCount : len(Math.min(kind.maxCount, 20)), fit);
      const items: unknown[] = [];
      let used = LENGTH_PREFIX_BYTES;
      for (let i = 0; i < count; i++) {
        const [value, size] = sample(kind.element, rng, edge, element);
        items.push(value);
        used += size;
      }
      return [items, used];
    }
    case 'struct':
      return sampleFields(kind.fields, rng, edge, budget);
  }
}

function sampleFields(fields: readonly Field[], rng: Rng, edge: Edge, budget: number): [Record<string, unknown>, number] {
  // Fixed parts first, so variable fields share what is left in order.
  let left = budget - fields.reduce((sum, [, k]) => sum + (['str', 'varBytes', 'rest', 'list'].includes(k.kind) ? 0 : maxSize(k)), 0);
  const value: Record<string, unknown> = {};
  let used = 0;
  for (const [name, kind] of fields) {
    const variable = ['str', 'varBytes', 'rest', 'list'].includes(kind.kind);
    const [v, size] = sample(kind, rng, edge, variable ? left : maxSize(kind));
    value[name] = v;
    used += size;
    if (variable) left -= size;
  }
  return [value, used];
}

/** One message of `decl`, as `{ kind, ...fields }`, fitting one frame. */
export function sampleDeclaration(decl: MessageDeclaration, rng: Rng, edge: Edge = 'random'): { kind: string } & Record<string, unknown> {
  const [fields] = sampleFields(decl.fields, rng, edge, MAX_FRAME_BODY_BYTES);
  return { kind: decl.name, ...fields };
}
