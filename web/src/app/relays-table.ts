/** The relays this tab knows, with the RTT measured to each one's TURN service and the one in use. */
import { LitElement, css, html, nothing } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { RelayRow, RelayState } from '../node/api.ts';
import { formatMs, shortId } from './format.ts';
import { shared, tableStyles } from './styles.ts';

const STATE_CLASS: Readonly<Record<RelayState, string>> = { ok: 'ok', measuring: 'warn', unreachable: 'bad' };

export class TmRelaysTable extends LitElement {
  static override properties = { rows: { attribute: false } };

  static override styles = [
    shared,
    tableStyles,
    css`
      section {
        margin-bottom: 1rem;
      }
      .num {
        text-align: right;
      }
      .urls {
        white-space: normal;
      }
      .state {
        display: inline-flex;
        align-items: center;
        gap: 0.35rem;
      }
      .empty {
        padding: 0.75rem 1rem;
      }
    `,
  ];

  declare rows: RelayRow[];

  constructor() {
    super();
    this.rows = [];
  }

  #row(relay: RelayRow) {
    return html`<tr data-relay=${relay.id}>
      <td><span class="mono" title=${relay.id}>${shortId(relay.id)}</span></td>
      <td class="urls">${relay.urls.map((url, i) => html`${i > 0 ? html`<br />` : nothing}<span class="mono">${url}</span>`)}</td>
      <td>
        <span class="state ${STATE_CLASS[relay.state]}"><span class="dot ${STATE_CLASS[relay.state]}"></span>${relay.state}</span>
      </td>
      <td class="num">${formatMs(relay.rttMs)}</td>
      <td>${relay.inUse ? html`<span class="badge ok" title="New connections use this relay's TURN service">in use</span>` : nothing}</td>
    </tr>`;
  }

  override render() {
    return html`<section aria-labelledby="relays-heading">
      <h2 id="relays-heading">Relays</h2>
      ${this.rows.length === 0
        ? html`<div class="card empty muted">No relays offered by the signaling server.</div>`
        : html`<div class="scroll">
            <table>
              <thead>
                <tr>
                  <th scope="col">Relay</th>
                  <th scope="col">TURN URLs</th>
                  <th scope="col">State</th>
                  <th scope="col" class="num">RTT</th>
                  <th scope="col"><span class="muted">In use</span></th>
                </tr>
              </thead>
              <tbody>
                ${repeat(this.rows, (r) => r.id, (r) => this.#row(r))}
              </tbody>
            </table>
          </div>`}
    </section>`;
  }
}

customElements.define('tm-relays-table', TmRelaysTable);

declare global {
  interface HTMLElementTagNameMap {
    'tm-relays-table': TmRelaysTable;
  }
}
