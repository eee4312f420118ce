import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TabmeshError } from '../../../../web/src/node/base/errors.ts';
import { BACKOFF_BASE_MS, BACKOFF_MAX_MS, DIAL_TIMEOUT_MS, MAINTAIN_INTERVAL_MS, MAX_PARALLEL_DIALS } from '../../../../web/src/node/peers/constants.ts';
import { seededRandom } from '../../../support/swarm.ts';
import { VirtualClock } from '../../../support/virtual-clock.ts';
import { FakeMesh, linkPair, type FakeLink, type ManagedNode } from './fakes.ts';

/** A valid peer id ordered like n. */
const pid = (n: number): string => n.toString(16).padStart(64, '0');

function newMesh(seed = 1, latencyMs = 20): FakeMesh {
  const mesh = new FakeMesh(new VirtualClock(), seededRandom(seed));
  mesh.latencyMs = latencyMs;
  return mesh;
}

/** Nodes that accept links but never dial on their own. */
function passive(mesh: FakeMesh, ids: number[]): ManagedNode[] {
  return ids.map((n) => {
    const node = mesh.add(pid(n), { targetDegree: 0 });
    node.manager.start();
    return node;
  });
}

async function rejectionCode(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return 'resolved';
  } catch (error) {
    return error instanceof TabmeshError ? error.code : String(error);
  }
}

test('reaches the target degree from candidates, with bounded parallel dials, then stops dialing', async () => {
  const mesh = newMesh();
  passive(mesh, [2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
  let inFlight = 0;
  let maxInFlight = 0;
  const self = mesh.add(pid(1), {
    targetDegree: 4,
    dial: async (to, signal) => {
      self.dials.push({ to, at: mesh.clock.now() });
      maxInFlight = Math.max(maxInFlight, ++inFlight);
      return mesh.dial(pid(1), to, signal).finally(() => inFlight--);
    },
  });
  self.manager.start();
  await mesh.clock.runUntil(() => self.manager.degree === 4, 10_000, 10);
  await mesh.clock.advance(30_000);
  assert.equal(self.manager.degree, 4);
  assert.ok(maxInFlight <= MAX_PARALLEL_DIALS, `${maxInFlight} dials at once`);
  assert.equal(self.dials.length, 4, 'no dial beyond the target when every dial succeeds');
  const ids = self.manager.links().map((l) => l.remoteId);
  assert.equal(new Set(ids).size, 4);
  assert.ok(!ids.includes(pid(1)), 'never dials itself');
  for (const link of self.manager.links()) assert.equal(mesh.nodes.get(link.remoteId)?.manager.link(pid(1))?.closed, false);
});

test('never exceeds the max degree: inbound links and explicit connects are refused at the cap', async () => {
  const mesh = newMesh();
  const others = passive(mesh, [2, 3, 4, 5, 6, 7, 8]);
  const self = mesh.add(pid(1), { targetDegree: 1, maxDegree: 3 });
  self.manager.start();
  await mesh.clock.runUntil(() => self.manager.degree === 1, 5_000, 10);
  const attempts = others.filter((o) => !self.manager.link(o.id)).map((o) => rejectionCode(o.manager.connect(self.id)));
  let maxSeen = 0;
  const settled = Promise.all(attempts);
  let done = false;
  void settled.then(() => (done = true));
  await mesh.clock.runUntil(() => ((maxSeen = Math.max(maxSeen, self.manager.degree)), done), 5_000, 5);
  const codes = await settled;
  // Offers that arrived while there was room were answered; the links past the cap were closed on adoption.
  assert.ok(codes.every((c) => c === 'resolved' || c === 'at-capacity'), codes.join());
  await mesh.clock.advance(1_000);
  assert.equal(maxSeen, 3);
  assert.equal(self.manager.degree, 3);
  assert.equal(others.filter((o) => o.manager.link(self.id)).length, 3, 'the far sides agree: three links');
  const stranger = pid(99);
  assert.deepEqual(self.manager.shouldAccept(stranger), { ok: false, code: 'at-capacity' });
  const [, inbound] = linkPair(mesh.clock, stranger, self.id);
  assert.equal(self.manager.adopt(inbound), false, 'adopt refuses at the cap');
  assert.equal(inbound.closedWith, 'at-capacity');
  const spare = others.find((o) => !self.manager.link(o.id))!;
  let explicit: string | undefined;
  void rejectionCode(self.manager.connect(spare.id)).then((c) => (explicit = c));
  await mesh.clock.runUntil(() => explicit !== undefined, 1_000, 5);
  assert.equal(explicit, 'at-capacity', 'an explicit connect cannot pass the cap either');
  await mesh.clock.advance(1_000);
  assert.equal(spare.manager.degree, 0, 'the refused link is closed on the far side too');
  assert.equal(self.manager.degree, 3);
});

for (const [label, latencyMs, seed] of [['no latency', 0, 1], ['20 ms', 20, 2], ['odd latency', 7, 3]] as const) {
  test(`glare (${label}): both sides dial at once, exactly one link survives, the smaller id's, on both sides`, async () => {
    const mesh = newMesh(seed, latencyMs);
    // Added larger first, so nothing depends on creation order.
    const big = mesh.add(pid(0xb0), { targetDegree: 1 });
    const small = mesh.add(pid(0xa0), { targetDegree: 1 });
    const t0 = mesh.clock.now();
    big.manager.start();
    small.manager.start();
    await mesh.clock.runUntil(() => small.manager.degree === 1 && big.manager.degree === 1, 10_000, 5);
    await mesh.clock.advance(30_000);
    assert.ok(big.dials[0]?.at === t0 && small.dials[0]?.at === t0, 'both dialed at the same instant');
    const [smallLink, bigLink] = [small.manager.link(big.id) as FakeLink, big.manager.link(small.id) as FakeLink];
    assert.equal(smallLink.tag, bigLink.tag, 'the same connection on both sides');
    assert.equal(smallLink.direction, 'outbound', 'initiated by the smaller id');
    assert.equal(bigLink.direction, 'inbound');
    assert.ok(!smallLink.closed && !bigLink.closed);
    assert.equal(small.manager.degree + big.manager.degree, 2);
  });
}

test('glare with crossed links: whatever the order of adoption, both sides keep the smaller id’s link', async () => {
  for (const order of [0, 1, 2, 3]) {
    const mesh = newMesh();
    const [a, b] = passive(mesh, [0x10, 0x20]) as [ManagedNode, ManagedNode];
    const [aOut, bIn] = linkPair(mesh.clock, a.id, b.id); // initiated by a, the smaller
    const [bOut, aIn] = linkPair(mesh.clock, b.id, a.id);
    const steps = [
      [() => a.manager.adopt(aOut), () => a.manager.adopt(aIn)],
      [() => b.manager.adopt(bIn), () => b.manager.adopt(bOut)],
    ] as const;
    const aSteps = order & 1 ? [...steps[0]].reverse() : steps[0];
    const bSteps = order & 2 ? [...steps[1]].reverse() : steps[1];
    aSteps[0]!();
    bSteps[0]!();
    aSteps[1]!();
    bSteps[1]!();
    await mesh.clock.advance(100);
    assert.equal((a.manager.link(b.id) as FakeLink).tag, aOut.tag, `order ${order}`);
    assert.equal((b.manager.link(a.id) as FakeLink).tag, aOut.tag, `order ${order}`);
    assert.ok(bOut.closed && aIn.closed, `order ${order}: the larger id's link is closed at both ends`);
    assert.ok(!aOut.closed && !bIn.closed);
    assert.equal(a.manager.degree + b.manager.degree, 2);
  }
});

test('a link that closed before it was handed over is not kept', async () => {
  const mesh = newMesh();
  const [a] = passive(mesh, [1]) as [ManagedNode];
  const [out, inb] = linkPair(mesh.clock, a.id, pid(2));
  inb.close();
  await mesh.clock.advance(1);
  assert.equal(out.closed, true);
  assert.equal(a.manager.adopt(out), false);
  assert.equal(a.manager.degree, 0, 'no dead link counted as a neighbour');
});

test('replaces a lost neighbour, even when the lost peer is still a candidate', async () => {
  const mesh = newMesh();
  passive(mesh, [2, 3, 4, 5]);
  const self = mesh.add(pid(1), { targetDegree: 2 });
  self.manager.start();
  await mesh.clock.runUntil(() => self.manager.degree === 2, 5_000, 10);
  const lost = mesh.nodes.get(self.manager.links()[0]!.remoteId)!;
  lost.manager.stop();
  await mesh.clock.runUntil(() => self.manager.degree === 2 && !self.manager.link(lost.id), 10_000, 10);
  assert.deepEqual(self.closed.map((c) => [c.link.remoteId, c.reason]), [[lost.id, 'remote']]);
  assert.ok(self.manager.links().every((l) => !l.closed && l.remoteId !== lost.id));
});

test('dials to a failing peer back off exponentially (virtual time), and a success resets it', async () => {
  const mesh = newMesh(5);
  const [x] = passive(mesh, [2]) as [ManagedNode];
  mesh.unreachable.set(x.id, 'timeout');
  const self = mesh.add(pid(1), { targetDegree: 1 });
  self.manager.start();
  await mesh.clock.advance(10 * 60_000);
  const times = self.dials.map((d) => d.at);
  const gaps = times.slice(1).map((t, i) => t - times[i]!);
  // Attempt k+1 waits for backoff k (base·2^(k−1), capped, ×[0.5, 1.5)) and then the next maintenance pass.
  const slack = MAINTAIN_INTERVAL_MS * 1.25 + mesh.latencyMs;
  gaps.forEach((gap, i) => {
    const nominal = Math.min(BACKOFF_BASE_MS * 2 ** i, BACKOFF_MAX_MS);
    assert.ok(gap >= 0.5 * nominal, `gap ${i} = ${gap} ms ≥ ${0.5 * nominal}`);
    assert.ok(gap <= 1.5 * nominal + slack, `gap ${i} = ${gap} ms ≤ ${1.5 * nominal + slack}`);
  });
  assert.ok(times.length >= 8 && times.length <= 14, `${times.length} attempts in 10 minutes (one a second would be ~600)`);
  assert.ok(gaps.at(-1)! >= BACKOFF_MAX_MS / 2, 'the wait reached the cap');

  mesh.unreachable.delete(x.id);
  await mesh.clock.runUntil(() => self.manager.degree === 1, 1.5 * BACKOFF_MAX_MS + slack, 100);
  mesh.unreachable.set(x.id, 'timeout');
  x.manager.link(self.id)!.close('closed');
  const before = self.dials.length;
  await mesh.clock.runUntil(() => self.dials.length >= before + 2, 10_000, 10);
  const [first, second] = self.dials.slice(before).map((d) => d.at) as [number, number];
  assert.ok(second - first <= 1.5 * BACKOFF_BASE_MS + slack, `after a success the backoff starts over: ${second - first} ms`);
});

test('a dial that never completes is abandoned after the dial timeout and backed off', async () => {
  const mesh = newMesh();
  const [h] = passive(mesh, [2]) as [ManagedNode];
  mesh.hanging.add(h.id);
  const self = mesh.add(pid(1), { targetDegree: 1 });
  self.manager.start();
  await mesh.clock.advance(1);
  assert.equal(self.manager.isDialing(h.id), true);
  await mesh.clock.advance(DIAL_TIMEOUT_MS - 10);
  assert.equal(self.manager.isDialing(h.id), true);
  await mesh.clock.advance(20);
  assert.equal(self.manager.isDialing(h.id), false);
  assert.equal(self.dials.length, 1);
  await mesh.clock.advance(0.5 * BACKOFF_BASE_MS - 50);
  assert.equal(self.dials.length, 1, 'not retried before the backoff');
});

test('stop() closes every link, cancels dials in flight, and refuses everything afterwards', async () => {
  const mesh = newMesh();
  passive(mesh, [2, 3, 4]);
  const [h] = passive(mesh, [5]) as [ManagedNode];
  mesh.hanging.add(h.id);
  const self = mesh.add(pid(1), { targetDegree: 4 });
  self.manager.start();
  await mesh.clock.runUntil(() => self.manager.degree === 3 && self.manager.isDialing(h.id), 5_000, 10);
  const links = self.manager.links() as FakeLink[];
  self.manager.stop();
  assert.equal(self.manager.degree, 0);
  assert.ok(links.every((l) => l.closedWith === 'closed'));
  await mesh.clock.advance(10);
  assert.equal(self.manager.isDialing(h.id), false, 'the dial in flight was aborted');
  for (const l of links) assert.equal(mesh.nodes.get(l.remoteId)?.manager.degree, 0, 'neighbours saw the close');
  const dials = self.dials.length;
  await mesh.clock.advance(60_000);
  assert.equal(self.dials.length, dials, 'no dial after stop');
  assert.deepEqual(self.manager.shouldAccept(pid(2)), { ok: false, code: 'closed' });
  const [, inbound] = linkPair(mesh.clock, pid(3), self.id);
  assert.equal(self.manager.adopt(inbound), false);
  assert.equal(inbound.closed, true);
});

test('shouldAccept: room, self, duplicates and dials in flight', async () => {
  const mesh = newMesh();
  passive(mesh, [0x02, 0x09, 0x03, 0x08]);
  const self = mesh.add(pid(0x05), { targetDegree: 0 });
  self.manager.start();
  const lower = pid(0x02);
  const higher = pid(0x09);
  assert.deepEqual(self.manager.shouldAccept(self.id), { ok: false, code: 'self' });
  assert.deepEqual(self.manager.shouldAccept(higher), { ok: true });

  // A link we initiated to a higher id is the canonical one: a second one is refused.
  assert.equal(self.manager.adopt(linkPair(mesh.clock, self.id, higher)[0]), true);
  assert.deepEqual(self.manager.shouldAccept(higher), { ok: false, code: 'at-capacity' });
  // A link we initiated to a lower id is not canonical: the lower id's own offer is welcome.
  assert.equal(self.manager.adopt(linkPair(mesh.clock, self.id, lower)[0]), true);
  assert.deepEqual(self.manager.shouldAccept(lower), { ok: true });

  // Dials in flight: our dial wins against a higher id's offer, loses against a lower id's.
  mesh.hanging.add(pid(0x08));
  mesh.hanging.add(pid(0x03));
  void self.manager.connect(pid(0x08)).catch(() => undefined);
  void self.manager.connect(pid(0x03)).catch(() => undefined);
  await mesh.clock.advance(1);
  assert.deepEqual(self.manager.shouldAccept(pid(0x08)), { ok: false, code: 'at-capacity' });
  assert.deepEqual(self.manager.shouldAccept(pid(0x03)), { ok: true });
  self.manager.stop();
  await mesh.clock.advance(1);
});

test('offers are answered only below the soft inbound cap (2 × target, at least 8), while the hard cap stays higher', () => {
  const mesh = newMesh();
  const self = mesh.add(pid(1), { targetDegree: 6 });
  self.manager.start();
  assert.equal(self.manager.maxInboundDegree, 12);
  assert.equal(self.manager.maxDegree, 40);
  for (let n = 2; n < 14; n++) {
    assert.deepEqual(self.manager.shouldAccept(pid(n)), { ok: true }, `offer ${n - 1} answered`);
    const [, inbound] = linkPair(mesh.clock, pid(n), self.id);
    assert.ok(self.manager.adopt(inbound));
  }
  assert.equal(self.manager.degree, 12);
  assert.deepEqual(self.manager.shouldAccept(pid(99)), { ok: false, code: 'at-capacity' }, 'the 13th offer is refused');
  assert.equal(mesh.add(pid(0x200), { targetDegree: 2 }).manager.maxInboundDegree, 8, 'small targets still answer 8');
  assert.equal(mesh.add(pid(0x201), { targetDegree: 0 }).manager.maxInboundDegree, 40, 'a pure acceptor has only the hard cap');
  self.manager.stop();
});

test('explicit connects that hang do not take the dial slots the mesh needs to reach its target', async () => {
  const mesh = newMesh();
  passive(mesh, [2, 3, 4, 5, 6]);
  const gone = passive(mesh, [20, 21, 22, 23]);
  for (const g of gone) mesh.hanging.add(g.id);
  const self = mesh.add(pid(1), { targetDegree: 3, candidates: () => [2, 3, 4, 5, 6].map(pid) });
  self.manager.start();
  const explicit = gone.map((g) => self.manager.connect(g.id).catch(() => undefined));
  await mesh.clock.runUntil(() => self.manager.degree === 3, DIAL_TIMEOUT_MS / 2, 10);
  assert.ok(gone.every((g) => self.manager.isDialing(g.id)), 'the explicit dials are still hanging');
  await mesh.clock.advance(DIAL_TIMEOUT_MS);
  await Promise.all(explicit);
});
