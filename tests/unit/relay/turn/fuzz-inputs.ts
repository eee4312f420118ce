/**
 * Inputs for the TURN fuzz tests: a corpus of valid STUN messages and ChannelData, mutations of
 * it, and random bytes, all from one seeded generator. FUZZ_SEED reproduces a run, FUZZ_INPUTS
 * lengthens it (default 100 000).
 */
import { seededRandom, type Rng } from '../../../support/random.ts';
import {
  ATTR,
  attribute,
  decodeStunMessage,
  encodeChannelData,
  encodeChannelNumber,
  encodeErrorCode,
  encodeEvenPort,
  encodeRequestedFamily,
  encodeRequestedTransport,
  encodeReservationToken,
  encodeStunMessage,
  encodeText,
  encodeU32,
  encodeUnknownAttributes,
  encodeXorAddress,
  METHOD,
} from '../../../../relay/src/turn/index.ts';
import * as V from './rfc5769.ts';

export const FUZZ_INPUTS = Number(process.env['FUZZ_INPUTS'] ?? 100_000);
export const FUZZ_SEED = process.env['FUZZ_SEED'] ? Number(process.env['FUZZ_SEED']) : (Math.random() * 2 ** 32) >>> 0;

/** Byte values that sit on edges: zero, sign bits, all ones, and the STUN/ChannelData top bits. */
const INTERESTING_BYTES = [0x00, 0x01, 0x3f, 0x40, 0x7f, 0x80, 0xbf, 0xc0, 0xfe, 0xff];
/** Text values with a byte-order mark, non-ASCII, a NUL and the longest reason allowed. */
const INTERESTING_TEXTS = ['', 'tabmesh', '\uFEFF1800000000:ab', 'é\u00a0ü', 'a\u0000b', '\u{1F600}', 'x'.repeat(763)];
/** The first entries of the corpus are STUN messages (the rest ChannelData). */
const STUN_CORPUS_ENTRIES = 7;

export class FuzzInputs {
  readonly rng: Rng;
  readonly corpus: Uint8Array[];

  constructor(seed: number) {
    this.rng = seededRandom(seed);
    this.corpus = this.#validMessages();
  }

  int(n: number): number {
    return Math.floor(this.rng() * n);
  }

  bytes(n: number): Uint8Array {
    const out = new Uint8Array(n);
    for (let i = 0; i < n; i++) out[i] = this.int(256);
    return out;
  }

  /**
   * Random bytes (25 %), a well-formed message with mutated attribute values (25 %: the typed
   * attribute decoders see them), or a mutated corpus entry, sometimes joined with another.
   */
  next(extra: readonly Uint8Array[] = []): Uint8Array {
    const r = this.rng();
    if (r < 0.25) return this.bytes(this.int(this.rng() < 0.95 ? 200 : 2000));
    if (r < 0.5) return this.structured();
    const pool = extra.length > 0 && this.rng() < 0.3 ? extra : this.corpus;
    return this.mutate(pool[this.int(pool.length)]!);
  }

  mutate(input: Uint8Array): Uint8Array {
    let out: Uint8Array = input.slice();
    for (let round = 1 + this.int(3); round > 0; round--) {
      const op = this.int(7);
      if (op === 0 && out.length > 0) for (let n = 1 + this.int(6); n > 0; n--) out[this.int(out.length)]! ^= 1 << this.int(8);
      else if (op === 1) out = out.slice(0, this.int(out.length + 1));
      else if (op === 2) out = concat(out, this.bytes(1 + this.int(40)));
      else if (op === 3 && out.length > 4) out[2 + this.int(2)] = this.int(256); // the length field
      else if (op === 4 && out.length > 24) out.set(this.bytes(4), 20 + 4 * this.int((out.length - 24) >> 2)); // an attribute header
      else if (op === 5 && out.length > 0) out[this.int(out.length)] = INTERESTING_BYTES[this.int(INTERESTING_BYTES.length)]!;
      else out = concat(out, this.corpus[this.int(this.corpus.length)]!);
    }
    return out;
  }

  /** A corpus message decoded, one or more attribute values replaced, encoded again. */
  structured(): Uint8Array {
    const decoded = decodeStunMessage(this.corpus[this.int(STUN_CORPUS_ENTRIES)]!);
    if (!decoded.ok) throw decoded.error;
    const attributes = decoded.value.attributes.map((a) => (this.rng() < 0.4 ? { type: a.type, value: this.#value(a.value) } : a));
    const { method, cls, transactionId } = decoded.value;
    return encodeStunMessage({ method, cls, transactionId, attributes }, { fingerprint: this.rng() < 0.5 });
  }

  #value(value: Uint8Array): Uint8Array {
    const op = this.int(4);
    if (op === 0) return this.mutate(value);
    if (op === 1) return this.bytes(this.int(24));
    if (op === 2) return encodeText(INTERESTING_TEXTS[this.int(INTERESTING_TEXTS.length)]!);
    const out = value.slice();
    if (out.length > 0) out[this.int(out.length)] = INTERESTING_BYTES[this.int(INTERESTING_BYTES.length)]!;
    return out;
  }

  #validMessages(): Uint8Array[] {
    const tid = this.bytes(12);
    const v4 = { family: 4 as const, address: '192.0.2.7', port: 5000 };
    const v6 = { family: 6 as const, address: '2001:db8::7', port: 65535 };
    const everyAttribute = [
      attribute(ATTR.xorPeerAddress, encodeXorAddress(v4, tid)),
      attribute(ATTR.xorRelayedAddress, encodeXorAddress(v6, tid)),
      attribute(ATTR.channelNumber, encodeChannelNumber(0x4001)),
      attribute(ATTR.lifetime, encodeU32(600)),
      attribute(ATTR.requestedTransport, encodeRequestedTransport(17)),
      attribute(ATTR.requestedAddressFamily, encodeRequestedFamily(6)),
      attribute(ATTR.evenPort, encodeEvenPort(true)),
      attribute(ATTR.reservationToken, encodeReservationToken('0123456789abcdef')),
      attribute(ATTR.username, encodeText('1800000000:ab')),
      attribute(ATTR.realm, encodeText('tabmesh')),
      attribute(ATTR.data, this.bytes(7)),
    ];
    return [
      V.SAMPLE_REQUEST,
      V.SAMPLE_IPV4_RESPONSE,
      V.SAMPLE_IPV6_RESPONSE,
      V.SAMPLE_LONG_TERM_REQUEST,
      encodeStunMessage({ method: METHOD.allocate, cls: 'request', transactionId: tid, attributes: everyAttribute }, { integrityKey: this.bytes(16), fingerprint: true }),
      encodeStunMessage({ method: METHOD.send, cls: 'indication', transactionId: tid, attributes: [everyAttribute[0]!, attribute(ATTR.data, this.bytes(33))] }),
      encodeStunMessage(
        {
          method: METHOD.allocate,
          cls: 'error',
          transactionId: tid,
          attributes: [
            attribute(ATTR.errorCode, encodeErrorCode(401, 'Unauthorized')),
            attribute(ATTR.realm, encodeText('tabmesh')),
            attribute(ATTR.unknownAttributes, encodeUnknownAttributes([1, 0x7fff])),
          ],
        },
        { fingerprint: true },
      ),
      encodeChannelData(0x4001, this.bytes(20), false),
      encodeChannelData(0x7fff, this.bytes(3), true),
      encodeChannelData(0x4000, new Uint8Array(0), true),
    ];
  }
}

export function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}
