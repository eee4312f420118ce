/**
 * `npm run worker` options: each from a flag or its environment variable (the flag wins), checked
 * once at start; every bad value is named with its flag and variable. The chain (CHAIN_*) and
 * LibreTranslate (LIBRETRANSLATE_*) come from the environment as for the other processes.
 */
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ChainConfigError, loadChainConfig, type ChainConfig } from '../../web/src/host-node/chain-config.ts';
import { DEFAULT_DATA_DIR } from '../../web/src/host-node/data-dir.ts';
import { APERTIUM_MODES_DIR } from '../../web/src/host-node/apertium.ts';
import { OPUS_MT_PAIRS, parseOpusMtUrl, type OpusMtSource } from '../../web/src/host-node/opus-mt.ts';
import type { Role } from '../../web/src/node/peers/roles.ts';

export const WORKER_ROLE_NAMES = ['broker', 'transcription', 'translation'] as const satisfies readonly Role[];
export const DEFAULT_WORKER_HTTP_PORT = 8082;
export const MAX_CAPACITY = 64;

export interface WorkerConfig {
  signalingUrl: string;
  roles: Role[];
  dataDir: string;
  capacity: number;
  httpHost: string;
  /** 0 = a free port; null = no HTTP server. */
  httpPort: number | null;
  /** The apertium program, or null when switched off. */
  apertium: string | null;
  apertiumModesDir: string;
  /** Where Opus-MT models come from (Transformers.js), or null when none is configured. */
  opusMt: OpusMtSource | null;
  chain: ChainConfig | undefined;
}

export class WorkerConfigError extends Error {}

interface Option {
  flag: string;
  env: string;
  value: string;
  help: string;
  default: string;
}

const OPTIONS: readonly Option[] = [
  { flag: 'signal', env: 'SIGNALING_URL', value: '<url>', default: 'http://127.0.0.1:8080/', help: 'the signaling server to register with' },
  { flag: 'roles', env: 'WORKER_ROLES', value: '<list>', default: WORKER_ROLE_NAMES.join(','), help: 'comma-separated: broker, transcription, translation (broker needs CHAIN_RPC_URL)' },
  { flag: 'data-dir', env: 'WORKER_DATA_DIR', value: '<dir>', default: '$DATA_DIR/workers/default', help: "its key (= its peer id), peer table, DHT records, jobs, OCR data; one directory per worker" },
  { flag: 'capacity', env: 'WORKER_CAPACITY', value: '<n>', default: '2', help: `assignments taken at once (1..${MAX_CAPACITY})` },
  { flag: 'http-host', env: 'WORKER_HTTP_HOST', value: '<host>', default: '127.0.0.1', help: 'listen address of /healthz and /metrics' },
  { flag: 'http-port', env: 'WORKER_HTTP_PORT', value: '<port>', default: String(DEFAULT_WORKER_HTTP_PORT), help: 'their port (0 = a free one, off = none)' },
  { flag: 'apertium', env: 'APERTIUM_PATH', value: '<path>', default: 'apertium (on PATH)', help: 'the apertium program for sentence-level translation; off = not used' },
  { flag: 'apertium-modes', env: 'APERTIUM_MODES_DIR', value: '<dir>', default: APERTIUM_MODES_DIR, help: "where Apertium's installed modes are" },
  { flag: 'opus-mt-dir', env: 'OPUS_MT_DIR', value: '<dir>', default: 'none', help: 'Opus-MT models (opus-mt-en-es/… with onnx/) for neural translation with Transformers.js' },
  { flag: 'opus-mt-url', env: 'OPUS_MT_URL', value: '<url>', default: 'none', help: 'or the http(s) URL they are served at (<url>/opus-mt-en-es/<file>); never a model hub' },
  { flag: 'opus-mt-pairs', env: 'OPUS_MT_PAIRS', value: '<list>', default: OPUS_MT_PAIRS.join(','), help: 'the pairs to load from --opus-mt-url' },
];

export function workerHelp(): string {
  const rows = OPTIONS.map((o) => `  --${o.flag} ${o.value}`.padEnd(34) + `${o.help}\n${' '.repeat(34)}env ${o.env}, default ${o.default}`);
  return [
    'Usage: npm run worker -- [options]',
    '',
    'A Node peer in the Tabmesh mesh that takes pipeline work: OCR (tesseract.js), translation',
    '(Opus-MT models when given, Apertium where installed, LibreTranslate when LIBRETRANSLATE_URL',
    'is set, the lexicon always),',
    'and with the broker role, paid jobs (their payments checked on the chain in CHAIN_RPC_URL).',
    '',
    'Options:',
    ...rows,
    '  --help'.padEnd(34) + 'this text',
    '',
    'Chain (broker role): CHAIN_RPC_URL, CHAIN_ID, SERVICE_ADDRESS, JOB_PRICE_WEI, CHAIN_CONFIRMATIONS.',
    'LibreTranslate: LIBRETRANSLATE_URL, LIBRETRANSLATE_API_KEY, LIBRETRANSLATE_TIMEOUT_MS, LIBRETRANSLATE_PAIRS.',
  ].join('\n');
}

type Env = Readonly<Record<string, string | undefined>>;

/** The configuration, or 'help' when --help was asked; throws WorkerConfigError naming every bad option. */
export function loadWorkerConfig(argv: readonly string[], env: Env): WorkerConfig | 'help' {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      options: { help: { type: 'boolean' }, ...Object.fromEntries(OPTIONS.map((o) => [o.flag, { type: 'string' as const }])) },
      strict: true,
      allowPositionals: false,
    });
  } catch (error) {
    throw new WorkerConfigError(`invalid options: ${(error as Error).message} (see --help)`);
  }
  if (parsed.values.help) return 'help';
  const problems: string[] = [];
  const get = (flag: string): string | undefined => {
    const option = OPTIONS.find((o) => o.flag === flag)!;
    const raw = (parsed.values as Record<string, string | boolean | undefined>)[flag] ?? env[option.env];
    return typeof raw === 'string' && raw.trim() !== '' ? raw.trim() : undefined;
  };
  const name = (flag: string): string => `--${flag} (${OPTIONS.find((o) => o.flag === flag)!.env})`;
  const integer = (flag: string, fallback: number, min: number, max: number): number => {
    const raw = get(flag);
    if (raw === undefined) return fallback;
    if (!/^\d+$/.test(raw) || Number(raw) < min || Number(raw) > max) problems.push(`${name(flag)} must be an integer in ${min}..${max}, got ${JSON.stringify(raw)}`);
    return Number(raw);
  };

  const signalingUrl = get('signal') ?? 'http://127.0.0.1:8080/';
  try {
    if (!/^https?:$/.test(new URL(signalingUrl).protocol)) problems.push(`${name('signal')} must be an http(s) URL, got ${signalingUrl}`);
  } catch {
    problems.push(`${name('signal')} must be an absolute URL, got ${JSON.stringify(signalingUrl)}`);
  }
  const { roles, problem: rolesProblem } = parseWorkerRoles(get('roles'));
  if (rolesProblem !== undefined) problems.push(`${name('roles')}${rolesProblem}`);

  let chain: ChainConfig | undefined;
  try {
    chain = loadChainConfig(env);
  } catch (error) {
    if (!(error instanceof ChainConfigError)) throw error;
    problems.push(error.message.replace(/^invalid chain configuration:\n\s*/, '').replace(/\n\s*/g, '; '));
  }
  if (roles.includes('broker') && chain === undefined && !problems.some((p) => p.includes('CHAIN'))) {
    problems.push(`${name('roles')}: the broker role checks payments and needs the chain: set CHAIN_RPC_URL, CHAIN_ID and SERVICE_ADDRESS, or leave broker out`);
  }
  const capacity = integer('capacity', 2, 1, MAX_CAPACITY);
  const rawPort = get('http-port');
  const httpPort = rawPort?.toLowerCase() === 'off' ? null : integer('http-port', DEFAULT_WORKER_HTTP_PORT, 0, 65_535);
  const apertiumRaw = get('apertium');
  const apertium = apertiumRaw?.toLowerCase() === 'off' ? null : (apertiumRaw ?? 'apertium');
  const dataDir = resolve(get('data-dir') ?? join(env['DATA_DIR']?.trim() || DEFAULT_DATA_DIR, 'workers', 'default'));
  const opusMt = opusMtSource(get('opus-mt-dir'), get('opus-mt-url'), get('opus-mt-pairs'), dataDir, name, problems);

  if (problems.length > 0) throw new WorkerConfigError(`invalid worker configuration:\n  ${problems.join('\n  ')}\n(see npm run worker -- --help)`);
  return {
    signalingUrl,
    roles,
    dataDir,
    capacity,
    httpHost: get('http-host') ?? '127.0.0.1',
    httpPort,
    apertium,
    apertiumModesDir: get('apertium-modes') ?? APERTIUM_MODES_DIR,
    opusMt,
    chain,
  };
}

function opusMtSource(dir: string | undefined, url: string | undefined, pairsRaw: string | undefined, dataDir: string, name: (flag: string) => string, problems: string[]): OpusMtSource | null {
  if (dir !== undefined && url !== undefined) problems.push(`${name('opus-mt-dir')} and ${name('opus-mt-url')}: give one source of models, not both`);
  if (dir !== undefined) return { dir: resolve(dir) };
  const served = parseOpusMtUrl(url, pairsRaw, problems, (which) => name(which === 'url' ? 'opus-mt-url' : 'opus-mt-pairs'));
  return served ? { ...served, cacheDir: join(dataDir, 'opus-mt-cache') } : null;
}

/** A comma-separated role list (all pipeline roles when unset): the known roles, and what is wrong (to follow the option's name). */
export function parseWorkerRoles(raw: string | undefined): { roles: Role[]; problem?: string } {
  const list = (raw ?? WORKER_ROLE_NAMES.join(',')).split(',').map((r) => r.trim()).filter((r) => r !== '');
  const unknown = list.filter((r) => !(WORKER_ROLE_NAMES as readonly string[]).includes(r));
  const roles = [...new Set(list.filter((r): r is Role => (WORKER_ROLE_NAMES as readonly string[]).includes(r)))];
  if (unknown.length > 0) return { roles, problem: `: unknown role(s) ${unknown.join(', ')}; choose from ${WORKER_ROLE_NAMES.join(', ')}` };
  if (list.length === 0) return { roles, problem: ' names no role' };
  return { roles };
}
