/**
 * What a person does with Photoblocks, in one object for the pages and `window.tabmesh.chain`:
 * hold an account key (the same secp256k1 kind as node identities and MetaMask), read balances,
 * blocks and transfers, send coins, and mine. Values cross as plain data: amounts in units as
 * decimal strings (1 coin = 10^8 units), hashes as hex.
 */
import { computeAddress, getAddress, hexlify, SigningKey } from 'ethers';
import { err, ok, type Result } from '../base/errors.ts';
import type { PeerId } from '../base/peer-id.ts';
import { PHOTOBLOCKS_CHAIN_ID } from './genesis.ts';
import { bytesHex, encodeHeader } from './header.ts';
import type { MiningSession, MiningStatus } from './mining-session.ts';
import type { ChainService } from './service.ts';
import { signTransfer } from './transfer.ts';

export interface ChainKeyStore {
  load(): Promise<string | undefined>;
  save(privateKey: string): Promise<void>;
}

export interface HeadView {
  height: number;
  hash: string;
  label: string;
  /** Cumulative work, decimal. */
  work: string;
  timestamp: number;
}

export interface BlockView {
  height: number;
  hash: string;
  /** The exact header bytes, hex: SHA-256 of them is `hash`. */
  headerHex: string;
  prevHash: string;
  txRoot: string;
  timestamp: number;
  miner: string;
  label: string;
  prevLabel: string;
  imageKey: string;
  bits: number;
  nonce: string;
  transfers: TransferView[];
}

export interface TransferView {
  hash: string;
  from: string;
  to: string;
  /** Units, decimal. */
  amount: string;
  nonce: number;
  timestamp: number;
}

export type TransferStatus = { status: 'confirmed'; height: number; confirmations: number; blockHash: string } | { status: 'pending' } | { status: 'unknown' };

export interface NodeView {
  id: PeerId;
  roles: string[];
  linked: boolean;
  /** The neighbour's chain height as it last told this node. */
  height: number | undefined;
}

/** The chain as pages and `window.tabmesh.chain` use it: ChainApp's public methods. */
export type ChainApi = Pick<ChainApp, 'account' | 'createAccount' | 'importAccount' | 'head' | 'blocks' | 'image' | 'balance' | 'transferStatus' | 'send' | 'mine' | 'cancelMining' | 'nodes' | 'subscribe' | 'blockStatus' | 'refusals'>;

/** Blocks one call returns at most. */
export const MAX_BLOCKS_PER_CALL = 100;

export class ChainApp {
  readonly #service: ChainService;
  readonly #session: MiningSession;
  readonly #keys: ChainKeyStore;
  readonly #nodes: () => NodeView[];
  #key: string | undefined;
  #mining: AbortController | undefined;

  constructor(parts: { service: ChainService; session: MiningSession; keys: ChainKeyStore; nodes: () => NodeView[] }) {
    this.#service = parts.service;
    this.#session = parts.session;
    this.#keys = parts.keys;
    this.#nodes = parts.nodes;
  }

  /** This tab's account, if it has a key. */
  async account(): Promise<{ address: string } | undefined> {
    this.#key ??= await this.#keys.load();
    return this.#key === undefined ? undefined : { address: computeAddress(this.#key).toLowerCase() };
  }

  /** A new key for this tab; the private key is shown once so its owner can keep it. */
  async createAccount(): Promise<{ address: string; privateKey: string }> {
    const privateKey = hexlify(crypto.getRandomValues(new Uint8Array(32)));
    await this.#use(privateKey);
    return { address: computeAddress(privateKey).toLowerCase(), privateKey };
  }

  /** Uses an existing key (a MetaMask export, another tab's): 'bad-field' for anything else. */
  async importAccount(privateKey: string): Promise<Result<{ address: string }>> {
    const hex = privateKey.trim().startsWith('0x') ? privateKey.trim() : `0x${privateKey.trim()}`;
    try {
      new SigningKey(hex);
    } catch {
      return err('bad-field', 'not a secp256k1 private key (64 hex digits)');
    }
    await this.#use(hex);
    return ok({ address: computeAddress(hex).toLowerCase() });
  }

  head(): HeadView {
    const tip = this.#service.chain.tip();
    return { height: tip.height, hash: tip.hash, label: tip.header.label, work: tip.work.toString(), timestamp: tip.header.timestamp };
  }

  /** Blocks `from`..`to` (inclusive) of the followed chain, at most MAX_BLOCKS_PER_CALL. */
  blocks(from: number, to: number): BlockView[] {
    const chain = this.#service.chain;
    const views: BlockView[] = [];
    for (let h = Math.max(1, from); h <= Math.min(to, chain.active.height, from + MAX_BLOCKS_PER_CALL - 1); h++) {
      const block = chain.blockAt(h);
      if (!block) break;
      const { header } = block;
      views.push({
        height: header.height,
        hash: block.hash,
        headerHex: bytesHex(encodeHeader(header)),
        prevHash: header.prevHash,
        txRoot: header.txRoot,
        timestamp: header.timestamp,
        miner: header.miner,
        label: header.label,
        prevLabel: header.prevLabel,
        imageKey: header.imageKey,
        bits: header.bits,
        nonce: header.nonce.toString(),
        transfers: block.transfers.map((t) => ({ hash: t.hash, from: t.from, to: t.to, amount: t.amount.toString(), nonce: t.nonce, timestamp: t.timestamp })),
      });
    }
    return views;
  }

  /** The image a block names, from the DHT (or this node's copy). */
  image(key: string, signal?: AbortSignal): Promise<Uint8Array> {
    return this.#service.images.get(key, signal);
  }

  balance(address: string): { address: string; balance: string; nonce: number; pending: number } {
    const a = normalAddress(address);
    const chain = this.#service.chain;
    const account = chain.active.ledger.account(a);
    return { address: a, balance: account.balance.toString(), nonce: account.nonce, pending: chain.mempool.pendingFrom(a).length };
  }

  transferStatus(hash: string): TransferStatus {
    const chain = this.#service.chain;
    const at = chain.transferLocation(hash);
    if (at) return { status: 'confirmed', height: at.height, confirmations: chain.active.height - at.height + 1, blockHash: at.blockHash };
    return chain.mempool.has(hash) ? { status: 'pending' } : { status: 'unknown' };
  }

  /** Signs and spreads a transfer of `amount` units from this tab's account. */
  async send(to: string, amount: bigint | string): Promise<Result<{ hash: string }>> {
    const account = await this.account();
    if (!account || this.#key === undefined) return err('no-wallet', 'create or import an account first');
    let recipient: string;
    let units: bigint;
    try {
      recipient = normalAddress(to);
      units = BigInt(amount);
    } catch {
      return err('bad-field', 'the recipient is not an address or the amount not a whole number of units');
    }
    if (units < 1n) return err('bad-field', 'send at least 1 unit');
    const chain = this.#service.chain;
    const nonce = chain.active.ledger.account(account.address).nonce + chain.mempool.pendingFrom(account.address).length;
    const t = signTransfer({ chainId: PHOTOBLOCKS_CHAIN_ID, to: recipient, amount: units, nonce, timestamp: Date.now() }, this.#key);
    const r = this.#service.sendTransfer(t);
    return r.ok ? ok({ hash: t.hash }) : r;
  }

  /** Mines one block with this tab's account as the miner; one at a time. */
  async mine(request: { image: Uint8Array; label: string; prevLabel: string }, onStatus?: (status: MiningStatus) => void): Promise<Result<{ hash: string; height: number }>> {
    const account = await this.account();
    if (!account) return err('no-wallet', 'create or import an account first: the reward goes to it');
    this.#mining?.abort();
    const controller = new AbortController();
    this.#mining = controller;
    this.#service.setMining(true);
    try {
      return await this.#session.mine({ ...request, miner: account.address }, onStatus, controller.signal);
    } finally {
      if (this.#mining === controller) {
        this.#mining = undefined;
        this.#service.setMining(false);
      }
    }
  }

  cancelMining(): void {
    this.#mining?.abort();
  }

  nodes(): NodeView[] {
    return this.#nodes();
  }

  /** Where a block stands here: on the followed chain, on a side branch, refused, or never seen. */
  blockStatus(hash: string): 'chain' | 'side' | 'header' | 'invalid' | 'unknown' {
    const chain = this.#service.chain;
    const entry = chain.index.get(hash);
    if (!entry) return 'unknown';
    if (chain.index.isInvalid(entry)) return 'invalid';
    if (entry.status === 'header') return 'header';
    return chain.active.contains(entry) ? 'chain' : 'side';
  }

  /** Blocks this node refused, by code. */
  refusals(): Record<string, number> {
    return Object.fromEntries(this.#service.refusals);
  }

  /** Told when the chain moves or the pool changes; returns an unsubscribe function. */
  subscribe(listener: () => void): () => void {
    return this.#service.chain.onMove(() => listener());
  }

  async #use(privateKey: string): Promise<void> {
    await this.#keys.save(privateKey);
    this.#key = privateKey;
  }
}

function normalAddress(address: string): string {
  return getAddress(address.trim()).toLowerCase();
}
