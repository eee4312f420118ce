/**
 * What each course DHT message from a client does, as a table keyed by message kind: a new kind
 * in COURSE_DHT_MESSAGES without an entry here fails the type check.
 */
import type { CourseDhtHandlers, CourseDhtMessageOf } from './messages.ts';

/** One connection as the handlers see it (DhtGatewayClient). */
export interface ClientSession {
  /** PUT: store in the mesh; no answer. */
  put(msg: CourseDhtMessageOf<'dhtPut'>): void;
  /** GET: answered by SUCCESS or FAILURE, possibly after answers to later requests. */
  get(msg: CourseDhtMessageOf<'dhtGet'>): void;
  /** A message a client must not send: the connection is closed as malformed. */
  violate(why: string): void;
}

export const CLIENT_HANDLERS: CourseDhtHandlers<ClientSession> = {
  dhtPut: (msg, session) => session.put(msg),
  dhtGet: (msg, session) => session.get(msg),
  dhtSuccess: (_msg, session) => session.violate('SUCCESS goes from the gateway to clients only'),
  dhtFailure: (_msg, session) => session.violate('FAILURE goes from the gateway to clients only'),
};
