import assert from 'node:assert/strict';
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test, type TestContext } from 'node:test';
import { parseAppConfig } from '../../../web/src/contracts/app-config.ts';
import { ROLES } from '../../../web/src/node/peers/roles.ts';
import { createHttpServer, HEADERS_TIMEOUT_MS, REQUEST_TIMEOUT_MS } from '../../../signaling-server/src/http-server.ts';
import type { SignalingServer } from '../../../signaling-server/src/server.ts';
import { connectRegistered, startServer, WAIT_MS } from './harness.ts';

interface Response {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** A raw request: the path is sent exactly as given (no URL normalisation), one connection per call. */
function get(server: SignalingServer, path: string, options: { method?: string; host?: string } = {}): Promise<Response> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port: server.port, path, method: options.method ?? 'GET', agent: false, timeout: WAIT_MS, headers: options.host ? { host: options.host } : {} },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
        res.on('error', reject);
      },
    );
    req.on('timeout', () => req.destroy(new Error('request timed out')));
    req.on('error', reject);
    req.end();
  });
}

describe('health and interface', () => {
  test('/healthz reports status, node count and uptime', async (t) => {
    let now = 1_000_000;
    const server = await startServer(t, { clock: () => now });
    await connectRegistered(t, server);
    now += 5_500;
    const res = await get(server, '/healthz');
    assert.equal(res.status, 200);
    assert.match(String(res.headers['content-type']), /^application\/json/);
    assert.deepEqual(JSON.parse(res.body), { status: 'ok', nodes: 1, uptimeSeconds: 5 });
  });

  test('/interface: 503 without an interface node, 200 naming one with it', async (t) => {
    const server = await startServer(t);
    await connectRegistered(t, server, ['miner']);
    const none = await get(server, '/interface', { host: 'localhost:8080' });
    assert.equal(none.status, 503);
    assert.deepEqual(JSON.parse(none.body), { error: 'no-interface-node', url: 'http://localhost:8080/' });

    const tab = await connectRegistered(t, server, ['interface', 'miner']);
    const found = await get(server, '/interface', { host: 'localhost:8080' });
    assert.equal(found.status, 200);
    assert.deepEqual(JSON.parse(found.body), { node: { id: tab.id, roles: ['interface', 'miner'] }, url: 'http://localhost:8080/' });

    const evil = await get(server, '/interface', { host: 'x"/><script>' });
    assert.equal(JSON.parse(evil.body).url, server.url, 'a strange Host header is not echoed');
  });

  test('/interface does not reflect an arbitrary Host header; configured allowed hosts are', async (t) => {
    const server = await startServer(t);
    const foreign = await get(server, '/interface', { host: 'attacker.example:8080' });
    assert.equal(JSON.parse(foreign.body).url, server.url, 'the server\'s own URL instead');
    const allowing = await startServer(t, { allowedHosts: ['tabmesh.test'] });
    const allowed = await get(allowing, '/interface', { host: 'tabmesh.test:8080' });
    assert.equal(JSON.parse(allowed.body).url, 'http://tabmesh.test:8080/');
    const other = await get(allowing, '/interface', { host: 'localhost:8080' });
    assert.equal(JSON.parse(other.body).url, allowing.url, 'the list replaces the loopback default');
  });

  test('/interface uses PUBLIC_URL when configured', async (t) => {
    const server = await startServer(t, { publicUrl: 'https://tabmesh.example.org/' });
    const res = await get(server, '/interface');
    assert.equal(JSON.parse(res.body).url, 'https://tabmesh.example.org/');
  });
});

describe('/metrics', () => {
  test('Prometheus text format with HELP, TYPE and every role', async (t) => {
    const server = await startServer(t);
    const node = await connectRegistered(t, server, ['interface', 'broker']);
    await node.socket.timeout(WAIT_MS).emitWithAck('bootstrap', { k: 0 });
    const res = await get(server, '/metrics');
    assert.equal(res.status, 200);
    assert.match(String(res.headers['content-type']), /^text\/plain; version=0\.0\.4/);
    assert.ok(res.body.endsWith('\n'));

    const types = new Map<string, string>();
    const samples = new Map<string, number>();
    for (const line of res.body.trimEnd().split('\n')) {
      const meta = /^# (HELP|TYPE) (\w+) (.+)$/.exec(line);
      if (meta) {
        if (meta[1] === 'TYPE') types.set(meta[2] ?? '', meta[3] ?? '');
        continue;
      }
      const sample = /^(\w+)(\{\w+="[^"\\]*"\})? (\d+(?:\.\d+)?)$/.exec(line);
      assert.ok(sample, `sample line parses: ${line}`);
      assert.ok(types.has(sample[1] ?? ''), `TYPE precedes ${line}`);
      samples.set((sample[1] ?? '') + (sample[2] ?? ''), Number(sample[3]));
    }
    assert.deepEqual(Object.fromEntries(types), {
      tabmesh_nodes: 'gauge',
      tabmesh_nodes_total: 'gauge',
      tabmesh_sockets: 'gauge',
      tabmesh_registrations_total: 'counter',
      tabmesh_signals_forwarded_total: 'counter',
      tabmesh_rejects_total: 'counter',
      tabmesh_sockets_refused_total: 'counter',
      tabmesh_sockets_dropped_total: 'counter',
      tabmesh_role_claims_refused_total: 'counter',
    });
    for (const role of ROLES) assert.ok(samples.has(`tabmesh_nodes{role="${role}"}`), role);
    assert.equal(samples.get('tabmesh_nodes{role="broker"}'), 1);
    assert.equal(samples.get('tabmesh_nodes{role="miner"}'), 0);
    for (const reason of ['address-cap', 'origin']) assert.equal(samples.get(`tabmesh_sockets_refused_total{reason="${reason}"}`), 0, reason);
    for (const reason of ['strikes', 'oversized-packet', 'register-deadline']) {
      assert.equal(samples.get(`tabmesh_sockets_dropped_total{reason="${reason}"}`), 0, reason);
    }
    for (const reason of ['unvouched', 'bad-proof']) assert.equal(samples.get(`tabmesh_role_claims_refused_total{reason="${reason}"}`), 0, reason);
    assert.equal(samples.get('tabmesh_sockets'), 1);
    assert.equal(samples.get('tabmesh_rejects_total{reason="malformed"}'), 1, 'k=0 was refused');
    assert.equal(samples.get('tabmesh_rejects_total{reason="replayed"}'), 0);
  });
});

describe('static files', () => {
  async function site(t: TestContext): Promise<{ server: SignalingServer; root: string }> {
    const base = await mkdtemp(join(tmpdir(), 'tabmesh-static-'));
    t.after(() => rm(base, { recursive: true, force: true }));
    const root = join(base, 'dist');
    await mkdir(join(root, 'assets'), { recursive: true });
    await writeFile(join(base, 'secret.txt'), 'TOP SECRET');
    await writeFile(join(root, 'index.html'), '<!doctype html><title>Tabmesh</title>');
    const files: Record<string, string> = {
      'assets/app-1a2b.js': 'console.log(1)',
      'style.css': 'body{}',
      'engine.wasm': '\0asm',
      'data.json': '{}',
      'icon.svg': '<svg/>',
      'logo.png': 'png',
      'model.bin.gz': 'gz',
      'assets/app-1a2b.js.map': '{}',
    };
    for (const [name, content] of Object.entries(files)) await writeFile(join(root, name), content);
    await symlink(join(base, 'secret.txt'), join(root, 'leak.txt'));
    return { server: await startServer(t, { staticDir: root }), root };
  }

  test('serves files with their content types and caching', async (t) => {
    const { server } = await site(t);
    const expected: Record<string, string> = {
      '/assets/app-1a2b.js': 'text/javascript',
      '/style.css': 'text/css',
      '/engine.wasm': 'application/wasm',
      '/data.json': 'application/json',
      '/icon.svg': 'image/svg+xml',
      '/logo.png': 'image/png',
      '/model.bin.gz': 'application/gzip',
      '/assets/app-1a2b.js.map': 'application/json',
    };
    for (const [path, type] of Object.entries(expected)) {
      const res = await get(server, path);
      assert.equal(res.status, 200, path);
      assert.ok(String(res.headers['content-type']).startsWith(type), `${path}: ${res.headers['content-type']}`);
    }
    assert.match(String((await get(server, '/assets/app-1a2b.js')).headers['cache-control']), /immutable/);
    const index = await get(server, '/');
    assert.equal(index.status, 200);
    assert.match(index.body, /<title>Tabmesh/);
    assert.equal(index.headers['cache-control'], 'no-cache');
    const head = await get(server, '/style.css', { method: 'HEAD' });
    assert.equal(head.status, 200);
    assert.equal(head.body, '');
  });

  test('SPA fallback for extension-less paths only; 404 otherwise', async (t) => {
    const { server } = await site(t);
    const deep = await get(server, '/peers/graph');
    assert.equal(deep.status, 200);
    assert.match(deep.body, /<title>Tabmesh/);
    assert.equal(deep.headers['cache-control'], 'no-cache');
    assert.equal((await get(server, '/missing.js')).status, 404);
    assert.equal((await get(server, '/socket.io/nothing')).status, 400, 'socket.io answers its own path');
    assert.equal((await get(server, '/healthz/extra')).status, 404);
    assert.equal((await get(server, '/', { method: 'POST' })).status, 405);
  });

  test('no path traversal, encoded or through a symlink', async (t) => {
    const { server } = await site(t);
    for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/..%2fsecret.txt', '/assets/..%2f..%2fsecret.txt', '/%2e%2e%5csecret.txt', '/leak.txt', '/..', '/%00', '/%zz']) {
      const res = await get(server, path);
      assert.ok(res.status === 404 || res.status === 400, `${path} → ${res.status}`);
      assert.ok(!res.body.includes('TOP SECRET'), path);
    }
  });

  test('/api/ is an API prefix: no SPA fallback', async (t) => {
    const { server } = await site(t);
    for (const path of ['/api', '/api/', '/api/outbox', '/api/outbox/1']) assert.equal((await get(server, path)).status, 404, path);
    assert.equal((await get(server, '/apiary')).status, 200, 'only the /api segment itself');
  });

  test('without a built app the paths are 404, the API still works', async (t) => {
    const server = await startServer(t, { staticDir: join(tmpdir(), 'tabmesh-no-such-dir-' + process.pid) });
    assert.equal((await get(server, '/')).status, 404);
    assert.equal((await get(server, '/healthz')).status, 200);
  });
});

describe('security headers and timeouts', () => {
  test('the app is served with a Content-Security-Policy, nosniff and a referrer policy', async (t) => {
    const root = await mkdtemp(join(tmpdir(), 'tabmesh-csp-'));
    t.after(() => rm(root, { recursive: true, force: true }));
    await writeFile(join(root, 'index.html'), '<!doctype html><title>Tabmesh</title>');
    const server = await startServer(t, { staticDir: root });
    for (const path of ['/', '/peers', '/missing.js', '/interface']) {
      const res = await get(server, path, { host: `localhost:${server.port}` });
      assert.equal(res.headers['x-content-type-options'], 'nosniff', path);
      assert.equal(res.headers['referrer-policy'], 'no-referrer', path);
    }
    const res = await get(server, '/', { host: `localhost:${server.port}` });
    const csp = String(res.headers['content-security-policy']);
    const directives = new Map(csp.split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name, values]));
    assert.deepEqual(directives.get('default-src'), ["'self'"]);
    assert.deepEqual(directives.get('script-src'), ["'self'", "'wasm-unsafe-eval'"], 'no inline scripts, no eval: only wasm compilation (OCR)');
    assert.deepEqual(directives.get('style-src'), ["'self'"]);
    assert.deepEqual(directives.get('frame-ancestors'), ["'none'"]);
    assert.deepEqual(directives.get('object-src'), ["'none'"]);
    assert.deepEqual(directives.get('connect-src'), ["'self'", `ws://localhost:${server.port}`, `wss://localhost:${server.port}`]);
    assert.deepEqual(directives.get('img-src'), ["'self'", 'blob:', 'data:']);
    assert.deepEqual(directives.get('worker-src'), ["'self'", 'blob:']);

    const foreign = await get(server, '/', { host: 'attacker.example' });
    assert.ok(!String(foreign.headers['content-security-policy']).includes('attacker.example'), 'connect-src is not widened by the Host header');
  });

  test('/config.json names where Opus-MT models are served, and the CSP lets the app fetch them', async (t) => {
    const opusMt = { url: 'https://models.example:8443/opus/', pairs: ['en-es', 'en-de'] };
    const server = await startServer(t, { appConfig: { opusMt } });
    const config = await get(server, '/config.json', { host: `localhost:${server.port}` });
    assert.deepEqual(parseAppConfig(JSON.parse(config.body)), { opusMt });
    const csp = String(config.headers['content-security-policy']);
    const connect = csp.split(';').map((d) => d.trim().split(/\s+/)).find(([name]) => name === 'connect-src')!;
    assert.ok(connect.includes('https://models.example:8443'), connect.join(' '));
    assert.deepEqual(parseAppConfig({ opusMt: { url: 'javascript:alert(1)', pairs: ['en-es'] } }), {}, 'only http(s) model servers');
    assert.deepEqual(parseAppConfig({ opusMt: { url: 'https://m.example/', pairs: ['en-xx', 'en-fr', 7] } }), { opusMt: { url: 'https://m.example/', pairs: ['en-fr'] } });
  });

  test('the HTTP server cuts slow headers and requests as soon as the relay does', () => {
    const http = createHttpServer(() => {});
    assert.equal(http.headersTimeout, HEADERS_TIMEOUT_MS);
    assert.equal(http.requestTimeout, REQUEST_TIMEOUT_MS);
    assert.ok(HEADERS_TIMEOUT_MS <= 10_000 && REQUEST_TIMEOUT_MS <= 10_000, 'no longer than web/src/host-node/ops-http.ts');
  });
});

describe('extra routes', () => {
  test('are asked first, for any method; false falls through to the built-in routes and files', async (t) => {
    const seen: string[] = [];
    const errors: unknown[] = [];
    const server = await startServer(t, {
      logger: { info: () => {}, warn: (_message, error) => errors.push(error) },
      extraRoutes: (req, res) => {
        seen.push(`${req.method} ${req.url}`);
        if (!req.url?.startsWith('/api/outbox')) return false;
        if (req.url === '/api/outbox/boom') throw new Error('handler failed');
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ handled: req.method }));
        return true;
      },
    });
    const listed = await get(server, '/api/outbox');
    assert.equal(listed.status, 200);
    assert.deepEqual(JSON.parse(listed.body), { handled: 'GET' });
    assert.deepEqual(JSON.parse((await get(server, '/api/outbox', { method: 'POST' })).body), { handled: 'POST' });
    assert.equal((await get(server, '/api/other')).status, 404, 'unhandled /api/ paths get no index.html');
    assert.equal((await get(server, '/healthz')).status, 200);
    assert.equal((await get(server, '/api/outbox/boom')).status, 500);
    assert.equal(String(errors), 'Error: handler failed', 'the failure is logged, the server carries on');
    assert.deepEqual(seen, ['GET /api/outbox', 'POST /api/outbox', 'GET /api/other', 'GET /healthz', 'GET /api/outbox/boom']);
  });
});
