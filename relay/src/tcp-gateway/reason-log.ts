/**
 * Warnings about clients a gateway closed or refused, by reason, without letting an attack flood
 * the log: at most one line per reason per REASON_LOG_INTERVAL_MS, saying how many were not
 * logged since. Counting is the caller's (every event is counted in /metrics).
 */
import type { Clock } from '../../../web/src/node/base/clock.ts';
import { REASON_LOG_INTERVAL_MS } from './constants.ts';

/** Structurally the relay's RelayLogger. */
export interface TcpGatewayLogger {
  info(message: string): void;
  warn(message: string, error?: unknown): void;
}

export class ReasonLog {
  readonly #name: string;
  readonly #clock: Clock;
  readonly #logger: TcpGatewayLogger | undefined;
  readonly #last = new Map<string, { at: number; missed: number }>();

  /** @param name the gateway, as every line starts: 'gossip gateway' */
  constructor(name: string, clock: Clock, logger: TcpGatewayLogger | undefined) {
    this.#name = name;
    this.#clock = clock;
    this.#logger = logger;
  }

  /** Warns `message` (prefixed with the gateway's name) unless `reason` was logged within the interval. */
  log(reason: string, message: string): void {
    if (!this.#logger) return;
    const now = this.#clock.now();
    const last = this.#last.get(reason);
    if (last && now - last.at < REASON_LOG_INTERVAL_MS) {
      last.missed++;
      return;
    }
    const more = last && last.missed > 0 ? ` (${last.missed} more not logged since)` : '';
    this.#last.set(reason, { at: now, missed: 0 });
    this.#logger.warn(`${this.#name}: ${message}${more}`);
  }
}
