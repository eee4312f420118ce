/**
 * The course gossip API (seed 004, PROTOCOLS.md §1), spoken byte for byte by the relay's TCP
 * gateway so the course's own clients work unmodified. Same frame as every Tabmesh message
 * (`size u16 | type u16 | body`), but a registry of its own: these four types never travel
 * between Tabmesh peers, so no mesh registry claims them.
 *
 * Exact sizes come from the declarations: NOTIFY and VALIDATION have no variable part, so a
 * shorter body is 'truncated' and a longer one 'trailing-bytes'; ANNOUNCE and NOTIFICATION need
 * their 4 fixed body bytes ('truncated' otherwise). Reserved bits are carried, never checked.
 */
import { FIELD_BYTES, MESSAGE_TYPE } from '../../../web/src/node/wire/constants.ts';
import { FRAME_HEADER_BYTES, MAX_FRAME_BYTES } from '../../../web/src/node/wire/frame.ts';
import { defineMessage, rest, u16, u8 } from '../../../web/src/node/wire/schema.ts';
import { defineRegistry, type RegistryHandlers, type RegistryMessage } from '../../../web/src/node/wire/registry.ts';

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

export const COURSE_GOSSIP_MESSAGES = defineRegistry('course-gossip', { gossipAnnounce, gossipNotify, gossipNotification, gossipValidation });

export type CourseGossipMessage = RegistryMessage<typeof COURSE_GOSSIP_MESSAGES>;
export type CourseGossipKind = CourseGossipMessage['kind'];
export type CourseGossipMessageOf<K extends CourseGossipKind> = Extract<CourseGossipMessage, { kind: K }>;
/** A dispatch table: a new kind without a handler fails the type check. */
export type CourseGossipHandlers<Ctx> = RegistryHandlers<typeof COURSE_GOSSIP_MESSAGES, Ctx>;

/** The `bits` word of a VALIDATION (reserved bits zero). */
export function validationBits(valid: boolean): number {
  return valid ? VALIDATION_VALID_BIT : 0;
}

export function isValidated(msg: Pick<CourseGossipMessageOf<'gossipValidation'>, 'bits'>): boolean {
  return (msg.bits & VALIDATION_VALID_BIT) !== 0;
}
