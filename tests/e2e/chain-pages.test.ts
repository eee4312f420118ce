/**
 * The Photoblocks pages in real tabs, driven as a person would: two tabs create accounts on Users
 * (and a bad key is refused); tab A mines block 1 on Mine from a photo of a cat (previous label
 * "The Void") and watches the phases to done; Explorer draws block 1 with its image and label;
 * on Trade, 0.5 coin to tab B is pending, then confirmed once block 2 (a cup, previous label
 * "cat") is mined through `window.tabmesh.chain.mine`; a bad recipient and an overspend are
 * refused with their codes; a photo with a wrong label is refused on Mine; tab B sees its half
 * coin and looks up A's balance; Nodes lists both tabs.
 * The pages' pure helpers (coins ⇄ units, exact) are checked here too.
 */
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';
import type { Locator, Page } from 'playwright-core';
import { formatCoins, formatHashRate, parseCoins } from '../../web/src/app/chain-format.ts';
import { useServerAndBrowser } from './fixture.ts';
import { openTabs, waitFor, waitForMesh } from './harness.ts';

const fixture = useServerAndBrowser();

const photo = (name: string): string => fileURLToPath(new URL(`../fixtures/photos/${name}`, import.meta.url));
/** Classifying loads the model in the tab first (tfjs + wasm); mining at the genesis target is quick. */
const MINE_TIMEOUT_MS = 60_000;
/** A block or transfer reaching the other tab over the mesh, image and re-classification included. */
const SPREAD_TIMEOUT_MS = 45_000;
const UI_TIMEOUT_MS = 10_000;

test('coins typed in become units exactly, and units read back as coins', () => {
  assert.deepEqual(parseCoins('0.5'), { ok: true, units: 50_000_000n });
  assert.deepEqual(parseCoins('12.00000001'), { ok: true, units: 1_200_000_001n });
  assert.deepEqual(parseCoins(' 1. '), { ok: true, units: 100_000_000n });
  assert.deepEqual(parseCoins('.1'), { ok: true, units: 10_000_000n });
  // 0.1 + 0.2 in floats is not 0.3; in units it is.
  const sum = (parseCoins('0.1') as { units: bigint }).units + (parseCoins('0.2') as { units: bigint }).units;
  assert.equal(formatCoins(sum), '0.3');
  assert.deepEqual(parseCoins('92233720368.54775808'), { ok: true, units: 9_223_372_036_854_775_808n });
  for (const bad of ['', '.', 'abc', '1e3', '-1', '0', '0.000000001', '1,5', '0x10']) assert.equal(parseCoins(bad).ok, false, bad);
  assert.equal(formatCoins('100000000'), '1');
  assert.equal(formatCoins('150000000'), '1.5');
  assert.equal(formatCoins(1n), '0.00000001');
  assert.equal(formatHashRate(950), '950 H/s');
  assert.equal(formatHashRate(12_345), '12.3 kH/s');
  assert.equal(formatHashRate(1_250_000), '1.25 MH/s');
});

/** Shows a page of the app without reloading the tab. */
async function show(page: Page, hash: string): Promise<void> {
  await page.bringToFront();
  await page.evaluate((h) => (location.hash = h), hash);
}

async function text(locator: Locator): Promise<string> {
  return ((await locator.textContent({ timeout: UI_TIMEOUT_MS })) ?? '').trim();
}

/** Creates an account on the Users page; returns its address. */
async function createAccount(page: Page): Promise<string> {
  await show(page, 'users');
  await page.locator('tm-chain-users-page [data-account="none"]').waitFor({ timeout: UI_TIMEOUT_MS });
  await page.locator('tm-chain-users-page button[data-action="create"]').click();
  const key = await text(page.locator('tm-chain-key-reveal [data-field="private-key"]'));
  assert.match(key, /^0x[0-9a-f]{64}$/);
  const warning = await text(page.locator('tm-chain-key-reveal .box'));
  assert.match(warning, /stored in this browser's storage/);
  assert.match(warning, /Whoever has this key owns the coins/);
  const address = await text(page.locator('tm-chain-users-page [data-field="address"]'));
  assert.match(address, /^0x[0-9a-f]{40}$/);
  assert.equal(await page.evaluate(async () => (await window.tabmesh!.chain.account())?.address), address);
  assert.equal(await text(page.locator('tm-chain-users-page [data-field="balance"]')), '0');
  await page.locator('tm-chain-key-reveal button[data-action="dismiss"]').click();
  await page.locator('tm-chain-key-reveal').waitFor({ state: 'detached', timeout: UI_TIMEOUT_MS });
  return address;
}

/** Waits for the Mine page's run to end; returns the phases seen on the way and the last one. */
async function watchMining(page: Page): Promise<string[]> {
  const seen: string[] = [];
  await waitFor(
    'the mining run to end',
    async () => {
      const phase = await page
        .locator('tm-chain-mine-status [data-phase]')
        .getAttribute('data-phase', { timeout: 50 })
        .catch(() => null);
      if (phase && seen.at(-1) !== phase) seen.push(phase);
      return phase === 'done' || phase === 'failed';
    },
    MINE_TIMEOUT_MS,
    50,
  );
  return seen;
}

test('Users, Mine, Explorer, Trade and Nodes pages drive the chain', async () => {
  const { server, browser } = fixture();
  const context = await browser.newContext();
  const started = Date.now();
  const lap = (what: string): void => console.log(`  ${what} @ ${((Date.now() - started) / 1000).toFixed(1)} s`);
  try {
    const [a, b] = await openTabs(context, server.url, 2);
    assert.ok(a && b);
    await waitForMesh([a, b], 1, 30_000);
    lap('two tabs linked');

    // Users: an account on each tab; a key that is no key is refused.
    const addressA = await createAccount(a);
    const addressB = await createAccount(b);
    assert.notEqual(addressA, addressB);
    await b.locator('tm-chain-users-page input[name="key"]').fill('not a key');
    await b.locator('tm-chain-users-page button[data-action="import"]').click();
    assert.equal(await b.locator('tm-chain-users-page [data-field="refusal"]').getAttribute('data-code', { timeout: UI_TIMEOUT_MS }), 'bad-field');
    lap('accounts created');

    // Mine: block 1 from the cat, its previous label "The Void".
    await show(a, 'mine');
    const mine = a.locator('tm-chain-mine-page');
    await mine.locator('input[type="file"]').setInputFiles(photo('chelsea.png'));
    await mine.locator('.preview img').waitFor({ timeout: UI_TIMEOUT_MS });
    assert.match(await text(mine.locator('form')), /512 KiB/);
    assert.equal(await mine.locator('datalist#coco-labels option').count(), 80);
    await mine.locator('input[name="label"]').fill('cat');
    assert.equal(await mine.locator('input[name="prevLabel"]').inputValue(), 'The Void');
    await mine.locator('input[name="prevLabel"]').fill('The Void');
    await mine.locator('button[data-action="mine"]').click();
    const phases = await watchMining(a);
    lap(`block 1 mined through the form (phases seen: ${phases.join(' → ')})`);
    assert.equal(phases.at(-1), 'done', `the run failed: ${await text(mine.locator('[data-field="mining"]')).catch(() => '?')}`);
    assert.ok(phases.includes('classifying') || phases.includes('mining'), `phases: ${phases.join(', ')}`);
    assert.ok(await mine.locator('[data-field="predictions"] [data-label="cat"]').count(), 'the model saw a cat');
    assert.match(await text(mine.locator('[data-field="mined"]')), /#1/);
    // The last block's image is now the cat: shown so the next miner can look at it.
    await mine.locator('[data-field="last-block"][data-height="1"] img[data-loaded]').waitFor({ timeout: UI_TIMEOUT_MS });

    // Explorer: block 1, its image and label, drawn on the strip; its details on a click.
    await show(a, 'explorer');
    const explorer = a.locator('tm-chain-explorer-page');
    assert.equal(await text(explorer.locator('[data-field="height"]')), '1');
    const card = explorer.locator('tm-chain-block-strip .block[data-height="1"][data-label="cat"]');
    await card.locator('img[data-loaded]').waitFor({ timeout: UI_TIMEOUT_MS });
    await explorer.locator('tm-chain-block-strip .block[data-height="0"]').waitFor({ timeout: UI_TIMEOUT_MS });
    await card.click();
    const details = await text(explorer.locator('tm-chain-block-details [data-field="block-details"]'));
    assert.match(details, /The Void/);
    assert.match(details, new RegExp(addressA));
    lap('explorer shows block 1');

    // Trade: 0.5 coin to B is pending; refusals carry their codes.
    await show(a, 'trade');
    const trade = a.locator('tm-chain-trade-page');
    await waitFor('the balance of 1 coin', async () => (await text(trade.locator('[data-field="balance"]'))) === '1', UI_TIMEOUT_MS);
    const send = async (to: string, amount: string): Promise<void> => {
      await trade.locator('input[name="to"]').fill(to);
      await trade.locator('input[name="amount"]').fill(amount);
      await trade.locator('button[data-action="send"]').click();
    };
    await send(addressB, '0.5');
    const row = trade.locator('tm-chain-sent-list tbody tr');
    await row.first().waitFor({ timeout: UI_TIMEOUT_MS });
    assert.equal(await row.count(), 1);
    assert.equal(await row.first().getAttribute('data-status'), 'pending');
    assert.match(await text(row.first()), /0\.5/);
    const hash = await row.first().getAttribute('data-hash');
    assert.match(await a.evaluate(() => sessionStorage.getItem('tabmesh.chain.sent') ?? ''), new RegExp(hash ?? 'no hash'));
    await send('0x1234', '0.1');
    assert.equal(await trade.locator('[data-field="refusal"]').getAttribute('data-code', { timeout: UI_TIMEOUT_MS }), 'bad-field');
    await send(addressB, '5');
    await waitFor('the overspend refusal', async () => (await trade.locator('[data-field="refusal"]').getAttribute('data-code', { timeout: 50 })) === 'overspend', UI_TIMEOUT_MS, 50);
    assert.equal(await row.count(), 1, 'refused transfers are not listed');
    lap('transfer pending, refusals shown');

    // Block 2 (the cup, previous label "cat") through window.tabmesh.chain, from Node's bytes.
    const coffee = [...(await readFile(photo('coffee.png')))];
    const mined = await a.evaluate(async (bytes) => {
      const r = await window.tabmesh!.chain.mine({ image: new Uint8Array(bytes), label: 'cup', prevLabel: 'cat' });
      return r.ok ? { ok: true, height: r.value.height } : { ok: false, why: `${r.error.code}: ${r.error.message}` };
    }, coffee);
    assert.deepEqual(mined, { ok: true, height: 2 });
    const confirmed = trade.locator(`tm-chain-sent-list tr[data-hash="${hash}"][data-status="confirmed"]`);
    await confirmed.waitFor({ timeout: UI_TIMEOUT_MS });
    assert.match(await text(confirmed), /#2 · 1 confirmation/);
    assert.equal(await text(trade.locator('[data-field="balance"]')), '1.5');
    lap('block 2 mined, transfer confirmed');

    // A wrong label is refused before any work, with its code.
    await show(a, 'mine');
    await mine.locator('input[type="file"]').setInputFiles(photo('coffee.png'));
    await mine.locator('.preview img').waitFor({ timeout: UI_TIMEOUT_MS });
    await mine.locator('input[name="label"]').fill('motorcycle');
    await mine.locator('input[name="prevLabel"]').fill('cup');
    await mine.locator('button[data-action="mine"]').click();
    await waitFor('the refusal', async () => (await mine.locator('tm-chain-mine-status [data-phase]').getAttribute('data-phase', { timeout: 50 })) === 'failed', MINE_TIMEOUT_MS, 50);
    assert.equal(await mine.locator('[data-field="refusal"]').getAttribute('data-code', { timeout: UI_TIMEOUT_MS }), 'label-not-recognised');
    lap('wrong label refused');

    // Tab B: the blocks came over the mesh, and so did its half coin.
    await show(b, 'users');
    await waitFor('tab B to hold 0.5 coin', async () => (await text(b.locator('tm-chain-users-page [data-field="balance"]'))) === '0.5', SPREAD_TIMEOUT_MS);
    const lookup = b.locator('tm-chain-balance-lookup');
    await lookup.locator('input[name="address"]').fill(addressA);
    await lookup.locator('button[type="submit"]').click();
    assert.equal(await text(lookup.locator('[data-field="lookup-balance"]')), '1.5');
    lap('tab B synced');

    // Nodes: both tabs, with heights; sorting by height flips the order.
    await show(a, 'nodes');
    const nodes = a.locator('tm-chain-nodes-table');
    await a.locator('tm-chain-nodes-page tm-network-map').waitFor({ timeout: UI_TIMEOUT_MS });
    const idB = await b.evaluate(() => window.tabmesh!.status().id);
    await nodes.locator(`tr[data-node="${idB}"]`).waitFor({ timeout: UI_TIMEOUT_MS });
    const heights = async (): Promise<string[]> => nodes.locator('tbody td[data-field="height"]').allTextContents();
    assert.equal((await heights())[0], '2');
    await nodes.locator('button[data-action="sort-height"]').click();
    await waitFor('ascending heights', async () => {
      const h = (await heights()).filter((x) => x !== '—');
      return h.length >= 1 && h.every((x, i) => i === 0 || Number(h[i - 1]) <= Number(x));
    }, UI_TIMEOUT_MS);
    lap('nodes listed');
  } finally {
    await context.close();
  }
});
