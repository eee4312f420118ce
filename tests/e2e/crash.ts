/**
 * Tabs that die without a word: the renderer is crashed through the DevTools protocol, so no
 * pagehide or unload handler runs and no goodbye goes out — neighbours find out from failed
 * probes, as they would from a power cut or a killed browser.
 */
import type { Page } from 'playwright-core';

/** How long a renderer takes to go once told to crash; far more than it needs. */
const CRASH_BOUND_MS = 10_000;

export async function crashTab(page: Page): Promise<void> {
  const crashed = new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the renderer did not crash')), CRASH_BOUND_MS);
    page.once('crash', () => {
      clearTimeout(timer);
      resolve();
    });
  });
  const session = await page.context().newCDPSession(page);
  // Never answered: the renderer is gone before it could.
  void session.send('Page.crash').catch(() => undefined);
  await crashed;
  await page.close().catch(() => undefined);
}

/** Crashes `doomed` and checks that each of `survivors` is still alive (tabs may share a renderer process). */
export async function crashTabs(doomed: readonly Page[], survivors: readonly Page[]): Promise<void> {
  let collateral = 0;
  const watch = (): void => void collateral++;
  for (const page of survivors) page.on('crash', watch);
  try {
    await Promise.all(doomed.map(crashTab));
  } finally {
    for (const page of survivors) page.off('crash', watch);
  }
  if (collateral > 0) throw new Error(`${collateral} other tabs crashed with the ones killed: they share a renderer process`);
}
