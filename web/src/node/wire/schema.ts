/**
 * A small declarative schema: a message is declared once as an ordered list of typed fields
 * with limits, and both its encoder and its decoder derive from that declaration.
 *
 * Encoding (writer.ts) throws `TabmeshError('bad-field' | 'oversized')` for a value that breaks
 * the declaration (our own code built it, so that is a bug). Decoding (reader.ts) takes untrusted
 * bytes, checks every limit and returns a `Result`; it never throws.
 */
import { TabmeshError, type Result } from '../base/errors.ts';
import { MAX_U16 } from './constants.ts';
import { MAX_FRAME_BODY_BYTES, MAX_FRAME_TYPE } from './frame.ts';
import { decodeBodyFields } from './reader.ts';
import { encodeMessageFrame } from './writer.ts';

export interface NumberKind {
  readonly kind: 'u8' | 'u16' | 'u32' | 'f64';
}
export interface BytesKind {
  readonly kind: 'bytes';
  readonly length: number;
}
export interface VarBytesKind {
  readonly kind: 'varBytes';
  readonly maxLength: number;
}
export interface StrKind {
  readonly kind: 'str';
  readonly maxBytes: number;
}
export interface PeerIdKind {
  readonly kind: 'peerId';
}
export interface ListKind<E extends Kind = Kind> {
  readonly kind: 'list';
  readonly element: E;
  readonly maxCount: number;
}
export interface StructKind<F extends readonly Field[] = readonly Field[]> {
  readonly kind: 'struct';
  readonly fields: F;
}
export interface RestKind {
  readonly kind: 'rest';
  readonly maxBytes: number;
}
export type Kind = NumberKind | BytesKind | VarBytesKind | StrKind | PeerIdKind | ListKind | StructKind | RestKind;
export type Field = readonly [name: string, kind: Kind];

export type ValueOf<K extends Kind> = K extends NumberKind
  ? number
  : K extends BytesKind | VarBytesKind | RestKind
    ? Uint8Array
    : K extends StrKind | PeerIdKind
      ? string
      : K extends ListKind<infer E extends Kind>
        ? readonly ValueOf<E>[]
        : K extends StructKind<infer F extends readonly Field[]>
          ? ValuesOf<F>
          : never;
export type ValuesOf<F extends readonly Field[]> = { [P in F[number] as P[0]]: ValueOf<P[1]> };

export const u8 = { kind: 'u8' } as const satisfies NumberKind;
export const u16 = { kind: 'u16' } as const satisfies NumberKind;
export const u32 = { kind: 'u32' } as const satisfies NumberKind;
export const f64 = { kind: 'f64' } as const satisfies NumberKind;
export const peerId = { kind: 'peerId' } as const satisfies PeerIdKind;

export function bytes(length: number): BytesKind {
  return { kind: 'bytes', length: checkLimit(length, MAX_FRAME_BODY_BYTES, 'bytes length') };
}
export function varBytes(maxLength: number): VarBytesKind {
  return { kind: 'varBytes', maxLength: checkLimit(maxLength, MAX_U16, 'varBytes maxLength') };
}
export function str(maxBytes: number): StrKind {
  return { kind: 'str', maxBytes: checkLimit(maxBytes, MAX_U16, 'str maxBytes') };
}
export function list<const E extends Kind>(element: E, maxCount: number): ListKind<E> {
  if (element.kind === 'rest') throw new TabmeshError('bad-field', 'a list cannot hold rest');
  return { kind: 'list', element, maxCount: checkLimit(maxCount, MAX_U16, 'list maxCount') };
}
export function struct<const F extends readonly Field[]>(fields: F): StructKind<F> {
  checkFields(fields, false);
  return { kind: 'struct', fields };
}
/** All remaining bytes of the body; only allowed as the last field of a message. */
export function rest(maxBytes: number = MAX_FRAME_BODY_BYTES): RestKind {
  return { kind: 'rest', maxBytes: checkLimit(maxBytes, MAX_FRAME_BODY_BYTES, 'rest maxBytes') };
}

export interface MessageDeclaration<N extends string = string, F extends readonly Field[] = readonly Field[]> {
  readonly type: number;
  readonly name: N;
  readonly fields: F;
  /** The whole frame, header included. Throws TabmeshError on a value the declaration refuses. */
  encode(value: ValuesOf<F>): Uint8Array;
  /** Decodes an untrusted frame body. Never throws. */
  decodeBody(body: Uint8Array): Result<ValuesOf<F>>;
}

export function defineMessage<const N extends string, const F extends readonly Field[]>(spec: {
  type: number;
  name: N;
  fields: F;
}): MessageDeclaration<N, F> {
  const { type, name, fields } = spec;
  if (!Number.isInteger(type) || type < 0 || type > MAX_FRAME_TYPE) {
    throw new TabmeshError('bad-field', `${name}: type ${type} is not a u16`);
  }
  checkFields(fields, true);
  return {
    type,
    name,
    fields,
    encode: (value) => encodeMessageFrame(type, fields, value, name),
    decodeBody: (body) => decodeBodyFields(body, fields, name) as Result<ValuesOf<F>>,
  };
}

function checkLimit(n: number, max: number, what: string): number {
  if (!Number.isInteger(n) || n < 0 || n > max) throw new TabmeshError('bad-field', `${what} ${n} not in 0..${max}`);
  return n;
}

/** Declaration-time checks: unique names, no `kind` (AnyMessage uses it), rest only last. */
function checkFields(fields: readonly Field[], topLevel: boolean): void {
  const names = new Set<string>();
  fields.forEach(([name, kind], i) => {
    if (name === 'kind' || names.has(name)) throw new TabmeshError('bad-field', `field name ${name} is taken`);
    names.add(name);
    if (kind.kind === 'rest' && !(topLevel && i === fields.length - 1)) {
      throw new TabmeshError('bad-field', `rest field ${name} must be the last field of a message`);
    }
  });
}
