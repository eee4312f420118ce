/**
 * What the job benches share: jobs driven through `window.tabmesh.jobs` in a requesting tab and
 * paid from Node with a dev account (what a wallet does, without its prompts), and the time each
 * job was done as the tab saw it.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { JsonRpcProvider, NonceManager, Wallet } from 'ethers';
import type { Page } from 'playwright-core';
import type { JobsWorld } from '../e2e/jobs-fixture.ts';
import { englishSigns, PAYER_ACCOUNT, SIGNS_DIR, type Sign } from '../e2e/jobs-fixture.ts';
import { waitFor } from '../e2e/harness.ts';

export interface SignImage {
  sign: Sign;
  bytes: Uint8Array;
}

export async function signImages(count: number): Promise<SignImage[]> {
  const signs = (await englishSigns()).slice(0, count);
  return Promise.all(signs.map(async (sign) => ({ sign, bytes: new Uint8Array(await readFile(fileURLToPath(new URL(sign.file, SIGNS_DIR)))) })));
}

/** Sends each payment from dev account PAYER_ACCOUNT and waits for its confirmations. */
export function payer(world: JobsWorld): (payment: { to: string; valueWei: string; data: string; confirmations: number }) => Promise<string> {
  const provider = new JsonRpcProvider(world.chain.rpcUrl, world.chain.chainId, { staticNetwork: true, pollingInterval: 50 });
  const wallet = new NonceManager(new Wallet(world.chain.accounts[PAYER_ACCOUNT]!.privateKey, provider));
  return async (payment) => {
    const tx = await wallet.sendTransaction({ to: payment.to, value: BigInt(payment.valueWei), data: payment.data });
    await tx.wait(payment.confirmations);
    return tx.hash;
  };
}

/** Records in the page, by its own clock (the machine's), when each of its jobs was first seen at each stage. */
export async function watchDone(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { jobStages?: Record<string, Record<string, number>> };
    if (w.jobStages) return;
    const seen: Record<string, Record<string, number>> = {};
    w.jobStages = seen;
    const api = window.tabmesh!;
    const look = (): void => {
      for (const job of api.jobs.list()) {
        const at = (seen[job.id] ??= {});
        at[job.stage] ??= Date.now();
      }
    };
    api.subscribe(look);
    setInterval(look, 20);
  });
}

/** When job `id` was first seen at each stage, as the page recorded it. */
export function stageTimes(page: Page, id: string): Promise<Record<string, number>> {
  return page.evaluate((jobId) => (window as unknown as { jobStages: Record<string, Record<string, number>> }).jobStages[jobId] ?? {}, id);
}

/** Waits until every job in `ids` is done; their done times (ms since the epoch). */
export async function doneTimes(page: Page, ids: readonly string[], timeoutMs: number): Promise<number[]> {
  return waitFor(
    `${ids.length} job(s) done`,
    async () => {
      const { doneAt, failed } = await page.evaluate((wanted) => {
        const stages = (window as unknown as { jobStages: Record<string, Record<string, number>> }).jobStages;
        const bad = window.tabmesh!.jobs.list().filter((j) => wanted.includes(j.id) && (j.stage === 'failed' || j.stage === 'refused'));
        return { doneAt: wanted.map((id) => stages[id]?.['done'] ?? null), failed: bad.map((j) => `${j.id.slice(0, 8)} ${j.stage} ${j.error ?? ''}`) };
      }, ids);
      if (failed.length > 0) throw new Error(`jobs ended badly: ${failed.join('; ')}`);
      return doneAt.every((t) => t !== null) ? (doneAt as number[]) : undefined;
    },
    timeoutMs,
    100,
  ).catch(async (error: unknown) => {
    const open = await page.evaluate((wanted) => window.tabmesh!.jobs.list().filter((j) => wanted.includes(j.id) && j.stage !== 'done').map((j) => `${j.id.slice(0, 8)} ${j.stage} attempt ${j.attempt} primary ${j.primary?.slice(0, 8)} backup ${j.backup?.slice(0, 8)}`), ids);
    throw new Error(`${String(error)}; not done: ${open.join('; ')}`);
  });
}

/** Bytes for page.evaluate: base64 crosses into the page in milliseconds, a number array of megabytes in seconds. */
export function base64(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString('base64');
}

/** Prepares a job in the page (image into the DHT, id); its payment terms, and when prepare started there. */
export function prepareInPage(page: Page, image: Uint8Array, to: string): Promise<{ id: string; payment: { to: string; valueWei: string; data: string; confirmations: number }; startedAt: number }> {
  return page.evaluate(
    async ([b64, target]) => {
      const bytes = Uint8Array.from(atob(b64!), (c) => c.charCodeAt(0));
      const startedAt = Date.now();
      const draft = await window.tabmesh!.jobs.prepare({ image: bytes, email: 'bench@example.com', to: target as 'es' });
      return { id: draft.id, payment: draft.payment, startedAt };
    },
    [base64(image), to] as const,
  );
}

export function submitInPage(page: Page, id: string, tx: string): Promise<void> {
  return page.evaluate(async ([jobId, hash]) => void (await window.tabmesh!.jobs.submit(jobId as never, hash!)), [id, tx] as const);
}
