import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';
import { startSignalingServer } from '../../../signaling-server/src/server.ts';
import { connectRegistered, waitForEvent, WAIT_MS } from './harness.ts';

const MAIN = fileURLToPath(new URL('../../../signaling-server/src/main.ts', import.meta.url));

test('close() disconnects clients, frees the port, and is idempotent', async (t) => {
  const server = await startSignalingServer({ port: 0, host: '127.0.0.1' });
  t.after(() => server.close());
  assert.equal(server.url, `http://127.0.0.1:${server.port}/`);
  const client = await connectRegistered(t, server);
  // A keep-alive HTTP connection must not hold close() up.
  assert.equal((await fetch(new URL('/healthz', server.url))).status, 200);
  const dropped = waitForEvent<string>(client.socket, 'disconnect');
  await Promise.all([server.close(), server.close()]);
  assert.equal(await dropped, 'transport close', 'clients see a transport close and may reconnect later');
  await assert.rejects(fetch(new URL('/healthz', server.url), { signal: AbortSignal.timeout(WAIT_MS) }));
});

test('main.ts prints the URL, serves, and exits 0 on SIGTERM', async (t) => {
  const child = spawn(process.execPath, [MAIN], {
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', ICE_SERVERS: '[]' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  t.after(() => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  });
  const exited = once(child, 'exit');
  let stdout = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no URL printed; stdout: ${stdout}`)), 10_000);
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const match = /Tabmesh signaling server on (http:\/\/\S+)\s+— open it in a browser tab/.exec(stdout);
      if (match?.[1] !== undefined) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    void exited.then(() => {
      clearTimeout(timer);
      reject(new Error(`exited early; stdout: ${stdout}`));
    });
  });
  assert.equal((await fetch(new URL('/healthz', url))).status, 200);
  child.kill('SIGTERM');
  const [code] = await exited;
  assert.equal(code, 0);
});

test('main.ts refuses a bad configuration with exit code 2', async () => {
  const child = spawn(process.execPath, [MAIN], { env: { ...process.env, PORT: 'nope' }, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const [code] = await once(child, 'exit');
  assert.equal(code, 2);
  assert.match(stderr, /PORT/);
});
