/**
 * The Mine page, seed 001's form: a candidate image, its label, and the label of the image on
 * the last block (shown here so the miner can look at it). The tab classifies the image first;
 * proof of work starts only when the label passes the gate, then runs in a Web Worker with
 * progress, hash rate and cancel, and the block found is published to the mesh.
 */
import { LitElement, css, html, nothing } from 'lit';
import type { TabmeshApi } from '../node/api.ts';
import type { ChainApi } from '../node/chain/app.ts';
import { GENESIS_HEADER } from '../node/chain/genesis.ts';
import { COCO_LABELS } from '../node/chain/coco-labels.ts';
import { chainOf, expectedHashes, shortHash } from './chain-format.ts';
import './chain-image.ts';
import './chain-mine-status.ts';
import { miningRunFor, type MiningRun } from './chain-mining-run.ts';
import { checkPhoto, PHOTO_LIMIT_TEXT, type CheckedPhoto } from './chain-photo.ts';
import { refusalView } from './chain-refusal.ts';
import { ChainSubscription } from './chain-subscription.ts';
import { formStyles, shared } from './styles.ts';

export class TmChainMinePage extends LitElement {
  static override properties = {
    api: { attribute: false },
    photo: { state: true },
  };

  static override styles = [
    shared,
    formStyles,
    css`
      .grid {
        display: grid;
        gap: 1rem;
        grid-template-columns: minmax(0, 3fr) minmax(220px, 2fr);
        align-items: start;
        margin-bottom: 1rem;
      }
      @media (max-width: 860px) {
        .grid {
          grid-template-columns: 1fr;
        }
      }
      form {
        display: grid;
        gap: 0.75rem;
        align-items: start;
      }
      input[type='text'] {
        width: 18rem;
        max-width: 100%;
      }
      .preview {
        display: flex;
        gap: 0.75rem;
        align-items: center;
      }
      .preview img {
        max-width: 12rem;
        max-height: 9rem;
        border-radius: var(--tm-radius);
      }
      .last {
        display: grid;
        gap: 0.5rem;
        justify-items: start;
        --tm-thumb-size: 14rem;
      }
      .actions {
        display: flex;
        gap: 0.5rem;
      }
      p {
        margin: 0;
      }
      .intro {
        margin-bottom: 0.75rem;
      }
    `,
  ];

  declare api: TabmeshApi | undefined;
  declare photo: CheckedPhoto | undefined;
  #run: MiningRun | undefined;
  #unsubscribeRun: (() => void) | undefined;

  constructor() {
    super();
    this.api = undefined;
    this.photo = undefined;
    new ChainSubscription(this, () => chainOf(this.api));
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#unsubscribeRun?.();
    this.#unsubscribeRun = undefined;
    this.#run = undefined;
    if (this.photo?.ok) URL.revokeObjectURL(this.photo.url);
    this.photo = undefined;
  }

  /** The mining run of this chain, followed while the page is shown (it outlives the page). */
  #runOf(chain: ChainApi): MiningRun {
    const run = miningRunFor(chain);
    if (run !== this.#run) {
      this.#unsubscribeRun?.();
      this.#run = run;
      this.#unsubscribeRun = run.subscribe(() => this.requestUpdate());
    }
    return run;
  }

  async #chosen(event: Event): Promise<void> {
    const file = (event.target as HTMLInputElement).files?.[0];
    if (this.photo?.ok) URL.revokeObjectURL(this.photo.url);
    this.photo = file ? await checkPhoto(file) : undefined;
  }

  #submit(event: SubmitEvent, run: MiningRun, bits: number): void {
    event.preventDefault();
    const photo = this.photo;
    if (!photo?.ok || run.view.running) return;
    const data = new FormData(event.target as HTMLFormElement);
    const label = String(data.get('label') ?? '').trim();
    const prevLabel = String(data.get('prevLabel') ?? '').trim();
    void run.start({ image: photo.bytes, label, prevLabel }, expectedHashes(bits));
  }

  #lastBlock(chain: ChainApi) {
    const head = chain.head();
    if (head.height === 0) {
      return html`<div class="last">
        <tm-chain-image .imageKey=${GENESIS_HEADER.imageKey}></tm-chain-image>
        <p>The chain holds only genesis, whose "image" is <strong>The Void</strong>: block 1's previous label is "The Void".</p>
      </div>`;
    }
    const block = chain.blocks(head.height, head.height)[0];
    return html`<div class="last" data-field="last-block" data-height=${head.height}>
      ${block ? html`<tm-chain-image .chain=${chain} .imageKey=${block.imageKey} alt="the image on the last block"></tm-chain-image>` : nothing}
      <p>
        Block <strong>#${head.height}</strong> <span class="mono muted" title=${head.hash}>${shortHash(head.hash)}</span>, labelled “<strong>${head.label}</strong>” by its miner. What does
        it show? Your block names it as its previous label, and every node checks that the model sees it there.
      </p>
    </div>`;
  }

  #form(chain: ChainApi, run: MiningRun) {
    const head = chain.head();
    const bits = head.height === 0 ? GENESIS_HEADER.bits : (chain.blocks(head.height, head.height)[0]?.bits ?? GENESIS_HEADER.bits);
    const photo = this.photo;
    const running = run.view.running;
    return html`<form @submit=${(e: SubmitEvent) => this.#submit(e, run, bits)}>
      <label
        >Candidate image (PNG or JPEG, at most ${PHOTO_LIMIT_TEXT})
        <input type="file" name="image" accept="image/png,image/jpeg" @change=${(e: Event) => void this.#chosen(e)} />
      </label>
      ${photo?.ok
        ? html`<div class="preview"><img src=${photo.url} alt="the candidate image" /><span class="muted">${photo.width} × ${photo.height} px · ${(photo.bytes.length / 1024).toFixed(0)} KiB</span></div>`
        : nothing}
      ${photo && !photo.ok ? html`<div class="error" data-field="image-error">${photo.message}</div>` : nothing}
      <label
        >What the image shows (one of the model's 80 labels)
        <input type="text" name="label" list="coco-labels" required autocomplete="off" placeholder="cat, cup, person…" />
      </label>
      <label
        >What the image on the last block shows
        <input type="text" name="prevLabel" list="prev-labels" required autocomplete="off" .value=${head.height === 0 ? 'The Void' : ''} />
      </label>
      <datalist id="coco-labels">${COCO_LABELS.map((l) => html`<option value=${l}></option>`)}</datalist>
      <datalist id="prev-labels"><option value="The Void"></option>${COCO_LABELS.map((l) => html`<option value=${l}></option>`)}</datalist>
      <div class="actions">
        <button class="primary" type="submit" data-action="mine" ?disabled=${running || !photo?.ok}>Classify and mine</button>
        <button type="button" data-action="cancel" ?disabled=${!running} @click=${() => run.cancel()}>Cancel</button>
      </div>
    </form>`;
  }

  override render() {
    const chain = chainOf(this.api);
    if (!chain) return html`<div class="card muted">Photoblocks is not running on this node.</div>`;
    const run = this.#runOf(chain);
    const v = run.view;
    return html`
      <div class="grid">
        <section class="card">
          <h2>Mine a block</h2>
          <p class="muted intro">
            The model in this tab looks at your image first; proof of work starts only when it sees your label there. The block's reward, 1 coin, goes to this tab's account.
          </p>
          ${this.#form(chain, run)}
        </section>
        <section class="card">
          <h2>The last block</h2>
          ${this.#lastBlock(chain)}
        </section>
      </div>
      ${v.status || v.refusal || v.mined
        ? html`<section class="card" data-field="mining">
            <h2>${v.running ? 'Mining' : 'Last run'}</h2>
            <tm-chain-mine-status .status=${v.status} .label=${v.label} .expected=${v.expected}></tm-chain-mine-status>
            ${v.mined
              ? html`<p data-field="mined">Block <strong>#${v.mined.height}</strong> <span class="mono" title=${v.mined.hash}>${shortHash(v.mined.hash)}</span> is on the chain. See it in the <a href="#explorer">Explorer</a>.</p>`
              : nothing}
            ${refusalView(v.refusal)}
          </section>`
        : nothing}
    `;
  }
}

customElements.define('tm-chain-mine-page', TmChainMinePage);

declare global {
  interface HTMLElementTagNameMap {
    'tm-chain-mine-page': TmChainMinePage;
  }
}
