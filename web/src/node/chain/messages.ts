/**
 * The chain's direct messages: a node tells each neighbour its tip when a link opens and when the
 * tip moves, and syncs headers first (a locator of hashes it has, answered with the headers after
 * the first one the other side follows), then block bodies one by one. New blocks and transfers
 * spread by gossip (service.ts); these carry catch-up, and block images from full nodes that keep
 * them. Hashes travel as 32 bytes (peerId kind).
 */
import { MESSAGE_TYPE } from '../wire/constants.ts';
import { defineRegistry, type RegistryMessage } from '../wire/registry.ts';
import { bytes, defineMessage, list, peerId, u16, u32, varBytes } from '../wire/schema.ts';
import { MAX_BLOCK_BYTES } from './block.ts';
import { MAX_HEADER_BYTES } from './header.ts';

/** Headers per answer: 200 × ≤ 272 bytes stays inside one frame. */
export const MAX_HEADERS_PER_MESSAGE = 200;
/** A locator of a chain of a million blocks is ~30 hashes. */
export const MAX_LOCATOR_HASHES = 64;

export const chainTip = defineMessage({
  type: MESSAGE_TYPE.chainTip,
  name: 'chainTip',
  fields: [['height', u32], ['hash', peerId], ['work', bytes(32)]],
});

export const chainGetHeaders = defineMessage({
  type: MESSAGE_TYPE.chainGetHeaders,
  name: 'chainGetHeaders',
  fields: [['rid', u32], ['locator', list(peerId, MAX_LOCATOR_HASHES)], ['max', u16]],
});

export const chainHeaders = defineMessage({
  type: MESSAGE_TYPE.chainHeaders,
  name: 'chainHeaders',
  fields: [['rid', u32], ['headers', list(varBytes(MAX_HEADER_BYTES), MAX_HEADERS_PER_MESSAGE)]],
});

export const chainGetBlock = defineMessage({
  type: MESSAGE_TYPE.chainGetBlock,
  name: 'chainGetBlock',
  fields: [['rid', u32], ['hash', peerId]],
});

export const chainBlock = defineMessage({
  type: MESSAGE_TYPE.chainBlock,
  name: 'chainBlock',
  fields: [['rid', u32], ['block', varBytes(MAX_BLOCK_BYTES)]],
});

export const chainNotFound = defineMessage({
  type: MESSAGE_TYPE.chainNotFound,
  name: 'chainNotFound',
  fields: [['rid', u32], ['hash', peerId]],
});

/** Image bytes per answer: a 512 KiB image is 11 parts, each well inside one frame. */
export const IMAGE_PART_BYTES = 48 * 1024;

/** A block image from a full node that keeps it, part by part (the DHT's copies may be gone). */
export const chainGetImage = defineMessage({
  type: MESSAGE_TYPE.chainGetImage,
  name: 'chainGetImage',
  fields: [['rid', u32], ['key', peerId], ['offset', u32]],
});

export const chainImagePart = defineMessage({
  type: MESSAGE_TYPE.chainImagePart,
  name: 'chainImagePart',
  fields: [['rid', u32], ['total', u32], ['offset', u32], ['bytes', varBytes(IMAGE_PART_BYTES)]],
});

export const CHAIN_MESSAGES = defineRegistry('chain', { chainTip, chainGetHeaders, chainHeaders, chainGetBlock, chainBlock, chainNotFound, chainGetImage, chainImagePart });
export type ChainMessage = RegistryMessage<typeof CHAIN_MESSAGES>;

/** Gossip data types: whole blocks (≤ 29 KiB, images by key) and single transfers. */
export const CHAIN_BLOCK_DATA_TYPE = 0x7b00;
export const CHAIN_TRANSFER_DATA_TYPE = 0x7b01;
