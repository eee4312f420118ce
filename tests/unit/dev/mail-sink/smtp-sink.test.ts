import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { startSmtpSink } from '../../../../scripts/dev/mail-sink/index.ts';
import { ManualClock, client, startSink, tempDir } from './harness.ts';

test('a message sent with nodemailer lands on disk and in list() with envelope, subject and size', async (t) => {
  const dir = await tempDir(t);
  const clock = new ManualClock();
  const sink = await startSink(t, { dir, now: () => clock.now() });
  assert.ok(sink.port > 0);

  const info = await client(sink.port).sendMail({
    from: 'Tabmesh <noreply@tabmesh.local>',
    to: 'alice@example.org, bob@example.org',
    subject: 'Übersetzung fertig — ваш перевод готов',
    text: 'Grüße\nline two',
  });
  assert.deepEqual(info.accepted, ['alice@example.org', 'bob@example.org']);

  const list = await sink.list();
  assert.equal(list.length, 1);
  const [entry] = list;
  assert.ok(entry);
  assert.deepEqual(entry.envelope, { from: 'noreply@tabmesh.local', to: ['alice@example.org', 'bob@example.org'] });
  assert.equal(entry.subject, 'Übersetzung fertig — ваш перевод готов');
  assert.equal(entry.receivedAt, clock.now());

  const files = (await readdir(dir)).sort();
  assert.deepEqual(files, [`${entry.id}.eml`, `${entry.id}.json`]);
  const raw = await sink.raw(entry.id);
  assert.ok(raw);
  assert.equal(entry.size, raw.length);
  // nodemailer encoded the non-ASCII subject as encoded-words: the sink decoded them.
  assert.match(Buffer.from(raw).toString('latin1'), /^Subject: =\?UTF-8\?[BQ]\?/im);

  const message = await sink.read(entry.id);
  assert.equal(message?.text, 'Grüße\nline two');
  assert.equal(await sink.read('not-an-id'), undefined);
  assert.equal(await sink.read('0000000000000-00000000'), undefined);
});

test('a raw message with a folded, encoded Subject is listed decoded', async (t) => {
  const dir = await tempDir(t);
  const sink = await startSink(t, { dir });
  const raw = [
    'From: Tabmesh <noreply@tabmesh.local>',
    'To: carol@example.org',
    'Subject: Your translation',
    '\tis ready =?utf-8?Q?=E2=9C=94?=',
    '  =?utf-8?B?IChkZSDihpIgZW4p?=',
    'Content-Type: text/plain; charset=utf-8',
    '',
    'Hello',
    '',
  ].join('\r\n');
  await client(sink.port).sendMail({ envelope: { from: 'noreply@tabmesh.local', to: ['carol@example.org'] }, raw });
  const [entry] = await sink.list();
  assert.equal(entry?.subject, 'Your translation\tis ready ✔ (de → en)');
  assert.deepEqual(entry?.envelope, { from: 'noreply@tabmesh.local', to: ['carol@example.org'] });
});

test('a restart lists the same messages, and debris of an interrupted write is cleaned up', async (t) => {
  const dir = await tempDir(t);
  const clock = new ManualClock();
  const first = await startSmtpSink({ dir, port: 0, now: () => clock.now() });
  let before;
  try {
    const mail = client(first.port);
    for (let i = 0; i < 3; i++) {
      clock.advance(1000);
      await mail.sendMail({ from: 'a@example.org', to: `r${i}@example.org`, subject: `n${i}`, text: 'x' });
    }
    before = await first.list();
  } finally {
    await first.close();
  }
  assert.deepEqual(
    before.map((e) => e.subject),
    ['n2', 'n1', 'n0'],
  );
  // A crash between the two writes leaves an .eml without sidecar, or a temporary sidecar.
  await writeFile(join(dir, '9999999999999-deadbeef.eml'), 'Subject: half\r\n\r\n');
  await writeFile(join(dir, '9999999999998-deadbeef.json.tmp'), '{');
  await writeFile(join(dir, 'README.txt'), 'not the sink’s');

  const second = await startSink(t, { dir });
  assert.deepEqual(await second.list(), before);
  const files = await readdir(dir);
  assert.ok(!files.includes('9999999999999-deadbeef.eml'));
  assert.ok(!files.includes('9999999999998-deadbeef.json.tmp'));
  assert.ok(files.includes('README.txt'));
  // New ids keep sorting after the old ones even if the clock went back.
  await client(second.port).sendMail({ from: 'a@example.org', to: 'z@example.org', subject: 'after', text: 'x' });
  const after = await second.list();
  assert.equal(after[0]?.subject, 'after');
  assert.ok((after[0]?.id ?? '') > (before[0]?.id ?? ''));
});

test('the bound keeps the newest maxMessages and deletes the oldest from disk', async (t) => {
  const dir = await tempDir(t);
  const sink = await startSink(t, { dir, maxMessages: 3 });
  const mail = client(sink.port);
  for (let i = 0; i < 5; i++) {
    await mail.sendMail({ from: 'a@example.org', to: 'b@example.org', subject: `m${i}`, text: 'x' });
  }
  const list = await sink.list();
  assert.deepEqual(
    list.map((e) => e.subject),
    ['m4', 'm3', 'm2'],
  );
  const files = (await readdir(dir)).sort();
  assert.deepEqual(files, list.flatMap((e) => [`${e.id}.eml`, `${e.id}.json`]).sort());

  // A smaller bound at restart prunes what is already on disk.
  await sink.close();
  const smaller = await startSink(t, { dir, maxMessages: 1 });
  assert.deepEqual(
    (await smaller.list()).map((e) => e.subject),
    ['m4'],
  );
  assert.equal((await readdir(dir)).length, 2);
});

test('an oversized message is refused with 552 and nothing is stored', async (t) => {
  const dir = await tempDir(t);
  const sink = await startSink(t, { dir, maxMessageBytes: 2048 });
  await assert.rejects(
    client(sink.port).sendMail({ from: 'a@example.org', to: 'b@example.org', subject: 'big', text: 'x'.repeat(10_000) }),
    (error: Error & { responseCode?: number }) => error.responseCode === 552,
  );
  assert.deepEqual(await sink.list(), []);
  assert.deepEqual(await readdir(dir), []);
});

test('close() is idempotent and a busy port is reported', async (t) => {
  const dir = await tempDir(t);
  const sink = await startSink(t, { dir });
  await assert.rejects(startSmtpSink({ dir, port: sink.port }), /EADDRINUSE/);
  await sink.close();
  await sink.close();
});
