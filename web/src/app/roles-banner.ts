/**
 * tm-roles-banner, above every page: when the mesh has no broker, transcription or translation
 * node, says which is missing (jobs wait until one joins) and offers to take the role here.
 */
import { LitElement, css, html, nothing } from 'lit';
import type { TabmeshApi } from '../node/api.ts';
import type { JobsPresence } from '../node/jobs/api.ts';
import { ApiSubscription } from './api-subscription.ts';
import { ClockController } from './clock.ts';
import { errorMessage } from './errors.ts';
import { JOB_ROLE_NOUNS, missingText, presenceNotice, PRESENCE_POLL_MS, withRoles, type JobRole, type PresenceNotice } from './roles-presence.ts';
import { shared } from './styles.ts';

export class TmRolesBanner extends LitElement {
  static override properties = {
    api: { attribute: false },
    pending: { state: true },
    error: { state: true },
  };

  static override styles = [
    shared,
    css`
      .banner {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 0.5rem 1rem;
        margin-bottom: 1rem;
        padding: 0.6rem 1rem;
        border: 1px solid #f0d49a;
        border-left: 4px solid var(--tm-warn);
        border-radius: var(--tm-radius);
        background: #fff8ea;
      }
      .text {
        flex: 1 1 20rem;
      }
      .note {
        font-size: 0.85rem;
      }
      .error {
        flex-basis: 100%;
      }
    `,
  ];

  declare api: TabmeshApi | undefined;
  /** Set while a setRoles call is on its way. */
  declare pending: boolean;
  declare error: string | undefined;
  readonly #clock = new ClockController(this, PRESENCE_POLL_MS);

  constructor() {
    super();
    this.api = undefined;
    this.pending = false;
    this.error = undefined;
    new ApiSubscription(this, () => this.api);
  }

  async #take(roles: readonly JobRole[]): Promise<void> {
    if (this.api === undefined || this.pending) return;
    this.pending = true;
    this.error = undefined;
    try {
      await this.api.setRoles(withRoles(this.api.roles(), roles));
    } catch (error) {
      this.error = `Could not take the role: ${errorMessage(error)}`;
    } finally {
      this.pending = false;
    }
  }

  #notice(api: TabmeshApi): PresenceNotice | undefined {
    const s = api.status();
    if (s.state !== 'online') return undefined;
    let presence: JobsPresence;
    try {
      presence = api.jobs.presence();
    } catch {
      return undefined; // the jobs service has not started
    }
    return presenceNotice(presence, s.roles, s.startedAt, this.#clock.now);
  }

  override render() {
    const notice = this.api === undefined ? undefined : this.#notice(this.api);
    if (notice === undefined) return this.error ? html`<div class="error" role="alert">${this.error}</div>` : nothing;
    const { missing, offer, pending } = notice;
    const text = missingText(missing);
    const label = offer.length === 1 ? `Be the ${JOB_ROLE_NOUNS[offer[0] as JobRole]}` : `Take these ${offer.length} roles`;
    return html`<div class="banner" role="status">
      <div class="text">
        <strong>${text.lacks}</strong> ${text.waits}
        ${pending.length > 0
          ? html`<div class="note muted">This tab holds the ${pending.join(' and ')} role; the mesh has not heard its advert yet.</div>`
          : nothing}
      </div>
      ${offer.length > 0
        ? html`<button class="primary" ?disabled=${this.pending} title=${`Adds ${offer.join(', ')} to this tab's roles`} @click=${() => void this.#take(offer)}>
            ${this.pending ? 'Taking…' : `${label} in this tab`}
          </button>`
        : nothing}
      ${this.error ? html`<div class="error" role="alert">${this.error}</div>` : nothing}
    </div>`;
  }
}

customElements.define('tm-roles-banner', TmRolesBanner);

declare global {
  interface HTMLElementTagNameMap {
    'tm-roles-banner': TmRolesBanner;
  }
}
