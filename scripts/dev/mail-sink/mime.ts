/**
 * Just enough RFC 5322 / MIME reading for the dev outbox: header unfolding, RFC 2047
 * encoded-words, Content-Type parameters, quoted-printable and base64 bodies, and the first
 * text/plain part of a (nested) multipart. Not a general mail parser — the newest `mailparser`
 * does not resolve in our registry, and the outbox only shows subjects and plain-text bodies.
 *
 * Raw messages are handled as "binary strings" (one char per byte, latin1) so byte offsets and
 * boundaries survive; bytes become text only at the end, through TextDecoder and the declared
 * charset. No Node imports.
 */

/** A header with its name lowercased and its value unfolded, not yet decoded. */
export interface Header {
  name: string;
  value: string;
}

export interface MimeEntity {
  headers: Header[];
  /** The body as a binary string (one char per byte). */
  body: string;
}

/** Beyond these the rest is ignored: a message that needs more is not one Tabmesh sent. */
const MAX_HEADERS = 500;
const MAX_MULTIPART_DEPTH = 5;
const MAX_PARTS = 100;

/** Bytes to a binary string, in slices so a 1 MiB message does not blow the argument limit. */
export function binaryString(bytes: Uint8Array): string {
  const SLICE = 0x8000;
  let out = '';
  for (let i = 0; i < bytes.length; i += SLICE) {
    out += String.fromCharCode(...bytes.subarray(i, i + SLICE));
  }
  return out;
}

function bytesOf(binary: string): Uint8Array {
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i) & 0xff;
  return out;
}

/** Text in the named charset; unknown charsets fall back to UTF-8, bad bytes become U+FFFD. */
export function decodeCharset(bytes: Uint8Array, charset: string): string {
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(charset.trim().toLowerCase());
  } catch {
    decoder = new TextDecoder('utf-8');
  }
  return decoder.decode(bytes);
}

/** Splits headers from body at the first empty line; unfolds continuation lines. */
export function parseEntity(binary: string): MimeEntity {
  const crlf = binary.indexOf('\r\n\r\n');
  const lf = binary.indexOf('\n\n');
  let headerEnd: number;
  let bodyStart: number;
  if (binary.startsWith('\r\n') || binary.startsWith('\n')) {
    headerEnd = 0;
    bodyStart = binary.startsWith('\r\n') ? 2 : 1;
  } else if (crlf !== -1 && (lf === -1 || crlf < lf)) {
    headerEnd = crlf;
    bodyStart = crlf + 4;
  } else if (lf !== -1) {
    headerEnd = lf;
    bodyStart = lf + 2;
  } else {
    headerEnd = binary.length;
    bodyStart = binary.length;
  }
  return { headers: parseHeaders(binary.slice(0, headerEnd)), body: binary.slice(bodyStart) };
}

/** RFC 5322 2.2.3: unfolding removes the line break before a line starting with space or tab. */
export function parseHeaders(block: string): Header[] {
  const unfolded = block.replace(/\r?\n(?=[ \t])/g, '');
  const headers: Header[] = [];
  for (const line of unfolded.split(/\r?\n/)) {
    if (headers.length >= MAX_HEADERS) break;
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    const name = line.slice(0, colon).trim().toLowerCase();
    // Raw 8-bit header bytes (SMTPUTF8) are UTF-8; plain ASCII passes through unchanged.
    const value = decodeCharset(bytesOf(line.slice(colon + 1).trim()), 'utf-8');
    headers.push({ name, value });
  }
  return headers;
}

/** The first header of that name (case-insensitive), unfolded and undecoded. */
export function headerValue(headers: readonly Header[], name: string): string | undefined {
  const wanted = name.toLowerCase();
  return headers.find((h) => h.name === wanted)?.value;
}

const ENCODED_WORD = /=\?([^?\s]+)\?([BbQq])\?([^?\s]*)\?=/g;

function decodeQWord(text: string): Uint8Array {
  return bytesOf(
    text.replace(/_/g, ' ').replace(/=([0-9A-Fa-f]{2})/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16))),
  );
}

function decodeBase64Binary(text: string): string {
  const clean = text.replace(/[^A-Za-z0-9+/]/g, '');
  // atob wants padding to a multiple of four; a dangling single char carries no full byte.
  const usable = clean.length % 4 === 1 ? clean.slice(0, -1) : clean;
  try {
    return atob(usable + '='.repeat((4 - (usable.length % 4)) % 4));
  } catch {
    return '';
  }
}

/**
 * RFC 2047 encoded-words (`=?utf-8?B?…?=`, `=?iso-8859-1?Q?…?=`) in a header value. Whitespace
 * between adjacent encoded-words is dropped, and adjacent words in the same charset are decoded
 * together so a character split across two words survives. RFC 2231 language tags are ignored.
 */
export function decodeEncodedWords(value: string): string {
  let out = '';
  let last = 0;
  let pending: { charset: string; bytes: number[] } | undefined;
  const flush = (): void => {
    if (pending !== undefined) out += decodeCharset(Uint8Array.from(pending.bytes), pending.charset);
    pending = undefined;
  };
  for (const match of value.matchAll(ENCODED_WORD)) {
    const [word, rawCharset = '', encoding = '', text = ''] = match;
    const gap = value.slice(last, match.index);
    const adjacent = pending !== undefined && /^[ \t\r\n]*$/.test(gap);
    if (!adjacent) {
      flush();
      out += gap;
    }
    const charset = rawCharset.split('*')[0] ?? rawCharset;
    const bytes = encoding.toUpperCase() === 'B' ? bytesOf(decodeBase64Binary(text)) : decodeQWord(text);
    if (pending !== undefined && pending.charset.toLowerCase() !== charset.toLowerCase()) flush();
    if (pending === undefined) pending = { charset, bytes: [] };
    for (const b of bytes) pending.bytes.push(b);
    last = match.index + word.length;
  }
  flush();
  return out + value.slice(last);
}

export interface ParamValue {
  /** The main value, lowercased ("text/plain", "attachment"). */
  value: string;
  /** Parameter names lowercased; quoted values unquoted. */
  params: Record<string, string>;
}

/** `text/plain; charset="utf-8"; format=flowed` → value and parameters. */
export function parseParams(header: string): ParamValue {
  const pieces: string[] = [];
  let current = '';
  let quoted = false;
  for (let i = 0; i < header.length; i++) {
    const c = header[i] as string;
    if (quoted && c === '\\' && i + 1 < header.length) {
      current += header[++i];
    } else if (c === '"') {
      quoted = !quoted;
    } else if (c === ';' && !quoted) {
      pieces.push(current);
      current = '';
    } else {
      current += c;
    }
  }
  pieces.push(current);
  const params: Record<string, string> = Object.create(null) as Record<string, string>;
  for (const piece of pieces.slice(1)) {
    const eq = piece.indexOf('=');
    if (eq <= 0) continue;
    params[piece.slice(0, eq).trim().toLowerCase()] = piece.slice(eq + 1).trim();
  }
  return { value: (pieces[0] ?? '').trim().toLowerCase(), params };
}

/** Quoted-printable (RFC 2045 6.7) to bytes: soft line breaks removed, `=XX` decoded. */
export function decodeQuotedPrintable(binary: string): Uint8Array {
  const input = binary
    .replace(/[ \t]+(?=\r?\n|$)/g, '')
    .replace(/=\r?\n/g, '')
    .replace(/=$/, '');
  const out = new Uint8Array(input.length);
  let n = 0;
  for (let i = 0; i < input.length; i++) {
    const c = input.charCodeAt(i);
    const hex = input.slice(i + 1, i + 3);
    if (c === 0x3d && /^[0-9A-Fa-f]{2}$/.test(hex)) {
      out[n++] = parseInt(hex, 16);
      i += 2;
    } else {
      out[n++] = c & 0xff;
    }
  }
  return out.subarray(0, n);
}

function decodeBody(entity: MimeEntity): Uint8Array {
  const encoding = (headerValue(entity.headers, 'content-transfer-encoding') ?? '7bit').trim().toLowerCase();
  if (encoding === 'base64') return bytesOf(decodeBase64Binary(entity.body));
  if (encoding === 'quoted-printable') return decodeQuotedPrintable(entity.body);
  return bytesOf(entity.body);
}

/** The parts of a multipart body, between `--boundary` lines, preamble and epilogue dropped. */
export function splitMultipart(body: string, boundary: string): string[] {
  const delimiter = `--${boundary}`;
  const parts: string[] = [];
  let current: string[] | undefined;
  for (const line of body.split(/\r?\n/)) {
    if (line.startsWith(delimiter)) {
      const rest = line.slice(delimiter.length);
      if (/^--[ \t]*$/.test(rest)) {
        if (current !== undefined) parts.push(current.join('\r\n'));
        return parts;
      }
      if (/^[ \t]*$/.test(rest)) {
        if (current !== undefined) parts.push(current.join('\r\n'));
        if (parts.length >= MAX_PARTS) return parts;
        current = [];
        continue;
      }
    }
    current?.push(line);
  }
  // No closing delimiter: keep what was there.
  if (current !== undefined) parts.push(current.join('\r\n'));
  return parts;
}

function textOf(entity: MimeEntity, depth: number): string | null {
  const type = parseParams(headerValue(entity.headers, 'content-type') ?? 'text/plain');
  const mainType = type.value === '' ? 'text/plain' : type.value;
  if (mainType.startsWith('multipart/')) {
    const boundary = type.params.boundary;
    if (boundary === undefined || boundary === '' || depth >= MAX_MULTIPART_DEPTH) return null;
    for (const part of splitMultipart(entity.body, boundary)) {
      const text = textOf(parseEntity(part), depth + 1);
      if (text !== null) return text;
    }
    return null;
  }
  if (mainType !== 'text/plain') return null;
  const disposition = parseParams(headerValue(entity.headers, 'content-disposition') ?? 'inline');
  if (disposition.value === 'attachment') return null;
  const text = decodeCharset(decodeBody(entity), type.params.charset ?? 'utf-8').replace(/\r\n/g, '\n');
  // The line break that ends the last line of a message is SMTP's, not the author's.
  return text.endsWith('\n') && !isBase64(entity) ? text.slice(0, -1) : text;
}

function isBase64(entity: MimeEntity): boolean {
  return (headerValue(entity.headers, 'content-transfer-encoding') ?? '').trim().toLowerCase() === 'base64';
}

/** The decoded Subject of a raw message ('' when there is none). */
export function subjectOf(raw: Uint8Array): string {
  const entity = parseEntity(binaryString(raw));
  return decodeEncodedWords(headerValue(entity.headers, 'subject') ?? '');
}

/** The first text/plain part of a raw message, decoded; null when there is none. */
export function textBodyOf(raw: Uint8Array): string | null {
  return textOf(parseEntity(binaryString(raw)), 0);
}
