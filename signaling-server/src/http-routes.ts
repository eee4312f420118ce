/**
 * Plain HTTP: routes mounted by the embedding process (extraRoutes, e.g. the mail outbox under
 * /api/), /healthz, /metrics, /interface (the registration-node gateway for curl users), and the
 * built web app for everything else. socket.io intercepts /socket.io/ before this runs.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { PeerSummary } from '../../web/src/node/signaling/protocol.ts';
import { PROMETHEUS_CONTENT_TYPE, renderPrometheus, type MetricsSnapshot } from './metrics.ts';
import { securityHeaders } from './security-headers.ts';
import { sendText, serveStatic } from './static-files.ts';
import { APP_CONFIG_PATH, type AppConfig } from '../../web/src/contracts/app-config.ts';

/** What the routes read from the running server. */
export interface HttpContext {
  staticDir: string;
  /** Configured public URL (ends in '/'); without it, the Host header if its name is in allowedHosts. */
  publicUrl: string | undefined;
  /** Host names (no port) whose Host header is believed when there is no public URL. */
  allowedHosts: readonly string[];
  /** The server's own URL (http://host:port/), answered when the Host header is not believed. */
  ownUrl(): string;
  nodeCount(): number;
  uptimeSeconds(): number;
  interfaceNode(): PeerSummary | undefined;
  metrics(): MetricsSnapshot;
  onError(error: unknown): void;
  /** Asked first, for any method; true when it answered the request. */
  extraRoutes?: (req: IncomingMessage, res: ServerResponse) => boolean;
  /** What the app reads at /config.json (the chain jobs are paid on). */
  appConfig: AppConfig;
}

type Route = (ctx: HttpContext, req: IncomingMessage, res: ServerResponse) => void;

const ROUTES: Readonly<Record<string, Route>> = {
  '/healthz': (ctx, _req, res) => {
    sendJson(res, 200, { status: 'ok', nodes: ctx.nodeCount(), uptimeSeconds: ctx.uptimeSeconds() });
  },
  '/metrics': (ctx, _req, res) => {
    const body = renderPrometheus(ctx.metrics());
    res.writeHead(200, { 'content-type': PROMETHEUS_CONTENT_TYPE, 'content-length': Buffer.byteLength(body), 'cache-control': 'no-store' });
    res.end(body);
  },
  [APP_CONFIG_PATH]: (ctx, _req, res) => {
    sendJson(res, 200, ctx.appConfig);
  },
  '/interface': (ctx, req, res) => {
    const host = trustedHost(ctx, req);
    const url = ctx.publicUrl ?? (host === undefined ? ctx.ownUrl() : `http://${host}/`);
    const node = ctx.interfaceNode();
    if (node === undefined) sendJson(res, 503, { error: 'no-interface-node', url });
    else sendJson(res, 200, { node, url });
  },
};

/** Paths that are never answered with the web app's index.html. */
const API_PREFIXES = ['/healthz', '/metrics', '/interface', '/socket.io', '/api', APP_CONFIG_PATH];
/** Anything longer than this is not a path of the web app. */
const MAX_URL_CHARS = 2048;
/** A Host header: a host name or IP literal, then an optional port. */
const HOST_PATTERN = /^([A-Za-z0-9.-]+|\[[0-9A-Fa-f:.]+\])(:\d{1,5})?$/;

export function createRequestHandler(ctx: HttpContext): (req: IncomingMessage, res: ServerResponse) => void {
  return (req, res) => {
    handle(ctx, req, res).catch((error: unknown) => {
      ctx.onError(error);
      if (!res.headersSent) sendText(res, 500, 'internal error');
      else res.destroy();
    });
  };
}

async function handle(ctx: HttpContext, req: IncomingMessage, res: ServerResponse): Promise<void> {
  // The app also talks to the chain's JSON-RPC endpoint and fetches Opus-MT models where served.
  const origins = [ctx.appConfig.chain?.rpcUrl, ctx.appConfig.opusMt?.url].filter((u) => u !== undefined).map((u) => new URL(u).origin);
  for (const [name, value] of Object.entries(securityHeaders(trustedHost(ctx, req), origins))) res.setHeader(name, value);
  const rawUrl = req.url ?? '/';
  if (rawUrl.length > MAX_URL_CHARS || !rawUrl.startsWith('/')) return sendText(res, 400, 'bad request');
  if (ctx.extraRoutes?.(req, res) === true) return;
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.setHeader('allow', 'GET, HEAD');
    return sendText(res, 405, 'method not allowed');
  }
  const queryAt = rawUrl.indexOf('?');
  const rawPath = queryAt === -1 ? rawUrl : rawUrl.slice(0, queryAt);
  const route = Object.hasOwn(ROUTES, rawPath) ? ROUTES[rawPath] : undefined;
  if (route !== undefined) return route(ctx, req, res);
  const spaFallback = !API_PREFIXES.some((p) => rawPath === p || rawPath.startsWith(p + '/'));
  await serveStatic(req, res, ctx.staticDir, { rawPath, spaFallback });
}

/**
 * The host (with port) clients reach this server under, when it is known to be genuine: PUBLIC_URL's,
 * else the Host header if its name is allowed. An arbitrary Host is never echoed into a URL or a policy.
 */
function trustedHost(ctx: HttpContext, req: IncomingMessage): string | undefined {
  if (ctx.publicUrl !== undefined) return new URL(ctx.publicUrl).host;
  const host = req.headers.host;
  const match = host === undefined ? null : HOST_PATTERN.exec(host);
  const name = match?.[1]?.toLowerCase();
  return name !== undefined && ctx.allowedHosts.includes(name) ? host : undefined;
}

function sendJson(res: ServerResponse, status: number, value: unknown): void {
  const body = JSON.stringify(value);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(body),
    'cache-control': 'no-store',
  });
  res.end(body);
}
