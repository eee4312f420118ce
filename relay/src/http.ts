/**
 * The relay's small HTTP server for operators: `GET /healthz` (JSON) and `GET /metrics`
 * (Prometheus text). Nothing else is served; every other path is 404, every other method 405.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { PROMETHEUS_CONTENT_TYPE, relayHealth, renderRelayMetrics, type RelaySnapshot } from './metrics.ts';

/** Requests are tiny; a client that has not sent its headers by then is cut off. */
const HEADERS_TIMEOUT_MS = 10_000;
const REQUEST_TIMEOUT_MS = 10_000;

export interface RelayHttpOptions {
  host: string;
  /** 0 picks a free port. */
  port: number;
  snapshot(): RelaySnapshot;
  onError?: (error: unknown) => void;
}

export interface RelayHttp {
  readonly port: number;
  /** Stops listening and cuts open connections; idempotent. */
  close(): Promise<void>;
}

type Route = (snapshot: RelaySnapshot) => { type: string; body: string };

const ROUTES: Readonly<Record<string, Route>> = {
  '/healthz': (s) => ({ type: 'application/json; charset=utf-8', body: JSON.stringify(relayHealth(s)) }),
  '/metrics': (s) => ({ type: PROMETHEUS_CONTENT_TYPE, body: renderRelayMetrics(s) }),
};

export async function startRelayHttp(options: RelayHttpOptions): Promise<RelayHttp> {
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

function answer(options: RelayHttpOptions, req: IncomingMessage, res: ServerResponse): void {
  const rawUrl = req.url ?? '/';
  const queryAt = rawUrl.indexOf('?');
  const path = queryAt === -1 ? rawUrl : rawUrl.slice(0, queryAt);
  const route = Object.hasOwn(ROUTES, path) ? ROUTES[path] : undefined;
  if (route === undefined) return send(req, res, 404, 'text/plain; charset=utf-8', 'not found\n');
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.setHeader('allow', 'GET, HEAD');
    return send(req, res, 405, 'text/plain; charset=utf-8', 'method not allowed\n');
  }
  const { type, body } = route(options.snapshot());
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
