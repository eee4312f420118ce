import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { JobsPresence } from '../../../web/src/node/jobs/api.ts';
import { PRESENCE_GRACE_MS, listRoles, missingJobRoles, missingText, presenceNotice, withRoles } from '../../../web/src/app/roles-presence.ts';

const NONE: JobsPresence = { brokers: 0, transcribers: 0, translators: 0, pairs: {} };
const ALL: JobsPresence = { brokers: 1, transcribers: 2, translators: 1, pairs: { 'en-es': 'word' } };

test('missingJobRoles names each pipeline role without a node', () => {
  assert.deepEqual(missingJobRoles(NONE), ['broker', 'transcription', 'translation']);
  assert.deepEqual(missingJobRoles({ ...ALL, transcribers: 0 }), ['transcription']);
  assert.deepEqual(missingJobRoles(ALL), []);
});

test('no notice before one round of adverts, nor when nothing is missing', () => {
  assert.equal(presenceNotice(NONE, ['interface'], 1000, 1000 + PRESENCE_GRACE_MS - 1), undefined);
  assert.equal(presenceNotice(NONE, ['interface'], 0, 1_000_000), undefined, 'not started');
  assert.equal(presenceNotice(ALL, ['interface'], 1000, 1_000_000), undefined);
});

test('the notice offers only the missing roles this tab does not hold yet', () => {
  const notice = presenceNotice({ ...ALL, brokers: 0, translators: 0 }, ['interface', 'translation'], 1000, 1000 + PRESENCE_GRACE_MS);
  assert.deepEqual(notice, { missing: ['broker', 'translation'], offer: ['broker'], pending: ['translation'] });
});

test('sentences', () => {
  assert.equal(listRoles(['broker']), 'a broker');
  assert.equal(listRoles(['broker', 'transcription', 'translation']), 'a broker, a transcription node and a translation node');
  assert.deepEqual(missingText(['broker']), { lacks: 'The mesh has no broker.', waits: 'Jobs will wait until a broker joins.' });
  assert.deepEqual(missingText(['transcription', 'translation']), {
    lacks: 'The mesh has no transcription node and no translation node.',
    waits: 'Jobs will wait until a transcription node and a translation node join.',
  });
});

test('withRoles adds roles once, in the order of ROLES', () => {
  assert.deepEqual(withRoles(['translation', 'interface'], ['broker', 'translation']), ['interface', 'broker', 'translation']);
});
