/**
 * The genesis block, fixed in code as seed 001's: index 0, label "The Void", no previous block
 * (the seed's last hash "0" is 32 zero bytes here), no image, no transactions, no reward. Every
 * node starts from it; a chain whose first header differs is another network.
 */
import type { BlockHeader } from './header.ts';
import { HEADER_VERSION, headerHash } from './header.ts';
import { POW_LIMIT_BITS } from './pow.ts';

const ZERO_HASH = '0'.repeat(64);

export const GENESIS_HEADER: Readonly<BlockHeader> = Object.freeze({
  version: HEADER_VERSION,
  height: 0,
  // 2026-12-03T00:00:00Z
  timestamp: 1_764_720_000_000,
  prevHash: ZERO_HASH,
  txRoot: ZERO_HASH,
  imageKey: ZERO_HASH,
  miner: `0x${'0'.repeat(40)}`,
  bits: POW_LIMIT_BITS,
  label: 'The Void',
  prevLabel: '',
  nonce: 0n,
});

export const GENESIS_HASH = headerHash(GENESIS_HEADER);

/** The labels the recognition gate "accepts" for genesis's (absent) image: what block 1's prevLabel must say. */
export const GENESIS_LABELS: ReadonlySet<string> = new Set(['the void']);

/**
 * The network's chain id, inside every signed transfer: the first 8 bytes of the genesis hash, so
 * another genesis (another network) refuses this one's transfers as 'wrong-chain'.
 */
export const PHOTOBLOCKS_CHAIN_ID = BigInt(`0x${GENESIS_HASH.slice(0, 16)}`);
