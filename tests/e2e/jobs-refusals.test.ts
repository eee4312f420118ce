/**
 * What the paid pipeline refuses, in real tabs against a dev chain: an unpaid, an underpaid and two
 * replayed payments, each with its reason on the page. And a tab with no pipeline role still sees
 * which roles the mesh has.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';
import { JsonRpcProvider, Wallet } from 'ethers';
import { englishSigns, myJobs, PRICE_WEI, requesterTab, roleTabs, SIGNS_DIR, uploadThroughForm, useJobsWorld, waitForPresence } from './jobs-fixture.ts';
import { openTabs, waitFor } from './harness.ts';

const world = useJobsWorld();

test('an unpaid, an underpaid and two replayed payments are refused, each with its reason on the page', async () => {
  const w = world();
  const context = await w.browser.newContext();
  try {
    await roleTabs(context, w.server.url, ['broker', 'broker', 'transcription', 'translation']);
    const { page, stopApproving } = await requesterTab(context, w);
    await waitForPresence(page, { brokers: 2, transcribers: 1, translators: 1 });
    const [sign] = await englishSigns();
    const file = fileURLToPath(new URL(sign!.file, SIGNS_DIR));
    const paid = await uploadThroughForm(page, file, 'payer@example.com', 'es');
    stopApproving();
    await waitFor('the paid job done', async () => (await myJobs(page)).find((j) => j.id === paid)?.stage === 'done', 120_000, 500);
    const paidTx = (await myJobs(page)).find((j) => j.id === paid)!.tx!;

    const image = [...readFileSync(file)];
    const draft = (): Promise<string> => page.evaluate(async (bytes) => (await window.tabmesh!.jobs.prepare({ image: new Uint8Array(bytes), email: 'payer@example.com', to: 'es' })).id, image);
    const submit = (id: string, tx: string): Promise<string> =>
      page.evaluate(
        async ([id, tx]) => {
          try {
            await window.tabmesh!.jobs.submit(id as never, tx!);
            return 'accepted';
          } catch (error) {
            return (error as { code?: string }).code ?? String(error);
          }
        },
        [id, tx] as const,
      );

    const unpaid = await draft();
    assert.equal(await submit(unpaid, `0x${'ab'.repeat(32)}`), 'unknown-tx');

    const underpaid = await draft();
    const payer = new Wallet(w.chain.accounts[2]!.privateKey, new JsonRpcProvider(w.chain.rpcUrl, w.chain.chainId, { staticNetwork: true }));
    const short = await payer.sendTransaction({ to: w.serviceAddress, value: PRICE_WEI - 1n, data: `0x${underpaid}` });
    await short.wait(1);
    assert.equal(await submit(underpaid, short.hash), 'underpaid');

    // A payment used again: for another job (its data names the first), and for the same job again.
    const other = await draft();
    assert.equal(await submit(other, paidTx), 'tx-reused');
    assert.equal(await submit(paid, paidTx), 'tx-reused');

    // The page says why, in words, on each card; the paid job keeps its result.
    const reasons: Record<string, RegExp> = { [unpaid]: /no such payment/, [underpaid]: /less than the price/, [other]: /already been used/, [paid]: /already been used/ };
    for (const [id, reason] of Object.entries(reasons)) {
      await waitFor(`the reason on ${id.slice(0, 8)}'s card`, async () => reason.test((await page.locator(`tm-upload-page [data-job="${id}"] .error`).textContent({ timeout: 1_000 }).catch(() => '')) ?? ''), 10_000);
    }
    assert.equal((await myJobs(page)).find((j) => j.id === paid)?.stage, 'done');
  } finally {
    await context.close();
  }
});

// Tabs that only watch must still see the roles present: the Upload page of a fresh tab.
test('a tab with no pipeline role sees the roles present in the mesh', async () => {
  const w = world();
  const context = await w.browser.newContext();
  try {
    await roleTabs(context, w.server.url, ['broker', 'transcription', 'translation']);
    const [viewer] = await openTabs(context, w.server.url, 1);
    const presence = await waitForPresence(viewer!, { brokers: 1, transcribers: 1, translators: 1 });
    assert.equal(presence.pairs['en-es'], 'word');
  } finally {
    await context.close();
  }
});
