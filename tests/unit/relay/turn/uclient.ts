/**
 * Runs coturn's independent test client, turnutils_uclient, against a server and reads its
 * verdict. The binary is part of the test environment (Debian package `coturn`): when it is
 * missing the test fails and says so — it never skips.
 */
import { spawn } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { mintTurnCredential } from '../../../../relay/src/turn/index.ts';

export const UCLIENT = process.env['TURNUTILS_UCLIENT'] ?? '/usr/bin/turnutils_uclient';
/** The recipe's run (200 messages × 20 ms) takes ~10 s; beyond a minute something hangs. */
const RUN_TIMEOUT_MS = 60_000;

export interface UclientResult {
  readonly exitCode: number | null;
  readonly output: string;
  readonly lostPackets: number | null;
  readonly sentMessages: number | null;
  readonly receivedMessages: number | null;
}

export function assertUclientInstalled(): void {
  try {
    accessSync(UCLIENT, constants.X_OK);
  } catch {
    throw new Error(`${UCLIENT} is not installed: apt-get install coturn (or set TURNUTILS_UCLIENT)`);
  }
}

export async function runUclient(options: {
  port: number;
  secret: string;
  peerId: string;
  nowMs: number;
  tcp: boolean;
  extraArgs?: readonly string[];
}): Promise<UclientResult> {
  assertUclientInstalled();
  const { username, credential } = mintTurnCredential(options.secret, options.peerId, 3600, options.nowMs);
  const args = ['-u', username, '-w', credential, '-p', String(options.port), '-y', '-n', '200', '-l', '200', '-m', '2', '-X'];
  if (options.tcp) args.push('-t');
  args.push(...(options.extraArgs ?? []), '127.0.0.1');
  const child = spawn(UCLIENT, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const timer = setTimeout(() => child.kill('SIGKILL'), RUN_TIMEOUT_MS);
  const exitCode = await new Promise<number | null>((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code) => resolve(code));
  }).finally(() => clearTimeout(timer));
  const number = (pattern: RegExp): number | null => {
    const matches = [...output.matchAll(pattern)];
    const last = matches.at(-1);
    return last ? Number(last[1]) : null;
  };
  return {
    exitCode,
    output,
    lostPackets: number(/Total lost packets (\d+)/g),
    sentMessages: number(/tot_send_msgs=(\d+)/g),
    receivedMessages: number(/tot_recv_msgs=(\d+)/g),
  };
}
