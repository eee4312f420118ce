/**
 * The dev chain `npm start` runs: anvil (Foundry's local EVM node, from the npm package
 * @foundry-rs/anvil-linux-amd64 — measured against Hardhat 3's node: ready in ~0.1 s against
 * ~0.6 s, 19 MiB against 131 MiB RSS) on 127.0.0.1 only, chain 31337, with funded dev accounts
 * from the well-known test mnemonic. Never in production: a real deployment points
 * CHAIN_RPC_URL at a real chain and sets DEV_CHAIN=off.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { HDNodeWallet, Mnemonic } from 'ethers';

/** Foundry's and Hardhat's default: every dev tool knows these accounts. */
export const DEV_MNEMONIC = 'test test test test test test test test test test test junk';
export const DEV_CHAIN_ID = 31337;
export const DEV_ACCOUNTS = 10;
/** Ether per dev account. */
export const DEV_BALANCE_ETH = 10_000;
/** Runs "$0 $@" until stdin closes (our end closed or our process gone), then stops it. */
const WATCHDOG = '"$0" "$@" & pid=$!; trap \'kill $pid 2>/dev/null; exit 0\' TERM; read -r _ || true; kill $pid 2>/dev/null; wait $pid';
/** anvil answers its first request well within this on a loaded 2-core machine. */
const READY_TIMEOUT_MS = 20_000;

export interface DevAccount {
  address: string;
  privateKey: string;
}

export interface DevChain {
  rpcUrl: string;
  chainId: number;
  accounts: DevAccount[];
  stop(): Promise<void>;
}

export function devAccounts(n = DEV_ACCOUNTS): DevAccount[] {
  const mnemonic = Mnemonic.fromPhrase(DEV_MNEMONIC);
  return Array.from({ length: n }, (_, i) => {
    const wallet = HDNodeWallet.fromMnemonic(mnemonic, `m/44'/60'/0'/0/${i}`);
    return { address: wallet.address, privateKey: wallet.privateKey };
  });
}

/** The anvil binary shipped in the npm package for this platform. */
export function anvilPath(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve('@foundry-rs/anvil-linux-amd64/package.json')), 'bin', 'anvil');
}

/** Starts anvil on 127.0.0.1:`port` (0 picks a free one) and waits until it answers. */
export async function startDevChain(options: { port?: number; blockTimeSeconds?: number } = {}): Promise<DevChain> {
  const args = ['--host', '127.0.0.1', '--port', String(options.port ?? 8545), '--chain-id', String(DEV_CHAIN_ID), '--accounts', String(DEV_ACCOUNTS), '--balance', String(DEV_BALANCE_ETH), '--mnemonic', DEV_MNEMONIC];
  if (options.blockTimeSeconds !== undefined) args.push('--block-time', String(options.blockTimeSeconds));
  // anvil does not notice its parent dying (a SIGKILLed `npm start`, a crashed test); a shell
  // holding our end of a pipe does, and takes anvil with it.
  const child = spawn('sh', ['-c', WATCHDOG, anvilPath(), ...args], { stdio: ['pipe', 'pipe', 'pipe'] });
  const port = await listeningPort(child);
  const rpcUrl = `http://127.0.0.1:${port}`;
  await waitForRpc(rpcUrl, child);
  return {
    rpcUrl,
    chainId: DEV_CHAIN_ID,
    accounts: devAccounts(),
    stop: () => stop(child),
  };
}

/** anvil prints `Listening on 127.0.0.1:<port>`; a port it could not take ends it. */
function listeningPort(child: ChildProcess): Promise<number> {
  return new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => fail(new Error('anvil did not start in time')), READY_TIMEOUT_MS);
    const fail = (error: Error): void => {
      clearTimeout(timer);
      child.kill('SIGKILL');
      reject(error);
    };
    const onData = (chunk: Buffer): void => {
      out += chunk.toString('utf8');
      const match = /Listening on [^\s:]+:(\d+)/.exec(out);
      if (match) {
        clearTimeout(timer);
        child.stdout?.off('data', onData);
        child.stdout?.resume();
        resolve(Number(match[1]));
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
    child.once('error', (error) => fail(error));
    child.once('exit', (code) => fail(new Error(`anvil exited (${code}): ${out.trim().split('\n').slice(-3).join(' ')}`)));
  });
}

async function waitForRpc(rpcUrl: string, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  for (;;) {
    try {
      const answer = await fetch(rpcUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'eth_chainId', params: [] }) });
      if (answer.ok) return;
    } catch {
      // not yet
    }
    if (Date.now() > deadline || child.exitCode !== null) throw new Error('anvil did not answer in time');
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), 3_000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.stdin?.end();
  });
}
