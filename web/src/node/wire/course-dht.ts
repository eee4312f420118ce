/**
 * The course DHT API (seed 003, PROTOCOLS.md §2), spoken byte for byte by the relay's TCP
 * gateway so the course's own clients work unmodified. Same frame as every Tabmesh message
 * (`size u16 | type u16 | body`), but a registry of its own: these four types never travel
 * between Tabmesh peers, so they are not in MESSAGES and decodeMessage refuses them.
 *
 * Exact sizes come from the declarations: GET and FAILURE are a key and nothing else, so a
 * shorter body is 'truncated' and a longer one 'trailing-bytes' (size exactly 36); PUT needs its
 * 36 fixed body bytes and SUCCESS its key ('truncated' otherwise). The reserved byte is carried,
 * never checked.
 */
import { err, ok, TabmeshError, type Result } from '../base/errors.ts';
import { DHT_KEY_BYTES, FIELD_BYTES, MESSAGE_TYPE } from './constants.ts';
import { decodeFrame, FRAME_HEADER_BYTES, MAX_FRAME_BYTES } from './frame.ts';
import { bytes, defineMessage, rest, u16, u8, type MessageDeclaration, type ValuesOf } from './schema.ts';

/** The exact size of GET and FAILURE, and the smallest SUCCESS: a header and a key. */
export const COURSE_DHT_KEY_MESSAGE_BYTES = FRAME_HEADER_BYTES + DHT_KEY_BYTES;
/** PUT's fixed part: ttl u16, replication u8, reserved u8 and the key. */
export const COURSE_DHT_PUT_FIXED_BODY_BYTES = FIELD_BYTES.u16 + 2 * FIELD_BYTES.u8 + DHT_KEY_BYTES;
/** The smallest PUT (an empty value). */
export const COURSE_DHT_MIN_PUT_BYTES = FRAME_HEADER_BYTES + COURSE_DHT_PUT_FIXED_BODY_BYTES;
/** The value of one PUT: what the u16 size leaves after 40 bytes. */
export const MAX_COURSE_DHT_PUT_VALUE_BYTES = MAX_FRAME_BYTES - COURSE_DHT_MIN_PUT_BYTES;
/** The value of one SUCCESS: what the u16 size leaves after 36 bytes. */
export const MAX_COURSE_DHT_SUCCESS_VALUE_BYTES = MAX_FRAME_BYTES - COURSE_DHT_KEY_MESSAGE_BYTES;

const key = bytes(DHT_KEY_BYTES);

/** Client → gateway: store `value` under `key`. ttl in seconds; 0 in ttl or replication = the DHT's default. */
export const dhtPut = defineMessage({
  type: MESSAGE_TYPE.dhtPut,
  name: 'dhtPut',
  fields: [['ttl', u16], ['replication', u8], ['reserved', u8], ['key', key], ['value', rest(MAX_COURSE_DHT_PUT_VALUE_BYTES)]],
});

/** Client → gateway: the value under `key`, answered by SUCCESS or FAILURE. */
export const dhtGet = defineMessage({
  type: MESSAGE_TYPE.dhtGet,
  name: 'dhtGet',
  fields: [['key', key]],
});

/** Gateway → client: a GET found `value`. */
export const dhtSuccess = defineMessage({
  type: MESSAGE_TYPE.dhtSuccess,
  name: 'dhtSuccess',
  fields: [['key', key], ['value', rest(MAX_COURSE_DHT_SUCCESS_VALUE_BYTES)]],
});

/** Gateway → client: a GET found nothing (or failed). */
export const dhtFailure = defineMessage({
  type: MESSAGE_TYPE.dhtFailure,
  name: 'dhtFailure',
  fields: [['key', key]],
});

export const COURSE_DHT_MESSAGES = {
  dhtPut,
  dhtGet,
  dhtSuccess,
  dhtFailure,
} as const;

type Declaration = (typeof COURSE_DHT_MESSAGES)[keyof typeof COURSE_DHT_MESSAGES];
type Simplify<T> = { [K in keyof T]: T[K] } & {};

export type CourseDhtKind = Declaration['name'];
export type CourseDhtMessage = {
  [D in Declaration as D['name']]: Simplify<{ kind: D['name'] } & ValuesOf<D['fields']>>;
}[CourseDhtKind];
export type CourseDhtMessageOf<K extends CourseDhtKind> = Extract<CourseDhtMessage, { kind: K }>;
/** A dispatch table: a new kind without a handler fails the type check. */
export type CourseDhtHandlers<Ctx, R = void> = { [K in CourseDhtKind]: (msg: CourseDhtMessageOf<K>, ctx: Ctx) => R };

const byType = new Map<number, MessageDeclaration>();
for (const [name, decl] of Object.entries(COURSE_DHT_MESSAGES) as [string, MessageDeclaration][]) {
  if (name !== decl.name) throw new TabmeshError('bad-field', `COURSE_DHT_MESSAGES.${name} holds ${decl.name}`);
  byType.set(decl.type, decl);
}

/**
 * Decodes one untrusted message (exactly one frame). Never throws: 'bad-size' (size < 4),
 * 'oversized' (more bytes than one frame), 'truncated' / 'trailing-bytes' (size field vs. bytes,
 * or a body of the wrong size), 'unknown-type' (any type outside 650–653). Byte fields are views
 * into `frame`.
 */
export function decodeCourseDhtMessage(frame: Uint8Array): Result<CourseDhtMessage> {
  const decoded = decodeFrame(frame);
  if (!decoded.ok) return decoded;
  const decl = byType.get(decoded.value.type);
  if (!decl) return err('unknown-type', `type ${decoded.value.type} is not a course DHT message`);
  const body = decl.decodeBody(decoded.value.body);
  if (!body.ok) return body;
  return ok({ kind: decl.name, ...body.value } as CourseDhtMessage);
}

/** The whole message. Throws TabmeshError ('bad-field') on a value its declaration refuses. */
export function encodeCourseDhtMessage(msg: CourseDhtMessage): Uint8Array {
  const decl: MessageDeclaration = COURSE_DHT_MESSAGES[msg.kind];
  return decl.encode(msg);
}

export function dispatchCourseDhtMessage<Ctx, R>(handlers: CourseDhtHandlers<Ctx, R>, msg: CourseDhtMessage, ctx: Ctx): R {
  return (handlers[msg.kind] as (m: CourseDhtMessage, c: Ctx) => R)(msg, ctx);
}
