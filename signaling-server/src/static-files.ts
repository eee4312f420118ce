/**
 * Serves the built web app from one directory: content types, index.html for '/', SPA fallback
 * for extension-less paths, and nothing outside the directory (symlinks included).
 */
import { createReadStream } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, resolve, sep } from 'node:path';

export const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.gz': 'application/gzip',
  '.woff2': 'font/woff2',
};
const DEFAULT_CONTENT_TYPE = 'application/octet-stream';
const INDEX_FILE = 'index.html';
/** Vite puts content-hashed files under /assets/: a changed file gets a new name, so cache forever. */
const HASHED_ASSETS_PREFIX = '/assets/';
const IMMUTABLE_CACHE = 'public, max-age=31536000, immutable';

export interface StaticRequest {
  /** The URL path as received, still percent-encoded. */
  rawPath: string;
  /** Whether an unknown extension-less path gets index.html (false for API prefixes). */
  spaFallback: boolean;
}

export async function serveStatic(req: IncomingMessage, res: ServerResponse, root: string, request: StaticRequest): Promise<void> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(request.rawPath);
  } catch {
    return sendText(res, 400, 'bad path encoding');
  }
  // resolveInside() confines every path to the root anyway; these are refused outright.
  if (decoded.includes('\0') || decoded.includes('\\') || decoded.split('/').some((s) => s === '..' || s === '.')) {
    return sendText(res, 404, 'not found');
  }
  const relative = decoded.endsWith('/') ? decoded + INDEX_FILE : decoded;
  const file = await resolveInside(root, relative);
  if (file !== undefined) return sendFile(req, res, file, relative);
  const lastSegment = decoded.slice(decoded.lastIndexOf('/') + 1);
  if (request.spaFallback && extname(lastSegment) === '') {
    const index = await resolveInside(root, '/' + INDEX_FILE);
    if (index !== undefined) return sendFile(req, res, index, '/' + INDEX_FILE);
  }
  return sendText(res, 404, 'not found');
}

/** The regular file at `relative` under `root`, or undefined if absent or outside root. */
async function resolveInside(root: string, relative: string): Promise<string | undefined> {
  try {
    const realRoot = await realpath(root);
    const candidate = resolve(realRoot, '.' + relative);
    if (!isInside(realRoot, candidate)) return undefined;
    const real = await realpath(candidate);
    if (!isInside(realRoot, real)) return undefined;
    return (await stat(real)).isFile() ? real : undefined;
  } catch {
    return undefined;
  }
}

function isInside(root: string, path: string): boolean {
  return path.startsWith(root.endsWith(sep) ? root : root + sep);
}

async function sendFile(req: IncomingMessage, res: ServerResponse, file: string, urlPath: string): Promise<void> {
  const size = (await stat(file)).size;
  const isIndex = urlPath.endsWith('/' + INDEX_FILE);
  res.writeHead(200, {
    'content-type': CONTENT_TYPES[extname(file).toLowerCase()] ?? DEFAULT_CONTENT_TYPE,
    'content-length': size,
    'cache-control': !isIndex && urlPath.startsWith(HASHED_ASSETS_PREFIX) ? IMMUTABLE_CACHE : 'no-cache',
    'x-content-type-options': 'nosniff',
  });
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  const stream = createReadStream(file);
  stream.on('error', () => res.destroy());
  stream.pipe(res);
}

export function sendText(res: ServerResponse, status: number, text: string): void {
  const body = text + '\n';
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', 'content-length': Buffer.byteLength(body) });
  res.end(body);
}
