/**
 * Photoblocks in six real tabs with the real model: two miners at once, then one chain; the mesh
 * cut in two halves (a test hook drops and refuses links across the cut), a fork on each side,
 * then healed onto the branch with the most work; blocks with a weak hash, an unrecoverable
 * signature, a double spend or a label the model does not see refused by every tab; a tab opened
 * last syncs the whole chain.
 */
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import type { BlockView } from '../../web/src/node/chain/app.ts';
import { CHAIN_BLOCK_DATA_TYPE } from '../../web/src/node/chain/messages.ts';
import { craftFlawed, type Flaw } from './chain-blocks.ts';
import { useServerAndBrowser } from './fixture.ts';
import { openTabs, waitFor, waitForMesh } from './harness.ts';

const fixture = useServerAndBrowser();
const SPREAD_MS = 60_000;

const photo = async (name: string): Promise<number[]> => [...(await readFile(new URL(`../fixtures/photos/${name}`, import.meta.url)))];

type Mined = { ok: true; value: { hash: string; height: number } } | { ok: false; error: string };

function mineOnce(page: Page, image: number[], label: string, prevLabel: string): Promise<Mined> {
  return page.evaluate(
    async ({ image, label, prevLabel }) => {
      const m = await window.tabmesh!.chain.mine({ image: new Uint8Array(image), label, prevLabel });
      return m.ok ? { ok: true as const, value: m.value } : { ok: false as const, error: `${m.error.code}: ${m.error.message}` };
    },
    { image, label, prevLabel },
  );
}

async function mine(page: Page, image: number[], label: string, prevLabel: string): Promise<{ hash: string; height: number }> {
  const r = await mineOnce(page, image, label, prevLabel);
  if (!r.ok) throw new Error(`mining failed: ${r.error}`);
  return r.value;
}

const head = (page: Page) => page.evaluate(() => window.tabmesh!.chain.head());
const tipBlock = (page: Page): Promise<BlockView> => page.evaluate(() => window.tabmesh!.chain.blocks(window.tabmesh!.chain.head().height, window.tabmesh!.chain.head().height)[0]!);

function allOn(pages: Page[], hash: string, what: string): Promise<true> {
  return waitFor(what, async () => (await Promise.all(pages.map(head))).every((h) => h.hash === hash) || undefined, SPREAD_MS, 500);
}

test('six tabs: two miners, a partition healed, bad blocks refused everywhere, a late tab syncs', async () => {
  const { server, browser } = fixture();
  const context = await browser.newContext();
  const pages = await openTabs(context, `${server.url}?testHooks=1`, 6);
  await waitForMesh(pages, 3, 60_000);
  const ids = await Promise.all(pages.map((p) => p.evaluate(() => window.tabmesh!.id)));
  const accounts = await Promise.all([pages[0]!, pages[3]!].map((p) => p.evaluate(() => window.tabmesh!.chain.createAccount())));
  const [cat, person, cup, motorcycle] = await Promise.all(['chelsea.png', 'astronaut.jpg', 'coffee.png', 'motorcycle_left.jpg'].map(photo));

  // Two miners at once on genesis. Either both find block 1 (equal work: each tab keeps the one it
  // saw first), or one sees the other's block first and its work ends 'stale' (its label for the
  // last image no longer fits); then a block on tab 0's tip settles it for everyone.
  const both = await Promise.all([mineOnce(pages[0]!, cat!, 'cat', 'The Void'), mineOnce(pages[3]!, person!, 'person', 'The Void')]);
  assert.ok(both.some((r) => r.ok), JSON.stringify(both));
  for (const r of both) assert.ok(r.ok || r.error.startsWith('stale'), JSON.stringify(r));
  const first = await head(pages[0]!);
  const second = await mine(pages[0]!, cup!, 'cup', first.label);
  await allOn(pages, (await head(pages[0]!)).hash, 'every tab on block 2');
  assert.equal(second.height, 2);

  // The cut: tabs 0-2 and 3-5 drop and refuse each other.
  const halves = [pages.slice(0, 3), pages.slice(3)];
  const halfIds = [ids.slice(0, 3), ids.slice(3)];
  await Promise.all(halves[0]!.map((p) => p.evaluate((other) => window.tabmesh!.testing!.partition.cut(other), halfIds[1]!)));
  await Promise.all(halves[1]!.map((p) => p.evaluate((other) => window.tabmesh!.testing!.partition.cut(other), halfIds[0]!)));
  await waitFor('no link across the cut', async () => {
    const open = await Promise.all(pages.map((p) => p.evaluate(() => window.tabmesh!.peers().filter((r) => r.link === 'open').map((r) => r.id))));
    return open.every((links, i) => links.every((id) => halfIds[i < 3 ? 0 : 1]!.includes(id))) || undefined;
  }, 30_000, 500);
  const tipBefore = await head(pages[0]!);
  await mine(pages[0]!, motorcycle!, 'motorcycle', tipBefore.label);
  const a = await mine(pages[0]!, cat!, 'cat', 'motorcycle');
  const b = await mine(pages[3]!, person!, 'person', tipBefore.label);
  await allOn(halves[0]!, (await head(pages[0]!)).hash, 'half a on its fork');
  await allOn(halves[1]!, (await head(pages[3]!)).hash, 'half b on its fork');
  assert.equal(a.height, 4);
  assert.equal(b.height, 3);

  // Healed: everyone ends on half a's branch, which has more work.
  await Promise.all(pages.map((p) => p.evaluate(() => window.tabmesh!.testing!.partition.heal())));
  await allOn(pages, a.hash, 'every tab on the branch with the most work after the heal');
  assert.equal(await pages[4]!.evaluate((h) => window.tabmesh!.chain.blockStatus(h), b.hash), 'side');

  // Bad blocks, announced by tab 5 on gossip: refused by it and its neighbours, accepted nowhere.
  const tip = await tipBlock(pages[5]!);
  const payerKey = accounts[0]!.privateKey;
  const flaws: [Flaw, string, Uint8Array, string][] = [
    ['bad-pow', 'bad-pow', new Uint8Array(cat!), 'cat'],
    ['bad-signature', 'bad-signature', new Uint8Array(cat!), 'cat'],
    ['double-spend', 'invalid-parent', new Uint8Array(cat!), 'cat'],
    ['wrong-label', 'label-not-recognised', new Uint8Array(cup!), 'dog'],
  ];
  const neighbours = await pages[5]!.evaluate(() => window.tabmesh!.peers().filter((r) => r.link === 'open').map((r) => r.id));
  const witnesses = pages.filter((_, i) => i === 5 || neighbours.includes(ids[i]!));
  for (const [flaw, code, image, label] of flaws) {
    const crafted = craftFlawed(flaw, { tip, image, label, payerKey, miner: accounts[0]!.address });
    const before = await Promise.all(witnesses.map((p) => p.evaluate((c) => window.tabmesh!.chain.refusals()[c] ?? 0, code)));
    await pages[5]!.evaluate(
      async ({ bytes, type }) => {
        await window.tabmesh!.dht.putContent(new Uint8Array(bytes.image)).catch(() => undefined);
        window.tabmesh!.gossip.announce(0, type, new Uint8Array(bytes.block));
      },
      { bytes: { image: [...image], block: [...crafted.bytes] }, type: CHAIN_BLOCK_DATA_TYPE },
    );
    await waitFor(`${flaw}: refused with ${code} by tab 5 and its ${witnesses.length - 1} neighbours`, async () => {
      const now = await Promise.all(witnesses.map((p) => p.evaluate((c) => window.tabmesh!.chain.refusals()[c] ?? 0, code)));
      return now.every((n, i) => n > before[i]!) || undefined;
    }, 45_000, 500);
    const statuses = await Promise.all(pages.map((p) => p.evaluate((h) => window.tabmesh!.chain.blockStatus(h), crafted.hash)));
    for (const status of statuses) assert.ok(status === 'unknown' || status === 'invalid', `${flaw}: ${statuses.join(' ')}`);
  }
  assert.equal((await head(pages[2]!)).hash, a.hash, 'the tip did not move');

  // A tab opened now syncs the whole chain.
  const [late] = await openTabs(context, server.url, 1);
  await waitFor('the new tab to sync the chain', async () => (await head(late!)).hash === a.hash || undefined, SPREAD_MS, 500);
  await context.close();
});
