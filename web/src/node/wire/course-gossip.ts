/**
 * The course gossip API (seed 004, PROTOCOLS.md §1), spoken byte for byte by the relay's TCP
 * gateway so the course's own clients work unmodified. Same frame as every Tabmesh message
 * (`size u16 | type u16 | body`), but a registry of its own: these four types never travel
 * between Tabmesh peers, so they are not in MESSAGES and decodeMessage refuses them.
 *
 * Exact sizes come from the declarations: NOTIFY and VALIDATION have no variable part, so a
 * shorter body is 'truncated' and a longer one 'trailing-bytes'; ANNOUNCE and NOTIFICATION need
 * their 4 fixed body bytes ('truncated' otherwise). Reserved bits are carried, never checked.
 */
import { err, ok, TabmeshError, type Result } from '../base/errors.ts';
import { FIELD_BYTES, MESSAGE_TYPE } from './constants.ts';
import { decodeFrame, FRAME_HEADER_BYTES, MAX_FRAME_BYTES } from './frame.ts';
import { defineMessage, rest, u16, u8, type MessageDeclaration, type ValuesOf } from './schema.ts';

/** ANNOUNCE and NOTIFICATION both carry 4 fixed body bytes before their data. */
export const COURSE_GOSSIP_FIXED_BODY_BYTES = 2 * FIELD_BYTES.u16;
/** The smallest ANNOUNCE / NOTIFICATION, and the exact size of NOTIFY and VALIDATION. */
export const COURSE_GOSSIP_MIN_MESSAGE_BYTES = FRAME_HEADER_BYTES + COURSE_GOSSIP_FIXED_BODY_BYTES;
/** The data of one ANNOUNCE / NOTIFICATION: what the u16 size leaves after 8 bytes. */
export const MAX_COURSE_GOSSIP_DATA_BYTES = MAX_FRAME_BYTES - COURSE_GOSSIP_MIN_MESSAGE_BYTES;
/** VALIDATION: the low bit of the second word; the other 15 bits are reserved. */
export const VALIDATION_VALID_BIT = 0x0001;

/** Client → gateway: spread `data` to every subscriber of `dataType`. ttl 0 = unlimited hops. */
export const gossipAnnounce = defineMessage({
  type: MESSAGE_TYPE.gossipAnnounce,
  name: 'gossipAnnounce',
  fields: [['ttl', u8], ['reserved', u8], ['dataType', u16], ['data', rest(MAX_COURSE_GOSSIP_DATA_BYTES)]],
});

/** Client → gateway: subscribe to `dataType`. */
export const gossipNotify = defineMessage({
  type: MESSAGE_TYPE.gossipNotify,
  name: 'gossipNotify',
  fields: [['reserved', u16], ['dataType', u16]],
});

/** Gateway → client: an announce of a subscribed type; `messageId` is local to the connection. */
export const gossipNotification = defineMessage({
  type: MESSAGE_TYPE.gossipNotification,
  name: 'gossipNotification',
  fields: [['messageId', u16], ['dataType', u16], ['data', rest(MAX_COURSE_GOSSIP_DATA_BYTES)]],
});

/** Client → gateway: the verdict on a notification; see validationBits / isValidated. */
export const gossipValidation = defineMessage({
  type: MESSAGE_TYPE.gossipValidation,
  name: 'gossipValidation',
  fields: [['messageId', u16], ['bits', u16]],
});

export const COURSE_GOSSIP_MESSAGES = {
  gossipAnnounce,
  gossipNotify,
  gossipNotification,
  gossipValidation,
} as const;

type Declaration = (typeof COURSE_GOSSIP_MESSAGES)[keyof typeof COURSE_GOSSIP_MESSAGES];
type Simplify<T> = { [K in keyof T]: T[K] } & {};

export type CourseGossipKind = Declaration['name'];
export type CourseGossipMessage = {
  [D in Declaration as D['name']]: Simplify<{ kind: D['name'] } & ValuesOf<D['fields']>>;
}[CourseGossipKind];
export type CourseGossipMessageOf<K extends CourseGossipKind> = Extract<CourseGossipMessage, { kind: K }>;
/** A dispatch table: a new kind without a handler fails the type check. */
export type CourseGossipHandlers<Ctx> = { [K in CourseGossipKind]: (msg: CourseGossipMessageOf<K>, ctx: Ctx) => void };

const byType = new Map<number, MessageDeclaration>();
for (const [key, decl] of Object.entries(COURSE_GOSSIP_MESSAGES) as [string, MessageDeclaration][]) {
  if (key !== decl.name) throw new TabmeshError('bad-field', `COURSE_GOSSIP_MESSAGES.${key} holds ${decl.name}`);
  byType.set(decl.type, decl);
}

/** The `bits` word of a VALIDATION (reserved bits zero). */
export function validationBits(valid: boolean): number {
  return valid ? VALIDATION_VALID_BIT : 0;
}

export function isValidated(msg: Pick<CourseGossipMessageOf<'gossipValidation'>, 'bits'>): boolean {
  return (msg.bits & VALIDATION_VALID_BIT) !== 0;
}

/**
 * Decodes one untrusted message (exactly one frame). Never throws: 'bad-size' (size < 4),
 * 'truncated' / 'trailing-bytes' (size field vs. bytes, or a body of the wrong size),
 * 'unknown-type' (any type outside 500–503).
 */
export function decodeCourseGossipMessage(frame: Uint8Array): Result<CourseGossipMessage> {
  const decoded = decodeFrame(frame);
  if (!decoded.ok) return decoded;
  const decl = byType.get(decoded.value.type);
  if (!decl) return err('unknown-type', `type ${decoded.value.type} is not a course gossip message`);
  const body = decl.decodeBody(decoded.value.body);
  if (!body.ok) return body;
  return ok({ kind: decl.name, ...body.value } as CourseGossipMessage);
}

/** The whole message. Throws TabmeshError on a value its declaration refuses. */
export function encodeCourseGossipMessage(msg: CourseGossipMessage): Uint8Array {
  const decl: MessageDeclaration = COURSE_GOSSIP_MESSAGES[msg.kind];
  return decl.encode(msg);
}

export function dispatchCourseGossipMessage<Ctx>(handlers: CourseGossipHandlers<Ctx>, msg: CourseGossipMessage, ctx: Ctx): void {
  (handlers[msg.kind] as (m: CourseGossipMessage, c: Ctx) => void)(msg, ctx);
}
