/**
 * `GET /api/outbox` (newest first, at most OUTBOX_LIST_LIMIT) and `GET /api/outbox/<id>` (one
 * message with its text body) over node:http, for the signaling server to mount when the dev
 * mail sink runs. Ids are checked against the sink's id pattern before anything touches the
 * disk, so `..`, slashes and percent-escapes never reach a path.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { OUTBOX_LIST_LIMIT, OUTBOX_PATH, isOutboxId, type OutboxList } from '../../../web/src/contracts/outbox.ts';
import type { SmtpSink } from './smtp-sink.ts';

export type OutboxSource = Pick<SmtpSink, 'list' | 'read'>;

export interface OutboxHandlerOptions {
  onError?: (error: unknown) => void;
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
    serve(source, path, req, res).catch((error: unknown) => {
      onError(error);
      if (!res.headersSent) sendJson(req, res, 500, { error: 'internal' });
      else res.destroy();
    });
    return true;
  };
}
