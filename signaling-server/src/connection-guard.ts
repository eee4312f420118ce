/**
 * What happens to a connection before it is a socket.io socket: the handshake's Origin is checked,
 * each address holds at most a fixed number of connections, and connections the transport cut for
 * an oversized packet are counted. Works at the engine.io layer, so it covers both transports.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Counters } from './metrics.ts';
import { clientAddress } from './client-address.ts';
import { isOriginAllowed, type OriginPolicy } from './origin-check.ts';
import type { TabmeshServer } from './socket-handlers.ts';

/** What ws reports when a frame exceeds maxPayload (socket.io's maxHttpBufferSize). */
const WS_PAYLOAD_TOO_BIG = 'Max payload size exceeded';

export interface ConnectionGuardOptions {
  maxSocketsPerAddress: number;
  trustProxy: boolean;
  origins: OriginPolicy;
  /** socket.io's maxHttpBufferSize: a long-polling POST above it is cut. */
  maxPacketBytes: number;
  counters: Counters;
}

type AllowRequest = (req: IncomingMessage, callback: (message: string | null, success: boolean) => void) => void;

export interface ConnectionGuard {
  /** For the Server's allowRequest option: refuses foreign origins and full addresses at the handshake. */
  readonly allowRequest: AllowRequest;
  /** Enforces the per-address cap exactly (handshakes run concurrently) and counts oversized-packet closes. */
  attach(io: TabmeshServer): void;
  addressOf(req: IncomingMessage): string;
}

export function createConnectionGuard(options: ConnectionGuardOptions): ConnectionGuard {
  const { counters } = options;
  const perAddress = new Map<string, number>();
  /** Open engine sessions by id, to close a polling session its POST was cut from. */
  const sessions = new Map<string, EngineSocket>();
  const addressOf = (req: IncomingMessage): string => clientAddress(req, options.trustProxy);
  const full = (address: string): boolean => (perAddress.get(address) ?? 0) >= options.maxSocketsPerAddress;

  const allowRequest: AllowRequest = (req, callback) => {
    if (!isOriginAllowed(options.origins, req.headers.origin, req.headers.host)) {
      counters.socketsRefused.origin += 1;
      return callback('origin not allowed', false);
    }
    if (full(addressOf(req))) {
      counters.socketsRefused['address-cap'] += 1;
      return callback('too many connections from this address', false);
    }
    callback(null, true);
  };

  const attach = (io: TabmeshServer): void => {
    io.engine.on('connection', (raw: EngineSocket) => {
      const address = addressOf(raw.request);
      if (full(address)) {
        counters.socketsRefused['address-cap'] += 1;
        raw.close();
        return;
      }
      perAddress.set(address, (perAddress.get(address) ?? 0) + 1);
      sessions.set(raw.id, raw);
      raw.once('close', (_reason: string, description: unknown) => {
        sessions.delete(raw.id);
        const left = (perAddress.get(address) ?? 1) - 1;
        if (left > 0) perAddress.set(address, left);
        else perAddress.delete(address);
        if (String(description).includes(WS_PAYLOAD_TOO_BIG)) counters.socketsDropped['oversized-packet'] += 1;
      });
    });
    // Long-polling: engine.io answers an oversized POST with 413 but keeps the session; close it
    // once that answer is out (closing first would turn the 413 into an unknown-session 400).
    io.engine.use((req: IncomingMessage, res: ServerResponse, next: (error?: unknown) => void) => {
      const length = Number(req.headers['content-length'] ?? 0);
      if (req.method === 'POST' && length > options.maxPacketBytes) {
        const sid = new URL(req.url ?? '/', 'http://localhost').searchParams.get('sid');
        const client = sid === null ? undefined : sessions.get(sid);
        if (client !== undefined) {
          counters.socketsDropped['oversized-packet'] += 1;
          res.once('close', () => client.close(true));
        }
      }
      next();
    });
  };

  return { allowRequest, attach, addressOf };
}

/** The part of an engine.io socket used here. */
interface EngineSocket {
  readonly id: string;
  readonly request: IncomingMessage;
  /** discard: drop what is queued and close now (a polling session otherwise waits for its next GET). */
  close(discard?: boolean): void;
  once(event: 'close', listener: (reason: string, description: unknown) => void): unknown;
}
