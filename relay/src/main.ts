/**
 * `npm run relay`: one relay from the environment (relay/src/config.ts). Prints what it listens
 * on; SIGINT/SIGTERM close it and exit. A bad configuration exits 2, a failed start 1.
 */
import { consoleLogger, exitOnSignals } from '../../web/src/host-node/process-lifecycle.ts';
import { loadRelayConfig, RelayConfigError } from './config.ts';
import { PortInUseError, startRelay } from './relay.ts';

const logger = consoleLogger;

async function main(): Promise<void> {
  let config;
  try {
    config = loadRelayConfig();
  } catch (error) {
    if (error instanceof RelayConfigError) {
      console.error(error.message);
      process.exit(2);
    }
    throw error;
  }
  let relay;
  try {
    relay = await startRelay(config, { logger });
  } catch (error) {
    console.error(`Tabmesh relay failed to start: ${error instanceof PortInUseError ? error.message : String(error)}`);
    process.exit(1);
  }
  const httpHost = config.httpHost === '0.0.0.0' ? 'localhost' : config.httpHost;
  const tcp = relay.turnTcpPort === relay.turnPort ? '' : ` (tcp ${relay.turnTcpPort})`;
  logger.info(
    [
      `Tabmesh relay ${relay.id}`,
      `  TURN       udp+tcp ${config.turnHost}:${relay.turnPort}${tcp}, relayed address ${config.turnRelayIp}, realm ${config.turnRealm}`,
      `  announces  ${relay.turnUrls.join(' ')}`,
      `  HTTP       http://${httpHost}:${relay.httpPort}/healthz  /metrics`,
      `  gossip API ${relay.gossipApiPort === null ? 'off' : `tcp ${config.gossipApiHost}:${relay.gossipApiPort} (course protocol, PROTOCOLS.md §1)`}`,
      `  DHT API    ${relay.dhtApiPort === null ? 'off' : `tcp ${config.dhtApiHost}:${relay.dhtApiPort} (course protocol, PROTOCOLS.md §2)`}`,
      `  btpeer     ${relay.btpeerPort === null ? 'off' : `tcp ${config.btpeerHost}:${relay.btpeerPort} (seed 000, PROTOCOLS.md §3)`}`,
      `  DHT        ${relay.dht.records().length} records loaded, r=${config.dhtSuccessors}, max TTL ${config.dhtMaxTtlSeconds} s`,
      `  chain      ${relay.chain ? `height ${relay.chain.tip().height} loaded, full node and seed; read API http://${httpHost}:${relay.httpPort}/chain/head` : 'off (RELAY_CHAIN=off)'}`,
      `  signaling  ${config.signalingUrl}`,
      `  mail       ${redact(config.smtpUrl)} from ${config.mailFrom}`,
      `  data       ${config.dataDir}`,
    ].join('\n'),
  );

  exitOnSignals(() => relay.close(), logger);
}

/** SMTP credentials live in the URL; never print them. */
function redact(url: string): string {
  const parsed = new URL(url);
  if (parsed.password !== '') parsed.password = '***';
  return parsed.href;
}

main().catch((error: unknown) => {
  console.error('Tabmesh relay failed:', error);
  process.exit(1);
});
