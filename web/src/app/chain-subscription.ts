/**
 * ApiSubscription for the chain: re-renders the host when the chain moves or its pool changes
 * (`api.chain.subscribe`), coalesced the same way: at most one render per RENDER_INTERVAL_MS,
 * on an animation frame.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ChainApi } from '../node/chain/app.ts';
import { RENDER_INTERVAL_MS } from './api-subscription.ts';

export class ChainSubscription implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #getChain: () => ChainApi | undefined;
  #subscribedTo: ChainApi | undefined;
  #unsubscribe: (() => void) | undefined;
  #connected = false;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #frame: number | undefined;
  #lastRender = 0;

  /** `getChain` is read on connect and before every update, so the host may receive it late. */
  constructor(host: ReactiveControllerHost, getChain: () => ChainApi | undefined) {
    this.#host = host;
    this.#getChain = getChain;
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
    const chain = this.#connected ? this.#getChain() : undefined;
    if (chain === this.#subscribedTo) return;
    this.#drop();
    if (chain === undefined) return;
    this.#subscribedTo = chain;
    this.#unsubscribe = chain.subscribe(() => this.#schedule());
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
