import assert from 'node:assert/strict';
import type { IncomingMessage } from 'node:http';
import { test } from 'node:test';
import { addressKey, clientAddress } from '../../../signaling-server/src/client-address.ts';

test('IPv4 and IPv4-mapped addresses count as themselves; IPv6 by its /64', () => {
  assert.equal(addressKey('203.0.113.7'), '203.0.113.7');
  assert.equal(addressKey('::ffff:203.0.113.7'), '203.0.113.7');
  assert.equal(addressKey('2001:db8:1:2:aaaa::1'), '2001:db8:1:2::/64');
  assert.equal(addressKey('2001:DB8:1:2:bbbb:cccc:dddd:eeee'), '2001:db8:1:2::/64');
  assert.equal(addressKey('2001:db8::1'), '2001:db8:0:0::/64');
  assert.equal(addressKey('::1'), '0:0:0:0::/64');
  assert.equal(addressKey(''), '');
});

test('X-Forwarded-For is believed only behind a trusted proxy, and only its last hop', () => {
  const req = (headers: Record<string, string | string[]>) =>
    ({ socket: { remoteAddress: '127.0.0.1' }, headers }) as unknown as IncomingMessage;
  const forwarded = req({ 'x-forwarded-for': '10.9.9.9, 198.51.100.4' });
  assert.equal(clientAddress(forwarded, false), '127.0.0.1', 'anyone can send the header');
  assert.equal(clientAddress(forwarded, true), '198.51.100.4', 'the hop the proxy appended, not what the client wrote');
  assert.equal(clientAddress(req({}), true), '127.0.0.1');
  assert.equal(clientAddress(req({ 'x-forwarded-for': ['1.1.1.1', '2001:db8::5'] }), true), '2001:db8:0:0::/64');
});
