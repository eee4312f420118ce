/**
 * `npm run relay`: one relay from the environment (relay/src/config.ts). Prints what it listens
 * on; SIGINT/SIGTERM close it and exit. A bad configuration exits 2, a failed start 1.
 */
import { loadRelayConfig, RelayConfigError } from './config.ts';
import { PortInUseError, startRelay, type RelayLogger } from './relay.ts';

/** @roamhq/wrtc can keep the process alive for seconds after close; never wait longer than this. */
const SHUTDOWN_GRACE_MS = 5_000;

const logger: RelayLogger = {
  info: (message) => console.log(message),
  warn: (message, error) => console.warn(message, error ?? ''),
};

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
      `  signaling  ${config.signalingUrl}`,
      `  mail       ${redact(config.smtpUrl)} from ${config.mailFrom}`,
      `  data       ${config.dataDir}`,
    ].join('\n'),
  );

  let stopping = false;
  const stop = (signal: NodeJS.Signals): void => {
    if (stopping) process.exit(1);
    stopping = true;
    logger.info(`${signal}: shutting down`);
    setTimeout(() => process.exit(1), SHUTDOWN_GRACE_MS).unref();
    relay.close().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.warn('shutdown failed', error);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
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
