/**
 * `npm run job` options: each from a flag or its environment variable (the flag wins), checked
 * before anything starts; every bad value named with its flag.
 */
import { parseArgs } from 'node:util';
import { OCR_LANGUAGES, TEXT_LANGUAGES, type OcrLanguage, type TextLanguage } from '../../web/src/node/jobs/engines.ts';

export interface JobOptions {
  image: string;
  to: TextLanguage;
  from: OcrLanguage;
  email: string;
  signalingUrl: string;
  /** Pays from this key; none: the dev chain's first dev account (only on the dev chain). */
  payerKey: string | undefined;
  /** How long to wait for the result, in ms. */
  timeoutMs: number;
}

export class JobOptionsError extends Error {}

export const JOB_HELP = [
  'Usage: npm run job -- --image <file> --to <es|fr|it|de> [options]',
  '',
  'Submits one paid image-translation job to the Tabmesh mesh from this terminal: stores the image',
  'in the DHT, pays for it, hands it to a broker, prints each stage on stderr as it happens, and',
  'ends with one line of JSON on stdout: {jobId, tx, text, translation, engine}.',
  'Exit codes: 0 done, 2 bad options, 3 refused (the refusal code on stderr), 4 failed, 1 otherwise.',
  '',
  'Options:',
  '  --image <file>     png, jpeg or webp, at most 8 MiB',
  '  --to <lang>        es, fr, it or de (the seed\'s ES, FR, IT, GR)',
  '  --from <lang>      the sign\'s language: eng (default), spa, fra, ita, deu',
  '  --email <address>  where the result is mailed too (env JOB_EMAIL; default nobody@example.invalid)',
  '  --signal <url>     the signaling server (env SIGNALING_URL; default http://127.0.0.1:8080/)',
  '  --timeout <s>      how long to wait for the result (env JOB_TIMEOUT_SECONDS; default 300)',
  '  --help             this text',
  '',
  'Payment: from the key in JOB_PAYER_KEY (0x and 64 hex digits) on the chain the server names at',
  '/config.json; without it, on the dev chain that npm start runs, from its first dev account.',
].join('\n');

type Env = Readonly<Record<string, string | undefined>>;

export function parseJobOptions(argv: readonly string[], env: Env): JobOptions | 'help' {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      options: { image: { type: 'string' }, to: { type: 'string' }, from: { type: 'string' }, email: { type: 'string' }, signal: { type: 'string' }, timeout: { type: 'string' }, help: { type: 'boolean' } },
      strict: true,
      allowPositionals: false,
    });
  } catch (error) {
    throw new JobOptionsError(`invalid options: ${(error as Error).message} (see --help)`);
  }
  const v = parsed.values;
  if (v.help) return 'help';
  const problems: string[] = [];
  const image = v.image?.trim();
  if (!image) problems.push('--image is required');
  const to = (v.to ?? '').trim().toLowerCase();
  if (!(TEXT_LANGUAGES as readonly string[]).includes(to) || to === 'en') problems.push(`--to must be one of es, fr, it, de, got ${JSON.stringify(v.to ?? '')}`);
  const from = (v.from ?? 'eng').trim().toLowerCase();
  if (!(OCR_LANGUAGES as readonly string[]).includes(from)) problems.push(`--from must be one of ${OCR_LANGUAGES.join(', ')}, got ${JSON.stringify(from)}`);
  const email = (v.email ?? env['JOB_EMAIL'] ?? 'nobody@example.invalid').trim();
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) problems.push(`--email (JOB_EMAIL) is not an e-mail address: ${JSON.stringify(email)}`);
  const signalingUrl = (v.signal ?? env['SIGNALING_URL'] ?? 'http://127.0.0.1:8080/').trim();
  try {
    if (!/^https?:$/.test(new URL(signalingUrl).protocol)) problems.push(`--signal (SIGNALING_URL) must be an http(s) URL, got ${signalingUrl}`);
  } catch {
    problems.push(`--signal (SIGNALING_URL) must be an absolute URL, got ${JSON.stringify(signalingUrl)}`);
  }
  const rawTimeout = (v.timeout ?? env['JOB_TIMEOUT_SECONDS'] ?? '300').trim();
  if (!/^\d+$/.test(rawTimeout) || Number(rawTimeout) < 1 || Number(rawTimeout) > 86_400) problems.push(`--timeout (JOB_TIMEOUT_SECONDS) must be 1..86400 seconds, got ${JSON.stringify(rawTimeout)}`);
  const payerKey = env['JOB_PAYER_KEY']?.trim() || undefined;
  if (payerKey !== undefined && !/^0x[0-9a-fA-F]{64}$/.test(payerKey)) problems.push('JOB_PAYER_KEY must be 0x and 64 hex digits');
  if (problems.length > 0) throw new JobOptionsError(`invalid job:\n  ${problems.join('\n  ')}\n(see npm run job -- --help)`);
  return { image: image!, to: to as TextLanguage, from: from as OcrLanguage, email, signalingUrl, payerKey, timeoutMs: Number(rawTimeout) * 1000 };
}
