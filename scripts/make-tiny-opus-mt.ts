/**
 * A tiny, randomly initialised Opus-MT (Marian) model in the layout Transformers.js loads —
 * config, tokenizer, `onnx/encoder_model.onnx`, `onnx/decoder_model_merged.onnx` with a one-layer
 * key/value cache — made here from npm packages alone (the ONNX schema onnxruntime-web ships,
 * written with protobufjs), so that the Opus-MT engine's real loading and inference code runs in
 * tests without any model download. Its translations are random tokens: it tests the code, not
 * the quality.
 *
 *   node scripts/make-tiny-opus-mt.ts <dir> [en-es en-fr ...]   → <dir>/opus-mt-en-es/…
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

interface OnnxSchema {
  TensorProto: { DataType: { FLOAT: number; INT64: number }; create(o: object): unknown };
  ValueInfoProto: { create(o: object): unknown };
  AttributeProto: { AttributeType: { INT: number; INTS: number }; create(o: object): unknown };
  NodeProto: { create(o: object): unknown };
  GraphProto: { create(o: object): unknown };
  ModelProto: { create(o: object): unknown; encode(m: unknown): { finish(): Uint8Array } };
}

const require = createRequire(import.meta.url);
// Not among the package's exports: taken by its path (onnxruntime-web comes with Transformers.js).
const SCHEMA = fileURLToPath(new URL('../node_modules/onnxruntime-web/lib/onnxjs/ort-schema/protobuf/onnx.js', import.meta.url));
const onnx = (require(SCHEMA) as { onnx: OnnxSchema }).onnx;

const WORDS = ['▁exit', '▁no', '▁parking', '▁open', '▁closed', '▁salida', '▁prohibido', '▁abierto', '▁cerrado'];
const VOCAB: [string, number][] = [['</s>', 0], ['<unk>', 0], ['▁', -2], ...WORDS.map((w): [string, number] => [w, -3]), ...[...'abcdefghijklmnopqrstuvwxyz'].map((c): [string, number] => [c, -5]), ['<pad>', 0]];
const V = VOCAB.length;
const EOS = 0;
const UNK = 1;
const PAD = V - 1;
/** Hidden size: as small as a model gets. */
const D = 8;
const FLOAT = onnx.TensorProto.DataType.FLOAT;
const INT64 = onnx.TensorProto.DataType.INT64;

function randomTensor(name: string, dims: number[], seed: { value: number }): unknown {
  const next = (): number => (seed.value = (seed.value * 1103515245 + 12345) % 2147483648) / 2147483648 - 0.5;
  return onnx.TensorProto.create({ name, dims, dataType: FLOAT, floatData: Array.from({ length: dims.reduce((a, b) => a * b, 1) }, next) });
}
const valueInfo = (name: string, elemType: number, dims: (number | string)[]): unknown =>
  onnx.ValueInfoProto.create({ name, type: { tensorType: { elemType, shape: { dim: dims.map((d) => (typeof d === 'number' ? { dimValue: d } : { dimParam: d })) } } } });
const ints = (name: string, value: number[]): unknown => onnx.AttributeProto.create({ name, type: onnx.AttributeProto.AttributeType.INTS, ints: value });
const int = (name: string, value: number): unknown => onnx.AttributeProto.create({ name, type: onnx.AttributeProto.AttributeType.INT, i: value });
const op = (opType: string, input: string[], output: string[], attribute: unknown[] = []): unknown => onnx.NodeProto.create({ opType, input, output, attribute, name: `${output[0]}_node` });
const model = (graph: object): Uint8Array =>
  onnx.ModelProto.encode(onnx.ModelProto.create({ irVersion: 7, producerName: 'tabmesh tiny opus-mt', opsetImport: [{ domain: '', version: 11 }], graph: onnx.GraphProto.create(graph) })).finish();

/** input_ids, attention_mask → last_hidden_state: masked embeddings. */
function encoder(seed: { value: number }): Uint8Array {
  return model({
    name: 'encoder',
    initializer: [randomTensor('enc_emb', [V, D], seed)],
    node: [
      op('Gather', ['enc_emb', 'input_ids'], ['emb'], [int('axis', 0)]),
      op('Cast', ['attention_mask'], ['mask'], [int('to', FLOAT)]),
      op('Unsqueeze', ['mask'], ['mask3'], [ints('axes', [2])]),
      op('Mul', ['emb', 'mask3'], ['last_hidden_state']),
    ],
    input: [valueInfo('input_ids', INT64, ['batch', 'src_len']), valueInfo('attention_mask', INT64, ['batch', 'src_len'])],
    output: [valueInfo('last_hidden_state', FLOAT, ['batch', 'src_len', D])],
  });
}

/** The merged decoder with one layer's cache: the token, the mean of the source and of the tokens so far → logits. */
function decoder(seed: { value: number }): Uint8Array {
  const past = 'past_key_values.0';
  const present = 'present.0';
  const cache = (kind: 'decoder' | 'encoder', kv: 'key' | 'value', io: 'in' | 'out'): unknown =>
    io === 'in'
      ? valueInfo(`${past}.${kind}.${kv}`, FLOAT, ['batch', 1, kind === 'decoder' ? 'past_decoder_len' : 'past_encoder_len', D])
      : valueInfo(`${present}.${kind}.${kv}`, FLOAT, ['batch', 1, kind === 'decoder' ? 'decoder_len' : 'src_len', D]);
  const kinds = [['decoder', 'key'], ['decoder', 'value'], ['encoder', 'key'], ['encoder', 'value']] as const;
  return model({
    name: 'decoder',
    initializer: [randomTensor('dec_emb', [V, D], seed), randomTensor('lm_head', [D, V], seed), randomTensor('final_logits_bias', [V], seed)],
    node: [
      op('Gather', ['dec_emb', 'input_ids'], ['token'], [int('axis', 0)]),
      op('Cast', ['encoder_attention_mask'], ['source_mask'], [int('to', FLOAT)]),
      op('Unsqueeze', ['source_mask'], ['source_mask3'], [ints('axes', [2])]),
      op('Mul', ['encoder_hidden_states', 'source_mask3'], ['source']),
      op('ReduceMean', ['source'], ['context'], [ints('axes', [1]), int('keepdims', 1)]),
      op('Add', ['token', 'context'], ['h0']),
      op('Unsqueeze', ['token'], ['token4'], [ints('axes', [1])]),
      op('Concat', [`${past}.decoder.key`, 'token4'], [`${present}.decoder.key`], [int('axis', 2)]),
      op('Concat', [`${past}.decoder.value`, 'token4'], [`${present}.decoder.value`], [int('axis', 2)]),
      op('Unsqueeze', ['encoder_hidden_states'], [`${present}.encoder.key`], [ints('axes', [1])]),
      op('Identity', [`${present}.encoder.key`], [`${present}.encoder.value`]),
      op('ReduceMean', [`${present}.decoder.key`], ['history'], [ints('axes', [2]), int('keepdims', 0)]),
      op('Add', ['h0', 'history'], ['h1']),
      op('MatMul', ['h1', 'lm_head'], ['raw_logits']),
      op('Add', ['raw_logits', 'final_logits_bias'], ['logits']),
    ],
    input: [
      valueInfo('input_ids', INT64, ['batch', 'tgt_len']),
      valueInfo('encoder_attention_mask', INT64, ['batch', 'src_len']),
      valueInfo('encoder_hidden_states', FLOAT, ['batch', 'src_len', D]),
      ...kinds.map(([kind, kv]) => cache(kind, kv, 'in')),
    ],
    output: [valueInfo('logits', FLOAT, ['batch', 'tgt_len', V]), ...kinds.map(([kind, kv]) => cache(kind, kv, 'out'))],
  });
}

function tokenizer(): object {
  const special = (id: number, content: string): object => ({ id, content, single_word: false, lstrip: false, rstrip: false, normalized: false, special: true });
  const metaspace = { type: 'Metaspace', replacement: '▁', add_prefix_space: true, prepend_scheme: 'always' };
  return {
    version: '1.0',
    truncation: null,
    padding: null,
    added_tokens: [special(EOS, '</s>'), special(UNK, '<unk>'), special(PAD, '<pad>')],
    normalizer: null,
    pre_tokenizer: metaspace,
    decoder: metaspace,
    post_processor: {
      type: 'TemplateProcessing',
      single: [{ Sequence: { id: 'A', type_id: 0 } }, { SpecialToken: { id: '</s>', type_id: 0 } }],
      pair: [{ Sequence: { id: 'A', type_id: 0 } }, { Sequence: { id: 'B', type_id: 0 } }, { SpecialToken: { id: '</s>', type_id: 0 } }],
      special_tokens: { '</s>': { id: '</s>', ids: [EOS], tokens: ['</s>'] } },
    },
    model: { type: 'Unigram', unk_id: UNK, vocab: VOCAB },
  };
}

/** Writes `<dir>/opus-mt-<pair>/` for each pair; returns the model directories. */
export async function makeTinyOpusMt(dir: string, pairs: readonly string[] = ['en-es']): Promise<string[]> {
  const made: string[] = [];
  for (const [i, pair] of pairs.entries()) {
    const out = join(dir, `opus-mt-${pair}`);
    await mkdir(join(out, 'onnx'), { recursive: true });
    const seed = { value: 42 + i };
    await writeFile(join(out, 'onnx', 'encoder_model.onnx'), encoder(seed));
    await writeFile(join(out, 'onnx', 'decoder_model_merged.onnx'), decoder(seed));
    const generation = { decoder_start_token_id: PAD, eos_token_id: EOS, pad_token_id: PAD, forced_eos_token_id: EOS, max_length: 16, num_beams: 1, bad_words_ids: [[PAD]] };
    const json = (file: string, value: object): Promise<void> => writeFile(join(out, file), JSON.stringify(value, null, 1));
    await json('config.json', {
      model_type: 'marian',
      architectures: ['MarianMTModel'],
      is_encoder_decoder: true,
      vocab_size: V,
      d_model: D,
      encoder_layers: 1,
      decoder_layers: 1,
      encoder_attention_heads: 1,
      decoder_attention_heads: 1,
      ...generation,
    });
    await json('generation_config.json', generation);
    await json('tokenizer.json', tokenizer());
    await json('tokenizer_config.json', { tokenizer_class: 'MarianTokenizer', eos_token: '</s>', unk_token: '<unk>', pad_token: '<pad>', model_max_length: 512 });
    made.push(out);
  }
  return made;
}

if (import.meta.filename === process.argv[1]) {
  const [dir, ...pairs] = process.argv.slice(2);
  if (!dir) {
    console.error('usage: node scripts/make-tiny-opus-mt.ts <dir> [en-es en-fr ...]');
    process.exit(2);
  }
  for (const made of await makeTinyOpusMt(dir, pairs.length > 0 ? pairs : undefined)) console.log(`wrote ${made}`);
}
