/**
 * A Node process's small HTTP server for operators (the relay's, a worker's): `GET /healthz`
 * (JSON) and `GET /metrics` (Prometheus text), or whatever routes it is given — exact paths, and
 * prefix routes (`/chain/tx/`) that read what follows the prefix and the query. Nothing else is
 * served; every other path is 404, every other method 405.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** Requests are tiny; a client that has not sent its headers by then is cut off. */
const HEADERS_TIMEOUT_MS = 10_000;
const REQUEST_TIMEOUT_MS = 10_000;

export interface OpsRequest {
  /** The path, without the query. */
  path: string;
  /** For a prefix route, the rest of the path after the prefix (as sent, not percent-decoded); '' for an exact one. */
  rest: string;
  query: URLSearchParams;
  /** The client's address; undefined when its socket is already gone. */
  address: string | undefined;
}

export interface OpsAnswer {
  /** Default 200. */
  status?: number;
  type: string;
  body: string | Uint8Array;
  /** Extra headers, over the defaults (`cache-control: no-store` among them). */
  headers?: Readonly<Record<string, string>>;
}

/** One GET route: what it answers, computed per request. */
export type OpsRoute = (request: OpsRequest) => OpsAnswer | Promise<OpsAnswer>;

export interface OpsHttpOptions {
  host: string;
  /** 0 picks a free port. */
  port: number;
  /** Routes by exact path. */
  routes: Readonly<Record<string, OpsRoute>>;
  /** Routes for every path starting with their key (which should end in '/'); the longest match wins, exact routes first. */
  prefixRoutes?: Readonly<Record<string, OpsRoute>>;
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
    answer(options, req, res).catch((error: unknown) => {
      onError(error);
      if (!res.headersSent) send(req, res, { status: 500, type: 'text/plain; charset=utf-8', body: 'internal error\n' });
      else res.destroy();
    });
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

async function answer(options: OpsHttpOptions, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const rawUrl = req.url ?? '/';
  const queryAt = rawUrl.indexOf('?');
  const path = queryAt === -1 ? rawUrl : rawUrl.slice(0, queryAt);
  const found = findRoute(options, path);
  if (found === undefined) return send(req, res, { status: 404, type: 'text/plain; charset=utf-8', body: 'not found\n' });
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.setHeader('allow', 'GET, HEAD');
    return send(req, res, { status: 405, type: 'text/plain; charset=utf-8', body: 'method not allowed\n' });
  }
  const query = new URLSearchParams(queryAt === -1 ? '' : rawUrl.slice(queryAt + 1));
  send(req, res, await found.route({ path, rest: found.rest, query, address: req.socket.remoteAddress }));
}

function findRoute(options: OpsHttpOptions, path: string): { route: OpsRoute; rest: string } | undefined {
  if (Object.hasOwn(options.routes, path)) return { route: options.routes[path]!, rest: '' };
  let best: string | undefined;
  for (const prefix of Object.keys(options.prefixRoutes ?? {})) {
    if (path.startsWith(prefix) && (best === undefined || prefix.length > best.length)) best = prefix;
  }
  return best === undefined ? undefined : { route: options.prefixRoutes![best]!, rest: path.slice(best.length) };
}

function send(req: IncomingMessage, res: ServerResponse, answer: OpsAnswer): void {
  res.writeHead(answer.status ?? 200, {
    'content-type': answer.type,
    'content-length': typeof answer.body === 'string' ? Buffer.byteLength(answer.body) : answer.body.length,
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
    ...answer.headers,
  });
  res.end(req.method === 'HEAD' ? undefined : answer.body);
}
