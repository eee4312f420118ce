/**
 * A Lit controller that re-renders its host when the node's state changes. The API may fire on
 * every probe and packet, so updates are coalesced: at most one render per RENDER_INTERVAL_MS,
 * and the render itself waits for an animation frame (none while the tab is hidden).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { TabmeshApi } from '../node/api.ts';

/** Four renders a second is plenty for tables of numbers and keeps 100-row tables cheap. */
export const RENDER_INTERVAL_MS = 250;

export class ApiSubscription implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #getApi: () => TabmeshApi | undefined;
  #subscribedTo: TabmeshApi | undefined;
  #unsubscribe: (() => void) | undefined;
  #connected = false;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #frame: number | undefined;
  #lastRender = 0;

  /** `getApi` is read on connect and before every update, so the host may receive its api late. */
  constructor(host: ReactiveControllerHost, getApi: () => TabmeshApi | undefined) {
    this.#host = host;
    this.#getApi = getApi;
    host.addController(this);
  }

  hostConnected(): void {
    this.#connected = true;
    this.#sync();
  }

  hostUpdate(): void {
    this.#sync();
  }

  hostUpdated(): void {
    this.#lastRender = performance.now();
  }

  hostDisconnected(): void {
    this.#connected = false;
    this.#drop();
  }

  #sync(): void {
    const api = this.#connected ? this.#getApi() : undefined;
    if (api === this.#subscribedTo) return;
    this.#drop();
    if (api === undefined) return;
    this.#subscribedTo = api;
    this.#unsubscribe = api.subscribe(() => this.#schedule());
  }

  #drop(): void {
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
    this.#subscribedTo = undefined;
    if (this.#timer !== undefined) clearTimeout(this.#timer);
    if (this.#frame !== undefined) cancelAnimationFrame(this.#frame);
    this.#timer = undefined;
    this.#frame = undefined;
  }

  #schedule(): void {
    if (this.#timer !== undefined || this.#frame !== undefined) return;
    const wait = Math.max(0, this.#lastRender + RENDER_INTERVAL_MS - performance.now());
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      this.#frame = requestAnimationFrame(() => {
        this.#frame = undefined;
        this.#host.requestUpdate();
      });
    }, wait);
  }
}
