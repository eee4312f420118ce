/**
 * btpeer framing, both variants: byte fixtures from PROTOCOLS.md §3, every split of a request,
 * replies in the request's framing, and a fuzz campaign (a request or a typed error, never a throw).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decodeReplies, encodeReply, MAX_BTPEER_BODY_BYTES, parseRequest } from '../../../../relay/src/btpeer-gateway/framing.ts';
import { FUZZ_INPUTS, FUZZ_SEED, fuzzRng, mutate, randomBytes, randomInt } from '../../../support/fuzz.ts';

const hex = (s: string): Uint8Array => Uint8Array.from(s.replace(/\s+/g, '').match(/../g)!.map((b) => parseInt(b, 16)));
const ascii = (s: string): Uint8Array => new TextEncoder().encode(s);

test('original framing: NAME with no data, JOIN with an address, a lower-case type upper-cased', () => {
  assert.deepEqual(parseRequest(hex('4e414d45 00000000'), false), { ok: true, value: { type: 'NAME', data: new Uint8Array(0), framing: 'length' } });
  const join = hex('4a4f494e 00000014 3132372e302e302e313a34303030203132372e30');
  const parsed = parseRequest(join, false);
  assert.ok(parsed.ok && parsed.value);
  assert.equal(parsed.value.type, 'JOIN');
  assert.equal(new TextDecoder().decode(parsed.value.data), '127.0.0.1:4000 127.0');
  assert.equal(parsed.value.framing, 'length');
  const lower = parseRequest(hex('6c697374 00000000'), false);
  assert.ok(lower.ok && lower.value?.type === 'LIST');
});

test("students' variant: JSON to the end of the stream, and a bare type", () => {
  const init = ascii('INIT{"sender":"a","email":"x@y.z","encodedImage":"AAAA","type":"INIT","id":"1","region":"ES"}');
  assert.deepEqual(parseRequest(init, false), { ok: true, value: undefined }, 'not complete before the end');
  const parsed = parseRequest(init, true);
  assert.ok(parsed.ok && parsed.value);
  assert.equal(parsed.value.framing, 'eof');
  assert.equal(JSON.parse(new TextDecoder().decode(parsed.value.data)).region, 'ES');
  assert.deepEqual(parseRequest(ascii('PING'), true), { ok: true, value: { type: 'PING', data: new Uint8Array(0), framing: 'eof' } });
});

test('every split point of a request gives the same request once all has come', () => {
  const whole = encodeReply('JOIN', 'node-1 10.0.0.2 4000', 'length');
  for (let cut = 0; cut <= whole.length; cut++) {
    const partial = parseRequest(whole.subarray(0, cut), false);
    if (cut < whole.length) assert.deepEqual(partial, { ok: true, value: undefined }, `cut at ${cut}`);
    else assert.equal(partial.ok && partial.value?.type, 'JOIN');
  }
});

test('bad input: short type, non-letters, a length cut short, trailing bytes, too much data', () => {
  const code = (r: ReturnType<typeof parseRequest>): string | undefined => (r.ok ? undefined : r.error.code);
  assert.equal(code(parseRequest(ascii('NA'), true)), 'malformed');
  assert.equal(code(parseRequest(hex('4e41 4d31 00000000'), false)), 'malformed');
  assert.equal(code(parseRequest(hex('4e414d45 00000010 0102'), true)), 'malformed');
  assert.equal(code(parseRequest(hex('4e414d45 00000001 41 42'), false)), 'trailing-bytes');
  const big = new Uint8Array(4 + MAX_BTPEER_BODY_BYTES + 1);
  big.set(ascii('INIT'));
  big.set(ascii('{"a'), 4);
  assert.equal(code(parseRequest(big, false)), 'oversized');
});

test('replies: REPL and ERRO in the original framing decode back; the EOF variant has no length', () => {
  const bytes = new Uint8Array([...encodeReply('REPL', '2', 'length'), ...encodeReply('REPL', 'a 10.0.0.1 4000', 'length'), ...encodeReply('ERRO', 'at-capacity', 'length')]);
  assert.deepEqual(decodeReplies(bytes), [
    { type: 'REPL', data: '2' },
    { type: 'REPL', data: 'a 10.0.0.1 4000' },
    { type: 'ERRO', data: 'at-capacity' },
  ]);
  assert.deepEqual(encodeReply('REPL', 'ok', 'eof'), ascii('REPLok'));
  assert.deepEqual(encodeReply('REPL', '', 'length'), hex('5245504c 00000000'));
  assert.throws(() => encodeReply('repl', '', 'length'), RangeError);
  assert.throws(() => decodeReplies(hex('5245504c 00000005 41')), RangeError);
});

test(`fuzz: ${FUZZ_INPUTS} inputs give a request, a wait or a typed error — never a throw (seed ${FUZZ_SEED})`, () => {
  const rng = fuzzRng();
  const corpus = [encodeReply('NAME', '', 'length'), encodeReply('JOIN', 'a 1.2.3.4 5', 'length'), ascii('INIT{"id":"1"}'), ascii('PING'), encodeReply('LIST', '', 'eof')];
  let requests = 0;
  for (let i = 0; i < FUZZ_INPUTS; i++) {
    const input = rng() < 0.8 ? mutate(corpus[randomInt(rng, corpus.length - 1)]!, rng, corpus) : randomBytes(rng, randomInt(rng, 64));
    for (const ended of [false, true]) {
      const r = parseRequest(input, ended);
      if (!r.ok) {
        assert.ok(['malformed', 'oversized', 'trailing-bytes'].includes(r.error.code), r.error.code);
        continue;
      }
      if (r.value === undefined) {
        assert.equal(ended, false, 'an ended stream is a request or an error, never a wait');
        continue;
      }
      requests++;
      assert.match(r.value.type, /^[A-Z]{4}$/);
      // Round trip: the request re-encoded in its framing parses to the same request.
      const again = parseRequest(encodeReply(r.value.type, r.value.data, r.value.framing), true);
      assert.ok(again.ok && again.value);
      assert.deepEqual(again.value.data, r.value.data);
    }
  }
  assert.ok(requests > FUZZ_INPUTS / 10, `${requests} valid requests among the inputs`);
});
