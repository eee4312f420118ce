/**
 * What the job pipeline's browser tests (and benchmarks) start: a dev chain (anvil), the SMTP
 * sink, the signaling server telling tabs the chain at /config.json, and the relay that mails
 * results once it checked their payment — all real. Tabs take pipeline roles; the requesting tab
 * pays with a wallet injected as an EIP-1193/EIP-6963 provider (headless-web3-provider).
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import headlessWeb3 from 'headless-web3-provider';
import type { Web3ProviderBackend } from 'headless-web3-provider';
import { after, before } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { ClientJob } from '../../web/src/node/jobs/client.ts';
import type { AppConfig } from '../../web/src/contracts/app-config.ts';
import { loadRelayConfig } from '../../relay/src/config.ts';
import { startRelay, type Relay } from '../../relay/src/relay.ts';
import { startDevChain, type DevChain } from '../../scripts/dev/chain/dev-chain.ts';
import { startSmtpSink, type SmtpSink } from '../../scripts/dev/mail-sink/index.ts';
import { startSignalingServer, type SignalingServer } from '../../signaling-server/src/server.ts';
import { chainView, loadChainConfig } from '../../web/src/host-node/chain-config.ts';
import type { JobsPresence } from '../../web/src/node/api.ts';
import type { Role } from '../../web/src/node/peers/roles.ts';
import { launchBrowser, openTabs, testRelayEnv, waitFor } from './harness.ts';

const SECRET = 'e2e-jobs-secret-0123456789';
export const PRICE_WEI = 10n ** 15n;
/** Dev account 9 is paid; account 1 pays through the injected wallet, account 2 underpays from Node. */
const SERVICE_ACCOUNT = 9;
export const PAYER_ACCOUNT = 1;

export interface Sign {
  file: string;
  language: string;
  text: string;
}

export interface JobsWorld {
  chain: DevChain;
  sink: SmtpSink;
  server: SignalingServer;
  relay: Relay;
  browser: Browser;
  serviceAddress: string;
  close(): Promise<void>;
}

/** @param appConfig more of /config.json than the chain (where Opus-MT models are served). */
export async function startJobsWorld(appConfig: Omit<AppConfig, 'chain'> = {}): Promise<JobsWorld> {
  const dataDir = await mkdtemp(join(tmpdir(), 'tabmesh-e2e-jobs-'));
  const chain = await startDevChain({ port: 0 });
  const serviceAddress = chain.accounts[SERVICE_ACCOUNT]!.address;
  const chainEnv = { CHAIN_RPC_URL: chain.rpcUrl, CHAIN_ID: String(chain.chainId), SERVICE_ADDRESS: serviceAddress, JOB_PRICE_WEI: String(PRICE_WEI), CHAIN_CONFIRMATIONS: '1', CHAIN_NAME: 'Tabmesh e2e chain' };
  const sink = await startSmtpSink({ dir: join(dataDir, 'mail'), port: 0 });
  const server = await startSignalingServer({ port: 0, host: '127.0.0.1', staticDir: 'dist', turnSecret: SECRET, appConfig: { chain: chainView(loadChainConfig(chainEnv)!), ...appConfig } });
  const config = loadRelayConfig({
    ...chainEnv,
    ...testRelayEnv({ signalingUrl: server.url, dataDir: join(dataDir, 'relay-data'), smtpPort: sink.port, mailFrom: 'Tabmesh E2E <relay@tabmesh.test>' }),
  });
  const relay = await startRelay({ ...config, secret: SECRET });
  const browser = await launchBrowser();
  return {
    chain,
    sink,
    server,
    relay,
    browser,
    serviceAddress,
    close: async () => {
      await browser.close().catch(() => undefined);
      await relay.close().catch(() => undefined);
      await server.close().catch(() => undefined);
      await sink.close().catch(() => undefined);
      await chain.stop().catch(() => undefined);
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** Starts one world before the file's tests and closes it after them; the getter gives it to each test. */
export function useJobsWorld(appConfig: () => Promise<Omit<AppConfig, 'chain'>> = async () => ({})): () => JobsWorld {
  let world: JobsWorld | undefined;
  before(async () => {
    world = await startJobsWorld(await appConfig());
  });
  after(async () => {
    await world?.close();
    // @roamhq/wrtc (the relay's peer) can keep the process alive for seconds after its peers close.
    setTimeout(() => process.exit(process.exitCode ?? 0), 100).unref();
  });
  return () => {
    if (!world) throw new Error('the jobs world did not start');
    return world;
  };
}

/** The jobs a tab submitted, as its client knows them. */
export function myJobs(page: Page): Promise<ClientJob[]> {
  return page.evaluate(() => window.tabmesh!.jobs.list());
}

export const SIGNS_DIR = new URL('../fixtures/signs/', import.meta.url);

export async function englishSigns(): Promise<Sign[]> {
  const index = JSON.parse(await readFile(new URL('index.json', SIGNS_DIR), 'utf8')) as Sign[];
  return index.filter((s) => s.language === 'eng');
}

/** Opens tabs and gives each its pipeline role (on top of 'interface'). */
export async function roleTabs(context: BrowserContext, url: string, roles: readonly Role[]): Promise<Page[]> {
  const pages = await openTabs(context, url, roles.length);
  await Promise.all(pages.map((page, i) => page.evaluate((role) => window.tabmesh!.setRoles(['interface', role]), roles[i]!)));
  return pages;
}

/** The requesting tab, with a wallet holding dev account PAYER_ACCOUNT that approves what it is asked. */
export async function requesterTab(context: BrowserContext, world: JobsWorld, hash = 'upload'): Promise<{ page: Page; wallet: Web3ProviderBackend; stopApproving: () => void }> {
  const page = await context.newPage();
  page.on('pageerror', (error) => console.error(`[requester] ${error.message}`));
  const wallet = await headlessWeb3.injectHeadlessWeb3Provider(page as never, [world.chain.accounts[PAYER_ACCOUNT]!.privateKey], world.chain.chainId, world.chain.rpcUrl);
  // The user approves every prompt (connect, send) as it comes.
  const approver = setInterval(() => wallet.authorizeAll(), 50);
  await page.goto(`${world.server.url}#${hash}`);
  await page.waitForFunction(() => window.tabmesh !== undefined, undefined, { timeout: 30_000 });
  return { page, wallet, stopApproving: () => clearInterval(approver) };
}

export function waitForPresence(page: Page, want: Pick<JobsPresence, 'brokers' | 'transcribers' | 'translators'>, timeoutMs = 60_000): Promise<JobsPresence> {
  return waitFor(
    `brokers ≥ ${want.brokers}, transcribers ≥ ${want.transcribers}, translators ≥ ${want.translators}`,
    () =>
      page.evaluate((w) => {
        const p = window.tabmesh!.jobs.presence();
        return p.brokers >= w.brokers && p.transcribers >= w.transcribers && p.translators >= w.translators ? p : undefined;
      }, want),
    timeoutMs,
    250,
  );
}

/** Submits a job through the Upload form as a person would; resolves with its id once a broker queued it. */
export async function uploadThroughForm(page: Page, file: string, email: string, to: string): Promise<string> {
  const before = await page.evaluate(() => window.tabmesh!.jobs.list().map((j) => j.id));
  const form = page.locator('tm-upload-form');
  await form.locator('input[type=file]').setInputFiles(file);
  await form.locator('img').waitFor({ timeout: 10_000 });
  await form.locator('input[name=email]').fill(email);
  await form.locator('select[name=to]').selectOption(to);
  await form.locator('select[name=wallet] option', { hasText: 'Headless Web3 Provider' }).waitFor({ state: 'attached', timeout: 10_000 });
  await form.locator('select[name=wallet]').selectOption({ label: 'Headless Web3 Provider' });
  await form.locator('button[type=submit]').click();
  const clicked = Date.now();
  const said: string[] = [];
  const outcome = await waitFor(
    'the form to queue the job or say why not',
    async () => {
      const failure = await form.locator('[data-field=failure]').textContent({ timeout: 50 }).catch(() => null);
      if (failure) return { failure };
      const status = await form.locator('[data-field=status]').textContent({ timeout: 50 }).catch(() => null);
      const step = status?.replace(/ \d+ %$/, '');
      if (step && said.at(-1)?.split(' @')[0] !== step) said.push(`${step} @${Date.now() - clicked} ms`);
      return status?.includes('queued') ? { status } : undefined;
    },
    120_000,
    100,
  );
  if ('failure' in outcome) throw new Error(`the form said: ${outcome.failure} (after: ${said.join(' | ')})`);
  // A slow upload says where its time went.
  if (Date.now() - clicked > 5_000) console.log(`slow upload (${Date.now() - clicked} ms): ${said.join(' | ')}`);
  const after = await page.evaluate(() => window.tabmesh!.jobs.list().map((j) => j.id));
  const id = after.find((x) => !before.includes(x));
  if (!id) throw new Error('no new job in the list');
  return id;
}

/**
 * A sign photographed at phone resolution: the fixture drawn `factor` times larger on a canvas in
 * the page, as a JPEG. OCR of it takes seconds, long enough to kill a tab in the middle of it.
 */
export async function enlargedSign(page: Page, file: string, factor: number): Promise<string> {
  const source = (await readFile(file)).toString('base64');
  const jpeg = await page.evaluate(
    async ([b64, k]) => {
      const bytes = Uint8Array.from(atob(b64!), (c) => c.charCodeAt(0));
      const bitmap = await createImageBitmap(new Blob([bytes]));
      const canvas = new OffscreenCanvas(bitmap.width * k!, bitmap.height * k!);
      const g = canvas.getContext('2d')!;
      g.imageSmoothingQuality = 'high';
      g.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
      const blob = await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.9 });
      const out = new Uint8Array(await blob.arrayBuffer());
      let binary = '';
      for (let i = 0; i < out.length; i += 0x8000) binary += String.fromCharCode(...out.subarray(i, i + 0x8000));
      return btoa(binary);
    },
    [source, factor] as const,
  );
  const path = join(await mkdtemp(join(tmpdir(), 'tabmesh-sign-')), 'enlarged.jpg');
  await writeFile(path, Buffer.from(jpeg, 'base64'));
  return path;
}
