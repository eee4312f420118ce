/**
 * defineRegistry: one definition gives every protocol its decode, encode and exhaustive dispatch;
 * the mesh's registries together claim each type number of the one table exactly once.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TabmeshError } from '../../../../web/src/node/base/errors.ts';
import { MESSAGE_TYPE } from '../../../../web/src/node/wire/constants.ts';
import { defineRegistry, PEER_MESSAGES, type Registry } from '../../../../web/src/node/wire/index.ts';
import { defineMessage, u16, u8 } from '../../../../web/src/node/wire/schema.ts';
import { COURSE_DHT_MESSAGES } from '../../../../relay/src/dht-gateway/messages.ts';
import { COURSE_GOSSIP_MESSAGES } from '../../../../relay/src/gossip-gateway/messages.ts';
import { MESH_REGISTRIES } from '../../../support/mesh-registries.ts';
import { codeOf, fromHex } from './helpers.ts';

const one = defineMessage({ type: 60_001, name: 'one', fields: [['a', u8]] });
const two = defineMessage({ type: 60_002, name: 'two', fields: [['b', u16]] });

test('decode, encode and dispatch derive from the declarations', () => {
  const registry = defineRegistry('test', { one, two });
  assert.deepEqual([...registry.types].sort(), [60_001, 60_002]);
  const frame = registry.encode({ kind: 'two', b: 513 });
  assert.deepEqual([...frame], [0, 6, 0xea, 0x62, 2, 1]);
  const decoded = registry.decode(frame);
  assert.ok(decoded.ok);
  assert.deepEqual(decoded.value, { kind: 'two', b: 513 });
  const seen: string[] = [];
  registry.dispatch({ one: (m, ctx) => seen.push(`${ctx}${m.a}`), two: (m, ctx) => seen.push(`${ctx}${m.b}`) }, decoded.value, '#');
  assert.deepEqual(seen, ['#513']);
});

test('a type outside the registry is unknown-type, never a throw', () => {
  const registry = defineRegistry('test', { one });
  assert.equal(codeOf(registry.decode(PEER_MESSAGES.encode({ kind: 'ping', nonce: 1 }))), 'unknown-type');
  assert.equal(codeOf(registry.decodeBody(60_002, new Uint8Array(2))), 'unknown-type');
  assert.equal(codeOf(registry.decode(fromHex('0003ea'))), 'truncated');
  assert.throws(() => registry.encode({ kind: 'two', b: 1 } as never), (e: unknown) => e instanceof TabmeshError && e.code === 'unknown-type');
});

test('a key that is not its declaration name, or a type twice, is refused at definition', () => {
  assert.throws(() => defineRegistry('bad', { other: one }), /key other holds one/);
  const twin = defineMessage({ type: 60_001, name: 'twin', fields: [] });
  assert.throws(() => defineRegistry('bad', { one, twin }), /type 60001 declared twice/);
});

test('every registry claims exactly the numbers the one table gives its kinds, and no number twice', () => {
  const all = [...MESH_REGISTRIES, COURSE_GOSSIP_MESSAGES, COURSE_DHT_MESSAGES] as unknown as Registry[];
  const claimed = new Map<number, string>();
  for (const registry of all) {
    for (const decl of Object.values(registry.declarations)) {
      assert.equal(decl.type, MESSAGE_TYPE[decl.name as keyof typeof MESSAGE_TYPE], `${registry.name}.${decl.name} takes its number from MESSAGE_TYPE`);
      assert.ok(!claimed.has(decl.type), `${decl.type} claimed by ${claimed.get(decl.type)} and ${registry.name}`);
      claimed.set(decl.type, registry.name);
    }
  }
  // dhtRecord is the one number not on a link of its own: it travels inside DHT bodies.
  const unclaimed = Object.entries(MESSAGE_TYPE).filter(([, type]) => !claimed.has(type)).map(([name]) => name);
  assert.deepEqual(unclaimed, ['dhtRecord']);
});
