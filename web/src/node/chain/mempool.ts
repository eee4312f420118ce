/**
 * The transaction buffer of seed 001, bounded: transfers waiting for a block. There are no fees,
 * so order is first come, first served, and per account by nonce: an account's pending transfers
 * form a run of consecutive nonces starting at its next one on the chain, and together spend no
 * more than it holds. A transfer that breaks that is refused with the ledger's codes; a full pool
 * refuses with 'at-capacity' rather than evicting someone else's transfer.
 */
import { err, ok, type Result } from '../base/errors.ts';
import type { Ledger } from './ledger.ts';
import type { SignedTransfer } from './transfer.ts';

export const MEMPOOL_MAX_TRANSFERS = 4096;
/** One account cannot take more than this share of the pool. */
export const MEMPOOL_MAX_PER_ACCOUNT = 64;

export class Mempool {
  readonly #byHash = new Map<string, SignedTransfer>();
  /** Each sender's pending transfers in nonce order. */
  readonly #bySender = new Map<string, SignedTransfer[]>();
  readonly #max: number;
  readonly #maxPerAccount: number;

  constructor(max = MEMPOOL_MAX_TRANSFERS, maxPerAccount = MEMPOOL_MAX_PER_ACCOUNT) {
    this.#max = max;
    this.#maxPerAccount = maxPerAccount;
  }

  get size(): number {
    return this.#byHash.size;
  }

  has(hash: string): boolean {
    return this.#byHash.has(hash);
  }

  get(hash: string): SignedTransfer | undefined {
    return this.#byHash.get(hash);
  }

  /** Every pending transfer, in arrival order. */
  all(): SignedTransfer[] {
    return [...this.#byHash.values()];
  }

  /** Pending transfers from `address`, in nonce order. */
  pendingFrom(address: string): readonly SignedTransfer[] {
    return this.#bySender.get(address) ?? [];
  }

  /**
   * Admits `t` against the chain's state: 'duplicate', 'wrong-chain', 'replayed', 'bad-nonce',
   * 'overspend', 'at-capacity'.
   */
  add(t: SignedTransfer, ledger: Ledger): Result<void> {
    if (this.#byHash.has(t.hash)) return err('duplicate', `transfer ${t.hash.slice(0, 12)}… is already pending`);
    if (t.chainId !== ledger.chainId) return err('wrong-chain', `made for chain ${t.chainId}, this is ${ledger.chainId}`);
    const account = ledger.account(t.from);
    const pending = this.pendingFrom(t.from);
    const next = account.nonce + pending.length;
    if (t.nonce < account.nonce || (t.nonce < next && pending.some((p) => p.nonce === t.nonce))) return err('replayed', `nonce ${t.nonce} is already used or pending (next is ${next})`);
    if (t.nonce > next) return err('bad-nonce', `nonce ${t.nonce} leaves a gap (next is ${next})`);
    const committed = pending.reduce((sum, p) => sum + p.amount, 0n);
    if (committed + t.amount > account.balance) return err('overspend', `${t.amount} units asked, ${account.balance - committed} left after pending transfers`);
    if (pending.length >= this.#maxPerAccount) return err('at-capacity', `${pending.length} transfers from ${t.from} are pending already`);
    if (this.#byHash.size >= this.#max) return err('at-capacity', `the pool holds ${this.#byHash.size} transfers`);
    this.#byHash.set(t.hash, t);
    this.#bySender.set(t.from, [...pending, t]);
    return ok(undefined);
  }

  /**
   * Transfers for a new block, at most `max`, in arrival order, each applying on top of the ones
   * before it (tried on a copy of the ledger).
   */
  select(ledger: Ledger, max: number): SignedTransfer[] {
    const scratch = ledger.clone();
    const chosen: SignedTransfer[] = [];
    for (const t of this.#byHash.values()) {
      if (chosen.length >= max) break;
      if (scratch.apply(t).ok) chosen.push(t);
    }
    return chosen;
  }

  /**
   * After the chain moved (blocks connected or a reorganisation): `returned` transfers (from
   * blocks taken off the chain) come back first, then everything pending is re-admitted against
   * the new state; what no longer fits (confirmed, or now spent twice) is dropped.
   */
  rebuild(ledger: Ledger, returned: readonly SignedTransfer[] = []): { dropped: SignedTransfer[] } {
    // Stable by nonce, so each sender's run is re-admitted in order.
    const candidates = [...returned, ...this.#byHash.values()].sort((a, b) => a.nonce - b.nonce);
    this.#byHash.clear();
    this.#bySender.clear();
    const dropped: SignedTransfer[] = [];
    for (const t of candidates) {
      const r = this.add(t, ledger);
      if (!r.ok && r.error.code !== 'duplicate') dropped.push(t);
    }
    return { dropped };
  }
}
