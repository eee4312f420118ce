/**
 * The signaling server's node:http server, with the same short header and request deadlines as the
 * relay's (relay/src/http.ts): a client that trickles its headers or body is cut off instead of
 * holding a connection open. Long-polls and WebSockets are unaffected: their requests are complete
 * the moment they arrive (a poll's wait is the response's, an upgraded socket leaves node:http).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';

/** Requests to this server are tiny; a client that has not sent its headers by then is cut off. */
export const HEADERS_TIMEOUT_MS = 10_000;
/** Polling POSTs carry at most one 64 KiB packet; ten seconds is ample on any link. */
export const REQUEST_TIMEOUT_MS = 10_000;
/** How often node:http looks for connections past those deadlines (its default, 30 s, would triple them). */
const CONNECTIONS_CHECK_INTERVAL_MS = 2_000;

export function createHttpServer(handler: (req: IncomingMessage, res: ServerResponse) => void): Server {
  const server = createServer({ connectionsCheckingInterval: CONNECTIONS_CHECK_INTERVAL_MS }, handler);
  server.headersTimeout = HEADERS_TIMEOUT_MS;
  server.requestTimeout = REQUEST_TIMEOUT_MS;
  return server;
}
