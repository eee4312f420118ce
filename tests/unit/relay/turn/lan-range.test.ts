import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { NetworkInterfaceInfo } from 'node:os';
import { privateLanRange } from '../../../../relay/src/turn/lan-range.ts';

const info = (address: string, cidr: string | null): NetworkInterfaceInfo =>
  ({ address, cidr, family: address.includes(':') ? 'IPv6' : 'IPv4', netmask: '', mac: '', internal: false, scopeid: 0 }) as NetworkInterfaceInfo;

const interfaces = {
  lo: [info('127.0.0.1', '127.0.0.1/8')],
  wlan0: [info('192.168.1.23', '192.168.1.23/24'), info('fd00::23', 'fd00::23/64')],
  eth0: [info('203.0.113.7', '203.0.113.7/24')],
};

test("npm start's LAN allowance: the private relay address's subnet, nothing for a public or loopback one", () => {
  assert.equal(privateLanRange('192.168.1.23', interfaces), '192.168.1.0/24');
  assert.equal(privateLanRange('fd00::23', interfaces), 'fd00::/64');
  assert.equal(privateLanRange('10.77.0.1', interfaces), '10.77.0.1/32', 'no interface carries it: the address alone');
  assert.equal(privateLanRange('203.0.113.7', interfaces), null);
  assert.equal(privateLanRange('127.0.0.1', interfaces), null);
});
