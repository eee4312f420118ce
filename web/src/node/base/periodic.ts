import type { Clock, Random, TimerHandle } from './clock.ts';

/**
 * Periodic loops re-armed with setTimeout (never setInterval, so a slow run cannot pile up),
 * jittered ±20% so a swarm started together does not beat in step. Owned by a running node;
 * stop() cancels every timer.
 */
export class PeriodicTasks {
  readonly #clock: Clock;
  readonly #random: Random;
  readonly #timers = new Map<string, TimerHandle>();
  #stopped = false;

  constructor(clock: Clock, random: Random) {
    this.#clock = clock;
    this.#random = random;
  }

  add(name: string, intervalMs: number, task: () => void | Promise<void>, firstDelayMs = intervalMs): void {
    const arm = (ms: number): void => {
      if (this.#stopped) return;
      this.#timers.set(
        name,
        this.#clock.setTimeout(async () => {
          try {
            await task();
          } catch {
            // a failed round is retried on the next one; the task reports its own errors
          }
          arm(intervalMs * (0.8 + this.#random() * 0.4));
        }, ms),
      );
    };
    arm(firstDelayMs);
  }

  stop(): void {
    this.#stopped = true;
    for (const timer of this.#timers.values()) this.#clock.clearTimeout(timer);
    this.#timers.clear();
  }
}
