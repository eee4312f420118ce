import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ForceLayout } from '../../../web/src/app/force-layout.ts';

const ring = (n: number) => Array.from({ length: n }, (_, i) => `n${i}`);
const ringLinks = (ids: string[]) => ids.map((a, i) => ({ a, b: ids[(i + 1) % ids.length] ?? a }));

test('settles within a few hundred iterations, linked nodes near the link distance', () => {
  const ids = ring(12);
  const layout = new ForceLayout();
  layout.setGraph(ids, ringLinks(ids));
  let iterations = 0;
  while (layout.tick() && iterations < 1000) iterations++;
  assert.ok(iterations < 400, `took ${iterations} iterations`);
  const a = layout.position('n0');
  const b = layout.position('n1');
  assert.ok(a && b);
  const d = Math.hypot(a.x - b.x, a.y - b.y);
  assert.ok(d > 20 && d < 200, `link length ${d}`);
});

test('is deterministic', () => {
  const ids = ring(8);
  const run = () => {
    const layout = new ForceLayout();
    layout.setGraph(ids, ringLinks(ids));
    layout.tick(50);
    return ids.map((id) => layout.position(id));
  };
  assert.deepEqual(run(), run());
});

test('keeps known nodes in place when the graph grows, and forgets removed ones', () => {
  const ids = ring(10);
  const layout = new ForceLayout();
  layout.setGraph(ids, ringLinks(ids));
  while (layout.tick(10));
  const before = layout.position('n3');
  layout.setGraph([...ids.filter((id) => id !== 'n9'), 'new'], [...ringLinks(ids), { a: 'new', b: 'n3' }]);
  assert.ok(layout.alpha <= 0.3 + 1e-9, 'only a gentle reheat');
  assert.equal(layout.position('n9'), undefined);
  const placed = layout.position('new');
  assert.ok(before && placed);
  assert.ok(Math.hypot(placed.x - before.x, placed.y - before.y) < 100, 'newcomer starts next to its neighbour');
  while (layout.tick(10));
  const after = layout.position('n3');
  assert.ok(after);
  assert.ok(Math.hypot(after.x - before.x, after.y - before.y) < 60, 'known node moved little');
});
