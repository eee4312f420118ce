/**
 * The course DHT API (seed 003, PROTOCOLS.md §2), spoken byte for byte by the relay's TCP
 * gateway so the course's own clients work unmodified. Same frame as every Tabmesh message
 * (`size u16 | type u16 | body`), but a registry of its own: these four types never travel
 * between Tabmesh peers, so no mesh registry claims them.
 *
 * Exact sizes come from the declarations: GET and FAILURE are a key and nothing else, so a
 * shorter body is 'truncated' and a longer one 'trailing-bytes' (size exactly 36); PUT needs its
 * 36 fixed body bytes and SUCCESS its key ('truncated' otherwise). The reserved byte is carried,
 * never checked.
 */
import { DHT_KEY_BYTES } from '../../../web/src/node/dht/messages.ts';
import { FIELD_BYTES, MESSAGE_TYPE } from '../../../web/src/node/wire/constants.ts';
import { FRAME_HEADER_BYTES, MAX_FRAME_BYTES } from '../../../web/src/node/wire/frame.ts';
import { bytes, defineMessage, rest, u16, u8 } from '../../../web/src/node/wire/schema.ts';
import { defineRegistry, type RegistryHandlers, type RegistryMessage } from '../../../web/src/node/wire/registry.ts';

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

export const COURSE_DHT_MESSAGES = defineRegistry('course-dht', { dhtPut, dhtGet, dhtSuccess, dhtFailure });

export type CourseDhtMessage = RegistryMessage<typeof COURSE_DHT_MESSAGES>;
export type CourseDhtKind = CourseDhtMessage['kind'];
export type CourseDhtMessageOf<K extends CourseDhtKind> = Extract<CourseDhtMessage, { kind: K }>;
/** A dispatch table: a new kind without a handler fails the type check. */
export type CourseDhtHandlers<Ctx> = RegistryHandlers<typeof COURSE_DHT_MESSAGES, Ctx>;
