/**
 * Saved byte fixtures, written by hand from the declarations: a change to any wire layout shows
 * up here as a failing hex string. Byte fields are spelled `{"$bytes": "<hex>"}` in the JSON.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

import { fromHex, hex } from './helpers.ts';
import { MESH_DECLARATIONS, decodeMeshMessage, encodeMeshMessage, type MeshMessage } from '../../../support/mesh-registries.ts';

interface Fixture {
  message: MeshMessage;
  hex: string;
}

function revive(_key: string, value: unknown): unknown {
  if (typeof value === 'object' && value !== null && '$bytes' in value && typeof value.$bytes === 'string') {
    return fromHex(value.$bytes);
  }
  return value;
}

const fixtures = JSON.parse(readFileSync(new URL('./fixtures.json', import.meta.url), 'utf8'), revive) as Record<
  string,
  Fixture
>;

test('there is a fixture for every message kind', () => {
  const covered = new Set(Object.values(fixtures).map((f) => f.message.kind));
  assert.deepEqual([...covered].sort(), Object.keys(MESH_DECLARATIONS).sort());
});

for (const [name, fixture] of Object.entries(fixtures)) {
  test(`fixture: ${name}`, () => {
    assert.equal(hex(encodeMeshMessage(fixture.message)), fixture.hex);
    const decoded = decodeMeshMessage(fromHex(fixture.hex));
    assert.ok(decoded.ok, decoded.ok ? '' : decoded.error.message);
    assert.deepEqual(decoded.value, fixture.message);
  });
}
