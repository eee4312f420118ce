import { test } from 'node:test';
import assert from 'node:assert/strict';
import { canonicalIp, isPeerAllowed } from '../../../../relay/src/turn/index.ts';
import { bytesToIp, ipToBytes } from '../../../../relay/src/turn/ip-address.ts';

test('IPv6 text is canonical (RFC 5952) whichever way it was written', () => {
  const cases: [string, string][] = [
    ['::1', '::1'],
    ['0:0:0:0:0:0:0:1', '::1'],
    ['2001:DB8:0:0:1:0:0:1', '2001:db8::1:0:0:1'],
    ['2001:db8:0:1:1:1:1:1', '2001:db8:0:1:1:1:1:1'],
    ['::ffff:1.2.3.4', '::ffff:102:304'],
    ['fe80::1%eth0', 'fe80::1'],
    ['::', '::'],
    ['1::', '1::'],
    ['10.0.0.1', '10.0.0.1'],
  ];
  for (const [input, canonical] of cases) assert.equal(canonicalIp(input), canonical, input);
  assert.equal(ipToBytes('not an ip'), null);
  assert.equal(bytesToIp(Uint8Array.of(192, 0, 2, 1)), '192.0.2.1');
});

test('peer policy: unspecified, multicast, broadcast and reserved never; loopback only when allowed', () => {
  const strict = { allowLoopbackPeers: false };
  const lax = { allowLoopbackPeers: true };
  const never = ['0.0.0.0', '0.1.2.3', '224.0.0.1', '239.255.255.250', '255.255.255.255', '240.0.0.1', '::', 'ff02::1'];
  for (const address of [...never, '::ffff:224.0.0.1', 'nonsense']) assert.equal(isPeerAllowed(address, lax), false, address);
  for (const address of ['127.0.0.1', '127.9.9.9', '::1', '::ffff:127.0.0.1']) {
    assert.equal(isPeerAllowed(address, strict), false, address);
    assert.equal(isPeerAllowed(address, lax), true, address);
  }
  for (const address of ['8.8.8.8', '10.0.0.1', '2001:db8::1']) assert.equal(isPeerAllowed(address, strict), true, address);
});
