import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { Identity } from '../../../web/src/node/peers/identity.ts';
import type { Role } from '../../../web/src/node/peers/roles.ts';
import { CHALLENGE_TTL_MS, Registry, sample } from '../../../signaling-server/src/registry.ts';
import { signedRegister } from './harness.ts';

/** Registrations carrying this proof are vouched for (the real check is role-authority.ts's). */
const GOOD_PROOF = 'aa'.repeat(32);

function setup(randomValues: number[] | (() => number) = []) {
  let now = 1_000_000;
  let nonceCounter = 0;
  const registry = new Registry<string>({
    now: () => now,
    random: typeof randomValues === 'function' ? randomValues : () => randomValues.shift() ?? 0,
    newNonce: () => (nonceCounter++).toString(16).padStart(64, '0'),
    vouch: (_id, _nonce, proof) => (proof === GOOD_PROOF ? 'vouched' : proof === undefined ? 'unvouched' : 'bad-proof'),
  });
  return { registry, advance: (ms: number) => (now += ms) };
}

/** Connects `handle` from `address` and registers `identity` over its challenge; vouched when `vouched`. */
function join(
  registry: Registry<string>,
  handle: string,
  roles: Role[] = ['interface'],
  identity = Identity.generate(),
  options: { vouched?: boolean; address?: string } = {},
) {
  const challenge = registry.connect(handle, options.address ?? '127.0.0.1');
  const request = signedRegister(identity, challenge.nonce, roles);
  if (options.vouched === true) request.roleProof = GOOD_PROOF;
  const outcome = registry.register(handle, request);
  assert.ok(outcome.result.ok, 'registration accepted');
  return { identity, outcome };
}

describe('Registry registration', () => {
  test('accepts a signature over the current challenge and issues a fresh one', () => {
    const { registry } = setup();
    const challenge = registry.connect('a');
    const identity = Identity.generate();
    const outcome = registry.register('a', signedRegister(identity, challenge.nonce, ['interface', 'broker'], ['ocr']));
    assert.ok(outcome.result.ok);
    assert.equal(outcome.result.value.replaced, undefined);
    assert.notEqual(outcome.challenge?.nonce, challenge.nonce);
    assert.equal(registry.handleOf(identity.id), 'a');
    assert.deepEqual(registry.registrationOf('a')?.roles, ['interface', 'broker']);
    assert.deepEqual(registry.registrationOf('a')?.capabilities, ['ocr']);
    assert.equal(registry.size, 1);
  });

  test('refuses a signature by another key, for another nonce, or for a used challenge', () => {
    const { registry } = setup();
    const victim = Identity.generate();
    const attacker = Identity.generate();
    const challenge = registry.connect('a');
    const forged = { ...signedRegister(attacker, challenge.nonce), id: victim.id };
    const byOtherKey = registry.register('a', forged);
    assert.equal(byOtherKey.result.ok ? 'ok' : byOtherKey.result.error.code, 'id-mismatch');

    const wrongNonce = registry.register('a', signedRegister(victim, 'ff'.repeat(32)));
    assert.equal(wrongNonce.result.ok ? 'ok' : wrongNonce.result.error.code, 'id-mismatch');

    const current = wrongNonce.challenge;
    assert.ok(current);
    const request = signedRegister(victim, current.nonce);
    assert.ok(registry.register('a', request).result.ok);
    const reused = registry.register('a', request);
    assert.equal(reused.result.ok ? 'ok' : reused.result.error.code, 'replayed');
  });

  test('refuses an expired challenge and unknown connections', () => {
    const { registry, advance } = setup();
    const challenge = registry.connect('a');
    advance(CHALLENGE_TTL_MS + 1);
    const outcome = registry.register('a', signedRegister(Identity.generate(), challenge.nonce));
    assert.equal(outcome.result.ok ? 'ok' : outcome.result.error.code, 'expired');
    assert.ok(outcome.challenge, 'a fresh challenge replaces the expired one');
    const unknown = registry.register('nobody', signedRegister(Identity.generate(), challenge.nonce));
    assert.equal(unknown.result.ok ? 'ok' : unknown.result.error.code, 'no-challenge');
  });

  test('a second connection with the key takes the id over; the old one leaving does not release it', () => {
    const { registry } = setup();
    const { identity } = join(registry, 'old');
    const { outcome } = join(registry, 'new', ['interface'], identity);
    assert.ok(outcome.result.ok);
    assert.equal(outcome.result.value.replaced, 'old');
    assert.equal(registry.handleOf(identity.id), 'new');
    assert.equal(registry.registrationOf('old'), undefined);
    registry.disconnect('old');
    assert.equal(registry.handleOf(identity.id), 'new');
    registry.disconnect('new');
    assert.equal(registry.handleOf(identity.id), undefined);
    assert.equal(registry.size, 0);
    assert.equal(registry.connectionCount, 0);
  });

  test('re-registering under another id releases the first id', () => {
    const { registry } = setup();
    const { identity: first, outcome } = join(registry, 'a');
    const second = Identity.generate();
    const challenge = outcome.challenge;
    assert.ok(challenge);
    assert.ok(registry.register('a', signedRegister(second, challenge.nonce)).result.ok);
    assert.equal(registry.handleOf(first.id), undefined);
    assert.equal(registry.handleOf(second.id), 'a');
  });
});

describe('Registry roles and sampling', () => {
  test('bootstrap returns at most k others, seeds first, never the caller', () => {
    const { registry } = setup();
    const { identity: caller } = join(registry, 'caller', ['seed'], undefined, { vouched: true });
    const seeds = [
      join(registry, 's1', ['seed'], undefined, { vouched: true }).identity.id,
      join(registry, 's2', ['seed', 'relay'], undefined, { vouched: true }).identity.id,
    ];
    for (let i = 0; i < 5; i++) join(registry, `p${i}`);
    const three = registry.bootstrap('caller', 3);
    assert.ok(three.ok);
    assert.equal(three.value.length, 3);
    assert.deepEqual(new Set(three.value.slice(0, 2).map((p) => p.id)), new Set(seeds));
    assert.ok(three.value.every((p) => p.id !== caller.id));
    const all = registry.bootstrap('caller', 32);
    assert.ok(all.ok);
    assert.equal(all.value.length, 7);
    assert.equal(new Set(all.value.map((p) => p.id)).size, 7);
    assert.ok(all.value.every((p) => p.id !== caller.id));
  });

  test('bootstrap and roles need a registration', () => {
    const { registry } = setup();
    registry.connect('a');
    const boot = registry.bootstrap('a', 3);
    assert.equal(boot.ok ? 'ok' : boot.error.code, 'not-registered');
    const roles = registry.setRoles('a', ['seed']);
    assert.equal(roles.ok ? 'ok' : roles.error.code, 'not-registered');
  });

  test('roles update counts and role lookup', () => {
    const { registry } = setup();
    join(registry, 'a', ['interface']);
    const { identity: b } = join(registry, 'b', ['interface', 'broker']);
    assert.equal(registry.countByRole().interface, 2);
    assert.ok(registry.setRoles('b', ['miner']).ok);
    const counts = registry.countByRole();
    assert.equal(counts.interface, 1);
    assert.equal(counts.miner, 1);
    assert.equal(counts.broker, 0);
    assert.equal(registry.randomWithRole('miner')?.id, b.id);
    assert.equal(registry.randomWithRole('full'), undefined);
  });

  test('relay and seed are granted only to vouched registrations; the rest of a claim stands', () => {
    const { registry } = setup();
    const { outcome: plain } = join(registry, 'a', ['seed', 'interface', 'relay']);
    assert.ok(plain.result.ok);
    assert.deepEqual(plain.result.value.registration.roles, ['interface']);
    assert.deepEqual(plain.result.value.refusedClaim, 'unvouched');
    const challenge = registry.connect('b');
    const badProof = registry.register('b', { ...signedRegister(Identity.generate(), challenge.nonce, ['seed']), roleProof: 'bb'.repeat(32) });
    assert.ok(badProof.result.ok);
    assert.deepEqual(badProof.result.value.registration.roles, []);
    assert.equal(badProof.result.value.refusedClaim, 'bad-proof');
    const { outcome: vouched } = join(registry, 'c', ['seed', 'relay'], undefined, { vouched: true });
    assert.ok(vouched.result.ok);
    assert.deepEqual(vouched.result.value.registration.roles, ['seed', 'relay']);
    assert.equal(vouched.result.value.refusedClaim, undefined);
    const { outcome: modest } = join(registry, 'd', ['interface']);
    assert.ok(modest.result.ok);
    assert.equal(modest.result.value.refusedClaim, undefined, 'nothing vouched was claimed');
  });

  test('a role change cannot add relay or seed without a vouched registration', () => {
    const { registry } = setup();
    join(registry, 'a', ['interface']);
    const refused = registry.setRoles('a', ['interface', 'seed']);
    assert.equal(refused.ok ? 'ok' : refused.error.code, 'not-allowed');
    assert.deepEqual(registry.registrationOf('a')?.roles, ['interface'], 'unchanged');
    join(registry, 'b', ['relay'], undefined, { vouched: true });
    assert.ok(registry.setRoles('b', []).ok);
    assert.ok(registry.setRoles('b', ['seed', 'relay']).ok);
  });

  test('randomWithRole draws an address first, so one host with many keys does not own /interface', () => {
    const { registry } = setup(() => 0.4);
    const { identity: honest } = join(registry, 'honest', ['interface'], undefined, { address: '198.51.100.1' });
    for (let i = 0; i < 9; i++) join(registry, `sybil${i}`, ['interface'], undefined, { address: '203.0.113.66' });
    assert.equal(registry.randomWithRole('interface')?.id, honest.id);
  });

  test('sample is a partial Fisher–Yates driven by the injected random', () => {
    assert.deepEqual(sample([1, 2, 3, 4], 2, () => 0), [1, 2]);
    assert.deepEqual(sample([1, 2, 3, 4], 2, () => 0.99), [4, 1]);
    assert.deepEqual(sample([1, 2], 5, () => 0.5), [2, 1]);
    assert.deepEqual(sample([1, 2], 0, () => 0.5), []);
    assert.equal(sample([1, 2, 3], 3, () => 1).length, 3, 'an out-of-range random value stays in bounds');
  });
});
