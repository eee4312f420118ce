/**
 * Blocks crafted outside the tabs, for the chain e2e: children of a tab's tip (read through
 * `window.tabmesh.chain.blocks`) that are valid but for one thing — too weak a hash, a transfer
 * whose signature recovers no key, a double spend, or a label the model does not see.
 */
import { decodeHeader, hexBytes, type BlockHeader } from '../../web/src/node/chain/header.ts';
import { encodeBlock, makeBlock } from '../../web/src/node/chain/block.ts';
import { PHOTOBLOCKS_CHAIN_ID } from '../../web/src/node/chain/genesis.ts';
import { imageKeyOf } from '../../web/src/node/chain/image-check.ts';
import { meetsTarget, targetOf } from '../../web/src/node/chain/pow.ts';
import { COIN, signTransfer, TRANSFER_BYTES, txRoot, type SignedTransfer } from '../../web/src/node/chain/transfer.ts';
import type { BlockView } from '../../web/src/node/chain/app.ts';
import { solve } from '../support/chain-fixtures.ts';

export type Flaw = 'bad-pow' | 'bad-signature' | 'double-spend' | 'wrong-label';

export interface CraftInput {
  tip: BlockView;
  /** An image already in the network (the cat of block 1, say) and what it shows. */
  image: Uint8Array;
  label: string;
  /** A funded account's key and address (a miner's). */
  payerKey: string;
  miner: string;
}

function child(tip: BlockView, image: Uint8Array, label: string, miner: string, transfers: SignedTransfer[]): BlockHeader {
  const parent = decodeHeader(hexBytes(tip.headerHex));
  if (!parent.ok) throw new Error('the tip header does not decode');
  return {
    ...parent.value,
    height: tip.height + 1,
    timestamp: tip.timestamp + 1_000,
    prevHash: tip.hash,
    txRoot: txRoot(transfers.map((t) => t.hash)),
    imageKey: imageKeyOf(image),
    miner,
    label,
    prevLabel: tip.label,
    nonce: 0n,
  };
}

/** A block's bytes with exactly one flaw. */
export function craftFlawed(flaw: Flaw, o: CraftInput): { hash: string; bytes: Uint8Array } {
  const pay = (amount: bigint) => signTransfer({ chainId: PHOTOBLOCKS_CHAIN_ID, to: o.miner, amount, nonce: 0, timestamp: o.tip.timestamp }, o.payerKey);
  if (flaw === 'bad-pow') {
    const header = child(o.tip, o.image, o.label, o.miner, []);
    const target = targetOf(header.bits);
    if (!target.ok) throw new Error('bad bits');
    let nonce = 0n;
    while (meetsTarget(makeBlock({ ...header, nonce }, []).hash, target.value)) nonce++;
    const block = makeBlock({ ...header, nonce }, []);
    return { hash: block.hash, bytes: encodeBlock(block) };
  }
  if (flaw === 'bad-signature') {
    const t = pay(COIN / 10n);
    const block = makeBlock(solve(child(o.tip, o.image, o.label, o.miner, [t])), [t]);
    const bytes = encodeBlock(block);
    // s = 0: no key recovers from it.
    const sAt = bytes.length - TRANSFER_BYTES + 48 + 32;
    bytes.fill(0, sAt, sAt + 32);
    return { hash: block.hash, bytes };
  }
  if (flaw === 'double-spend') {
    const transfers = [pay(COIN / 10n), pay(COIN / 5n)];
    const block = makeBlock(solve(child(o.tip, o.image, o.label, o.miner, transfers)), transfers);
    return { hash: block.hash, bytes: encodeBlock(block) };
  }
  const block = makeBlock(solve(child(o.tip, o.image, o.label, o.miner, [])), []);
  return { hash: block.hash, bytes: encodeBlock(block) };
}

