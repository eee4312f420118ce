/**
 * `scripts/start.ts` (what `npm start` runs after the build) as a child process on free ports:
 * it prints the URL and the course gateways' ports, the signaling server and the relay answer
 * /healthz, the relay registers, the sink's outbox is mounted, SIGTERM exits 0; a taken TURN port
 * and a bad variable are reported clearly.
 */
import { test, type TestContext } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { connect, createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { createTransport } from 'nodemailer';
import { getJson, tempDir, waitFor, within } from './helpers.ts';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
/** Start-up is a second or two (it loads wrtc and the server); generous for a loaded machine. */
const START_MS = 20_000;
/** The script's own hard stop is 5 s; it should exit well before. */
const EXIT_MS = 8_000;

interface Started {
  child: ChildProcess;
  output(): string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

async function runStart(t: TestContext, env: Record<string, string>): Promise<Started> {
  const dataDir = await tempDir(t, 'tabmesh-start-');
  const staticDir = await tempDir(t, 'tabmesh-static-');
  const child = spawn(process.execPath, ['scripts/start.ts'], {
    cwd: ROOT,
    env: {
      PATH: process.env['PATH'] ?? '',
      DATA_DIR: dataDir,
      STATIC_DIR: staticDir,
      PORT: '0',
      HOST: '127.0.0.1',
      TURN_PORT: '0',
      GOSSIP_API_PORT: '0',
      DHT_API_PORT: '0',
      BTPEER_PORT: '0',
      TURN_HOST: '127.0.0.1',
      TURN_RELAY_IP: '127.0.0.1',
      RELAY_HTTP_HOST: '127.0.0.1',
      RELAY_HTTP_PORT: '0',
      SMTP_SINK_PORT: '0',
      DEV_CHAIN_PORT: '0',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  t.after(() => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  });
  return { child, output: () => output, exited };
}

test('npm start: prints the URL, serves /healthz on the server and the relay, mounts the outbox, exits 0 on SIGTERM', async (t) => {
  const run = await runStart(t, {});
  const printed = await waitFor('the URL to open', () => /open (http:\/\/\S+) in/.exec(run.output()), START_MS);
  const url = printed[1]!;
  const relayHttp = /relay HTTP (http:\/\/\S+)\/healthz/.exec(run.output())?.[1];
  const sinkPort = Number(/mail sink +smtp:\/\/127\.0\.0\.1:(\d+)/.exec(run.output())?.[1]);
  assert.ok(relayHttp, run.output());
  assert.ok(sinkPort > 0, run.output());
  assert.match(run.output(), /TURN +udp\+tcp port \d+, announced as turn:127\.0\.0\.1:\d+\?transport=udp/);
  // Both course gateways print the real port a 0 picked, and the DHT one accepts connections.
  assert.match(run.output(), /gossip API +tcp port [1-9]\d*/);
  const dhtApiPort = Number(/DHT API +tcp port (\d+)/.exec(run.output())?.[1]);
  assert.ok(dhtApiPort > 0, run.output());
  await new Promise<void>((resolve, reject) => {
    const socket = connect({ host: '127.0.0.1', port: dhtApiPort }, () => {
      socket.destroy();
      resolve();
    });
    socket.once('error', reject);
  });

  // The dev chain and the worker peer are up, and the page is told the chain and the price.
  assert.match(run.output(), /dev chain +http:\/\/127\.0\.0\.1:\d+ \(anvil, chain 31337\)/);
  assert.match(run.output(), /worker +[0-9a-f]{64} \(broker, transcription, translation\)/);
  const config = (await getJson(`${url}config.json`)).body as { chain?: { chainId: string; priceWei: string; dev?: { accounts: unknown[] } } };
  assert.equal(config.chain?.chainId, '31337');
  assert.equal(config.chain?.priceWei, '1000000000000000');
  assert.equal(config.chain?.dev?.accounts.length, 9);

  const server = await getJson(`${url}healthz`);
  assert.equal(server.status, 200);
  assert.equal((server.body as { status: string }).status, 'ok');
  // The relay registers with the server it was pointed at.
  await waitFor('the relay to register', async () => ((await getJson(`${relayHttp}/healthz`)).body as { signaling: string }).signaling === 'registered', START_MS);
  // The relay and the worker peer (broker, transcription, translation) are the server's nodes.
  await waitFor('the server to count both', async () => ((await getJson(`${url}healthz`)).body as { nodes: number }).nodes === 2, START_MS);
  const relay = (await getJson(`${relayHttp}/healthz`)).body as { status: string; id: string };
  assert.equal(relay.status, 'ok');
  assert.match(run.output(), new RegExp(`relay +${relay.id}`));

  // The dev sink is up, and what it keeps shows under the server's /api/outbox.
  const smtp = createTransport({ host: '127.0.0.1', port: sinkPort, secure: false, ignoreTLS: true });
  await smtp.sendMail({ from: 'a@example.com', to: 'b@example.com', subject: 'smoke', text: 'hi' });
  const outbox = (await getJson(`${url}api/outbox`)).body as { total: number; messages: { subject: string }[] };
  assert.equal(outbox.total, 1);
  assert.equal(outbox.messages[0]?.subject, 'smoke');

  run.child.kill('SIGTERM');
  const { code } = await within('exit after SIGTERM', run.exited, EXIT_MS);
  assert.equal(code, 0, run.output());
});

test('npm start: a taken TURN port is named with its variable, exit 1; a bad variable exits 2', async (t) => {
  const holder = createServer();
  await new Promise<void>((resolve) => holder.listen(0, '127.0.0.1', resolve));
  t.after(() => new Promise<void>((resolve) => holder.close(() => resolve())));
  const taken = String((holder.address() as { port: number }).port);

  const busy = await runStart(t, { TURN_PORT: taken });
  const busyExit = await within('exit with a taken TURN port', busy.exited, START_MS);
  assert.equal(busyExit.code, 1, busy.output());
  assert.match(busy.output(), new RegExp(`TURN \\(udp/tcp\\) port ${taken} is already in use.*set TURN_PORT`));

  const bad = await runStart(t, { TURN_PORT: 'lots' });
  const badExit = await within('exit with a bad variable', bad.exited, START_MS);
  assert.equal(badExit.code, 2, bad.output());
  assert.match(bad.output(), /TURN_PORT must be an integer/);
});
