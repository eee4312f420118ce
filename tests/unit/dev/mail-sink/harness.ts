/** Shared helpers for the mail tests: temp dirs, a sink on port 0, a nodemailer client for it. */
import type { TestContext } from 'node:test';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer } from 'node:net';
import { createTransport } from 'nodemailer';
import { startSmtpSink, type SmtpSink, type SmtpSinkOptions } from '../../../../scripts/dev/mail-sink/index.ts';

export async function tempDir(t: TestContext): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'tabmesh-mail-'));
  t.after(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

/** A deterministic millisecond clock that moves only when told to. */
export class ManualClock {
  #now: number;
  constructor(start = 1_700_000_000_000) {
    this.#now = start;
  }
  now(): number {
    return this.#now;
  }
  advance(ms: number): void {
    this.#now += ms;
  }
}

export async function startSink(
  t: TestContext,
  options: Partial<SmtpSinkOptions> & { dir: string },
): Promise<SmtpSink> {
  const sink = await startSmtpSink({ port: 0, ...options });
  t.after(() => sink.close());
  return sink;
}

/** A plain nodemailer client for the sink (no TLS, the sink has STARTTLS disabled). */
export function client(port: number) {
  return createTransport({ host: '127.0.0.1', port, secure: false, ignoreTLS: true });
}

/** A port nothing listens on: bind one, then let it go. */
export async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address !== null ? address.port : 0;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
