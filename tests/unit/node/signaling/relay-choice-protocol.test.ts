/** The relay parts of the signaling protocol: TURN URLs in registrations, offers, the relays request. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { canonicalPayload, Identity } from '../../../../web/src/node/peers/identity.ts';
import {
  parseRegisterRequest,
  parseRelayOffers,
  parseRelaysRequest,
  registerPayload,
  SIGNALING_LIMITS,
  type RelayOffer,
} from '../../../../web/src/node/signaling/protocol.ts';

const relay = Identity.generate();
const SIGNATURE = '0x' + 'ab'.repeat(65);
const base = { id: relay.id, roles: ['relay'], capabilities: ['turn'], signature: SIGNATURE };

function code(x: unknown): string {
  const result = parseRegisterRequest(x);
  return result.ok ? 'ok' : result.error.code;
}

function offer(overrides: Partial<Record<keyof RelayOffer, unknown>> = {}): Record<string, unknown> {
  return {
    id: Identity.generate().id,
    urls: ['turn:10.0.0.1:3478?transport=udp', 'turns:relay.example.org:5349?transport=tcp'],
    username: `1700003600:${'a'.repeat(64)}`,
    credential: 'Zm9vYmFyYmF6cXV4cXV1eHF1dXg=',
    ttlSeconds: 3600,
    ...overrides,
  };
}

describe('register with TURN URLs', () => {
  test('a relay may announce up to 4 turn:/turns: URLs', () => {
    const parsed = parseRegisterRequest({ ...base, turn: ['turn:10.0.0.1:3478?transport=udp', 'turns:r.example.org:5349'] });
    assert.ok(parsed.ok);
    assert.deepEqual(parsed.value.turn, ['turn:10.0.0.1:3478?transport=udp', 'turns:r.example.org:5349']);
    assert.equal(code({ ...base, turn: ['turn:a', 'turn:b', 'turn:c', 'turn:d'] }), 'ok');
    const without = parseRegisterRequest(base);
    assert.ok(without.ok);
    assert.equal('turn' in without.value, false);
  });

  test('bad TURN URLs are malformed', () => {
    const bad: unknown[] = [
      [],
      ['turn:a', 'turn:b', 'turn:c', 'turn:d', 'turn:e'],
      ['stun:10.0.0.1:3478'],
      ['http://10.0.0.1/'],
      ['turn:'],
      ['turn:10.0.0.1 3478'],
      ['turn:10.0.0.1:3478\n'],
      ['turn:a,turn:b'],
      ['turn:' + 'x'.repeat(SIGNALING_LIMITS.maxTurnUrlChars + 1)],
      [42],
      'turn:10.0.0.1',
      { 0: 'turn:a' },
      null,
    ];
    for (const turn of bad) assert.equal(code({ ...base, turn }), 'malformed', JSON.stringify(turn));
    assert.equal(code({ ...base, turn: ['turn:' + 'x'.repeat(SIGNALING_LIMITS.maxTurnUrlChars)] }), 'ok');
  });

  test('TURN URLs without role relay are malformed', () => {
    assert.equal(code({ ...base, roles: ['interface'], turn: ['turn:10.0.0.1:3478'] }), 'malformed');
    assert.equal(code({ ...base, roles: [], turn: ['turn:10.0.0.1:3478'] }), 'malformed');
    assert.equal(code({ ...base, roles: ['seed', 'relay'], turn: ['turn:10.0.0.1:3478'] }), 'ok');
  });

  test('the signed payload gains a fifth field only with TURN URLs, so older signatures stay valid', () => {
    const nonce = 'cd'.repeat(32);
    const unsigned = { id: relay.id, roles: ['relay' as const, 'seed' as const], capabilities: ['turn', 'webrtc'] };
    assert.deepEqual(registerPayload(nonce, unsigned), canonicalPayload([nonce, relay.id, 'relay,seed', 'turn,webrtc']));
    assert.deepEqual(
      registerPayload(nonce, { ...unsigned, turn: ['turn:a:1', 'turn:b:2'] }),
      canonicalPayload([nonce, relay.id, 'relay,seed', 'turn,webrtc', 'turn:a:1,turn:b:2']),
    );
  });
});

describe('relay offers from the server (untrusted)', () => {
  test('well-formed offers parse', () => {
    const offers = [offer(), offer({ urls: ['turn:10.0.0.2:3478'] })];
    const parsed = parseRelayOffers(offers);
    assert.ok(parsed.ok);
    assert.deepEqual(parsed.value, offers);
    assert.deepEqual(parseRelayOffers([]), { ok: true, value: [] });
  });

  test('bad offers are refused with a code', () => {
    const cases: [unknown, string][] = [
      [undefined, 'malformed'],
      [{}, 'malformed'],
      [Array.from({ length: SIGNALING_LIMITS.maxRelayOffers + 1 }, () => offer()), 'oversized'],
      [[null], 'malformed'],
      [[offer({ id: 'relay-1' })], 'bad-id'],
      [[offer({ urls: [] })], 'malformed'],
      [[offer({ urls: ['javascript:alert(1)'] })], 'malformed'],
      [[offer({ urls: 'turn:10.0.0.1' })], 'malformed'],
      [[offer({ username: '' })], 'malformed'],
      [[offer({ username: 'u'.repeat(SIGNALING_LIMITS.maxTurnUsernameChars + 1) })], 'malformed'],
      [[offer({ credential: 42 })], 'malformed'],
      [[offer({ credential: 'c'.repeat(SIGNALING_LIMITS.maxTurnCredentialChars + 1) })], 'malformed'],
      [[offer({ ttlSeconds: 0 })], 'malformed'],
      [[offer({ ttlSeconds: 1.5 })], 'malformed'],
      [[offer({ ttlSeconds: SIGNALING_LIMITS.maxTurnTtlSeconds + 1 })], 'malformed'],
      [[offer({ ttlSeconds: '3600' })], 'malformed'],
    ];
    for (const [input, expected] of cases) {
      const result = parseRelayOffers(input);
      assert.equal(result.ok ? 'ok' : result.error.code, expected, JSON.stringify(input)?.slice(0, 120));
    }
    const twice = offer();
    const duplicate = parseRelayOffers([twice, { ...twice }]);
    assert.equal(duplicate.ok ? 'ok' : duplicate.error.code, 'malformed');
    assert.equal(parseRelayOffers(Array.from({ length: SIGNALING_LIMITS.maxRelayOffers }, () => offer())).ok, true);
  });

  test('the relays request is an empty object', () => {
    assert.deepEqual(parseRelaysRequest({}), { ok: true, value: {} });
    for (const bad of [[], null, 'all', { k: 1 }]) assert.equal(parseRelaysRequest(bad).ok, false, JSON.stringify(bad));
  });
});
