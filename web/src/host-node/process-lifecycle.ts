/** What every Tabmesh process entry point shares: one logger shape, console logging, a bounded exit on signals. */

/** Every process logs through this: the server, the relay, its gateways, scripts. */
export interface Logger {
  info(message: string): void;
  warn(message: string, error?: unknown): void;
}

/** @roamhq/wrtc can keep a process alive for seconds after close; never wait longer than this. */
export const SHUTDOWN_GRACE_MS = 5_000;

export const consoleLogger: Logger = {
  info: (message) => console.log(message),
  warn: (message, error) => console.warn(message, error ?? ''),
};

/**
 * On SIGINT/SIGTERM: log, run `close`, exit 0 (1 if it failed or took longer than the grace).
 * A second signal exits at once.
 */
export function exitOnSignals(close: () => Promise<void>, logger: Logger = consoleLogger): void {
  let stopping = false;
  const stop = (signal: NodeJS.Signals): void => {
    if (stopping) process.exit(1);
    stopping = true;
    logger.info(`${signal}: shutting down`);
    setTimeout(() => process.exit(1), SHUTDOWN_GRACE_MS).unref();
    close().then(
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
