import { test, type TestContext } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, request } from 'node:http';
import { createOutboxHandler, type OutboxSource } from '../../../../scripts/dev/mail-sink/index.ts';
import type { OutboxHandlerOptions } from '../../../../scripts/dev/mail-sink/outbox-http.ts';
import { OUTBOX_LIST_LIMIT, parseOutboxList, parseOutboxMessage, type OutboxEntry } from '../../../../web/src/contracts/outbox.ts';
import { client, startSink, tempDir } from './harness.ts';

/** A node:http server on port 0 that mounts the handler and answers 418 for anything else. */
async function serve(t: TestContext, source: OutboxSource, options: OutboxHandlerOptions = {}): Promise<number> {
  const handler = createOutboxHandler(source, options);
  const server = createServer((req, res) => {
    if (handler(req, res)) return;
    res.writeHead(418).end('not mine');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  t.after(() => new Promise<void>((resolve) => server.close(() => resolve())));
  const address = server.address();
  return typeof address === 'object' && address !== null ? address.port : 0;
}

/** A raw GET: the path goes on the wire exactly as given (fetch would normalise `..`). */
function get(port: number, path: string, method = 'GET', headers: Record<string, string> = {}): Promise<{ status: number; body: string; type: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method, headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () =>
        resolve({
          status: res.statusCode ?? 0,
          body: Buffer.concat(chunks).toString('utf8'),
          type: String(res.headers['content-type'] ?? ''),
        }),
      );
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

test('list and read over HTTP from a real sink', async (t) => {
  const sink = await startSink(t, { dir: await tempDir(t) });
  const mail = client(sink.port);
  await mail.sendMail({ from: 'noreply@tabmesh.local', to: 'a@example.org', subject: 'first', text: 'one' });
  await mail.sendMail({ from: 'noreply@tabmesh.local', to: 'b@example.org', subject: 'zweite Nachricht ✔', text: 'zwei ✔' });
  const port = await serve(t, sink);

  const listed = await get(port, '/api/outbox');
  assert.equal(listed.status, 200);
  assert.match(listed.type, /^application\/json/);
  const list = parseOutboxList(JSON.parse(listed.body));
  assert.ok(list);
  assert.equal(list.total, 2);
  assert.deepEqual(
    list.messages.map((m) => [m.subject, m.envelope.to]),
    [
      ['zweite Nachricht ✔', ['b@example.org']],
      ['first', ['a@example.org']],
    ],
  );

  const id = list.messages[0]?.id ?? '';
  const one = await get(port, `/api/outbox/${id}?cache=bust`);
  assert.equal(one.status, 200);
  const message = parseOutboxMessage(JSON.parse(one.body));
  assert.ok(message);
  assert.equal(message.id, id);
  assert.equal(message.subject, 'zweite Nachricht ✔');
  assert.deepEqual(message.envelope, { from: 'noreply@tabmesh.local', to: ['b@example.org'] });
  assert.equal(message.text, 'zwei ✔');

  const head = await get(port, '/api/outbox', 'HEAD');
  assert.equal(head.status, 200);
  assert.equal(head.body, '');
});

test('traversal and malformed ids get 400, unknown ids 404, other paths are not handled', async (t) => {
  const sink = await startSink(t, { dir: await tempDir(t) });
  const port = await serve(t, sink);
  const badIds = [
    '/api/outbox/',
    '/api/outbox/../../etc/passwd',
    '/api/outbox/..%2F..%2Fetc%2Fpasswd',
    '/api/outbox/%2e%2e',
    '/api/outbox/..',
    '/api/outbox/1700000000000-deadbeef/../x',
    '/api/outbox/1700000000000-deadbeef.eml',
    '/api/outbox/1700000000000-deadbeef%00',
    '/api/outbox//etc/passwd',
    '/api/outbox/1700000000000-DEADBEEF',
  ];
  for (const path of badIds) {
    const answer = await get(port, path);
    assert.equal(answer.status, 400, path);
    assert.deepEqual(JSON.parse(answer.body), { error: 'bad-id' }, path);
  }
  const unknown = await get(port, '/api/outbox/1700000000000-deadbeef');
  assert.equal(unknown.status, 404);
  assert.deepEqual(JSON.parse(unknown.body), { error: 'not-found' });

  for (const path of ['/api/outboxes', '/api', '/', '/outbox', '/API/outbox']) {
    assert.equal((await get(port, path)).status, 418, path);
  }
  const post = await get(port, '/api/outbox', 'POST');
  assert.equal(post.status, 405);
});

test('the list is capped at OUTBOX_LIST_LIMIT and a failing source answers 500', async (t) => {
  const entries: OutboxEntry[] = Array.from({ length: OUTBOX_LIST_LIMIT + 50 }, (_, i) => ({
    id: `${String(1_700_000_000_000 + i).padStart(13, '0')}-0000000${i % 10}`,
    receivedAt: 1_700_000_000_000 + i,
    envelope: { from: 'a@example.org', to: ['b@example.org'] },
    subject: `s${i}`,
    size: 10,
  })).reverse();
  const port = await serve(t, { list: async () => entries, read: async () => undefined });
  const list = parseOutboxList(JSON.parse((await get(port, '/api/outbox')).body));
  assert.equal(list?.messages.length, OUTBOX_LIST_LIMIT);
  assert.equal(list?.total, OUTBOX_LIST_LIMIT + 50);
  assert.equal(list?.messages[0]?.subject, `s${OUTBOX_LIST_LIMIT + 49}`);

  const errors: unknown[] = [];
  const failing = createOutboxHandler(
    { list: () => Promise.reject(new Error('disk gone')), read: () => Promise.reject(new Error('disk gone')) },
    { onError: (e) => errors.push(e) },
  );
  const server = createServer((req, res) => void failing(req, res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    const address = server.address();
    const failingPort = typeof address === 'object' && address !== null ? address.port : 0;
    const answer = await get(failingPort, '/api/outbox');
    assert.equal(answer.status, 500);
    assert.deepEqual(JSON.parse(answer.body), { error: 'internal' });
    assert.equal(errors.length, 1);
  } finally {
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
});

test('the outbox is for this machine only: a proxied or remote request gets 403 unless it has the token', async (t) => {
  const empty: OutboxSource = { list: async () => [], read: async () => undefined };
  const refused: string[] = [];
  const port = await serve(t, empty, { token: 'op-secret', onRefused: (reason) => refused.push(reason) });
  assert.equal((await get(port, '/api/outbox')).status, 200, 'from loopback, directly');
  const proxied = await get(port, '/api/outbox', 'GET', { 'x-forwarded-for': '203.0.113.9' });
  assert.equal(proxied.status, 403);
  assert.deepEqual(JSON.parse(proxied.body), { error: 'outbox-local-only' });
  assert.equal((await get(port, '/api/outbox/1700000000000-0123abcd', 'GET', { forwarded: 'for=203.0.113.9' })).status, 403);
  assert.equal((await get(port, '/api/outbox', 'GET', { 'x-forwarded-for': '203.0.113.9', authorization: 'Bearer op-secret' })).status, 200);
  assert.equal((await get(port, '/api/outbox', 'GET', { 'x-forwarded-for': '203.0.113.9', authorization: 'Bearer wrong' })).status, 403);
  assert.deepEqual(refused, ['not-local', 'not-local', 'not-local']);

  // A request from another host's address, handed to the handler as node:http would.
  const handler = createOutboxHandler(empty);
  let status = 0;
  const res = { headersSent: false, writeHead: (s: number) => ((status = s), res), end: () => res, setHeader: () => res };
  const remote = { url: '/api/outbox', method: 'GET', headers: {}, socket: { remoteAddress: '192.0.2.7' } };
  assert.equal(handler(remote as never, res as never), true);
  assert.equal(status, 403, 'no token configured: only this machine');
});
