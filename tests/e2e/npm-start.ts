/**
 * `npm start` (dev chain, signaling server, relay, sink, worker peer) as a child process, as a
 * terminal user runs it, on free ports; and any other script of the repository the same way.
 */
import type { TestContext } from 'node:test';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { tempDir, waitFor } from '../unit/relay/helpers.ts';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export interface Run {
  code: Promise<number | null>;
  stdout(): string;
  stderr(): string;
  kill(signal?: NodeJS.Signals): void;
}

export function run(args: string[], env: Record<string, string>): Run {
  const child = spawn(process.execPath, args, { cwd: ROOT, env: { PATH: process.env['PATH'] ?? '', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
  child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString('utf8')));
  return {
    code: new Promise((resolve) => child.once('exit', (code) => resolve(code))),
    stdout: () => out,
    stderr: () => err,
    kill: (signal = 'SIGTERM') => {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    },
  };
}

export interface Started {
  run: Run;
  /** The page's URL, with its trailing slash. */
  url: string;
  /** The btpeer gateway's port. */
  btpeerPort: number;
}

/** `npm start` on free ports, stopped after the test; resolves once it printed its URL. */
export async function npmStart(t: TestContext, prefix: string, env: Record<string, string> = {}): Promise<Started> {
  const start = run(['scripts/start.ts'], {
    DATA_DIR: await tempDir(t, `${prefix}-data-`),
    STATIC_DIR: await tempDir(t, `${prefix}-static-`),
    PORT: '0',
    HOST: '127.0.0.1',
    TURN_PORT: '0',
    GOSSIP_API_PORT: 'off',
    DHT_API_PORT: 'off',
    BTPEER_PORT: '0',
    BTPEER_HOST: '127.0.0.1',
    RELAY_HTTP_HOST: '127.0.0.1',
    RELAY_HTTP_PORT: '0',
    SMTP_SINK_PORT: '0',
    DEV_CHAIN_PORT: '0',
    ...env,
  });
  t.after(() => start.kill());
  const url = (await waitFor('npm start to print its URL', () => /open (http:\/\/\S+) in/.exec(start.stdout()), 60_000, 100))[1]!;
  const btpeerPort = Number(/btpeer\s+tcp port (\d+)/.exec(start.stdout())?.[1]);
  return { run: start, url, btpeerPort };
}
