/**
 * The LibreTranslate engine against a tiny fake LibreTranslate server on port 0: the request it
 * sends, success, HTTP errors, malformed answers, the deadline (on a virtual clock), aborts,
 * an unreachable server, pair discovery and configuration from the environment.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { LibreTranslateEngine, LibreTranslateError, libreTranslateConfig, type LibreTranslateErrorCode } from '../../../web/src/engines/libretranslate.ts';
import { VirtualClock } from '../../support/virtual-clock.ts';

interface Seen {
  method: string | undefined;
  url: string | undefined;
  contentType: string | undefined;
  body: unknown;
}

type Handler = (req: IncomingMessage, res: ServerResponse, body: string) => void;

let server: Server;
let base: string;
let handler: Handler = (_req, res) => res.end();
const seen: Seen[] = [];
let received: () => void = () => {};

before(async () => {
  server = createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => (body += chunk));
    req.on('end', () => {
      let parsed: unknown = body;
      try {
        parsed = JSON.parse(body);
      } catch {}
      seen.push({ method: req.method, url: req.url, contentType: req.headers['content-type'], body: parsed });
      received();
      handler(req, res, body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/lt/`;
});

after(() => {
  server.closeAllConnections();
  server.close();
});

function reply(status: number, body: string, headers: Record<string, string> = { 'content-type': 'application/json' }): Handler {
  return (_req, res) => {
    res.writeHead(status, headers);
    res.end(body);
  };
}

function isCode(code: LibreTranslateErrorCode) {
  return (error: unknown): boolean => {
    assert.ok(error instanceof LibreTranslateError, `not a LibreTranslateError: ${String(error)}`);
    assert.equal(error.code, code, error.message);
    return true;
  };
}

test('success: POSTs {q, source, target, format, api_key} as JSON to <url>/translate and returns translatedText', async () => {
  seen.length = 0;
  handler = reply(200, JSON.stringify({ translatedText: 'Salida de emergencia' }));
  const engine = new LibreTranslateEngine({ url: base, apiKey: 'k3y' });
  assert.equal(engine.name, 'libretranslate');
  assert.equal(engine.quality, 'sentence');
  assert.deepEqual(await engine.translate('Emergency exit', 'en', 'es'), { text: 'Salida de emergencia', engine: 'libretranslate', quality: 'sentence' });
  assert.deepEqual(seen, [{ method: 'POST', url: '/lt/translate', contentType: 'application/json', body: { q: 'Emergency exit', source: 'en', target: 'es', format: 'text', api_key: 'k3y' } }]);
});

test('a base URL without a trailing slash still resolves under its path; no key sends an empty api_key', async () => {
  seen.length = 0;
  handler = reply(200, JSON.stringify({ translatedText: 'Sortie' }));
  const engine = new LibreTranslateEngine({ url: base.slice(0, -1) });
  assert.equal((await engine.translate('Exit', 'en', 'fr')).text, 'Sortie');
  assert.equal(seen[0]?.url, '/lt/translate');
  assert.equal((seen[0]?.body as Record<string, unknown>).api_key, '');
});

test('an HTTP error is http-error with the status and the server’s reason', async () => {
  handler = reply(403, JSON.stringify({ error: 'Invalid API key' }));
  const engine = new LibreTranslateEngine({ url: base, apiKey: 'wrong' });
  await assert.rejects(engine.translate('Exit', 'en', 'es'), (error: unknown) => {
    isCode('http-error')(error);
    assert.equal((error as LibreTranslateError).status, 403);
    assert.match((error as Error).message, /HTTP 403: Invalid API key/);
    return true;
  });
  handler = reply(500, '<html>oops</html>', { 'content-type': 'text/html' });
  await assert.rejects(engine.translate('Exit', 'en', 'es'), (error: unknown) => isCode('http-error')(error) && (error as LibreTranslateError).status === 500);
});

test('a malformed answer is bad-response: not JSON, no translatedText, translatedText not a string', async () => {
  const engine = new LibreTranslateEngine({ url: base });
  for (const body of ['not json at all', '{"translatedText":', JSON.stringify({ translation: 'Salida' }), JSON.stringify({ translatedText: 42 }), JSON.stringify(['Salida']), 'null']) {
    handler = reply(200, body);
    await assert.rejects(engine.translate('Exit', 'en', 'es'), isCode('bad-response'), body);
  }
});

test('no answer within the deadline is timeout (virtual clock), and the request is abandoned', async () => {
  const clock = new VirtualClock();
  let closed = false;
  handler = (req) => {
    req.socket.once('close', () => (closed = true));
  };
  const arrived = new Promise<void>((resolve) => (received = resolve));
  const engine = new LibreTranslateEngine({ url: base, timeoutMs: 5_000, clock });
  const pending = engine.translate('Exit', 'en', 'es');
  pending.catch(() => {});
  await arrived;
  await clock.advance(4_999);
  await clock.advance(1);
  await assert.rejects(pending, isCode('timeout'));
  for (let i = 0; i < 100 && !closed; i++) await new Promise((r) => setTimeout(r, 10));
  assert.ok(closed, 'the connection was closed when the deadline passed');
  received = () => {};
});

test('an aborted caller signal is aborted, before or during the request', async () => {
  const engine = new LibreTranslateEngine({ url: base });
  const early = new AbortController();
  early.abort();
  await assert.rejects(engine.translate('Exit', 'en', 'es', { signal: early.signal }), isCode('aborted'));
  handler = () => {};
  const late = new AbortController();
  const arrived = new Promise<void>((resolve) => (received = resolve));
  const pending = engine.translate('Exit', 'en', 'es', { signal: late.signal });
  pending.catch(() => {});
  await arrived;
  late.abort();
  await assert.rejects(pending, isCode('aborted'));
  received = () => {};
});

test('a server that is not there is unreachable', async () => {
  const closed = createServer();
  await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
  const port = (closed.address() as AddressInfo).port;
  await new Promise<void>((resolve) => closed.close(() => resolve()));
  const engine = new LibreTranslateEngine({ url: `http://127.0.0.1:${port}/` });
  await assert.rejects(engine.translate('Exit', 'en', 'es'), isCode('unreachable'));
});

test('pairs: all pairs among the text languages by default, or the configured ones; others are refused without a request', async () => {
  assert.equal(new LibreTranslateEngine({ url: base }).pairs().length, 20);
  const engine = new LibreTranslateEngine({ url: base, pairs: ['en-es'] });
  assert.deepEqual(engine.pairs(), ['en-es']);
  seen.length = 0;
  await assert.rejects(engine.translate('Exit', 'en', 'de'), isCode('unsupported-pair'));
  await assert.rejects(engine.translate('x'.repeat(5_001), 'en', 'es'), isCode('too-long'));
  assert.deepEqual(await engine.translate('  ', 'en', 'es'), { text: '  ', engine: 'libretranslate', quality: 'sentence' });
  assert.equal(seen.length, 0);
});

test('discoverPairs reads GET <url>/languages and keeps the pairs among the text languages', async () => {
  seen.length = 0;
  handler = reply(
    200,
    JSON.stringify([
      { code: 'en', name: 'English', targets: ['es', 'fr', 'ja', 'en'] },
      { code: 'es', name: 'Spanish', targets: ['en'] },
      { code: 'ja', name: 'Japanese', targets: ['en'] },
      { nonsense: true },
    ]),
  );
  const engine = new LibreTranslateEngine({ url: base });
  assert.deepEqual(await engine.discoverPairs(), ['en-es', 'en-fr', 'es-en']);
  assert.deepEqual(seen.map((s) => [s.method, s.url]), [['GET', '/lt/languages']]);
  handler = reply(200, JSON.stringify({ not: 'a list' }));
  await assert.rejects(engine.discoverPairs(), isCode('bad-response'));
});

test('configuration: LIBRETRANSLATE_URL, _API_KEY, _TIMEOUT_MS, _PAIRS; bad values are bad-config', () => {
  assert.equal(libreTranslateConfig({}), undefined);
  assert.equal(libreTranslateConfig({ LIBRETRANSLATE_URL: '  ' }), undefined);
  assert.deepEqual(libreTranslateConfig({ LIBRETRANSLATE_URL: 'https://lt.example/', LIBRETRANSLATE_API_KEY: 'k', LIBRETRANSLATE_TIMEOUT_MS: '2500', LIBRETRANSLATE_PAIRS: 'en-es, en-fr' }), {
    url: 'https://lt.example/',
    apiKey: 'k',
    timeoutMs: 2500,
    pairs: ['en-es', 'en-fr'],
  });
  assert.throws(() => libreTranslateConfig({ LIBRETRANSLATE_URL: 'ftp://lt.example/' }), isCode('bad-config'));
  assert.throws(() => libreTranslateConfig({ LIBRETRANSLATE_URL: 'not a url' }), isCode('bad-config'));
  assert.throws(() => libreTranslateConfig({ LIBRETRANSLATE_URL: 'http://x/', LIBRETRANSLATE_TIMEOUT_MS: '0' }), isCode('bad-config'));
  assert.throws(() => libreTranslateConfig({ LIBRETRANSLATE_URL: 'http://x/', LIBRETRANSLATE_PAIRS: 'en-xx' }), isCode('bad-config'));
  assert.throws(() => new LibreTranslateEngine({ url: 'http://x/', timeoutMs: 0 }), isCode('bad-config'));
});
