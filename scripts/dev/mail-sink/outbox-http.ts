/**
 * `GET /api/outbox` (newest first, at most OUTBOX_LIST_LIMIT) and `GET /api/outbox/<id>` (one
 * message with its text body) over node:http, for the signaling server to mount when the dev
 * mail sink runs. Ids are checked against the sink's id pattern before anything touches the
 * disk, so `..`, slashes and percent-escapes never reach a path.
 *
 * Everything relayed mail says is in there, so only this machine may read it: a request from a
 * loopback address that no proxy forwarded, or one carrying the operator's token
 * (`Authorization: Bearer $OUTBOX_TOKEN`). Anyone else gets 403 `outbox-local-only`.
 */
import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { OUTBOX_LIST_LIMIT, OUTBOX_PATH, isOutboxId, type OutboxList } from '../../../web/src/contracts/outbox.ts';
import type { SmtpSink } from './smtp-sink.ts';

export type OutboxSource = Pick<SmtpSink, 'list' | 'read'>;

export interface OutboxHandlerOptions {
  onError?: (error: unknown) => void;
  /** Lets requests from elsewhere in with `Authorization: Bearer <token>` (OUTBOX_TOKEN). */
  token?: string;
  /** Told about each refused request (counted by the embedding process). */
  onRefused?: (reason: 'not-local') => void;
}

const LOOPBACK = /^(127\.\d{1,3}\.\d{1,3}\.\d{1,3}|::1|::ffff:127\.\d{1,3}\.\d{1,3}\.\d{1,3})$/;

/** From this machine and not through a proxy (a proxy on this machine would make everyone local). */
function isLocal(req: IncomingMessage): boolean {
  const forwarded = req.headers['x-forwarded-for'] !== undefined || req.headers['forwarded'] !== undefined || req.headers['x-real-ip'] !== undefined;
  return !forwarded && LOOPBACK.test(req.socket.remoteAddress ?? '');
}

function hasToken(req: IncomingMessage, token: string | undefined): boolean {
  if (token === undefined || token === '') return false;
  const given = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];
  if (given === undefined) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** Returns true when the request was under /api/outbox and is being answered, false otherwise. */
export type OutboxHandler = (req: IncomingMessage, res: ServerResponse) => boolean;

function sendJson(req: IncomingMessage, res: ServerResponse, status: number, value: unknown): void {
  const body = JSON.stringify(value);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(body),
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
  });
  res.end(req.method === 'HEAD' ? undefined : body);
}

async function serve(source: OutboxSource, path: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
  if (path === OUTBOX_PATH) {
    const all = await source.list();
    const answer: OutboxList = { messages: all.slice(0, OUTBOX_LIST_LIMIT), total: all.length };
    return sendJson(req, res, 200, answer);
  }
  const id = path.slice(OUTBOX_PATH.length + 1);
  if (!isOutboxId(id)) return sendJson(req, res, 400, { error: 'bad-id' });
  const message = await source.read(id);
  if (message === undefined) return sendJson(req, res, 404, { error: 'not-found' });
  sendJson(req, res, 200, message);
}

export function createOutboxHandler(source: OutboxSource, options: OutboxHandlerOptions = {}): OutboxHandler {
  const onError = options.onError ?? ((): void => undefined);
  return (req, res) => {
    const rawUrl = req.url ?? '/';
    const queryAt = rawUrl.indexOf('?');
    const path = queryAt === -1 ? rawUrl : rawUrl.slice(0, queryAt);
    if (path !== OUTBOX_PATH && !path.startsWith(`${OUTBOX_PATH}/`)) return false;
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.setHeader('allow', 'GET, HEAD');
      sendJson(req, res, 405, { error: 'method-not-allowed' });
      return true;
    }
    if (!isLocal(req) && !hasToken(req, options.token)) {
      options.onRefused?.('not-local');
      sendJson(req, res, 403, { error: 'outbox-local-only' });
      return true;
    }
    serve(source, path, req, res).catch((error: unknown) => {
      onError(error);
      if (!res.headersSent) sendJson(req, res, 500, { error: 'internal' });
      else res.destroy();
    });
    return true;
  };
}
