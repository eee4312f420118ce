/** The Node page: this tab's identity, roles (toggleable; the pipeline's as checkboxes), state and counters. */
import { LitElement, css, html, nothing } from 'lit';
import type { NodeState, TabmeshApi } from '../node/api.ts';
import { ROLES, type Role } from '../node/peers/roles.ts';
import { ApiSubscription } from './api-subscription.ts';
import { ClockController } from './clock.ts';
import './copy-button.ts';
import { errorMessage } from './errors.ts';
import { formatDuration } from './format.ts';
import { ROLE_COLORS } from './roles-palette.ts';
import { JOB_ROLE_DUTIES, JOB_ROLES } from './roles-presence.ts';
import { shared } from './styles.ts';

const STATE_CLASS: Readonly<Record<NodeState, string>> = {
  starting: 'warn',
  online: 'ok',
  offline: 'muted',
  stopped: 'muted',
  error: 'bad',
};

export class TmNodePage extends LitElement {
  static override properties = {
    api: { attribute: false },
    pendingRoles: { state: true },
    rolesError: { state: true },
  };

  static override styles = [
    shared,
    css`
      .grid {
        display: grid;
        grid-template-columns: max-content 1fr;
        gap: 0.55rem 1.5rem;
        align-items: baseline;
        margin: 0;
      }
      dt {
        color: var(--tm-muted);
      }
      dd {
        margin: 0;
        min-width: 0;
      }
      .id {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 0.5rem;
      }
      .id code {
        overflow-wrap: anywhere;
      }
      .chips {
        display: flex;
        flex-wrap: wrap;
        gap: 0.4rem;
      }
      .chip {
        display: inline-flex;
        align-items: center;
        gap: 0.4rem;
        border-radius: 999px;
        padding: 0.2rem 0.75rem;
      }
      .chip[aria-pressed='true'] {
        background: color-mix(in srgb, var(--role) 16%, white);
        border-color: var(--role);
        color: var(--tm-text);
        font-weight: 500;
      }
      .chip .dot {
        background: var(--role);
        opacity: 0.35;
      }
      .chip[aria-pressed='true'] .dot {
        opacity: 1;
      }
      .pipeline {
        display: grid;
        gap: 0.3rem;
      }
      .pipeline label {
        display: flex;
        align-items: baseline;
        gap: 0.45rem;
        cursor: pointer;
      }
      .pipeline input {
        margin: 0;
        accent-color: var(--role);
      }
      .roles-note {
        margin-top: 0.4rem;
        font-size: 0.85rem;
      }
      .error {
        margin-top: 0.5rem;
      }
      @media (max-width: 560px) {
        .grid {
          grid-template-columns: 1fr;
          gap: 0.1rem;
        }
        dd {
          margin-bottom: 0.5rem;
        }
      }
    `,
  ];

  declare api: TabmeshApi | undefined;
  /** Roles asked for and not yet confirmed by the node. */
  declare pendingRoles: readonly Role[] | undefined;
  declare rolesError: string | undefined;
  readonly #clock = new ClockController(this);

  constructor() {
    super();
    this.api = undefined;
    this.pendingRoles = undefined;
    this.rolesError = undefined;
    new ApiSubscription(this, () => this.api);
  }

  async #toggle(role: Role, current: readonly Role[]): Promise<void> {
    if (this.api === undefined || this.pendingRoles !== undefined) return;
    const next = current.includes(role)
      ? current.filter((r) => r !== role)
      : ROLES.filter((r) => r === role || current.includes(r));
    this.pendingRoles = next;
    this.rolesError = undefined;
    try {
      await this.api.setRoles(next);
    } catch (error) {
      this.rolesError = `Could not set roles: ${errorMessage(error)}`;
    } finally {
      this.pendingRoles = undefined;
    }
  }

  #roles(current: readonly Role[]) {
    const shown = this.pendingRoles ?? current;
    const pending = this.pendingRoles !== undefined;
    return html`
      <div class="chips" role="group" aria-label="Roles">
        ${ROLES.map(
          (role) => html`<button
            class="chip"
            style=${`--role: ${ROLE_COLORS[role]}`}
            aria-pressed=${shown.includes(role) ? 'true' : 'false'}
            ?disabled=${pending}
            @click=${() => void this.#toggle(role, current)}
          >
            <span class="dot"></span>${role}
          </button>`,
        )}
      </div>
    `;
  }

  /** The job pipeline's roles, the ones a tab is meant to take, with what each does. */
  #pipeline(current: readonly Role[]) {
    const shown = this.pendingRoles ?? current;
    const pending = this.pendingRoles !== undefined;
    return html`
      <div class="pipeline" role="group" aria-label="Pipeline roles">
        ${JOB_ROLES.map(
          (role) => html`<label style=${`--role: ${ROLE_COLORS[role]}`}>
            <input
              type="checkbox"
              .checked=${shown.includes(role)}
              ?disabled=${pending}
              @change=${() => void this.#toggle(role, current)}
            />
            <span>${role}</span>
            <span class="muted">${JOB_ROLE_DUTIES[role]}</span>
          </label>`,
        )}
      </div>
      ${pending ? html`<div class="roles-note muted">applying…</div>` : nothing}
      ${this.rolesError ? html`<div class="error" role="alert">${this.rolesError}</div>` : nothing}
    `;
  }

  override render() {
    if (this.api === undefined) return nothing;
    const s = this.api.status();
    // Ticks with the page clock between state changes; the node's own figure before it started.
    const uptime = s.startedAt > 0 ? Math.max(s.uptimeMs, this.#clock.now - s.startedAt) : s.uptimeMs;
    return html`<section class="card">
      <h2>This node</h2>
      <dl class="grid">
        <dt>Peer id</dt>
        <dd class="id"><code class="mono">${s.id}</code><tm-copy .value=${s.id}></tm-copy></dd>
        <dt>Roles</dt>
        <dd>${this.#roles(s.roles)}</dd>
        <dt>Pipeline</dt>
        <dd>${this.#pipeline(s.roles)}</dd>
        <dt>State</dt>
        <dd><span class="badge ${STATE_CLASS[s.state]}">${s.state}</span></dd>
        <dt>Signaling</dt>
        <dd>${s.signaling}</dd>
        <dt>Degree</dt>
        <dd>
          ${s.degree} open <span class="muted">· target ${s.targetDegree} · max ${s.maxDegree}</span>
        </dd>
        <dt>Uptime</dt>
        <dd>${formatDuration(uptime)}</dd>
        <dt>Started</dt>
        <dd>${s.startedAt > 0 ? new Date(s.startedAt).toLocaleString() : '—'}</dd>
        <dt>Identity slot</dt>
        <dd>${s.slot}</dd>
        ${s.error
          ? html`<dt>Error</dt>
              <dd><div class="error" role="alert">${s.error}</div></dd>`
          : nothing}
      </dl>
    </section>`;
  }
}

customElements.define('tm-node-page', TmNodePage);

declare global {
  interface HTMLElementTagNameMap {
    'tm-node-page': TmNodePage;
  }
}
