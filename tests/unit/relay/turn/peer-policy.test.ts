import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PeerPolicy, parseIpRange, type PeerPolicyOptions } from '../../../../relay/src/turn/index.ts';

const EPHEMERAL = { min: 32768, max: 60999 };

function policy(options: Partial<PeerPolicyOptions> = {}): PeerPolicy {
  return new PeerPolicy({
    allowLoopbackPeers: false,
    allowedRanges: [],
    ownAddresses: [],
    ownPorts: new Set([3478]),
    relayedPorts: [EPHEMERAL],
    ...options,
  });
}

const verdict = (p: PeerPolicy, address: string, port = 9) => p.refusal({ family: address.includes(':') ? 6 : 4, address, port });

test('by default: private, link-local, CGNAT, ULA and reserved ranges are refused; public ones pass', () => {
  const p = policy();
  const deniedRange = [
    '10.0.0.1', '10.255.255.255', '172.16.0.1', '172.31.255.255', '192.168.0.1', '169.254.169.254', '100.64.0.1',
    '100.127.255.255', '192.0.0.1', '198.18.0.1', '198.19.255.255', 'fc00::1', 'fdff::1', 'fe80::1', 'febf::1', 'fec0::1',
    '::ffff:10.1.2.3', '::ffff:169.254.169.254', '64:ff9b::a00:1',
  ];
  for (const address of deniedRange) assert.equal(verdict(p, address), 'denied-range', address);
  const reserved = ['0.0.0.0', '0.1.2.3', '224.0.0.1', '239.255.255.250', '240.0.0.1', '255.255.255.255', '::', 'ff02::1', '::ffff:224.0.0.1', '::1.2.3.4', 'nonsense'];
  for (const address of reserved) assert.equal(verdict(p, address), 'reserved', address);
  for (const address of ['127.0.0.1', '127.9.9.9', '::1', '::ffff:127.0.0.1']) assert.equal(verdict(p, address), 'loopback', address);
  const allowed = ['8.8.8.8', '9.255.255.255', '11.0.0.0', '172.15.255.255', '172.32.0.0', '100.63.255.255', '100.128.0.0', '192.167.255.255', '169.253.0.1', '2001:4860::8888', '::ffff:8.8.8.8', '64:ff9b::808:808', 'fbff::1', 'fe7f::1'];
  for (const address of allowed) assert.equal(verdict(p, address), null, address);
});

test('loopback only with allowLoopbackPeers, still never the listening ports there', () => {
  const p = policy({ allowLoopbackPeers: true });
  for (const address of ['127.0.0.1', '127.9.9.9', '::1', '::ffff:127.0.0.1']) assert.equal(verdict(p, address), null, address);
  assert.equal(verdict(p, '127.0.0.1', 3478), 'own-address');
  assert.equal(verdict(p, '127.3.3.3', 3478), 'own-address', 'a wildcard listener answers on all of 127/8');
});

test('allowed ranges open private ranges (v4 ranges also in ::ffff: form), never loopback or reserved ones', () => {
  const p = policy({ allowedRanges: ['10.77.0.0/24', 'fd00::/8', '192.168.1.5'].map((r) => parseIpRange(r)).map((r) => (r.ok ? r.value : assert.fail(r.error.message))) });
  for (const address of ['10.77.0.0', '10.77.0.255', '::ffff:10.77.0.1', 'fd12::1', '192.168.1.5']) assert.equal(verdict(p, address), null, address);
  for (const address of ['10.77.1.0', '10.76.255.255', 'fc00::1', '192.168.1.6']) assert.equal(verdict(p, address), 'denied-range', address);
  const everything = policy({ allowedRanges: [parseIpRange('0.0.0.0/0'), parseIpRange('::/0')].map((r) => (r.ok ? r.value : assert.fail())) });
  assert.equal(verdict(everything, '10.0.0.1'), null);
  assert.equal(verdict(everything, 'fe80::1'), null);
  assert.equal(verdict(everything, '127.0.0.1'), 'loopback');
  assert.equal(verdict(everything, '::1'), 'loopback');
  assert.equal(verdict(everything, '224.0.0.1'), 'reserved');
});

test("own addresses: relayed (ephemeral) ports only, whatever the ranges say", () => {
  const p = policy({ ownAddresses: ['203.0.113.5', '10.77.0.1', 'fd00::2'], allowedRanges: [parseIpRange('10.77.0.0/24')].map((r) => (r.ok ? r.value : assert.fail())) });
  for (const address of ['203.0.113.5', '10.77.0.1', 'fd00::2', '::ffff:203.0.113.5']) {
    assert.equal(verdict(p, address, 3478), 'own-address', `${address} listening port`);
    assert.equal(verdict(p, address, 53), 'own-address', `${address} service port`);
    assert.equal(verdict(p, address, 0), 'own-address', `${address} port 0`);
    assert.equal(verdict(p, address, 40_000), null, `${address} relayed port`);
  }
  assert.equal(verdict(p, '203.0.113.6', 3478), null, 'another host at the same port number');
  assert.equal(verdict(p, '10.77.0.2', 53), null, 'another host of an allowed range');
});

test('parseIpRange: CIDRs and single addresses, typed errors for anything else', () => {
  const ok = parseIpRange('10.77.0.9/24');
  assert.ok(ok.ok);
  assert.equal(ok.value.text, '10.77.0.0/24');
  const host = parseIpRange('2001:DB8::1');
  assert.ok(host.ok);
  assert.equal(host.value.text, '2001:db8::1/128');
  for (const bad of ['', 'nonsense', '10.0.0.0/33', '::/129', '10.0.0.0/-1', '10.0.0.0/', '10.0.0.0/8/8', '10.0.0/8', '10.0.0.0/ 8', '10.0.0.0/08x']) {
    const r = parseIpRange(bad);
    assert.equal(r.ok, false, bad);
    if (!r.ok) assert.equal(r.error.code, 'bad-field', bad);
  }
});
