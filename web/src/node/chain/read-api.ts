/**
 * The chain's read API (the relay serves it over HTTP, README "Chain read API"): answers computed
 * from a Chain as plain JSON values. Every bigint is a decimal string (JSON numbers lose precision
 * past 2^53), amounts are in units (1 coin = 10^8 units), and each block carries its exact header
 * bytes so an independent program can re-hash them (header.ts documents the layout).
 *
 * Parameters arrive as the strings a URL holds; a bad one is 'bad-field', an unknown block,
 * transfer or height 'not-found'.
 */
import { err, ok, type Result } from '../base/errors.ts';
import { MAX_TRANSFERS_PER_BLOCK } from './block.ts';
import type { Chain } from './chain.ts';
import { bytesHex, encodeHeader, type BlockHeader } from './header.ts';
import type { SignedTransfer } from './transfer.ts';

/** Blocks one request returns at most. */
export const MAX_BLOCKS_PER_REQUEST = 100;
/**
 * Transfers one answer carries at most (a block that would pass it ends the answer, but the first
 * block always goes in): a transfer is ≈ 250 bytes of JSON, so ten full blocks (≈ 650 KB) rather
 * than a hundred (6.5 MB) per request.
 */
export const MAX_TRANSFERS_PER_ANSWER = 10 * MAX_TRANSFERS_PER_BLOCK;

const HASH = /^(0x)?[0-9a-fA-F]{64}$/;
const ADDRESS = /^0x[0-9a-fA-F]{40}$/;
/** A height: a u32 in plain decimal, no sign, no leading zeros. */
const HEIGHT = /^(0|[1-9][0-9]{0,9})$/;
const MAX_HEIGHT = 0xffff_ffff;

export interface HeadAnswer {
  height: number;
  hash: string;
  /** Cumulative work of the chain, decimal. */
  work: string;
  bits: number;
  timestamp: number;
  label: string;
}

export interface TransferAnswer {
  hash: string;
  from: string;
  to: string;
  /** Units, decimal. */
  amount: string;
  nonce: number;
  timestamp: number;
}

export interface BlockAnswer {
  hash: string;
  version: number;
  height: number;
  timestamp: number;
  prevHash: string;
  txRoot: string;
  imageKey: string;
  miner: string;
  bits: number;
  label: string;
  prevLabel: string;
  /** The u64 nonce, decimal. */
  nonce: string;
  /** The header's bytes, hex: SHA-256 of them is `hash`. */
  headerHex: string;
  transfers: TransferAnswer[];
}

export interface BlocksAnswer {
  /** The followed chain's height when answered. */
  height: number;
  /** The first height asked for, and the last one returned (from − 1 when none is). */
  from: number;
  to: number;
  blocks: BlockAnswer[];
  /** The next height to ask for when the answer stopped short of the range asked and the chain has more; absent otherwise. */
  next?: number;
}

export type TxAnswer =
  | { status: 'confirmed'; height: number; blockHash: string; confirmations: number; transfer: TransferAnswer }
  | { status: 'pending'; transfer: TransferAnswer };

export interface BalanceAnswer {
  address: string;
  /** Units on the followed chain, decimal. */
  balance: string;
  /** Transfers the account sent on the chain: its next one carries this nonce, after its pending ones. */
  nonce: number;
  /** Its transfers waiting in this node's pool. */
  pending: number;
  /** What those spend together, units, decimal. */
  pendingSpend: string;
}

export function head(chain: Chain): HeadAnswer {
  const tip = chain.tip();
  return { height: tip.height, hash: tip.hash, work: tip.work.toString(), bits: tip.header.bits, timestamp: tip.header.timestamp, label: tip.header.label };
}

/**
 * Blocks `from`..`to` (inclusive) of the followed chain, at most MAX_BLOCKS_PER_REQUEST of them
 * and MAX_TRANSFERS_PER_ANSWER transfers; without `to`, up to the tip. A range starting above the
 * tip is empty (a poller asking for what comes next), not an error. When the answer stops short of
 * the range asked for and the chain has more, `next` says where to go on.
 */
export function blocks(chain: Chain, from: string | undefined, to: string | undefined): Result<BlocksAnswer> {
  const first = height('from', from);
  if (!first.ok) return first;
  const last = to === undefined ? ok(Infinity) : height('to', to);
  if (!last.ok) return last;
  if (last.value < first.value) return err('bad-field', `to (${last.value}) is below from (${first.value})`);
  const tip = chain.active.height;
  const end = Math.min(last.value, first.value + MAX_BLOCKS_PER_REQUEST - 1, tip);
  const out: BlockAnswer[] = [];
  let transfers = 0;
  for (let h = first.value; h <= end; h++) {
    const entry = chain.active.at(h);
    const body = entry && chain.block(entry.hash);
    if (!entry || (out.length > 0 && transfers + (body?.transfers.length ?? 0) > MAX_TRANSFERS_PER_ANSWER)) break;
    transfers += body?.transfers.length ?? 0;
    out.push(blockAnswer(entry.hash, entry.header, body?.transfers ?? []));
  }
  const answer: BlocksAnswer = { height: tip, from: first.value, to: first.value + out.length - 1, blocks: out };
  if (answer.to < Math.min(last.value, tip)) answer.next = answer.to + 1;
  return ok(answer);
}

/** A transfer by its hash: confirmed on the followed chain, pending in the pool, or 'not-found'. */
export function tx(chain: Chain, hash: string | undefined): Result<TxAnswer> {
  if (hash === undefined || !HASH.test(hash)) return err('bad-field', 'a transfer hash is 64 hex digits');
  const key = hash.replace(/^0x/, '').toLowerCase();
  const at = chain.transferLocation(key);
  const confirmed = at && chain.block(at.blockHash)?.transfers.find((t) => t.hash === key);
  if (at && confirmed) {
    const confirmations = chain.active.height - at.height + 1;
    return ok({ status: 'confirmed', height: at.height, blockHash: at.blockHash, confirmations, transfer: transferAnswer(confirmed) });
  }
  const pending = chain.mempool.get(key);
  if (pending) return ok({ status: 'pending', transfer: transferAnswer(pending) });
  return err('not-found', `no transfer ${key.slice(0, 12)}… on the chain or in the pool`);
}

/** An account on the followed chain, with what it has waiting in the pool. Unknown accounts hold 0. */
export function balance(chain: Chain, address: string | undefined): Result<BalanceAnswer> {
  if (address === undefined || !ADDRESS.test(address)) return err('bad-field', 'an address is 0x and 40 hex digits');
  const key = address.toLowerCase();
  const account = chain.active.ledger.account(key);
  const pending = chain.mempool.pendingFrom(key);
  const pendingSpend = pending.reduce((sum, t) => sum + t.amount, 0n);
  return ok({ address: key, balance: account.balance.toString(), nonce: account.nonce, pending: pending.length, pendingSpend: pendingSpend.toString() });
}

function height(name: string, raw: string | undefined): Result<number> {
  if (raw === undefined) return err('bad-field', `${name} is required: a block height`);
  if (!HEIGHT.test(raw) || Number(raw) > MAX_HEIGHT) return err('bad-field', `${name} must be a block height (0..${MAX_HEIGHT} in plain decimal), got ${JSON.stringify(raw.slice(0, 20))}`);
  return ok(Number(raw));
}

function blockAnswer(hash: string, h: BlockHeader, transfers: readonly SignedTransfer[]): BlockAnswer {
  return {
    hash,
    version: h.version,
    height: h.height,
    timestamp: h.timestamp,
    prevHash: h.prevHash,
    txRoot: h.txRoot,
    imageKey: h.imageKey,
    miner: h.miner,
    bits: h.bits,
    label: h.label,
    prevLabel: h.prevLabel,
    nonce: h.nonce.toString(),
    headerHex: bytesHex(encodeHeader(h)),
    transfers: transfers.map(transferAnswer),
  };
}

function transferAnswer(t: SignedTransfer): TransferAnswer {
  return { hash: t.hash, from: t.from, to: t.to, amount: t.amount.toString(), nonce: t.nonce, timestamp: t.timestamp };
}
