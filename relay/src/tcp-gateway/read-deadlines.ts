/**
 * The two deadlines of a gateway connection's incoming side, on an injected clock:
 *
 * - 'partial-message': a message begun must be complete within `partialMessageTimeoutMs` of its first
 *   byte (not of the latest one, so trickling a byte now and then does not keep a slot);
 * - 'idle': no whole message either way for `idleTimeoutMs` while the client waits for nothing
 *   from the gateway and has no message begun (that one is the partial deadline's).
 *
 * While the gateway itself stops reading the connection (its own backpressure), both wait: the
 * gateway is behind, not the client; reading again starts fresh windows. Each timer is re-armed
 * only when it fires, never per read.
 */
import { systemClock, type Clock, type TimerHandle } from '../../../web/src/node/base/clock.ts';
import { checkInt } from './check-int.ts';
import { DEFAULT_IDLE_TIMEOUT_MS, DEFAULT_PARTIAL_MESSAGE_TIMEOUT_MS, MAX_TIMEOUT_MS } from './constants.ts';

export type ReadDeadline = 'partial-message' | 'idle';

export interface ReadDeadlineOptions {
  readonly clock: Clock;
  readonly partialMessageTimeoutMs: number;
  readonly idleTimeoutMs: number;
}

/** A gateway's deadline options, defaults filled in and checked ('bad-field' naming the option). */
export function readDeadlineOptions(options: { clock?: Clock; partialMessageTimeoutMs?: number; idleTimeoutMs?: number }): ReadDeadlineOptions {
  return {
    clock: options.clock ?? systemClock,
    partialMessageTimeoutMs: checkInt(options.partialMessageTimeoutMs ?? DEFAULT_PARTIAL_MESSAGE_TIMEOUT_MS, 1, MAX_TIMEOUT_MS, 'partialMessageTimeoutMs'),
    idleTimeoutMs: checkInt(options.idleTimeoutMs ?? DEFAULT_IDLE_TIMEOUT_MS, 1, MAX_TIMEOUT_MS, 'idleTimeoutMs'),
  };
}

export class ReadDeadlines {
  readonly #options: ReadDeadlineOptions;
  readonly #waitingOnGateway: () => boolean;
  readonly #onExpired: (deadline: ReadDeadline) => void;
  #lastActive: number;
  /** When the message now incomplete began; undefined when none is. */
  #partialSince: number | undefined;
  #idleTimer: TimerHandle | undefined;
  #partialTimer: TimerHandle | undefined;
  #paused = false;
  #stopped = false;

  constructor(options: ReadDeadlineOptions, waitingOnGateway: () => boolean, onExpired: (deadline: ReadDeadline) => void) {
    this.#options = options;
    this.#waitingOnGateway = waitingOnGateway;
    this.#onExpired = onExpired;
    this.#lastActive = options.clock.now();
    this.#armIdle(options.idleTimeoutMs);
  }

  /** A whole message went to the client. */
  markActive(): void {
    this.#lastActive = this.#options.clock.now();
  }

  /** After each read: the bytes of a message not yet complete, and whether a whole one arrived. */
  afterRead(partialBytes: number, completed: boolean): void {
    if (this.#stopped) return;
    const now = this.#options.clock.now();
    if (completed) this.#lastActive = now;
    if (partialBytes === 0) {
      this.#partialSince = undefined; // a pending timer finds nothing to do
      return;
    }
    if (completed || this.#partialSince === undefined) this.#partialSince = now;
    this.#armPartial(this.#options.partialMessageTimeoutMs);
  }

  pause(): void {
    this.#paused = true;
    this.#clearTimers();
  }

  resume(): void {
    if (!this.#paused || this.#stopped) return;
    this.#paused = false;
    const now = this.#options.clock.now();
    this.#lastActive = now;
    this.#armIdle(this.#options.idleTimeoutMs);
    if (this.#partialSince !== undefined) {
      this.#partialSince = now;
      this.#armPartial(this.#options.partialMessageTimeoutMs);
    }
  }

  stop(): void {
    this.#stopped = true;
    this.#clearTimers();
  }

  #armIdle(ms: number): void {
    if (this.#paused || this.#stopped || this.#idleTimer !== undefined) return;
    this.#idleTimer = this.#options.clock.setTimeout(() => this.#idleFired(), ms);
  }

  #armPartial(ms: number): void {
    if (this.#paused || this.#stopped || this.#partialTimer !== undefined) return;
    this.#partialTimer = this.#options.clock.setTimeout(() => this.#partialFired(), ms);
  }

  #idleFired(): void {
    this.#idleTimer = undefined;
    const now = this.#options.clock.now();
    if (this.#waitingOnGateway() || this.#partialSince !== undefined) this.#lastActive = now;
    const due = this.#lastActive + this.#options.idleTimeoutMs;
    if (now >= due) this.#expire('idle');
    else this.#armIdle(due - now);
  }

  #partialFired(): void {
    this.#partialTimer = undefined;
    if (this.#partialSince === undefined) return;
    const now = this.#options.clock.now();
    const due = this.#partialSince + this.#options.partialMessageTimeoutMs;
    if (now >= due) this.#expire('partial-message');
    else this.#armPartial(due - now);
  }

  #expire(deadline: ReadDeadline): void {
    this.stop();
    this.#onExpired(deadline);
  }

  #clearTimers(): void {
    if (this.#idleTimer !== undefined) this.#options.clock.clearTimeout(this.#idleTimer);
    if (this.#partialTimer !== undefined) this.#options.clock.clearTimeout(this.#partialTimer);
    this.#idleTimer = undefined;
    this.#partialTimer = undefined;
  }
}
