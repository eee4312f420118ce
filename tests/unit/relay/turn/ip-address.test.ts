import { test } from 'node:test';
import assert from 'node:assert/strict';
import { canonicalIp } from '../../../../relay/src/turn/index.ts';
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
