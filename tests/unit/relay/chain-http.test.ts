/**
 * The chain read API over a real HTTP server (ops-http with the chain routes, a chain built by
 * hand): JSON answers never cached, bad input 400 and unknown 404 as JSON, images with their
 * sniffed type and an immutable cache header, 429 with Retry-After per client address on an
 * injected clock, refusals counted by reason; and ops-http's prefix routes beside exact ones.
 */
import { test, type TestContext } from 'node:test';
import assert from 'node:assert/strict';
import { startOpsHttp } from '../../../web/src/host-node/ops-http.ts';
import { imageKeyOf } from '../../../web/src/node/chain/image-check.ts';
import { PHOTOBLOCKS_CHAIN_ID } from '../../../web/src/node/chain/genesis.ts';
import { COIN, signTransfer } from '../../../web/src/node/chain/transfer.ts';
import { chainHttp, imageType, type ChainHttp } from '../../../relay/src/chain-http.ts';
import { ADDRESSES, childOf, extend, KEYS, testChain } from '../../support/chain-fixtures.ts';

const PNG = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);
const JPEG = Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 9, 9]);

async function served(t: TestContext, rate = 1000) {
  const { chain, images } = testChain();
  await extend(chain, images, 2);
  const transfer = signTransfer({ chainId: PHOTOBLOCKS_CHAIN_ID, to: ADDRESSES[1]!, amount: COIN, nonce: 0, timestamp: 5 }, KEYS[0]);
  await chain.submitBlock(childOf(chain, chain.tip(), images, { transfers: [transfer] }));
  const kept = new Map([PNG, JPEG, Uint8Array.of(1, 2, 3)].map((b) => [imageKeyOf(b), b]));
  const clock = { at: 1_000_000, now: () => clock.at };
  const api: ChainHttp = chainHttp({ chain, images: { readLocal: (key) => Promise.resolve(kept.get(key)) }, ratePerSecond: rate, clock });
  const http = await startOpsHttp({ host: '127.0.0.1', port: 0, routes: { '/healthz': () => ({ type: 'text/plain', body: 'ok' }), ...api.routes }, prefixRoutes: api.prefixRoutes });
  t.after(() => http.close());
  const base = `http://127.0.0.1:${http.port}`;
  return { chain, transfer, api, clock, base };
}

async function get(url: string, init?: RequestInit) {
  const res = await fetch(url, init);
  const bytes = new Uint8Array(await res.arrayBuffer());
  const text = new TextDecoder().decode(bytes);
  return { status: res.status, headers: res.headers, bytes, text, json: () => JSON.parse(text) as Record<string, unknown> };
}

test('the routes answer JSON that is never cached', async (t) => {
  const { chain, transfer, base } = await served(t);
  const head = await get(`${base}/chain/head`);
  assert.equal(head.status, 200);
  assert.equal(head.headers.get('content-type'), 'application/json; charset=utf-8');
  assert.equal(head.headers.get('cache-control'), 'no-store');
  assert.deepEqual(head.json(), { height: 3, hash: chain.tip().hash, work: chain.tip().work.toString(), bits: chain.tip().header.bits, timestamp: chain.tip().header.timestamp, label: 'cat' });

  const blocks = (await get(`${base}/chain/blocks?from=1&to=3`)).json();
  assert.deepEqual((blocks.blocks as { height: number }[]).map((b) => b.height), [1, 2, 3]);
  assert.equal(((await get(`${base}/chain/blocks?from=2`)).json().blocks as unknown[]).length, 2, 'to is optional');

  const tx = await get(`${base}/chain/tx/${transfer.hash}`);
  assert.equal(tx.status, 200);
  assert.deepEqual([tx.json().status, tx.json().height, tx.json().confirmations], ['confirmed', 3, 1]);
  const balance = (await get(`${base}/chain/balance/${ADDRESSES[1]}`)).json();
  assert.deepEqual(balance, { address: ADDRESSES[1], balance: COIN.toString(), nonce: 0, pending: 0, pendingSpend: '0' });
  assert.equal((await get(`${base}/chain/head`, { method: 'HEAD' })).status, 200);
  assert.equal((await get(`${base}/chain/head`, { method: 'POST' })).status, 405);
  assert.equal((await get(`${base}/healthz`)).text, 'ok', 'exact routes beside the chain ones');
});

test('bad input is 400 and unknown things 404, as JSON with the error code; refusals are counted', async (t) => {
  const { base, api } = await served(t);
  const bad = [
    '/chain/blocks',
    '/chain/blocks?from=',
    '/chain/blocks?from=-1',
    '/chain/blocks?from=1&to=x',
    '/chain/blocks?from=5&to=2',
    '/chain/tx/',
    '/chain/tx/123',
    `/chain/tx/${'ab'.repeat(32)}/more`,
    '/chain/balance/0x12',
    '/chain/balance/',
    '/chain/image/zz',
    `/chain/image/${'ab'.repeat(32)}.png`,
  ];
  for (const path of bad) {
    const r = await get(`${base}${path}`);
    assert.equal(r.status, 400, path);
    assert.equal(r.headers.get('content-type'), 'application/json; charset=utf-8', path);
    assert.equal(r.json().error, 'bad-field', path);
    assert.equal(typeof r.json().message, 'string', path);
  }
  for (const path of [`/chain/tx/${'ab'.repeat(32)}`, `/chain/image/${'cd'.repeat(32)}`]) {
    const r = await get(`${base}${path}`);
    assert.deepEqual([r.status, r.json().error], [404, 'not-found'], path);
  }
  assert.deepEqual(api.refused(), { 'rate-limited': 0, 'bad-field': bad.length, 'not-found': 2 });
  const outside = await get(`${base}/chain/nothing`);
  assert.deepEqual([outside.status, outside.text], [404, 'not found\n'], 'paths outside the routes stay plain 404');
  assert.equal((await get(`${base}/chain/tx`)).status, 404, 'a prefix route needs its slash');
});

test('images: bytes with the type their magic says, cached for good', async (t) => {
  const { base } = await served(t);
  for (const [bytes, type] of [[PNG, 'image/png'], [JPEG, 'image/jpeg'], [Uint8Array.of(1, 2, 3), 'application/octet-stream']] as const) {
    const r = await get(`${base}/chain/image/${imageKeyOf(bytes).toUpperCase()}`);
    assert.equal(r.status, 200);
    assert.equal(r.headers.get('content-type'), type);
    assert.equal(r.headers.get('cache-control'), 'public, max-age=31536000, immutable');
    assert.equal(r.headers.get('content-length'), String(bytes.length));
    assert.deepEqual(r.bytes, bytes);
  }
  assert.equal(imageType(PNG.subarray(0, 7)), 'application/octet-stream', 'a PNG signature cut short');
});

test('past its rate an address gets 429 with Retry-After until its bucket refills', async (t) => {
  const { base, api, clock } = await served(t, 2); // 2 per second: a burst of 4
  const statuses: number[] = [];
  for (let i = 0; i < 6; i++) statuses.push((await get(`${base}/chain/head`)).status);
  assert.deepEqual(statuses, [200, 200, 200, 200, 429, 429]);
  const refused = await get(`${base}/chain/balance/${ADDRESSES[0]}`);
  assert.equal(refused.status, 429, 'every chain route shares the budget');
  assert.equal(refused.headers.get('retry-after'), '1');
  assert.deepEqual(refused.json().error, 'rate-limited');
  assert.equal(api.refused()['rate-limited'], 3);
  assert.equal((await get(`${base}/healthz`)).status, 200, 'other routes are not limited');
  clock.at += 500; // one token back
  assert.deepEqual([(await get(`${base}/chain/head`)).status, (await get(`${base}/chain/head`)).status], [200, 429]);
});

test('ops-http: the longest prefix wins, the rest and the query reach the route, exact paths first', async (t) => {
  const seen: string[] = [];
  const route = (name: string) => (r: { path: string; rest: string; query: URLSearchParams; address: string | undefined }) => {
    seen.push(`${name} ${r.path} rest=${r.rest} q=${r.query.get('q') ?? ''} ${r.address === undefined ? 'no-address' : 'address'}`);
    return Promise.resolve({ type: 'text/plain', body: name });
  };
  const http = await startOpsHttp({ host: '127.0.0.1', port: 0, routes: { '/a/b/': route('exact') }, prefixRoutes: { '/a/': route('short'), '/a/b/': route('long') } });
  t.after(() => http.close());
  const base = `http://127.0.0.1:${http.port}`;
  for (const path of ['/a/x?q=1', '/a/b/c/d?q=2', '/a/b/']) await get(`${base}${path}`);
  assert.deepEqual(seen, ['short /a/x rest=x q=1 address', 'long /a/b/c/d rest=c/d q=2 address', 'exact /a/b/ rest= q= address']);
  const failing = await startOpsHttp({ host: '127.0.0.1', port: 0, routes: {}, prefixRoutes: { '/x/': () => Promise.reject(new Error('boom')) }, onError: () => {} });
  t.after(() => failing.close());
  assert.equal((await get(`http://127.0.0.1:${failing.port}/x/1`)).status, 500, 'a route that fails is a 500');
});
