/**
 * Photoblocks validation and sync costs, in Node:
 * - validating and connecting a block without the image re-check (its verdict cached), over a
 *   chain of CHAIN_BLOCKS blocks with TRANSFERS_PER_BLOCK signed transfers each;
 * - the image re-check itself: CenterNet on the pinned wasm backend, per shipped photo;
 * - a node joining late syncing the whole chain from one neighbour on the in-process simulator
 *   (5–30 ms links), in virtual and wall-clock seconds.
 * A block with the re-check costs the first plus the second.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createNodeImageClassifier } from '../../web/src/host-node/image-classifier.ts';
import { decodeBlock, encodeBlock, type Block } from '../../web/src/node/chain/block.ts';
import { Chain } from '../../web/src/node/chain/chain.ts';
import { PHOTOBLOCKS_CHAIN_ID } from '../../web/src/node/chain/genesis.ts';
import { ChainService } from '../../web/src/node/chain/service.ts';
import { memoryChainStore } from '../../web/src/node/chain/storage.ts';
import { COIN, signTransfer } from '../../web/src/node/chain/transfer.ts';
import { createGossip } from '../../web/src/node/gossip/index.ts';
import { chainNet } from '../sim/chain-sim.ts';
import { ADDRESSES, childOf, fakeClassifier, KEYS, laterClock, memoryImages } from '../support/chain-fixtures.ts';
import { simSigner, simVerify } from '../support/sim-signer.ts';
import { environment, RESULTS_DIR } from './report.ts';
import { fixed, markdownTable, median } from './stats.ts';

export const CHAIN_BLOCKS = 1000;
const TRANSFERS_PER_BLOCK = 2;
const PHOTOS = ['chelsea.png', 'astronaut.jpg', 'coffee.png', 'motorcycle_left.jpg'];
const CLASSIFY_ROUNDS = 3;

export interface ChainBenchResult {
  blocks: number;
  transfersPerBlock: number;
  validateMsPerBlock: number;
  classifyMs: { photo: string; ms: number[] }[];
  classifyMedianMs: number;
  sync: { blocks: number; virtualSeconds: number; wallSeconds: number };
}

type Images = ReturnType<typeof memoryImages>;

/** A chain of `n` blocks on genesis, mined by two accounts in turn that pay a third. */
async function buildChain(n: number): Promise<{ blocks: Block[]; images: Images }> {
  const images = memoryImages();
  const chain = new Chain({ classifier: fakeClassifier, images, store: memoryChainStore(), clock: laterClock });
  const blocks: Block[] = [];
  const nonces = [0, 0];
  for (let i = 0; i < n; i++) {
    const transfers =
      i < 2
        ? []
        : Array.from({ length: TRANSFERS_PER_BLOCK }, (_, k) => {
            const from = (i + k) % 2;
            return signTransfer({ chainId: PHOTOBLOCKS_CHAIN_ID, to: ADDRESSES[2]!, amount: COIN / 1000n, nonce: nonces[from]!++, timestamp: i }, KEYS[from]!);
          });
    const parent = chain.tip();
    const block = childOf(chain, parent, images, { miner: ADDRESSES[i % 2]!, transfers, label: 'cat', prevLabel: i === 0 ? 'The Void' : 'cat' });
    blocks.push(block);
    const r = await chain.submitBlock(block);
    if (!r.ok) throw new Error(`building block ${i}: ${r.error.code} ${r.error.message}`);
  }
  return { blocks, images };
}

async function timeValidation(blocks: Block[], images: Images): Promise<number> {
  const chain = new Chain({ classifier: fakeClassifier, images, store: memoryChainStore(), clock: laterClock });
  // From bytes, as a block arrives: decoding recovers every transfer's sender from its signature.
  const wire = blocks.map(encodeBlock);
  const started = performance.now();
  for (const bytes of wire) {
    const block = decodeBlock(bytes);
    if (!block.ok) throw new Error(`a block does not decode: ${block.error.message}`);
    const r = await chain.submitBlock(block.value);
    if (!r.ok) throw new Error(`block ${block.value.header.height}: ${r.error.code} ${r.error.message}`);
  }
  return (performance.now() - started) / blocks.length;
}

async function timeClassification(log: (line: string) => void): Promise<{ photo: string; ms: number[] }[]> {
  const classifier = await createNodeImageClassifier('wasm');
  try {
    const out: { photo: string; ms: number[] }[] = [];
    for (const photo of PHOTOS) {
      const bytes = new Uint8Array(readFileSync(new URL(`../fixtures/photos/${photo}`, import.meta.url)));
      const ms: number[] = [];
      for (let i = 0; i < CLASSIFY_ROUNDS; i++) {
        const started = performance.now();
        await classifier.classify(bytes);
        ms.push(performance.now() - started);
      }
      log(`  ${photo}: ${ms.map((x) => fixed(x, 0)).join(' ')} ms`);
      out.push({ photo, ms });
    }
    return out;
  } finally {
    classifier.dispose();
  }
}

async function timeSync(blocks: Block[], images: Images): Promise<ChainBenchResult['sync']> {
  const net = await chainNet({ nodes: 1 });
  const { sim } = net;
  const seed = net.service(net.nodes[0]!);
  // The blocks' fake images, where every node finds them.
  for (const [key, bytes] of images.map) net.images.map.set(key, bytes);
  for (const block of blocks) await sim.settle(seed.chain.submitBlock(block));
  let late: ChainService | undefined;
  const node = await sim.add((id) => {
    const gossip = createGossip({ signer: simSigner(id), verify: simVerify });
    late = new ChainService({ chain: new Chain({ classifier: fakeClassifier, images: net.images, store: memoryChainStore(), clock: sim.clock }), gossip, images: net.images });
    return [gossip, late];
  });
  const virtualStart = sim.clock.now();
  const wallStart = performance.now();
  sim.link(node, net.nodes[0]!);
  await sim.clock.runUntil(() => late!.chain.active.height === blocks.length, 3_600_000, 50);
  return { blocks: blocks.length, virtualSeconds: (sim.clock.now() - virtualStart) / 1000, wallSeconds: (performance.now() - wallStart) / 1000 };
}

export async function runChainBench(chromium: string, log: (line: string) => void): Promise<string[]> {
  const started = performance.now();
  log(`chain: building ${CHAIN_BLOCKS} blocks with ${TRANSFERS_PER_BLOCK} transfers each`);
  const { blocks, images } = await buildChain(CHAIN_BLOCKS);
  const validateMsPerBlock = await timeValidation(blocks, images);
  log(`  validation without the image re-check: ${fixed(validateMsPerBlock, 2)} ms per block`);
  log('  the image re-check (CenterNet, wasm), per photo:');
  const classifyMs = await timeClassification(log);
  const classifyMedianMs = median(classifyMs.flatMap((c) => c.ms.slice(1))) ?? 0;
  const sync = await timeSync(blocks, images);
  log(`  a late node syncs ${sync.blocks} blocks from one neighbour: ${fixed(sync.virtualSeconds, 1)} s simulated, ${fixed(sync.wallSeconds, 1)} s wall`);
  const result: ChainBenchResult = { blocks: CHAIN_BLOCKS, transfersPerBlock: TRANSFERS_PER_BLOCK, validateMsPerBlock, classifyMs, classifyMedianMs, sync };
  const file = { ...environment(chromium), name: 'chain' as const, durationMs: performance.now() - started, result };
  mkdirSync(RESULTS_DIR, { recursive: true });
  writeFileSync(join(RESULTS_DIR, 'chain.json'), `${JSON.stringify(file, null, 2)}\n`);
  return [];
}

/** The section for BENCHMARKS.md. */
export function chainSection(r: ChainBenchResult | undefined, date: string | undefined): string[] {
  const parts = ['## Photoblocks validation and sync', ''];
  if (!r) return [...parts, '_No result yet._', ''];
  return [
    ...parts,
    `Run ${date}: \`node tests/bench/run.ts chain\` (tests/bench/chain.ts), in Node.`,
    '',
    markdownTable([
      ['measure', 'figure'],
      [`decode, validate and connect a block, image verdict cached (${r.blocks} blocks, ${r.transfersPerBlock} signed transfers each)`, `${fixed(r.validateMsPerBlock, 2)} ms per block`],
      ['the image re-check: CenterNet on wasm, median over the shipped photos (first run of each left out)', `${fixed(r.classifyMedianMs, 0)} ms per block`],
      ['a block with the re-check', `${fixed(r.validateMsPerBlock + r.classifyMedianMs, 0)} ms`],
      [`a late node syncs ${r.sync.blocks} blocks from one neighbour (simulator, 5–30 ms links, verdicts by a fake classifier)`, `${fixed(r.sync.virtualSeconds, 1)} s simulated, ${fixed(r.sync.wallSeconds, 1)} s wall`],
    ]),
    '',
    `With the re-check, syncing ${r.blocks} blocks costs about ${fixed((r.blocks * (r.validateMsPerBlock + r.classifyMedianMs)) / 1000, 0)} s of one core for validation alone.`,
    '',
  ];
}
