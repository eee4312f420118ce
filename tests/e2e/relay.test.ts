/**
 * The relay end to end: the real relay process (TURN, mesh peer, mail) beside the real signaling
 * server and the dev SMTP sink, real Chromium tabs. Relay-only tabs form a mesh whose every link
 * goes through the relay; a tab talks to the relay peer; a translation tab's mail lands in the
 * sink; expired and forged TURN credentials are refused; and coturn with the same shared secret
 * carries relay-only tabs too.
 */
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { loadRelayConfig } from '../../relay/src/config.ts';
import { createOutboxHandler, startSmtpSink } from '../../scripts/dev/mail-sink/index.ts';
import { RELAY_ROLES, startRelay, type Relay } from '../../relay/src/relay.ts';
import { ATTR, attribute, encodeRequestedTransport, METHOD, mintTurnCredential, TRANSPORT_UDP } from '../../relay/src/turn/index.ts';
import { startSignalingServer, type SignalingServer } from '../../signaling-server/src/server.ts';
import { registerRelay, startCoturn } from '../support/fake-relay.ts';
import { errorCode, TestTurnClient } from '../unit/relay/turn/client.ts';
import { launchBrowser, openTabs, swarmReport, tabInfo, TEST_RELAY_ADDRESS as ADDRESS, testRelayEnv, waitFor } from './harness.ts';
import { recordPeerConnections, selectedPairs } from './peer-connections.ts';
import { CourseClient } from '../interop/course-client.ts';
import { CourseDhtClient } from '../support/course-dht-client.ts';

const SECRET = 'e2e-relay-secret-0123456789';
const MAIL_FROM = 'Tabmesh E2E <relay@tabmesh.test>';
const RELAY_ONLY_TABS = 12;
const MIN_OPEN_CHANNELS = 4;

let dataDir = '';
let sink: Awaited<ReturnType<typeof startSmtpSink>> | undefined;
let server: SignalingServer | undefined;
let relay: Relay | undefined;
let browser: Browser | undefined;

before(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'tabmesh-e2e-relay-'));
  sink = await startSmtpSink({ dir: join(dataDir, 'mail'), port: 0 });
  const outbox = createOutboxHandler(sink);
  server = await startSignalingServer({ port: 0, host: '127.0.0.1', staticDir: 'dist', turnSecret: SECRET, extraRoutes: outbox });
  const config = loadRelayConfig({
    ...testRelayEnv({ signalingUrl: server.url, dataDir: join(dataDir, 'relay-data'), smtpPort: sink.port, mailFrom: MAIL_FROM }),
    // Mail goes to this test's sink only: any tab announcing translation may send (as under npm start).
    MAIL_ALLOWED_SENDERS: '*',
  });
  relay = await startRelay({ ...config, secret: SECRET });
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close().catch(() => undefined);
  await relay?.close().catch(() => undefined);
  await server?.close().catch(() => undefined);
  await sink?.close().catch(() => undefined);
  await rm(dataDir, { recursive: true, force: true });
  // @roamhq/wrtc keeps the process alive for seconds after its peers close and can abort while
  // tearing down: leave once everything here is closed, with the tests' own exit code.
  setTimeout(() => process.exit(process.exitCode ?? 0), 100).unref();
});

test(`${RELAY_ONLY_TABS} relay-only tabs form one mesh, every link relayed by the relay`, async () => {
  const context = await browser!.newContext();
  await recordPeerConnections(context);
  try {
    const relayedBefore = relay!.snapshot().turn.relayedBytes;
    const pages = await openTabs(context, `${server!.url}?relay=only`, RELAY_ONLY_TABS);
    const report = await waitFor(
      `every relay-only tab to reach ${MIN_OPEN_CHANNELS} open channels in one component`,
      async () => {
        const r = await swarmReport(pages);
        return r.degree.min >= MIN_OPEN_CHANNELS && r.components === 1 ? r : undefined;
      },
      90_000,
      500,
    );
    console.log(`relay-only mesh: degree min ${report.degree.min} mean ${report.degree.mean.toFixed(1)} max ${report.degree.max}`);
    for (const page of pages) {
      const pairs = await selectedPairs(page);
      assert.ok(pairs.length >= MIN_OPEN_CHANNELS);
      for (const pair of pairs) {
        assert.equal(pair.policy, 'relay');
        assert.equal(pair.localType, 'relay', 'this end relayed');
      }
      // Tab to tab both ends are relayed; only a link to the relay peer itself (not relay-only)
      // may end at the relay's own address.
      const toRelayPeer = (await tabInfo(page)).neighbours.includes(relay!.id) ? 1 : 0;
      assert.ok(pairs.filter((p) => p.remoteType !== 'relay').length <= toRelayPeer, 'remote ends relayed');
    }
    // Data moves: one throughput test per tab pair sample, all through the relay.
    const moved = await pages[0]!.evaluate(async () => {
      const api = window.tabmesh!;
      const neighbour = api.peers().find((p) => p.link === 'open' && !p.roles.includes('relay'))!;
      return api.measureThroughput(neighbour.id, { bytes: 512 * 1024 });
    });
    assert.ok(moved.downBps > 0 && moved.upBps > 0);
    const relayed = relay!.snapshot().turn.relayedBytes - relayedBefore;
    assert.ok(relayed > 2 * 512 * 1024, `the relay's TURN server relayed ${relayed} bytes`);
  } finally {
    await context.close();
  }
});

test('a tab exchanges frames with the relay peer, and the relay lists the tab', async () => {
  const context = await browser!.newContext();
  try {
    const [page] = await openTabs(context, server!.url, 1);
    const tab = await tabInfo(page!);
    const rtt = await page!.evaluate(async (relayId) => {
      const api = window.tabmesh!;
      await api.connect(relayId);
      return api.ping(relayId);
    }, relay!.id);
    assert.ok(rtt >= 0 && rtt < 1_000, `ping ${rtt} ms`);
    const row = (await tabInfo(page!)).peers.find((p) => p.id === relay!.id);
    assert.deepEqual(row?.roles, [...RELAY_ROLES]);
    assert.equal(row?.link, 'open');
    await waitFor('the relay to list the tab as a measured neighbour', () => relay!.node.table.get(tab.id)?.source === 'measured', 10_000);
  } finally {
    await context.close();
  }
});

test('a translation tab mails through the relay into the sink with the right envelope; others are refused', async () => {
  const context = await browser!.newContext();
  try {
    const pages = await openTabs(context, server!.url, 2);
    const translator = pages[0]!;
    const plain = pages[1]!;
    const before = (await sink!.list()).length;
    // A tab just opened may not have heard of any relay yet ('unknown-peer'): wait until both have.
    for (const page of pages) {
      await waitFor('the tab to know the relay', () => page.evaluate(() => window.tabmesh!.relays().length > 0), 10_000);
    }
    const refused = await plain.evaluate(async () => {
      try {
        await window.tabmesh!.sendMail({ to: 'reader@example.com', subject: 'x', text: 'y' });
        return 'sent';
      } catch (error) {
        return (error as { code?: string }).code ?? String(error);
      }
    });
    assert.equal(refused, 'not-allowed');
    await translator.evaluate(async () => {
      const api = window.tabmesh!;
      await api.setRoles(['interface', 'translation']);
    });
    await waitFor('the relay to see the translation role', () => {
      const entries = relay!.node.table.entries();
      return entries.some((e) => e.roles.includes('translation'));
    }, 10_000);
    await translator.evaluate(async () => {
      await window.tabmesh!.sendMail({ to: 'reader@example.com', subject: 'Your translation', text: 'Hola, mundo' });
    });
    const messages = await waitFor('the mail in the sink', async () => {
      const list = await sink!.list();
      return list.length > before ? list : undefined;
    }, 10_000);
    const mail = messages.find((m) => m.subject === 'Your translation');
    assert.ok(mail, 'the sink holds the mail');
    assert.deepEqual(mail.envelope.to, ['reader@example.com']);
    assert.equal(mail.envelope.from, 'relay@tabmesh.test');
    const outbox = (await (await fetch(new URL('api/outbox', server!.url))).json()) as { messages: { id: string }[] };
    assert.ok(outbox.messages.some((m) => m.id === mail.id), 'the Outbox API lists it');
  } finally {
    await context.close();
  }
});

test("the relay's TURN refuses expired and forged credentials", async () => {
  const udp = attribute(ATTR.requestedTransport, encodeRequestedTransport(TRANSPORT_UDP));
  const now = Date.now();
  const valid = mintTurnCredential(SECRET, 'a'.repeat(64), 600, now);
  const expired = mintTurnCredential(SECRET, 'b'.repeat(64), 60, now - 120_000);
  const forged = mintTurnCredential('not-the-secret', 'c'.repeat(64), 600, now);
  const outcomes: Record<string, number | null> = {};
  for (const [name, creds] of Object.entries({ valid, expired, forged })) {
    const client = await TestTurnClient.udp(relay!.turnPort, ADDRESS);
    try {
      client.credentials = { username: creds.username, password: creds.credential };
      const answer = await client.request(METHOD.allocate, [udp]);
      outcomes[name] = answer.cls === 'success' ? 200 : errorCode(answer);
    } finally {
      client.close();
    }
  }
  assert.deepEqual(outcomes, { valid: 200, expired: 401, forged: 401 });
});

test('coturn with the same shared secret carries two relay-only tabs', async () => {
  const coturn = await startCoturn({ secret: SECRET, address: ADDRESS, minPort: 49_300, maxPort: 49_400 });
  const coturnServer = await startSignalingServer({ port: 0, host: '127.0.0.1', staticDir: 'dist', turnSecret: SECRET });
  const fake = await registerRelay(coturnServer.url, [`turn:${ADDRESS}:${coturn.port}?transport=udp`], SECRET);
  const context = await browser!.newContext();
  await recordPeerConnections(context);
  try {
    const pages = await openTabs(context, `${coturnServer.url}?relay=only`, 2);
    const [a, b] = await Promise.all(pages.map(tabInfo));
    await waitFor('the two tabs to link through coturn', async () => (await tabInfo(pages[0]!)).neighbours.includes(b!.id), 60_000, 250);
    for (const page of pages) {
      const pairs = await selectedPairs(page);
      assert.ok(pairs.length >= 1);
      for (const pair of pairs) {
        assert.equal(pair.localType, 'relay');
        assert.ok(pair.localRelayPort! >= coturn.minPort && pair.localRelayPort! <= coturn.maxPort, `relayed port ${pair.localRelayPort} is coturn's`);
      }
    }
    const rtt = await pages[1]!.evaluate((peer) => window.tabmesh!.ping(peer), a!.id);
    assert.ok(rtt >= 0 && rtt < 1_000);
  } finally {
    await context.close();
    fake.close();
    await coturnServer.close();
    await coturn.stop();
  }
});

test("the relay's course gossip API: a TCP client gets a tab's announce, a tab gets the client's, garbage cuts off only its sender", async () => {
  const DATA_TYPE = 777;
  const context = await browser!.newContext();
  const clients: CourseClient[] = [];
  try {
    const pages = await openTabs(context, server!.url, 3);
    // Every tab subscribes and validates; one tab links to the relay so rumours cross both ways.
    for (const page of pages) {
      await page.evaluate((dataType) => {
        const w = window as unknown as { __got: string[] };
        w.__got = [];
        window.tabmesh!.gossip.subscribe(dataType, (n) => {
          w.__got.push(new TextDecoder().decode(n.data));
          window.tabmesh!.gossip.validate(n.id, true);
        });
      }, DATA_TYPE);
    }
    await pages[0]!.evaluate((relayId) => window.tabmesh!.connect(relayId), relay!.id);
    const port = relay!.gossipApiPort!;
    const a = await CourseClient.connect(ADDRESS, port);
    const b = await CourseClient.connect(ADDRESS, port);
    const garbage = await CourseClient.connect(ADDRESS, port);
    clients.push(a, b, garbage);
    a.notify(DATA_TYPE);
    b.notify(DATA_TYPE);
    await waitFor('both subscriptions at the gateway', () => (relay!.gossipApiStats()?.subscriptions ?? 0) >= 2, 5_000, 25);

    // A tab announces; both TCP clients are notified and validate.
    await pages[2]!.evaluate((dataType) => window.tabmesh!.gossip.announce(0, dataType, new TextEncoder().encode('from a tab')), DATA_TYPE);
    for (const client of [a, b]) {
      const n = await within(client.nextNotification(), 20_000, 'a notification at the TCP client');
      assert.equal(n.dataType, DATA_TYPE);
      assert.equal(n.data.toString(), 'from a tab');
      client.validate(n.messageId, true);
    }

    // Garbage from a third client closes that client only.
    garbage.write(Buffer.from([0x00, 0x02, 0xff, 0xff]));
    await within(garbage.closed, 5_000, 'the garbage client to be cut off');

    // Client A announces: every tab gets it, B gets it, A does not (no echo).
    a.announce(DATA_TYPE, Buffer.from('from tcp'));
    await waitFor('every tab to get the TCP client\'s announce', async () => {
      const got = await Promise.all(pages.map((p) => p.evaluate(() => (window as unknown as { __got: string[] }).__got)));
      return got.every((g) => g.includes('from tcp'));
    }, 20_000, 250);
    const atB = await within(b.nextNotification(), 10_000, 'B to get A\'s announce');
    assert.equal(atB.data.toString(), 'from tcp');
    b.validate(atB.messageId, true);
    assert.equal(a.pending, 0, 'an ANNOUNCE never comes back to its sender');
  } finally {
    for (const client of clients) await client.close().catch(() => undefined);
    await context.close();
  }
});

test("the relay's course DHT API: a TCP client's PUT is read in a tab, a tab's put is read by the TCP client", async () => {
  const context = await browser!.newContext();
  let client: CourseDhtClient | undefined;
  try {
    const pages = await openTabs(context, server!.url, 4);
    await pages[0]!.evaluate((relayId) => window.tabmesh!.connect(relayId), relay!.id);
    // One ring: the relay and every tab each have a successor, and the tabs' ids plus the relay's close the ring.
    const ids = [relay!.id, ...(await Promise.all(pages.map(tabInfo))).map((i) => i.id)].sort();
    const next = (id: string) => ids[(ids.indexOf(id) + 1) % ids.length];
    await waitFor('the tabs and the relay to form one ring', async () => {
      const tabs = await Promise.all(pages.map((p) => p.evaluate(() => [window.tabmesh!.id, window.tabmesh!.dht.ring().successors[0]])));
      return tabs.every(([id, s]) => s === next(id!)) && relay!.dht.ring().successors[0] === next(relay!.id);
    }, 90_000, 500);
    client = await CourseDhtClient.connect(relay!.dhtApiPort!, ADDRESS);

    const fromTcp = Buffer.alloc(32, 0x5a);
    client.put(fromTcp, Buffer.from('put over TCP'), 120, 3);
    const read = await waitFor('a tab to read the TCP client\'s value', async () => {
      const r = await pages[3]!.evaluate(async (k) => {
        try {
          const got = await window.tabmesh!.dht.get(k);
          return { text: new TextDecoder().decode(got.value), owner: got.owner };
        } catch {
          return undefined;
        }
      }, fromTcp.toString('hex'));
      return r;
    }, 30_000, 250);
    assert.deepEqual(read, { text: 'put over TCP', owner: relay!.id }, 'values put through the gateway are owned by the relay');

    const key = await pages[1]!.evaluate(async () => {
      const k = window.tabmesh!.dht.keyOf('from a tab');
      await window.tabmesh!.dht.put(k, new TextEncoder().encode('put in a tab'));
      return k;
    });
    // The ring may still be moving keys after the put; a FAILURE then is asked again, within a bound.
    const dhtClient = client;
    const answer = await waitFor('SUCCESS for the tab\'s key', async () => {
      const a = await within(dhtClient.get(Buffer.from(key, 'hex')), 20_000, 'the GET answer');
      return a.found ? a : undefined;
    }, 30_000, 250);
    assert.ok(answer.found, 'SUCCESS for the tab\'s key');
    assert.equal(answer.value.toString(), 'put in a tab');
    const missing = await within(client.get(Buffer.alloc(32, 0x01)), 20_000, 'the GET answer for a missing key');
    assert.equal(missing.found, false, 'FAILURE for a key nobody put');
  } finally {
    await client?.close().catch(() => undefined);
    await context.close();
  }
});

function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return Promise.race([
    promise.finally(() => clearTimeout(timer)),
    new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms waiting for ${what}`)), ms);
    }),
  ]);
}
