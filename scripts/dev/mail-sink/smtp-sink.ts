/**
 * The local development SMTP sink: accepts every message on 127.0.0.1:2525 (no auth, no TLS)
 * and keeps it on disk as `<id>.eml` plus a `<id>.json` sidecar ({@link OutboxEntry}), so the
 * app's Outbox page can show what Tabmesh sent. The sidecar is written last (via rename), so a
 * message counts only once both files are complete; leftovers of a crash are removed at start.
 * Survives restarts; keeps at most `maxMessages`, deleting the oldest.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, readdir, readFile, rename, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { SMTPServer, type SMTPServerDataStream, type SMTPServerSession } from 'smtp-server';
import { isOutboxId, parseOutboxEntry, type OutboxEntry, type OutboxMessage } from '../../../web/src/contracts/outbox.ts';
import { subjectOf, textBodyOf } from './mime.ts';

export const DEFAULT_SINK_HOST = '127.0.0.1';
export const DEFAULT_SINK_PORT = 2525;
/** Tabmesh sends short text mails; 1 MiB is generous and bounds memory per message. */
export const DEFAULT_MAX_MESSAGE_BYTES = 1024 * 1024;
/** ~1 GiB of disk at worst, plenty of history for development. */
export const DEFAULT_MAX_MESSAGES = 1000;
/** Idle SMTP connections are cut this long after close() so shutdown never hangs. */
const CLOSE_TIMEOUT_MS = 1000;
/** A dev sink on loopback; more than this many clients at once is a bug somewhere. */
const MAX_CLIENTS = 50;
const ID_TIME_DIGITS = 13;

export interface SmtpSinkOptions {
  /** Directory for the .eml files and their sidecars; created when missing. */
  dir: string;
  /** Default 127.0.0.1. */
  host?: string;
  /** Default 2525; 0 picks a free port. */
  port?: number;
  maxMessageBytes?: number;
  maxMessages?: number;
  /** Milliseconds since the epoch; stamps receivedAt and ids. */
  now?: () => number;
  /** Storage failures and connection-level errors; the sink keeps running. */
  onError?: (error: unknown) => void;
}

export interface SmtpSink {
  /** The port actually bound (useful with port 0). */
  readonly port: number;
  /** Newest first. */
  list(): Promise<OutboxEntry[]>;
  /** The message with its text body, or undefined for an unknown or invalid id. */
  read(id: string): Promise<OutboxMessage | undefined>;
  /** The stored .eml bytes, or undefined. */
  raw(id: string): Promise<Uint8Array | undefined>;
  /** Stops listening, waits for messages being stored. Idempotent. */
  close(): Promise<void>;
}

interface SmtpReplyError extends Error {
  responseCode?: number;
}

function replyError(code: number, message: string): SmtpReplyError {
  const error: SmtpReplyError = new Error(message);
  error.responseCode = code;
  return error;
}

function copyEntry(e: OutboxEntry): OutboxEntry {
  return { ...e, envelope: { from: e.envelope.from, to: [...e.envelope.to] } };
}

const emlPath = (dir: string, id: string): string => join(dir, `${id}.eml`);
const sidecarPath = (dir: string, id: string): string => join(dir, `${id}.json`);

async function removeQuietly(path: string): Promise<void> {
  await unlink(path).catch(() => undefined);
}

/** Reads what an earlier run left in `dir`: complete messages in id order, debris removed. */
async function loadIndex(dir: string): Promise<OutboxEntry[]> {
  const names = await readdir(dir);
  const present = new Set(names);
  const entries: OutboxEntry[] = [];
  for (const name of names) {
    const dot = name.indexOf('.');
    const id = dot === -1 ? name : name.slice(0, dot);
    if (!isOutboxId(id)) continue; // not ours: leave it alone
    const ext = name.slice(dot);
    if (ext === '.json') {
      if (!present.has(`${id}.eml`)) {
        await removeQuietly(join(dir, name));
        continue;
      }
      let entry: OutboxEntry | undefined;
      try {
        entry = parseOutboxEntry(JSON.parse(await readFile(join(dir, name), 'utf8')));
      } catch {
        entry = undefined;
      }
      if (entry !== undefined && entry.id === id) entries.push(entry);
    } else if (ext === '.eml') {
      if (!present.has(`${id}.json`)) await removeQuietly(join(dir, name));
    } else if (ext === '.json.tmp') {
      await removeQuietly(join(dir, name));
    }
  }
  return entries.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

export async function startSmtpSink(options: SmtpSinkOptions): Promise<SmtpSink> {
  const dir = options.dir;
  const host = options.host ?? DEFAULT_SINK_HOST;
  const maxMessageBytes = options.maxMessageBytes ?? DEFAULT_MAX_MESSAGE_BYTES;
  const maxMessages = Math.max(1, options.maxMessages ?? DEFAULT_MAX_MESSAGES);
  const now = options.now ?? Date.now;
  const onError = options.onError ?? ((): void => undefined);

  await mkdir(dir, { recursive: true });
  /** Oldest first; ids are monotonic, so appending keeps the order. */
  const index = await loadIndex(dir);
  const pending = new Set<Promise<void>>();
  let lastIdTime = index.length > 0 ? Number((index[index.length - 1] as OutboxEntry).id.slice(0, ID_TIME_DIGITS)) : 0;
  let closed: Promise<void> | undefined;

  const nextId = (at: number): string => {
    lastIdTime = Math.max(Math.floor(at), lastIdTime + 1);
    return `${String(lastIdTime).padStart(ID_TIME_DIGITS, '0')}-${randomBytes(4).toString('hex')}`;
  };

  const prune = async (): Promise<void> => {
    const excess = index.splice(0, Math.max(0, index.length - maxMessages));
    for (const old of excess) {
      // Sidecar first: a message without its sidecar is debris, never listed.
      await removeQuietly(sidecarPath(dir, old.id));
      await removeQuietly(emlPath(dir, old.id));
    }
  };

  const store = async (raw: Buffer, session: SMTPServerSession): Promise<string> => {
    const receivedAt = Math.floor(now());
    const id = nextId(receivedAt);
    const { mailFrom, rcptTo } = session.envelope;
    const entry: OutboxEntry = {
      id,
      receivedAt,
      envelope: { from: mailFrom === false ? '' : mailFrom.address, to: rcptTo.map((r) => r.address) },
      subject: subjectOf(raw),
      size: raw.length,
    };
    await writeFile(emlPath(dir, id), raw);
    const tmp = `${sidecarPath(dir, id)}.tmp`;
    await writeFile(tmp, JSON.stringify(entry));
    await rename(tmp, sidecarPath(dir, id));
    index.push(entry);
    await prune();
    return id;
  };

  const onData = (
    stream: SMTPServerDataStream,
    session: SMTPServerSession,
    callback: (error?: Error | null, message?: string) => void,
  ): void => {
    const chunks: Buffer[] = [];
    let size = 0;
    stream.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= maxMessageBytes) chunks.push(chunk);
    });
    stream.once('error', (error: Error) => callback(error));
    stream.once('end', () => {
      if (stream.sizeExceeded || size > maxMessageBytes) {
        callback(replyError(552, `message exceeds fixed maximum message size (${maxMessageBytes} bytes)`));
        return;
      }
      const job = store(Buffer.concat(chunks, size), session).then(
        (id) => callback(null, `queued as ${id}`),
        (error: unknown) => {
          onError(error);
          callback(replyError(451, 'could not store the message, try again later'));
        },
      );
      pending.add(job);
      void job.finally(() => pending.delete(job));
    });
  };

  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    size: maxMessageBytes,
    maxClients: MAX_CLIENTS,
    closeTimeout: CLOSE_TIMEOUT_MS,
    disableReverseLookup: true,
    logger: false,
    banner: 'Tabmesh dev mail sink',
    // No accounts on a dev sink: any credentials are accepted so real clients configured with
    // a user and password work against it unchanged.
    allowInsecureAuth: true,
    onAuth: (auth, _session, callback) => callback(null, { user: auth.username ?? 'dev' }),
    onData,
  });

  await prune();
  await new Promise<void>((resolve, reject) => {
    const onListenError = (error: Error): void => reject(error);
    server.once('error', onListenError);
    server.listen(options.port ?? DEFAULT_SINK_PORT, host, () => {
      server.off('error', onListenError);
      resolve();
    });
  });
  // From here on, errors (a client resetting its connection) are reported, never thrown.
  server.on('error', (error: Error) => onError(error));
  const address = server.server.address();
  const port = typeof address === 'object' && address !== null ? address.port : 0;

  const readRaw = async (id: string): Promise<Buffer | undefined> => {
    if (!isOutboxId(id) || !index.some((e) => e.id === id)) return undefined;
    try {
      return await readFile(emlPath(dir, id));
    } catch {
      return undefined; // pruned meanwhile
    }
  };

  return {
    port,
    list: async () => index.map(copyEntry).reverse(),
    read: async (id) => {
      const entry = index.find((e) => e.id === id);
      const raw = await readRaw(id);
      if (entry === undefined || raw === undefined) return undefined;
      return { ...copyEntry(entry), text: textBodyOf(raw) };
    },
    raw: readRaw,
    close: () => {
      closed ??= (async () => {
        await new Promise<void>((resolve) => server.close(() => resolve()));
        await Promise.allSettled([...pending]);
      })();
      return closed;
    },
  };
}
