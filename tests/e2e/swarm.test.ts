import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatReport, openTabs, swarmReport, tabInfo, waitFor, waitForMesh } from './harness.ts';
import { useServerAndBrowser } from './fixture.ts';

const TABS = 24;
const MIN_OPEN_CHANNELS = 4;
const fixture = useServerAndBrowser();

test(`${TABS} tabs form one connected mesh; RTT and throughput are measured; a closed tab is pruned; a reload keeps its id`, async () => {
  const { server, browser } = fixture();
  const context = await browser.newContext();
  try {
    const pages = await openTabs(context, server.url, TABS);
    const formed = await waitForMesh(pages, MIN_OPEN_CHANNELS, 60_000);
    assert.equal(formed.components, 1);
    assert.equal(new Set(formed.infos.map((i) => i.id)).size, TABS, 'every tab has its own identity');

    // RTT: probes run on their own; wait until every tab has measured every open neighbour.
    const probed = await waitFor(
      'RTT measured on every open link',
      async () => {
        const report = await swarmReport(pages);
        const all = report.infos.every((i) => i.peers.filter((p) => p.link === 'open').every((p) => p.latencyMs !== undefined && p.srttMs !== undefined));
        return all ? report : undefined;
      },
      30_000,
      500,
    );
    console.log(formatReport(probed));

    // Throughput: each of a few tabs moves real bytes to and from one neighbour.
    for (const page of pages.slice(0, 4)) {
      const result = await page.evaluate(async () => {
        const api = window.tabmesh!;
        const neighbour = api.peers().find((p) => p.link === 'open')!;
        const measured = await api.measureThroughput(neighbour.id, { bytes: 1024 * 1024 });
        const row = api.peers().find((p) => p.id === neighbour.id)!;
        return { measured, row };
      });
      assert.ok(result.measured.downBps > 1e5 && result.measured.upBps > 1e5, `throughput ${JSON.stringify(result.measured)}`);
      assert.equal(result.row.downBps, result.measured.downBps, 'recorded in the peer table');
    }

    // A closed tab disappears from its neighbours' tables.
    const victim = pages[TABS - 1]!;
    const victimInfo = await tabInfo(victim);
    const neighbours = pages.filter((_, i) => i < TABS - 1);
    await victim.close();
    await waitFor(
      'the closed tab to be pruned from every table',
      async () => {
        const infos = await Promise.all(neighbours.map(tabInfo));
        return infos.every((i) => !i.peers.some((p) => p.id === victimInfo.id && p.source === 'measured'));
      },
      20_000,
      250,
    );

    // A reload keeps the tab's identity (its Web Lock slot comes back).
    const reloaded = pages[0]!;
    const before = await tabInfo(reloaded);
    await reloaded.reload();
    await reloaded.waitForFunction(() => window.tabmesh !== undefined, undefined, { timeout: 30_000 });
    const after = await tabInfo(reloaded);
    assert.equal(after.id, before.id);
    await waitFor('the reloaded tab to rejoin', async () => (await tabInfo(reloaded)).degree >= 1, 30_000);
  } finally {
    await context.close();
  }
});
