/**
 * The DHT page (seed 003, Chord): put / get of values and of content, this node's place on the
 * ring with its fingers and the keys it holds, the table of those keys, and lookup statistics.
 * Ring maintenance changes the ring without node events, so besides the API subscription the
 * page re-reads it on the one-second clock (which also ticks the "expires in" column).
 */
import { LitElement, css, html, nothing } from 'lit';
import type { TabmeshApi } from '../node/api.ts';
import type { DhtApi, DhtStats, LocalRecord, RingView } from '../node/dht/api.ts';
import { ApiSubscription } from './api-subscription.ts';
import { ClockController } from './clock.ts';
import './dht-content.ts';
import { describeError, meanHops } from './dht-format.ts';
import './dht-put-get.ts';
import './dht-records.ts';
import './dht-ring.ts';
import { shared } from './styles.ts';

interface Snapshot {
  ring: RingView;
  records: LocalRecord[];
  stats: DhtStats;
}

function dhtOf(api: TabmeshApi | undefined): DhtApi | undefined {
  // Hosts gain the DHT one at a time; a host without it still gets a page that says so.
  return (api as { dht?: DhtApi } | undefined)?.dht;
}

export class TmDhtPage extends LitElement {
  static override properties = {
    api: { attribute: false },
  };

  static override styles = [
    shared,
    css`
      .top {
        display: grid;
        gap: 1rem;
        grid-template-columns: minmax(0, 3fr) minmax(240px, 2fr);
        align-items: start;
        margin-bottom: 1rem;
      }
      @media (max-width: 860px) {
        .top {
          grid-template-columns: 1fr;
        }
      }
      section {
        margin-bottom: 1rem;
      }
      p {
        margin: -0.4rem 0 0.75rem;
        font-size: 0.85rem;
      }
      dl {
        display: grid;
        grid-template-columns: 1fr max-content;
        gap: 0.4rem 1rem;
        margin: 0;
        font-variant-numeric: tabular-nums;
      }
      dt {
        color: var(--tm-muted);
      }
      dd {
        margin: 0;
        text-align: right;
      }
      dt.group {
        grid-column: 1 / -1;
        color: var(--tm-text);
        font-weight: 600;
        margin-top: 0.5rem;
      }
    `,
  ];

  declare api: TabmeshApi | undefined;
  readonly #clock = new ClockController(this);

  constructor() {
    super();
    this.api = undefined;
    new ApiSubscription(this, () => this.api);
  }

  #snapshot(dht: DhtApi): Snapshot | { error: string } {
    try {
      return { ring: dht.ring(), records: dht.records(), stats: dht.stats() };
    } catch (error) {
      return { error: describeError(error) };
    }
  }

  #stats(stats: DhtStats) {
    return html`<section class="card">
      <h2>Stats</h2>
      <dl>
        <dt class="group">Lookups</dt>
        <dt>lookups</dt>
        <dd>${stats.lookups}</dd>
        <dt>failures</dt>
        <dd class=${stats.lookupFailures > 0 ? 'warn' : ''}>${stats.lookupFailures}</dd>
        <dt>mean hops</dt>
        <dd>${meanHops(stats)}</dd>
        <dt>forwarded for others</dt>
        <dd>${stats.forwarded}</dd>
        <dt>maintenance messages sent</dt>
        <dd>${stats.maintenanceSent}</dd>
        <dt class="group">Records</dt>
        <dt>stored</dt>
        <dd>${stats.recordsStored}</dd>
        <dt>refused</dt>
        <dd class=${stats.recordsRefused > 0 ? 'warn' : ''}>${stats.recordsRefused}</dd>
        <dt>expired</dt>
        <dd>${stats.recordsExpired}</dd>
      </dl>
    </section>`;
  }

  override render() {
    if (this.api === undefined) return nothing;
    const dht = dhtOf(this.api);
    if (dht === undefined) return html`<div class="card muted">The DHT is not running on this node.</div>`;
    const snapshot = this.#snapshot(dht);
    return html`
      ${'error' in snapshot
        ? html`<div class="error" role="alert">Could not read the DHT: ${snapshot.error}</div>`
        : html`<div class="top">
            <section class="card">
              <h2>Ring</h2>
              <p class="muted">Node ids and keys by their first 32 bits, clockwise from 0 at the top.</p>
              <tm-dht-ring .ring=${snapshot.ring} .records=${snapshot.records}></tm-dht-ring>
            </section>
            ${this.#stats(snapshot.stats)}
          </div>`}
      <section class="card"><tm-dht-put-get .dht=${dht}></tm-dht-put-get></section>
      <section class="card"><tm-dht-content .dht=${dht}></tm-dht-content></section>
      ${'error' in snapshot
        ? nothing
        : html`<section>
            <h2>Keys held here (${snapshot.records.length})</h2>
            <tm-dht-records .records=${snapshot.records} .now=${this.#clock.now}></tm-dht-records>
          </section>`}
    `;
  }
}

customElements.define('tm-dht-page', TmDhtPage);

declare global {
  interface HTMLElementTagNameMap {
    'tm-dht-page': TmDhtPage;
  }
}
