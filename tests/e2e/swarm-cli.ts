/**
 * `npm run swarm -- N [URL]`: opens N headless tabs against a running signaling server and
 * prints the network they form — degrees, connectivity, RTTs — every few seconds until
 * Ctrl-C (or, with --once, as soon as every tab has 4 open channels).
 *
 *   npm start                 # in one terminal
 *   npm run swarm -- 24       # in another
 */
import { formatReport, launchBrowser, openTabs, swarmReport } from './harness.ts';

const REPORT_EVERY_MS = 5_000;
const FORMED_DEGREE = 4;

const args = process.argv.slice(2);
const once = args.includes('--once');
const positional = args.filter((a) => !a.startsWith('--'));
const count = Number(positional[0] ?? 24);
const url = positional[1] ?? process.env['TABMESH_URL'] ?? 'http://127.0.0.1:8080/';
if (!Number.isInteger(count) || count < 1 || count > 300) {
  console.error('usage: npm run swarm -- <tabs 1..300> [signaling server URL] [--once]');
  process.exit(2);
}

const browser = await launchBrowser();
let stopping = false;
const stop = async (code: number): Promise<never> => {
  stopping = true;
  await browser.close().catch(() => undefined);
  process.exit(code);
};
process.on('SIGINT', () => void stop(0));
process.on('SIGTERM', () => void stop(0));

try {
  const started = Date.now();
  console.log(`opening ${count} tabs on ${url} …`);
  const context = await browser.newContext();
  const pages = await openTabs(context, url, count);
  console.log(`${count} tabs loaded in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  while (!stopping) {
    const report = await swarmReport(pages);
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    console.log(`\n[${seconds} s] ${formatReport(report)}`);
    if (once && report.degree.min >= FORMED_DEGREE && report.components === 1) await stop(0);
    await new Promise((resolve) => setTimeout(resolve, REPORT_EVERY_MS));
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  await stop(1);
}
