/**
 * What each course message from a client does, as a table keyed by message kind: a new kind in
 * COURSE_GOSSIP_MESSAGES without an entry here fails the type check.
 */
import { isValidated, type CourseGossipHandlers } from './messages.ts';

/** One connection as the handlers see it (GatewayClient). */
export interface ClientSession {
  /** NOTIFY: subscribe to `dataType` (again is a no-op). */
  subscribe(dataType: number): void;
  /** ANNOUNCE: into the mesh, never back to this client. */
  announce(ttl: number, dataType: number, data: Uint8Array): void;
  /** VALIDATION of this client's local message id. */
  validate(localId: number, valid: boolean): void;
  /** A message a client must not send: the connection is closed as malformed. */
  violate(why: string): void;
}

export const CLIENT_HANDLERS: CourseGossipHandlers<ClientSession> = {
  gossipNotify: (msg, session) => session.subscribe(msg.dataType),
  gossipAnnounce: (msg, session) => session.announce(msg.ttl, msg.dataType, msg.data),
  gossipValidation: (msg, session) => session.validate(msg.messageId, isValidated(msg)),
  gossipNotification: (_msg, session) => session.violate('NOTIFICATION goes from the gateway to clients only'),
};
