/** A Lit controller that re-renders its host every second (or `tickMs`) while connected (uptime, "3 s ago"). */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export const CLOCK_TICK_MS = 1000;

export class ClockController implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #tickMs: number;
  #timer: ReturnType<typeof setInterval> | undefined;
  /** Wall-clock time of the current render, so one render uses one "now" throughout. */
  now = Date.now();

  constructor(host: ReactiveControllerHost, tickMs = CLOCK_TICK_MS) {
    this.#host = host;
    this.#tickMs = tickMs;
    host.addController(this);
  }

  hostConnected(): void {
    this.#timer ??= setInterval(() => this.#host.requestUpdate(), this.#tickMs);
  }

  hostUpdate(): void {
    this.now = Date.now();
  }

  hostDisconnected(): void {
    if (this.#timer !== undefined) clearInterval(this.#timer);
    this.#timer = undefined;
  }
}
