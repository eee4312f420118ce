/** Starts what the browser tests need — a real signaling server on a free port, serving dist/ — and stops it. */
import { after, before } from 'node:test';
import type { Browser } from 'playwright-core';
import { startSignalingServer, type SignalingServer } from '../../signaling-server/src/server.ts';
import { launchBrowser } from './harness.ts';

export interface E2eFixture {
  server: SignalingServer;
  browser: Browser;
}

export function useServerAndBrowser(): () => E2eFixture {
  let fixture: E2eFixture | undefined;
  before(async () => {
    const server = await startSignalingServer({ port: 0, host: '127.0.0.1', staticDir: 'dist', iceServers: [] });
    const browser = await launchBrowser().catch(async (error: unknown) => {
      await server.close();
      throw error;
    });
    fixture = { server, browser };
  });
  after(async () => {
    await fixture?.browser.close().catch(() => undefined);
    await fixture?.server.close().catch(() => undefined);
  });
  return () => {
    if (!fixture) throw new Error('fixture not started');
    return fixture;
  };
}

export async function metricsText(server: SignalingServer): Promise<string> {
  const response = await fetch(new URL('metrics', server.url));
  return response.text();
}

export function metricValue(text: string, name: string, labels = ''): number {
  const line = text.split('\n').find((l) => l.startsWith(`${name}${labels} `));
  return line === undefined ? 0 : Number(line.split(' ')[1]);
}
