/**
 * A Node process's small HTTP server for operators (the relay's, a worker's): `GET /healthz`
 * (JSON) and `GET /metrics` (Prometheus text), or whatever routes it is given. Nothing else is
 * served; every other path is 404, every other method 405.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** Requests are tiny; a client that has not sent its headers by then is cut off. */
const HEADERS_TIMEOUT_MS = 10_000;
const REQUEST_TIMEOUT_MS = 10_000;

/** One GET route: what it answers, computed per request. */
export type OpsRoute = () => { type: string; body: string };

export interface OpsHttpOptions {
  host: string;
  /** 0 picks a free port. */
  port: number;
  routes: Readonly<Record<string, OpsRoute>>;
  onError?: (error: unknown) => void;
}

export interface OpsHttp {
  readonly port: number;
  /** Stops listening and cuts open connections; idempotent. */
  close(): Promise<void>;
}

export async function startOpsHttp(options: OpsHttpOptions): Promise<OpsHttp> {
  const onError = options.onError ?? ((): void => undefined);
  const server = createServer((req, res) => {
    try {
      answer(options, req, res);
    } catch (error) {
      onError(error);
      if (!res.headersSent) send(req, res, 500, 'text/plain; charset=utf-8', 'internal error\n');
      else res.destroy();
    }
  });
  server.headersTimeout = HEADERS_TIMEOUT_MS;
  server.requestTimeout = REQUEST_TIMEOUT_MS;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  server.on('error', onError);
  let closing: Promise<void> | undefined;
  return {
    port: (server.address() as AddressInfo).port,
    close(): Promise<void> {
      closing ??= new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      return closing;
    },
  };
}

function answer(options: OpsHttpOptions, req: IncomingMessage, res: ServerResponse): void {
  const rawUrl = req.url ?? '/';
  const queryAt = rawUrl.indexOf('?');
  const path = queryAt === -1 ? rawUrl : rawUrl.slice(0, queryAt);
  const route = Object.hasOwn(options.routes, path) ? options.routes[path] : undefined;
  if (route === undefined) return send(req, res, 404, 'text/plain; charset=utf-8', 'not found\n');
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.setHeader('allow', 'GET, HEAD');
    return send(req, res, 405, 'text/plain; charset=utf-8', 'method not allowed\n');
  }
  const { type, body } = route();
  send(req, res, 200, type, body);
}

function send(req: IncomingMessage, res: ServerResponse, status: number, type: string, body: string): void {
  res.writeHead(status, {
    'content-type': type,
    'content-length': Buffer.byteLength(body),
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
  });
  res.end(req.method === 'HEAD' ? undefined : body);
}
