/**
 * `npm start` (after `vite build`): everything a developer needs, in one process — the dev SMTP
 * sink, the signaling server serving the app (with the sink's outbox under /api/outbox), and one
 * relay (TURN, mesh peer with its DHT, mail, the course gossip and DHT gateways) sharing the
 * TURN secret with the server. Prints the URL to open; Ctrl-C (or SIGTERM) stops everything and
 * exits.
 *
 * Configured by the same environment variables as the processes it embeds (README,
 * "Configuration"); every port may be 0 for a free one. SIGNALING_URL and SMTP_URL are set here:
 * the relay talks to this server and this sink.
 */
import { join } from 'node:path';
import { ConfigError, loadConfig, trustOptions } from '../signaling-server/src/config.ts';
import { startSignalingServer, type SignalingServer } from '../signaling-server/src/server.ts';
import { loadRelayConfig, RelayConfigError, type RelayConfig } from '../relay/src/config.ts';
import { createOutboxHandler, DEFAULT_SINK_HOST, DEFAULT_SINK_PORT, startSmtpSink, type SmtpSink } from './dev/mail-sink/index.ts';
import { PortInUseError, startRelay, TURN_SECRET_FILE, type Relay } from '../relay/src/relay.ts';
import { privateLanRange } from '../relay/src/turn/index.ts';
import { consoleLogger as logger, exitOnSignals, SHUTDOWN_GRACE_MS } from '../web/src/host-node/process-lifecycle.ts';
import { loadOrCreateSecret } from '../web/src/host-node/secret-file.ts';
import { startWorkerPeer, TranslatorConfigError, translatorsFromEnv, type WorkerPeer } from '../web/src/host-node/worker-peer.ts';
import { chainForStart } from './dev/chain/chain-for-start.ts';
import { parseWorkerRoles } from '../worker/src/config.ts';
import type { Role } from '../web/src/node/peers/roles.ts';
import type { DevChain } from './dev/chain/dev-chain.ts';

interface Running {
  sink?: SmtpSink;
  server?: SignalingServer;
  relay?: Relay;
  chain?: DevChain;
  worker?: WorkerPeer;
}

const running: Running = {};

async function main(): Promise<void> {
  const env = process.env;
  let serverConfig;
  let sinkPort;
  let relayBase: RelayConfig;
  let translators;
  let workerRoles: Role[];
  try {
    serverConfig = loadConfig(env);
    sinkPort = parseSinkPort(env['SMTP_SINK_PORT']);
    relayBase = loadRelayConfig(env);
    translators = translatorsFromEnv(env);
    const parsed = parseWorkerRoles(env['WORKER_ROLES']);
    if (parsed.problem !== undefined) throw new ConfigError([`WORKER_ROLES${parsed.problem}`]);
    workerRoles = parsed.roles;
  } catch (error) {
    if (error instanceof ConfigError || error instanceof RelayConfigError || error instanceof SinkPortError || error instanceof TranslatorConfigError) {
      console.error(error.message);
      process.exit(2);
    }
    throw error;
  }
  const dataDir = relayBase.dataDir;
  const secret = await loadOrCreateSecret(env['TURN_SECRET'], join(dataDir, TURN_SECRET_FILE));

  const chain = await chainForStart(env).catch((error: unknown) => fail(error, 'dev chain', 'DEV_CHAIN_PORT (or DEV_CHAIN=off)'));
  if (chain.devChain) running.chain = chain.devChain;

  running.sink = await startSmtpSink({
    dir: join(dataDir, 'mail'),
    host: DEFAULT_SINK_HOST,
    port: sinkPort,
    onError: (error) => logger.warn('mail sink: error', error),
  }).catch((error: unknown) => fail(error, `SMTP sink port ${sinkPort}`, 'SMTP_SINK_PORT'));
  const sink = running.sink;

  running.server = await startSignalingServer({
    port: serverConfig.port,
    host: serverConfig.host,
    staticDir: serverConfig.staticDir,
    iceServers: serverConfig.iceServers,
    corsOrigins: serverConfig.corsOrigins,
    ...(serverConfig.publicUrl !== undefined && { publicUrl: serverConfig.publicUrl }),
    turnSecret: secret,
    turnCredentialTtlSeconds: serverConfig.turnCredentialTtlSeconds,
    ...trustOptions(serverConfig),
    appConfig: { ...(chain.view && { chain: chain.view }), ...(serverConfig.opusMt && { opusMt: serverConfig.opusMt }) },
    extraRoutes: createOutboxHandler(sink, {
      onError: (error) => logger.warn('outbox: error', error),
      ...(env['OUTBOX_TOKEN'] && { token: env['OUTBOX_TOKEN'] }),
    }),
    logger,
  }).catch((error: unknown) => fail(error, `signaling server port ${serverConfig.port}`, 'PORT'));
  const server = running.server;

  const lanRange = privateLanRange(relayBase.turnRelayIp);
  const relayConfig: RelayConfig & { secret: string } = {
    ...relayBase,
    signalingUrl: `http://${reachableHost(serverConfig.host)}:${server.port}/`,
    smtpUrl: `smtp://${DEFAULT_SINK_HOST}:${sink.port}`,
    // On a machine whose only address is loopback, TURN can only ever relay to loopback peers.
    turnAllowLoopbackPeers: relayBase.turnAllowLoopbackPeers || relayBase.turnRelayIp.startsWith('127.'),
    // Likewise a relay on a private LAN address relays to that LAN (TURN refuses private ranges).
    turnAllowedPeerRanges: lanRange === null ? relayBase.turnAllowedPeerRanges : [...new Set([...relayBase.turnAllowedPeerRanges, lanRange])],
    // Mail goes only to the local sink here, so any node announcing translation may send unless
    // MAIL_ALLOWED_SENDERS says otherwise (a relay on its own sends for nobody by default).
    mailSenders: env['MAIL_ALLOWED_SENDERS'] === undefined ? { ids: new Set(), anyWithRole: true } : relayBase.mailSenders,
    chain: chain.chain,
    secret,
  };
  running.relay = await startRelay(relayConfig, { logger }).catch((error: unknown) => fail(error, 'relay', ''));
  const relay = running.relay;
  // One Node peer holding the pipeline's roles, so that a lone tab's job is served.
  running.worker = await startWorkerPeer({ signalingUrl: relayConfig.signalingUrl, dataDir: join(dataDir, 'worker'), roles: workerRoles, translators, ...(chain.chain && { chain: chain.chain }) }).catch(
    (error: unknown) => fail(error, 'worker peer', ''),
  );
  const worker = running.worker;

  const openUrl = serverConfig.publicUrl ?? server.url;
  const httpHost = reachableHost(relayConfig.httpHost);
  const tcp = relay.turnTcpPort === relay.turnPort ? '' : ` (tcp ${relay.turnTcpPort})`;
  logger.info(
    [
      `Tabmesh is running — open ${openUrl} in a few browser tabs`,
      `  relay      ${relay.id}`,
      `  TURN       udp+tcp port ${relay.turnPort}${tcp}, announced as ${relay.turnUrls.join(' ')}`,
      ...(lanRange === null ? [] : [`             relays into the private LAN ${lanRange} too (TURN_RELAY_IP is private; a public relay refuses it)`]),
      `  relay HTTP http://${httpHost}:${relay.httpPort}/healthz  /metrics`,
      `  gossip API ${relay.gossipApiPort === null ? 'off' : `tcp port ${relay.gossipApiPort}`}`,
      `  DHT API    ${relay.dhtApiPort === null ? 'off' : `tcp port ${relay.dhtApiPort}`}`,
      `  btpeer     ${relay.btpeerPort === null ? 'off' : `tcp port ${relay.btpeerPort}`}`,
      `  mail sink  smtp://${DEFAULT_SINK_HOST}:${sink.port} → ${join(dataDir, 'mail')} (Outbox: ${openUrl}api/outbox)`,
      `  worker     ${worker.id} (${worker.roles.join(', ')})`,
      ...chainLines(chain),
      `  data       ${dataDir}`,
      'Ctrl-C stops everything.',
    ].join('\n'),
  );
  exitOnSignals(closeAll, logger);
}

/** The relay first (its byes and signaling go out while the server still runs), then the rest. */
async function closeAll(): Promise<void> {
  await running.worker?.close();
  await running.relay?.close();
  await running.server?.close();
  await running.sink?.close();
  await running.chain?.stop();
}

function chainLines({ chain, devChain }: Awaited<ReturnType<typeof chainForStart>>): string[] {
  if (!chain) return ['  chain      none (DEV_CHAIN=off and no CHAIN_RPC_URL): jobs cannot be paid'];
  const price = `${chain.terms.priceWei} wei to ${chain.terms.serviceAddress}, ${chain.terms.confirmations} confirmation(s)`;
  if (!devChain) return [`  chain      ${chain.rpcUrl} (chain ${chain.terms.chainId}); a job costs ${price}`];
  return [
    `  dev chain  ${devChain.rpcUrl} (anvil, chain ${devChain.chainId}); a job costs ${price}`,
    '             dev accounts (10 000 ETH each; never use these keys on a real chain):',
    ...devChain.accounts.slice(0, 4).map((a, i) => `             ${i}  ${a.address}  ${a.privateKey}`),
  ];
}

/** Says clearly which port is taken, closes what already runs, exits 1. */
async function fail(error: unknown, what: string, variable: string): Promise<never> {
  if (error instanceof PortInUseError) console.error(`Tabmesh could not start: ${error.message}`);
  else if ((error as NodeJS.ErrnoException | undefined)?.code === 'EADDRINUSE') {
    console.error(`Tabmesh could not start: ${what} is already in use; stop what holds it or set ${variable}`);
  } else console.error(`Tabmesh could not start the ${what}:`, error);
  setTimeout(() => process.exit(1), SHUTDOWN_GRACE_MS).unref();
  await closeAll().catch(() => undefined);
  process.exit(1);
}

class SinkPortError extends Error {}

function parseSinkPort(raw: string | undefined): number {
  const value = raw?.trim();
  if (value === undefined || value === '') return DEFAULT_SINK_PORT;
  if (!/^\d+$/.test(value) || Number(value) > 65_535) {
    throw new SinkPortError(`invalid configuration:\n  SMTP_SINK_PORT must be an integer in 0..65535, got ${JSON.stringify(raw)}`);
  }
  return Number(value);
}

/** A wildcard listen address is reached on loopback from this machine. */
function reachableHost(host: string): string {
  if (host === '0.0.0.0') return '127.0.0.1';
  if (host === '::') return '[::1]';
  return host.includes(':') ? `[${host}]` : host;
}

main().catch((error: unknown) => {
  console.error('Tabmesh failed to start:', error);
  void closeAll().finally(() => process.exit(1));
});
