/**
 * Relay choice in real tabs: two real TURN servers (relay/src/turn) announced by two relay
 * identities, credentials minted by the signaling server. Every tab measures both, shows them on
 * the Peers page, uses exactly one — and moves to the other when the one in use goes away. Then
 * two tabs restricted to relayed candidates (?relay=only) connect through TURN and move data.
 */
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { networkInterfaces } from 'node:os';
import { after, before, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import type { Socket } from 'socket.io-client';
import { startTurnServer, type TurnServer } from '../../relay/src/turn/index.ts';
import type { RelayRow } from '../../web/src/node/api.ts';
import type { Identity } from '../../web/src/node/peers/identity.ts';
import { startSignalingServer, type SignalingServer } from '../../signaling-server/src/server.ts';
import { launchBrowser, openTabs, tabInfo, TEST_TURN_ALLOCATIONS_PER_ADDRESS, TEST_TURN_PEER_RANGES, waitFor } from './harness.ts';
import { recordPeerConnections, selectedPairs } from './peer-connections.ts';
import { registerRelay } from '../support/fake-relay.ts';

/** Inside scripts/in-netns.ts the veth end is 10.77.0.1; elsewhere the first external IPv4, if any. */
function turnAddress(): string | undefined {
  if (process.env['TABMESH_NETNS'] === '1') return '10.77.0.1';
  for (const addresses of Object.values(networkInterfaces())) {
    for (const a of addresses ?? []) if (a.family === 'IPv4' && !a.internal) return a.address;
  }
  return undefined;
}

const ADDRESS = turnAddress();
const SECRET = randomBytes(24).toString('base64url');
/** Tabs re-measure every 2 s here instead of every minute. */
const REMEASURE_S = 2;

interface FakeRelay {
  identity: Identity;
  socket: Socket;
  turn: TurnServer;
}

let server: SignalingServer | undefined;
let browser: Browser | undefined;
const relays: FakeRelay[] = [];

async function registerTurn(url: string, turn: TurnServer): Promise<FakeRelay> {
  const registered = await registerRelay(url, [`turn:${ADDRESS}:${turn.port}?transport=udp`], SECRET);
  return { identity: registered.identity, socket: registered.socket, turn };
}

before(async () => {
  if (ADDRESS === undefined) return;
  server = await startSignalingServer({ port: 0, host: '127.0.0.1', staticDir: 'dist', turnSecret: SECRET });
  for (let i = 0; i < 2; i++) {
    const turn = await startTurnServer({
      port: 0,
      host: '0.0.0.0',
      relayAddress: ADDRESS,
      secret: SECRET,
      allowLoopbackPeers: true,
      allowedPeerRanges: TEST_TURN_PEER_RANGES,
      maxAllocationsPerAddress: TEST_TURN_ALLOCATIONS_PER_ADDRESS,
    });
    relays.push(await registerTurn(server.url, turn));
  }
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close().catch(() => undefined);
  for (const relay of relays) {
    relay.socket.disconnect();
    await relay.turn.close().catch(() => undefined);
  }
  await server?.close().catch(() => undefined);
});

function relayRows(page: Page): Promise<RelayRow[]> {
  return page.evaluate(async () => (await window.tabmeshReady!).relays());
}

/** Both relays measured, exactly one in use. */
function settled(rows: RelayRow[]): boolean {
  return rows.length === 2 && rows.every((r) => r.state === 'ok' && r.rttMs !== undefined) && rows.filter((r) => r.inUse).length === 1;
}

test('every tab measures both relays and uses one; when its TURN server goes away the tabs move to the other', { skip: ADDRESS === undefined && 'no non-loopback IPv4 address for TURN' }, async () => {
  const context = await browser!.newContext();
  try {
    const pages = await openTabs(context, `${server!.url}?relayRemeasure=${REMEASURE_S}#peers`, 2);
    const ids = new Set(relays.map((r) => r.identity.id));
    for (const page of pages) {
      const rows = await waitFor('both relays measured, one in use', async () => {
        const current = await relayRows(page);
        return settled(current) ? current : undefined;
      }, 30_000);
      console.log(`relays: ${rows.map((r) => `${r.id.slice(0, 8)} ${r.rttMs?.toFixed(2)} ms${r.inUse ? " (in use)" : ""}`).join(", ")}`);
      assert.deepEqual(new Set(rows.map((r) => r.id)), ids);
      assert.ok(rows[0]!.rttMs! <= rows[1]!.rttMs!, 'lowest RTT first');
      for (const row of rows) assert.ok(row.rttMs! > 0 && row.rttMs! < 1_000, `plausible RTT ${row.rttMs}`);
      // The Peers page shows them, with the badge on the one in use (rendering trails the API a little).
      await waitFor('the Relays section to show both, the badge on the relay in use', async () => {
        const shown = await page.locator('tm-relays-table tr[data-relay]').evaluateAll((trs) =>
          trs.map((tr) => ({ id: tr.getAttribute('data-relay'), badge: tr.querySelector('.badge') !== null, text: tr.textContent ?? '' })),
        );
        const inUse = (await relayRows(page)).find((r) => r.inUse)?.id;
        const badged = shown.filter((r) => r.badge);
        return shown.length === 2 && badged.length === 1 && badged[0]!.id === inUse && shown.every((r) => /\d ms/.test(r.text) && r.text.includes('ok'));
      }, 10_000);
    }

    // The TURN server of the relay the first tab uses goes away.
    const used = (await relayRows(pages[0]!)).find((r) => r.inUse)!.id;
    const dead = relays.find((r) => r.identity.id === used)!;
    const alive = relays.find((r) => r.identity.id !== used)!;
    await dead.turn.close();
    for (const page of pages) {
      const rows = await waitFor('the tab to move to the other relay', async () => {
        const current = await relayRows(page);
        const deadRow = current.find((r) => r.id === dead.identity.id);
        const aliveRow = current.find((r) => r.id === alive.identity.id);
        return deadRow?.state === 'unreachable' && aliveRow?.inUse === true ? current : undefined;
      }, 40_000);
      assert.equal(rows.filter((r) => r.inUse).length, 1);
      assert.deepEqual(rows.map((r) => r.id), [alive.identity.id, dead.identity.id], 'the unreachable one last');
    }
  } finally {
    await context.close();
  }
});

test('two tabs with ?relay=only connect through TURN and exchange a ping and 1 MiB', { skip: ADDRESS === undefined && 'no non-loopback IPv4 address for TURN' }, async () => {
  const context = await browser!.newContext();
  await recordPeerConnections(context);
  try {
    const relayedBefore = relays.reduce((sum, r) => sum + safeRelayedBytes(r.turn), 0);
    const pages = await openTabs(context, `${server!.url}?relay=only&relayRemeasure=${REMEASURE_S}`, 2);
    const [a, b] = await Promise.all(pages.map(tabInfo));
    await waitFor('the two relay-only tabs to link', async () => {
      const infos = await Promise.all(pages.map(tabInfo));
      return infos[0]!.neighbours.includes(b!.id) && infos[1]!.neighbours.includes(a!.id);
    }, 60_000, 250);

    for (const page of pages) {
      const links = await selectedPairs(page);
      assert.ok(links.length >= 1, 'a connected peer connection');
      for (const link of links) {
        assert.equal(link.policy, 'relay');
        assert.equal(link.localType, 'relay', 'the selected pair is relayed on this side');
        assert.equal(link.remoteType, 'relay', 'and on the other');
        assert.ok(link.servers.some((s) => String(s.urls).startsWith('turn:') && typeof s.username === 'string'), 'a minted TURN credential');
      }
    }

    const result = await pages[0]!.evaluate(async (peer) => {
      const api = window.tabmesh!;
      const rtt = await api.ping(peer);
      const throughput = await api.measureThroughput(peer, { bytes: 1024 * 1024 });
      return { rtt, throughput };
    }, b!.id);
    assert.ok(result.rtt >= 0 && result.rtt < 1_000, `ping ${result.rtt} ms`);
    assert.equal(result.throughput.bytes, 1024 * 1024);
    assert.ok(result.throughput.downBps > 0 && result.throughput.upBps > 0, JSON.stringify(result.throughput));
    const relayed = relays.reduce((sum, r) => sum + safeRelayedBytes(r.turn), 0) - relayedBefore;
    assert.ok(relayed > 2 * 1024 * 1024, `the TURN servers relayed ${relayed} bytes (1 MiB each way, via each side's relay)`);
  } finally {
    await context.close();
  }
});

/** A closed TURN server still reports its counters. */
function safeRelayedBytes(turn: TurnServer): number {
  try {
    return turn.stats().relayedBytes;
  } catch {
    return 0;
  }
}
