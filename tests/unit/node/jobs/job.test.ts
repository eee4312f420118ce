/** A job's id commits to its content; specs and records from outside are checked field by field. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { jobIdAsTxData, jobIdOf, parseJobSpec, type JobSpec } from '../../../../web/src/node/jobs/job.ts';
import { decodeJobRecord, encodeJobRecord, statusOf, type JobRecord } from '../../../../web/src/node/jobs/records.ts';

const SPEC: JobSpec = { imageKey: 'ab'.repeat(32), imageBytes: 1234, email: 'reader@example.org', from: 'eng', to: 'es', nonce: '01'.repeat(16) };

test('the job id commits to the image, its size, the address, both languages and the nonce', () => {
  const id = jobIdOf(SPEC);
  assert.match(id, /^[0-9a-f]{64}$/);
  assert.equal(jobIdOf({ ...SPEC }), id, 'the same content, the same id');
  const changes: Partial<JobSpec>[] = [{ imageKey: 'ac'.repeat(32) }, { imageBytes: 1235 }, { email: 'other@example.org' }, { from: 'deu' }, { to: 'fr' }, { nonce: '02'.repeat(16) }];
  const ids = new Set(changes.map((c) => jobIdOf({ ...SPEC, ...c })));
  assert.equal(ids.size, changes.length);
  assert.ok(!ids.has(id), 'any change makes another job');
  assert.equal(jobIdAsTxData(id), `0x${id}`);
});

test('a spec from outside: each bad field is refused with its code and names the field', () => {
  assert.ok(parseJobSpec(SPEC).ok);
  const bad: [Record<string, unknown>, string][] = [
    [{ ...SPEC, imageKey: 'xyz' }, 'bad-field'],
    [{ ...SPEC, imageBytes: 0 }, 'oversized'],
    [{ ...SPEC, imageBytes: 9 * 1024 * 1024 }, 'oversized'],
    [{ ...SPEC, email: 'a@b.c, d@e.f' }, 'bad-address'],
    [{ ...SPEC, from: 'klingon' }, 'bad-field'],
    [{ ...SPEC, to: 'GR' }, 'bad-field'],
    [{ ...SPEC, from: 'spa', to: 'es' }, 'bad-field'],
    [{ ...SPEC, nonce: 'short' }, 'bad-field'],
  ];
  for (const [spec, code] of bad) {
    const r = parseJobSpec(spec);
    assert.equal(r.ok ? 'ok' : r.error.code, code, JSON.stringify(spec));
  }
  assert.equal((parseJobSpec(null) as { ok: false; error: { code: string } }).error.code, 'malformed');
});

test('a record round-trips through JSON; one whose id is not its spec\'s hash, or with a bad field, is refused', () => {
  const record: JobRecord = {
    id: jobIdOf(SPEC),
    spec: SPEC,
    tx: '0x' + '12'.repeat(32),
    payer: '0x' + 'aa'.repeat(20),
    requester: 'cd'.repeat(32),
    stage: 'transcribing',
    attempt: 1,
    worker: 'ef'.repeat(32),
    deadline: 5,
    progress: 250,
    primary: 'bc'.repeat(32),
    version: 3,
    acceptedAt: 1,
    updatedAt: 2,
    mailed: false,
  };
  const decoded = decodeJobRecord(encodeJobRecord(record));
  assert.ok(decoded.ok);
  assert.deepEqual(decoded.value, record);
  assert.equal(statusOf(record).stage, 'transcribing');
  assert.ok(!('email' in statusOf(record)) && !JSON.stringify(statusOf(record)).includes('reader@'), 'the public status has no address');
  const forged = decodeJobRecord(encodeJobRecord({ ...record, spec: { ...SPEC, email: 'attacker@example.org' } }));
  assert.equal(forged.ok ? 'ok' : forged.error.code, 'hash-mismatch');
  for (const [field, value] of [['stage', 'lost'], ['progress', 1001], ['worker', 'me'], ['tx', '0x12'], ['text', 'x'.repeat(9000)]] as const) {
    const r = decodeJobRecord(JSON.stringify({ ...record, [field]: value }));
    assert.equal(r.ok, false, field);
  }
  assert.equal(decodeJobRecord('{').ok, false);
});
