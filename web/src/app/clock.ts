/** A Lit controller that re-renders its host every second while connected (uptime, "3 s ago"). */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export const CLOCK_TICK_MS = 1000;

export class ClockController implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  #timer: ReturnType<typeof setInterval> | undefined;
  /** Wall-clock time of the current render, so one render uses one "now" throughout. */
  now = Date.now();

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {
    this.#timer ??= setInterval(() => this.#host.requestUpdate(), CLOCK_TICK_MS);
  }

  hostUpdate(): void {
    this.now = Date.now();
  }

  hostDisconnected(): void {
    if (this.#timer !== undefined) clearInterval(this.#timer);
    this.#timer = undefined;
  }
}
