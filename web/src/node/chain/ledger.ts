/**
 * Balances and nonces, derived from the chain: each block's reward (1 coin, seed 001's) goes to its
 * miner, then its transfers apply in order. A transfer counts only on its own chain, at its
 * sender's next nonce, and only if the sender holds the amount; a refused transfer leaves the
 * state as it was. Codes: 'wrong-chain', 'replayed' (a nonce already used: a double spend),
 * 'bad-nonce' (a nonce ahead of the account's), 'overspend'.
 */
import { err, ok, type Result } from '../base/errors.ts';
import { COIN, type SignedTransfer } from './transfer.ts';

export const BLOCK_REWARD = COIN;

/** The accounts a block touched, as they were before it. */
export type LedgerUndo = Map<string, Account | undefined>;

export interface Account {
  balance: bigint;
  /** Transfers sent so far: the next one must carry this nonce. */
  nonce: number;
}

export class Ledger {
  readonly chainId: bigint;
  readonly #accounts = new Map<string, Account>();

  constructor(chainId: bigint) {
    this.chainId = chainId;
  }

  account(address: string): Account {
    const a = this.#accounts.get(address);
    return a ? { ...a } : { balance: 0n, nonce: 0 };
  }

  /** Whether `t` would apply now, and why not. */
  check(t: SignedTransfer): Result<void> {
    if (t.chainId !== this.chainId) return err('wrong-chain', `made for chain ${t.chainId}, this is ${this.chainId}`);
    const sender = this.account(t.from);
    if (t.nonce < sender.nonce) return err('replayed', `nonce ${t.nonce} already used (next is ${sender.nonce})`);
    if (t.nonce > sender.nonce) return err('bad-nonce', `nonce ${t.nonce} is ahead of the account (next is ${sender.nonce})`);
    if (t.amount > sender.balance) return err('overspend', `${t.amount} units asked, ${sender.balance} held`);
    return ok(undefined);
  }

  /** Applies `t` if it checks out; the state is unchanged otherwise. */
  apply(t: SignedTransfer): Result<void> {
    const checked = this.check(t);
    if (!checked.ok) return checked;
    const sender = this.account(t.from);
    this.#accounts.set(t.from, { balance: sender.balance - t.amount, nonce: sender.nonce + 1 });
    const recipient = this.account(t.to);
    this.#accounts.set(t.to, { ...recipient, balance: recipient.balance + t.amount });
    return ok(undefined);
  }

  /**
   * A block: its reward, then every transfer, all or nothing. Returns what undoes it: the
   * accounts it touched as they were before (undefined: the account did not exist).
   */
  applyBlock(miner: string, transfers: readonly SignedTransfer[]): Result<LedgerUndo> {
    const undo: LedgerUndo = new Map();
    for (const address of [miner, ...transfers.flatMap((t) => [t.from, t.to])]) {
      if (!undo.has(address)) undo.set(address, this.#accounts.get(address));
    }
    const rewarded = this.account(miner);
    this.#accounts.set(miner, { ...rewarded, balance: rewarded.balance + BLOCK_REWARD });
    for (const [i, t] of transfers.entries()) {
      const applied = this.apply(t);
      if (!applied.ok) {
        this.undo(undo);
        return err(applied.error.code, `transfer ${i} (${t.hash.slice(0, 8)}): ${applied.error.message}`);
      }
    }
    return ok(undo);
  }

  /** Puts back the accounts a block touched. */
  undo(undo: LedgerUndo): void {
    for (const [address, before] of undo) {
      if (before) this.#accounts.set(address, before);
      else this.#accounts.delete(address);
    }
  }

  /** An independent copy: block templates are tried on one. */
  clone(): Ledger {
    const copy = new Ledger(this.chainId);
    for (const [k, v] of this.#accounts) copy.#accounts.set(k, v);
    return copy;
  }

  /** Accounts with anything in them. */
  get size(): number {
    return this.#accounts.size;
  }
}
