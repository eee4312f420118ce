/**
 * Entry point: reads the configuration from the environment, starts the server, and shuts it
 * down promptly on SIGINT/SIGTERM.
 */
import { consoleLogger, exitOnSignals } from '../../web/src/host-node/process-lifecycle.ts';
import { join } from 'node:path';
import { chainView } from '../../web/src/host-node/chain-config.ts';
import { loadOrCreateSecret } from '../../web/src/host-node/secret-file.ts';
import { ConfigError, loadConfig, trustOptions } from './config.ts';
import { startSignalingServer } from './server.ts';

const logger = consoleLogger;

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(2);
    }
    throw error;
  }
  // TURN_SECRET, else the secret kept in DATA_DIR: relays started on this machine read the same file.
  const turnSecret = await loadOrCreateSecret(config.turnSecret, join(config.dataDir, 'turn-secret'));
  const server = await startSignalingServer({
    port: config.port,
    host: config.host,
    staticDir: config.staticDir,
    iceServers: config.iceServers,
    corsOrigins: config.corsOrigins,
    turnSecret,
    turnCredentialTtlSeconds: config.turnCredentialTtlSeconds,
    ...trustOptions(config),
    ...(config.publicUrl !== undefined ? { publicUrl: config.publicUrl } : {}),
    appConfig: { ...(config.chain && { chain: chainView(config.chain) }), ...(config.opusMt && { opusMt: config.opusMt }) },
    logger,
  });
  const openUrl = config.publicUrl ?? server.url;
  logger.info(`Tabmesh signaling server on ${openUrl}  — open it in a browser tab`);

  exitOnSignals(() => server.close(), logger);
}

main().catch((error: unknown) => {
  console.error('Tabmesh signaling server failed to start:', error);
  process.exit(1);
});
