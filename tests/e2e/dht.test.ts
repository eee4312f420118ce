/**
 * The Chord DHT across real tabs: 16 tabs form one ring (every tab's successor is the next id
 * clockwise); a value put in one tab is read in every other; closing the key's successor and the
 * two tabs after it leaves it readable (r = 4); so does crashing the next two holders without a
 * word (renderer killed, no leave); a 1 MB image put as content comes back bit-exact.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { useServerAndBrowser } from './fixture.ts';
import { crashTabs } from './crash.ts';
import { formatReport, openTabs, tabInfo, waitFor, waitForMesh } from './harness.ts';

const TABS = 16;
const MIN_OPEN_CHANNELS = 4;
const IMAGE_BYTES = 1_000_000;
const fixture = useServerAndBrowser();

async function successorOf(page: Page): Promise<string | undefined> {
  return page.evaluate(() => window.tabmesh!.dht.ring().successors[0]);
}

async function predecessorOf(page: Page): Promise<string | undefined> {
  return page.evaluate(() => window.tabmesh!.dht.ring().predecessor);
}

/**
 * Every tab's first successor is the next tab id clockwise; with `predecessors`, every tab's
 * predecessor is the previous one as well. A tab decides which keys are its own by its
 * predecessor, which it learns only once that predecessor's link to it is open and has notified
 * it — a moment after the successors are right. Until then it takes the keys of a newcomer just
 * before it (the put would land beside the true successor), so a put that checks where the value
 * lands waits for both.
 */
async function waitForRing(pages: Page[], timeoutMs: number, options: { predecessors?: boolean } = {}): Promise<void> {
  const ids = (await Promise.all(pages.map(tabInfo))).map((i) => i.id);
  const sorted = [...ids].sort();
  const expected = ids.map((id) => sorted[(sorted.indexOf(id) + 1) % sorted.length]);
  const before = ids.map((id) => sorted[(sorted.indexOf(id) + sorted.length - 1) % sorted.length]);
  await waitFor(
    `the ${pages.length} tabs to form one ring${options.predecessors ? ', predecessors included' : ''}`,
    async () =>
      (await Promise.all(pages.map(successorOf))).every((s, i) => s === expected[i]) &&
      (!options.predecessors || (await Promise.all(pages.map(predecessorOf))).every((p, i) => p === before[i])),
    timeoutMs,
    500,
  );
}

async function getText(page: Page, key: string): Promise<{ text: string; hops: number; node: string } | { error: string }> {
  return page.evaluate(async (k) => {
    try {
      const r = await window.tabmesh!.dht.get(k);
      return { text: new TextDecoder().decode(r.value), hops: r.hops, node: r.node };
    } catch (e) {
      return { error: (e as { code?: string }).code ?? String(e) };
    }
  }, key);
}

/** Every page reads `text` under `key` (retrying while the ring repairs itself); returns the hop counts. */
async function everyoneReads(pages: Page[], key: string, text: string, what: string): Promise<number[]> {
  return Promise.all(
    pages.map(async (page) => {
      let last: unknown;
      try {
        const got = await waitFor(what, async () => {
          const r = await getText(page, key);
          last = r;
          return 'text' in r && r.text === text ? { hops: r.hops } : undefined;
        }, 60_000, 500);
        return got.hops;
      } catch (e) {
        const ring = await page.evaluate(() => window.tabmesh!.dht.ring());
        throw new Error(`${String(e)}; last answer ${JSON.stringify(last)}; ring ${JSON.stringify(ring)}`, { cause: e });
      }
    }),
  );
}

test(`${TABS} tabs: one ring, put in one tab read in all, survives its successor and two more closing and two holders crashing, 1 MB content bit-exact`, async () => {
  const { server, browser } = fixture();
  const context = await browser.newContext();
  try {
    let pages = await openTabs(context, server.url, TABS);
    console.log(formatReport(await waitForMesh(pages, MIN_OPEN_CHANNELS, 60_000)));
    await waitForRing(pages, 90_000, { predecessors: true });

    // 1. Put in one tab, read in every other.
    const writer = pages[0]!;
    const key = await writer.evaluate(() => window.tabmesh!.dht.keyOf('e2e: a value'));
    const put = await writer.evaluate(async (k) => {
      const r = await window.tabmesh!.dht.put(k, new TextEncoder().encode('bonjour from tab 0'), { ttl: 600 });
      return { node: r.node, hops: r.hops, copies: r.copies };
    }, key);
    assert.equal(put.copies, 4, 'the successor and 3 replicas hold it');
    const hops = await everyoneReads(pages.slice(1), key, 'bonjour from tab 0', 'every tab to read the value');
    console.log(`put stored on ${put.node.slice(0, 8)} in ${put.hops} hops; reads took ${Math.min(...hops)}–${Math.max(...hops)} hops`);
    const infos = await Promise.all(pages.map(tabInfo));
    assert.equal(put.node, [...infos.map((i) => i.id)].sort().find((id) => id >= key) ?? [...infos.map((i) => i.id)].sort()[0], 'stored on the true successor');

    // 2. Close the key's successor and the two tabs after it on the ring.
    const sorted = infos.map((i) => i.id).sort();
    const first = sorted.indexOf(put.node);
    const doomedIds = [0, 1, 2].map((k) => sorted[(first + k) % sorted.length]!);
    const doomed = pages.filter((_, i) => doomedIds.includes(infos[i]!.id));
    pages = pages.filter((p) => !doomed.includes(p));
    await Promise.all(doomed.map((p) => p.close()));
    await waitForRing(pages, 90_000);
    await everyoneReads(pages, key, 'bonjour from tab 0', 'every remaining tab to read the value after three ring neighbours closed');

    // 2b. Once replication has restored r = 4 copies, crash two holders: no leave, no handoff.
    const holders = async (): Promise<string[]> =>
      (await Promise.all(pages.map(async (p) => ((await p.evaluate((k) => window.tabmesh!.dht.records().some((r) => r.key === k), key)) ? (await tabInfo(p)).id : undefined)))).filter(
        (id): id is string => id !== undefined,
      );
    const copies = await waitFor('four copies of the value again', async () => {
      const held = await holders();
      return held.length >= 4 ? held : undefined;
    }, 60_000, 1_000);
    const crashIds = [...copies].sort().slice(0, 2);
    const crashInfos = await Promise.all(pages.map(tabInfo));
    const crashing = pages.filter((_, i) => crashIds.includes(crashInfos[i]!.id));
    pages = pages.filter((p) => !crashing.includes(p));
    await crashTabs(crashing, pages);
    await waitForRing(pages, 120_000);
    await everyoneReads(pages, key, 'bonjour from tab 0', 'every remaining tab to read the value after two holders crashed');

    // 3. 1 MB of image bytes as content: chunks and a manifest, every chunk verified on the way back.
    const [a, b] = [pages[0]!, pages[pages.length - 1]!];
    const stored = await a.evaluate(async (size) => {
      const bytes = new Uint8Array(size);
      for (let i = 0; i < size; i += 65536) crypto.getRandomValues(bytes.subarray(i, Math.min(size, i + 65536)));
      bytes.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]); // a PNG signature, as an uploaded image starts
      let progressCalls = 0;
      const key = await window.tabmesh!.dht.putContent(bytes, { onProgress: () => void progressCalls++ });
      const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
      return { key, hex: [...digest].map((x) => x.toString(16).padStart(2, '0')).join(''), progressCalls };
    }, IMAGE_BYTES);
    assert.equal(stored.key, stored.hex, 'the content key is SHA-256 of the bytes');
    assert.ok(stored.progressCalls >= 20, `progress reported per chunk (${stored.progressCalls})`);
    const read = await b.evaluate(async (key) => {
      const bytes = await window.tabmesh!.dht.getContent(key);
      const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>));
      return { length: bytes.length, hex: [...digest].map((x) => x.toString(16).padStart(2, '0')).join('') };
    }, stored.key);
    assert.deepEqual(read, { length: IMAGE_BYTES, hex: stored.hex });
  } finally {
    await context.close();
  }
});
