/**
 * `npm run worker`: a Node peer that adds pipeline capacity to the mesh (worker/src/config.ts for
 * its options). Prints what it runs; SIGINT/SIGTERM close it and exit. A bad configuration exits
 * 2, a failed start 1.
 */
import { consoleLogger, exitOnSignals } from '../../web/src/host-node/process-lifecycle.ts';
import { lockDir, DirLockedError } from '../../web/src/host-node/dir-lock.ts';
import { startWorkerPeer, translatorsFromEnv, TranslatorConfigError } from '../../web/src/host-node/worker-peer.ts';
import { createApertiumEngine } from '../../web/src/host-node/apertium.ts';
import { createOpusMtEngine } from '../../web/src/host-node/opus-mt.ts';
import { PROMETHEUS_CONTENT_TYPE } from '../../web/src/host-node/prometheus.ts';
import { startOpsHttp, type OpsHttp } from '../../web/src/host-node/ops-http.ts';
import type { TranslationEngine } from '../../web/src/node/jobs/engines.ts';
import { loadWorkerConfig, workerHelp, WorkerConfigError, type WorkerConfig } from './config.ts';
import { renderWorkerMetrics, workerHealth, WorkTimings, type WorkerSnapshot } from './metrics.ts';

const logger = consoleLogger;

function configure(): { config: WorkerConfig; translators: TranslationEngine[] } {
  try {
    const config = loadWorkerConfig(process.argv.slice(2), process.env);
    if (config === 'help') {
      console.log(workerHelp());
      process.exit(0);
    }
    return { config, translators: translatorsFromEnv(process.env) };
  } catch (error) {
    if (error instanceof WorkerConfigError || error instanceof TranslatorConfigError) {
      console.error(error.message);
      process.exit(2);
    }
    throw error;
  }
}

async function main(): Promise<void> {
  const { config, translators } = configure();
  let unlock: () => void;
  try {
    unlock = lockDir(config.dataDir, 'worker');
  } catch (error) {
    if (error instanceof DirLockedError) {
      console.error(`Tabmesh worker: ${error.message} (--data-dir, WORKER_DATA_DIR)`);
      process.exit(2);
    }
    throw error;
  }
  const notes: string[] = [];
  if (config.roles.includes('translation') && config.apertium !== null) {
    const apertium = await createApertiumEngine({ binary: config.apertium, modesDir: config.apertiumModesDir });
    if ('engine' in apertium) translators.unshift(apertium.engine);
    else notes.push(`Apertium not used: ${apertium.missing}; translating with ${translators.length > 0 ? 'LibreTranslate and ' : ''}the lexicon (word level)`);
  }
  if (config.roles.includes('translation') && config.opusMt !== null) {
    // Neural first: among sentence-level engines the worker's order decides.
    const opusMt = await createOpusMtEngine(config.opusMt);
    if ('engine' in opusMt) translators.unshift(opusMt.engine);
    else notes.push(`Opus-MT not used: ${opusMt.missing}`);
  }
  const timings = new WorkTimings();
  const startedAt = Date.now();
  let worker;
  try {
    worker = await startWorkerPeer({
      signalingUrl: config.signalingUrl,
      dataDir: config.dataDir,
      roles: config.roles,
      capacity: config.capacity,
      translators,
      observe: (kind, ms, ok) => timings.observe(kind, ms, ok),
      ...(config.chain && { chain: config.chain }),
    });
  } catch (error) {
    unlock();
    console.error(`Tabmesh worker failed to start: ${String(error)}`);
    process.exit(1);
  }
  const snapshot = (): WorkerSnapshot => {
    const counters = worker.jobs.counters();
    const held: WorkerSnapshot['held'] = {};
    for (const r of worker.jobs.brokerJobs()) if (r.primary === worker.id) held[r.stage] = (held[r.stage] ?? 0) + 1;
    return {
      id: worker.id,
      roles: worker.roles,
      signaling: worker.peer.signaling.state,
      peers: worker.peer.node.manager.degree,
      uptimeSeconds: Math.floor((Date.now() - startedAt) / 1000),
      load: counters.workerLoad,
      capacity: config.capacity,
      worker: counters.worker,
      broker: counters.broker,
      held,
    };
  };
  let http: OpsHttp | undefined;
  if (config.httpPort !== null) {
    try {
      http = await startOpsHttp({
        host: config.httpHost,
        port: config.httpPort,
        routes: {
          '/healthz': () => ({ type: 'application/json; charset=utf-8', body: JSON.stringify(workerHealth(snapshot())) }),
          '/metrics': () => ({ type: PROMETHEUS_CONTENT_TYPE, body: renderWorkerMetrics(snapshot(), timings) }),
        },
        onError: (error) => logger.warn('http: error', error),
      });
    } catch (error) {
      await worker.close();
      unlock();
      const inUse = (error as NodeJS.ErrnoException).code === 'EADDRINUSE';
      console.error(`Tabmesh worker: ${inUse ? `port ${config.httpPort} is taken; set --http-port (WORKER_HTTP_PORT), 0 for a free one, or off` : String(error)}`);
      process.exit(1);
    }
  }
  const engines = translators.map((t) => `${t.name} (${t.pairs().join(' ')})`);
  logger.info(
    [
      `Tabmesh worker ${worker.id}`,
      `  roles      ${worker.roles.join(', ')}${config.roles.length !== worker.roles.length ? ` (asked: ${config.roles.join(', ')})` : ''}`,
      `  signaling  ${config.signalingUrl}`,
      `  translates ${[...engines, 'lexicon (en → es fr it de, word level)'].join('; ')}`,
      `  capacity   ${config.capacity} at once`,
      `  chain      ${config.chain ? `${config.chain.rpcUrl} (chain ${config.chain.terms.chainId})` : 'none (no broker role)'}`,
      `  HTTP       ${http ? `http://${config.httpHost}:${http.port}/healthz  /metrics` : 'off'}`,
      `  data       ${config.dataDir}`,
      ...notes.map((n) => `  note       ${n}`),
    ].join('\n'),
  );
  exitOnSignals(async () => {
    await http?.close();
    await worker.close();
    unlock();
  }, logger);
}

main().catch((error: unknown) => {
  console.error('Tabmesh worker failed:', error);
  process.exit(1);
});
