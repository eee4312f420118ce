/**
 * Gossip across real tabs, and the mesh without its signaling server: 24 tabs subscribe to one
 * data type and validate what they get (as the Gossip page does with auto-validate on); an
 * announce reaches every other tab. Then the server stops: announces still reach everyone, a tab
 * whose neighbours all but one close finds new ones with offers and answers carried by the mesh,
 * and when a server comes back on the same port every tab registers again without a reload.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { startSignalingServer, type SignalingServer } from '../../signaling-server/src/server.ts';
import { useServerAndBrowser } from './fixture.ts';
import { crashTabs } from './crash.ts';
import { formatReport, openTabs, swarmReport, tabInfo, waitFor, waitForMesh } from './harness.ts';

const TABS = 24;
const MIN_OPEN_CHANNELS = 4;
const DATA_TYPE = 4242;
const fixture = useServerAndBrowser();

interface Received {
  messageId: string;
  text: string;
  hops: number;
}

/** Subscribes the tab to DATA_TYPE, validating every notification; they are kept for received(). */
async function subscribe(page: Page): Promise<void> {
  await page.evaluate((dataType) => {
    const api = window.tabmesh!;
    const got: Received[] = [];
    (globalThis as unknown as { gossipTest: Received[] }).gossipTest = got;
    api.gossip.subscribe(dataType, (n) => {
      got.push({ messageId: n.messageId, text: new TextDecoder().decode(n.data), hops: n.hops });
      api.gossip.validate(n.id, true);
    });
  }, DATA_TYPE);
}

async function received(page: Page): Promise<Received[]> {
  return page.evaluate(() => (globalThis as unknown as { gossipTest: Received[] }).gossipTest);
}

async function announce(page: Page, text: string): Promise<string> {
  return page.evaluate(([dataType, data]) => window.tabmesh!.gossip.announce(0, dataType, new TextEncoder().encode(data)), [DATA_TYPE, text] as const);
}

/** Waits until every page but `from` has the message; returns the hop counts. */
async function everyoneGets(pages: Page[], from: Page, messageId: string, what: string): Promise<number[]> {
  const others = pages.filter((p) => p !== from);
  return waitFor(
    what,
    async () => {
      const all = await Promise.all(others.map(received));
      const hops = all.map((list) => list.find((r) => r.messageId === messageId)?.hops);
      return hops.every((h) => h !== undefined) ? (hops as number[]) : undefined;
    },
    // After half the swarm closes, a tab may take a few probe rounds to be reconnected.
    60_000,
    250,
  );
}

/** The pages `from` reaches over open links now, itself included (a breadth-first walk of their neighbour lists). */
async function componentOf(pages: Page[], from: Page): Promise<Page[]> {
  const infos = await Promise.all(pages.map(tabInfo));
  const byId = new Map(infos.map((info, i) => [info.id, i]));
  const start = pages.indexOf(from);
  const seen = new Set([start]);
  const queue = [start];
  while (queue.length > 0) {
    for (const id of infos[queue.shift()!]!.neighbours) {
      const j = byId.get(id);
      if (j !== undefined && !seen.has(j)) {
        seen.add(j);
        queue.push(j);
      }
    }
  }
  return pages.filter((_, i) => seen.has(i));
}

interface SignalCounts {
  meshOffers: number;
  meshAnswers: number;
  serverOffers: number;
  forwarded: number;
}

async function signalCounts(page: Page): Promise<SignalCounts> {
  return page.evaluate(() => {
    const { signals, meshSignals } = window.tabmesh!.debug();
    return { meshOffers: signals.sent.mesh.offer, meshAnswers: signals.sent.mesh.answer, serverOffers: signals.sent.server.offer, forwarded: meshSignals.forwarded };
  });
}

test('tabs crashed without a word (renderer killed) are dropped by their neighbours, who re-link; gossip still reaches everyone', async () => {
  const { server, browser } = fixture();
  const context = await browser.newContext();
  try {
    let pages = await openTabs(context, server.url, 12);
    await waitForMesh(pages, MIN_OPEN_CHANNELS, 60_000);
    for (const page of pages) await subscribe(page);
    const victim = pages[0]!;
    const before = await tabInfo(victim);
    const infos = await Promise.all(pages.map(tabInfo));
    // Two of the victim's neighbours die at once, with no bye: only failed probes tell.
    const doomedIds = before.neighbours.slice(0, 2);
    const doomed = pages.filter((_, i) => doomedIds.includes(infos[i]!.id));
    pages = pages.filter((p) => !doomed.includes(p));
    await crashTabs(doomed, pages);
    const report = await waitFor(
      'every survivor to drop the dead and be back at the minimum degree, in one component',
      async () => {
        const r = await swarmReport(pages);
        const dead = r.infos.some((i) => i.neighbours.some((n) => doomedIds.includes(n)));
        return !dead && r.degree.min >= MIN_OPEN_CHANNELS && r.components === 1 ? r : undefined;
      },
      90_000,
      1_000,
    );
    console.log(`after 2 crashes: ${formatReport(report)}`);
    const messageId = await announce(victim, 'after the crash');
    await everyoneGets(pages, victim, messageId, 'every survivor to get the announce made after the crash');
  } finally {
    await context.close();
  }
});

test(`${TABS} tabs gossip with and without the signaling server; links are signaled through the mesh while it is down; tabs re-register when it returns`, async () => {
  const { server, browser } = fixture();
  let restarted: SignalingServer | undefined;
  const context = await browser.newContext();
  try {
    let pages = await openTabs(context, server.url, TABS);
    const formed = await waitForMesh(pages, MIN_OPEN_CHANNELS, 60_000);
    console.log(formatReport(formed));
    await Promise.all(pages.map(subscribe));

    // 1. With the server up: one announce reaches every other tab.
    const first = await announce(pages[0]!, 'with the server');
    const hops1 = await everyoneGets(pages, pages[0]!, first, 'every tab to get the first announce');
    console.log(`first announce: max ${Math.max(...hops1)} hops`);

    // 2. The server stops; gossip needs none of it.
    await server.close();
    await waitFor('every tab to see the server gone', async () => (await Promise.all(pages.map(tabInfo))).every((i) => i.signaling !== 'registered'), 15_000);
    const second = await announce(pages[1]!, 'without the server');
    const hops2 = await everyoneGets(pages, pages[1]!, second, 'every tab to get the announce made without the server');
    console.log(`second announce (server down): max ${Math.max(...hops2)} hops`);

    // 3. A tab loses all its neighbours but one; it finds new ones through the mesh.
    const victim = pages[2]!;
    const before = await tabInfo(victim);
    const [kept, ...doomed] = before.neighbours;
    assert.ok(kept !== undefined && doomed.length >= MIN_OPEN_CHANNELS - 1, `the victim has ${before.degree} neighbours`);
    const infos = await Promise.all(pages.map(tabInfo));
    const closing = pages.filter((_, i) => doomed.includes(infos[i]!.id));
    pages = pages.filter((p) => !closing.includes(p));
    const countsBefore = await Promise.all(pages.map(signalCounts));
    const victimBefore = await signalCounts(victim);
    await Promise.all(closing.map((p) => p.close()));
    // Half the swarm closes at once and the dead stay in views and tables until they age out, so
    // some dials wait out their timeout: ask for a working degree, not the full target, here.
    const recoveredDegree = MIN_OPEN_CHANNELS;
    const recovered = await waitFor(
      `the victim to get back to ${recoveredDegree} neighbours with the server down`,
      async () => {
        const info = await tabInfo(victim);
        return info.degree >= recoveredDegree && info.signaling !== 'registered' ? info : undefined;
      },
      90_000,
      500,
    );
    const fresh = recovered.neighbours.filter((id) => !before.neighbours.includes(id));
    const victimAfter = await signalCounts(victim);
    const viaMesh = victimAfter.meshOffers - victimBefore.meshOffers + (victimAfter.meshAnswers - victimBefore.meshAnswers);
    console.log(
      `victim: ${before.degree} neighbours, ${doomed.length} closed, back to ${recovered.degree} (${fresh.length} new) with ${victimAfter.meshOffers - victimBefore.meshOffers} offers and ${victimAfter.meshAnswers - victimBefore.meshAnswers} answers through the mesh`,
    );
    assert.ok(fresh.length >= recoveredDegree - 1, `${fresh.length} new neighbours`);
    assert.ok(viaMesh >= fresh.length, `every new link of the victim was signaled through the mesh (${viaMesh} signals for ${fresh.length} links)`);
    assert.equal(victimAfter.serverOffers, victimBefore.serverOffers, 'nothing went to the absent server');
    const countsAfter = await Promise.all(pages.map(signalCounts));
    const forwarded = countsAfter.reduce((sum, c, i) => sum + c.forwarded - countsBefore[i]!.forwarded, 0);
    const meshOffers = countsAfter.reduce((sum, c, i) => sum + c.meshOffers - countsBefore[i]!.meshOffers, 0);
    console.log(`while the server was down: ${meshOffers} offers through the mesh, ${forwarded} signals forwarded by tabs`);
    assert.ok(forwarded > 0, 'tabs carried signals for others');
    const rejected = await Promise.all(pages.map((p) => p.evaluate(() => window.tabmesh!.debug().rejectedSignals)));
    for (const counts of rejected) for (const code of ['bad-signature', 'id-mismatch', 'bad-id']) assert.equal(counts[code] ?? 0, 0, code);

    // Still gossiping, across all the victim can reach. With the server down nothing can rejoin
    // a part of the mesh that the mass close cut off (no common neighbour to signal through), so
    // the delivery is asked of the victim's component, and the split is reported.
    const component = await componentOf(pages, victim);
    console.log(`after the churn: the victim's component holds ${component.length} of the ${pages.length} remaining tabs`);
    assert.ok(component.length > recoveredDegree, `the victim reaches ${component.length} tabs`);
    const third = await announce(victim, 'after the churn');
    await everyoneGets(component, victim, third, "every tab of the victim's component to get the announce made after the churn");

    // 4. A server on the same port: every tab registers again, no reload.
    restarted = await startSignalingServer({ port: server.port, host: '127.0.0.1', staticDir: 'dist', iceServers: [] });
    const back = restarted;
    await waitFor(
      'every tab to register with the new server',
      async () => (await Promise.all(pages.map(tabInfo))).every((i) => i.signaling === 'registered') && back.metrics().nodesTotal === pages.length,
      30_000,
      500,
    );
    // A reload would have lost what the page kept since the start.
    for (const list of await Promise.all(pages.map(received))) assert.ok(list.length >= 2, 'the same pages, not reloaded');
  } finally {
    await context.close();
    await restarted?.close();
  }
});
