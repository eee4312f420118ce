import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  MAX_SUBJECT_CHARS,
  MAX_TEXT_BYTES,
  MailGateway,
  isMailAddress,
  smtpTransport,
  type MailSend,
  type OutgoingMail,
} from '../../../../relay/src/mail/index.ts';
import { ManualClock, closedPort, startSink, tempDir } from '../../dev/mail-sink/harness.ts';

const TRANSLATOR = { id: 'peer-translator', roles: ['interface', 'translation'] };
const REQUEST = { to: 'user@example.org', subject: 'Your translation', text: 'Hallo Welt → Hello world' };
const MINUTE_MS = 60_000;

function recordingSend(): { send: MailSend; sent: OutgoingMail[] } {
  const sent: OutgoingMail[] = [];
  return {
    sent,
    send: async (message) => {
      sent.push(message);
      return { messageId: `<${sent.length}@test>` };
    },
  };
}

/** Any node announcing translation may send (MAIL_ALLOWED_SENDERS=*), as with a local sink; the shared limits out of the way. */
const ANY_TRANSLATOR = { ids: new Set<string>(), anyWithRole: true };

function gateway(send: MailSend, clock = new ManualClock()): MailGateway {
  return new MailGateway({ send, clock, senders: ANY_TRANSLATOR, allowedRoles: ['translation'], perSenderPerHour: 20, perSenderBurst: 5, perRecipientPerHour: 1000, totalPerHour: 1000 });
}

test('a sender with an allowed role gets its mail sent from the configured From', async () => {
  const { send, sent } = recordingSend();
  const result = await gateway(send).submit(TRANSLATOR, REQUEST);
  assert.deepEqual(result, { ok: true, value: { messageId: '<1@test>' } });
  assert.deepEqual(sent, [{ from: 'Tabmesh <noreply@tabmesh.local>', ...REQUEST }]);
});

test('senders without an allowed role are refused with not-allowed', async () => {
  const { send, sent } = recordingSend();
  const g = gateway(send);
  for (const roles of [[], ['interface'], ['broker', 'transcription'], ['Translation']]) {
    const result = await g.submit({ id: 'p', roles }, REQUEST);
    assert.equal(result.ok, false);
    assert.equal(!result.ok && result.error.code, 'not-allowed', JSON.stringify(roles));
  }
  assert.equal(sent.length, 0);
  assert.equal(g.counters().refused['not-allowed'], 4);
});

test('by default nobody may send: a self-declared translation role is not enough', async () => {
  const { send, sent } = recordingSend();
  const g = new MailGateway({ send, clock: new ManualClock() });
  const result = await g.submit(TRANSLATOR, REQUEST);
  assert.equal(!result.ok && result.error.code, 'not-allowed');
  assert.equal(sent.length, 0);
});

test('MAIL_ALLOWED_SENDERS as ids: only the listed nodes send, whatever roles others claim', async () => {
  const { send, sent } = recordingSend();
  const g = new MailGateway({ send, clock: new ManualClock(), senders: { ids: new Set(['peer-operator']), anyWithRole: false } });
  assert.equal((await g.submit({ id: 'peer-operator', roles: [] }, REQUEST)).ok, true, 'listed: no role needed');
  const other = await g.submit({ id: 'peer-claims-it', roles: ['translation', 'relay'] }, REQUEST);
  assert.equal(!other.ok && other.error.code, 'not-allowed');
  assert.equal(sent.length, 1);
});

test('one recipient gets at most its hourly share, however many senders try', async () => {
  const { send, sent } = recordingSend();
  const clock = new ManualClock();
  const g = new MailGateway({ send, clock, senders: ANY_TRANSLATOR, perRecipientPerHour: 3, totalPerHour: 1000 });
  const outcomes = [];
  for (let i = 0; i < 5; i++) outcomes.push(await g.submit({ id: `sender-${i}`, roles: ['translation'] }, REQUEST));
  assert.deepEqual(outcomes.map((r) => (r.ok ? 'ok' : r.error.code)), ['ok', 'ok', 'ok', 'rate-limited', 'rate-limited']);
  assert.equal((await g.submit({ id: 'sender-9', roles: ['translation'] }, { ...REQUEST, to: 'someone.else@example.org' })).ok, true, 'others still get theirs');
  clock.advance(20 * MINUTE_MS);
  assert.equal((await g.submit({ id: 'sender-9', roles: ['translation'] }, REQUEST)).ok, true, 'a third of an hour refills one');
  assert.equal(sent.length, 5);
});

test('the relay as a whole sends at most its hourly total', async () => {
  const { send, sent } = recordingSend();
  const g = new MailGateway({ send, clock: new ManualClock(), senders: ANY_TRANSLATOR, totalPerHour: 4 });
  const outcomes = [];
  for (let i = 0; i < 6; i++) outcomes.push(await g.submit({ id: `s${i}`, roles: ['translation'] }, { ...REQUEST, to: `u${i}@example.org` }));
  assert.deepEqual(outcomes.map((r) => (r.ok ? 'ok' : r.error.code)), ['ok', 'ok', 'ok', 'ok', 'rate-limited', 'rate-limited']);
  assert.equal(sent.length, 4);
  assert.equal(g.counters().refused['rate-limited'], 2);
});

test('each bad address is refused with bad-address', async () => {
  const { send, sent } = recordingSend();
  const g = gateway(send);
  const bad = [
    'a@b.c\r\nBcc: x@y.z',
    'a@b.c\nBcc: x@y.z',
    'a@b.c\rx',
    'Alice <alice@example.org>',
    '"Alice" alice@example.org',
    'alice@example.org, bob@example.org',
    'alice@example.org,bob@example.org',
    'alice@example.org;bob@example.org',
    'alice',
    'alice@',
    '@example.org',
    'alice@example',
    'alice@@example.org',
    'a@b@example.org',
    'alice@.example.org',
    'alice@example..org',
    'alice@-example.org',
    'alice@example.org.',
    '.alice@example.org',
    'al..ice@example.org',
    'alice@[127.0.0.1]',
    'alice@127.0.0.1',
    ' alice@example.org',
    'alice@example.org ',
    'alice\t@example.org',
    'alice@exämple.org',
    '"quoted"@example.org',
    `${'a'.repeat(65)}@example.org`,
    `a@${'b'.repeat(64)}.org`,
    `a@${Array.from({ length: 60 }, () => 'abcd').join('.')}.org`, // 254+ chars
    '',
  ];
  for (const to of bad) {
    const result = await g.submit(TRANSLATOR, { ...REQUEST, to });
    assert.equal(!result.ok && result.error.code, 'bad-address', JSON.stringify(to));
  }
  assert.equal(sent.length, 0);
  assert.equal(g.counters().refused['bad-address'], bad.length);
});

test('practical good addresses pass the check', () => {
  const good = [
    'user@example.org',
    'first.last+tag@mail.example.co.uk',
    "o'brien@example.ie",
    'dev@localhost',
    'x@xn--bcher-kva.example',
    `${'a'.repeat(64)}@example.org`,
    `a@${'b'.repeat(63)}.org`,
  ];
  for (const to of good) assert.equal(isMailAddress(to), true, to);
  const longest = `${'a'.repeat(64)}@${'b'.repeat(63)}.${'c'.repeat(63)}.${'d'.repeat(57)}.org`;
  assert.equal(longest.length, 254);
  assert.equal(isMailAddress(longest), true);
  assert.equal(isMailAddress(longest.replace('@', 'a@')), false); // local part 65
  assert.equal(isMailAddress(longest.replace('.org', '.orgs')), false); // 255
  assert.equal(isMailAddress(42), false);
});

test('header injection in the subject, oversized subject and text, malformed requests', async () => {
  const { send, sent } = recordingSend();
  const g = gateway(send);
  const code = async (request: unknown): Promise<string | false> => {
    const result = await g.submit(TRANSLATOR, request as typeof REQUEST);
    return !result.ok && result.error.code;
  };
  assert.equal(await code({ ...REQUEST, subject: 'hi\r\nBcc: x@y.z' }), 'bad-field');
  assert.equal(await code({ ...REQUEST, subject: 'hi\nBcc: x@y.z' }), 'bad-field');
  assert.equal(await code({ ...REQUEST, subject: 'tab\there' }), 'bad-field');
  assert.equal(await code({ ...REQUEST, subject: 'x'.repeat(MAX_SUBJECT_CHARS + 1) }), 'oversized');
  assert.equal(await code({ ...REQUEST, text: 'x'.repeat(MAX_TEXT_BYTES + 1) }), 'oversized');
  // The limit is in bytes: 'é' is two.
  assert.equal(await code({ ...REQUEST, text: 'é'.repeat(MAX_TEXT_BYTES / 2 + 1) }), 'oversized');
  assert.equal(await code({ ...REQUEST, text: 'nul\u0000' }), 'bad-field');
  assert.equal(await code({ to: REQUEST.to, subject: REQUEST.subject }), 'malformed');
  assert.equal(await code({ ...REQUEST, to: ['a@b.cd'] }), 'malformed');
  assert.equal(await code(null), 'malformed');
  assert.equal(sent.length, 0);

  // At the limits is fine, and text keeps its line breaks.
  assert.equal(await code({ ...REQUEST, subject: 'ü'.repeat(MAX_SUBJECT_CHARS) }), false);
  assert.equal(await code({ ...REQUEST, text: `line 1\r\nline 2\n${'x'.repeat(MAX_TEXT_BYTES - 15)}` }), false);
  assert.equal(sent.length, 2);
  const { refused } = g.counters();
  assert.equal(refused['bad-field'], 4);
  assert.equal(refused.oversized, 3);
  assert.equal(refused.malformed, 3);
});

test('per-sender token bucket on the injected clock: burst, refusal, recovery, independence', async () => {
  const clock = new ManualClock();
  const { send, sent } = recordingSend();
  const g = gateway(send, clock);
  for (let i = 0; i < 5; i++) assert.equal((await g.submit(TRANSLATOR, REQUEST)).ok, true, `burst ${i}`);
  const limited = await g.submit(TRANSLATOR, REQUEST);
  assert.equal(!limited.ok && limited.error.code, 'rate-limited');

  // Another sender has its own budget.
  assert.equal((await g.submit({ id: 'other', roles: ['translation'] }, REQUEST)).ok, true);

  // 20 per hour is one every 3 minutes.
  clock.advance(3 * MINUTE_MS - 1);
  assert.equal((await g.submit(TRANSLATOR, REQUEST)).ok, false);
  clock.advance(1);
  assert.equal((await g.submit(TRANSLATOR, REQUEST)).ok, true);
  assert.equal((await g.submit(TRANSLATOR, REQUEST)).ok, false);

  // A long pause refills to the burst, not beyond.
  clock.advance(24 * 60 * MINUTE_MS);
  let ok = 0;
  for (let i = 0; i < 8; i++) if ((await g.submit(TRANSLATOR, REQUEST)).ok) ok += 1;
  assert.equal(ok, 5);

  // Refused requests (bad address) do not spend the budget.
  clock.advance(60 * MINUTE_MS);
  const fresh = { id: 'fresh', roles: ['translation'] };
  for (let i = 0; i < 10; i++) await g.submit(fresh, { ...REQUEST, to: 'nope' });
  for (let i = 0; i < 5; i++) assert.equal((await g.submit(fresh, REQUEST)).ok, true);

  const counters = g.counters();
  assert.equal(counters.sent, sent.length);
  assert.equal(counters.refused['rate-limited'], 1 + 1 + 1 + 3);
});

test('a failing transport yields mail-failed without throwing, and the next send works', async () => {
  let calls = 0;
  const send: MailSend = async () => {
    calls += 1;
    if (calls === 1) throw new Error('421 service not available');
    if (calls === 2) return Promise.reject('a string, not an Error');
    return { messageId: '<ok@test>' };
  };
  const g = gateway(send);
  const first = await g.submit(TRANSLATOR, REQUEST);
  assert.equal(!first.ok && first.error.code, 'mail-failed');
  assert.match(!first.ok ? first.error.message : '', /421/);
  const second = await g.submit(TRANSLATOR, REQUEST);
  assert.equal(!second.ok && second.error.code, 'mail-failed');
  assert.deepEqual(await g.submit(TRANSLATOR, REQUEST), { ok: true, value: { messageId: '<ok@test>' } });
  assert.deepEqual(g.counters().sent, 1);
  assert.deepEqual(g.counters().failed, 2);
});

test('sends in flight are bounded: beyond the cap the gateway answers at-capacity', async () => {
  const releases: Array<() => void> = [];
  let hold = true;
  const send: MailSend = async () => {
    if (hold) await new Promise<void>((resolve) => releases.push(resolve));
    return { messageId: '<m@test>' };
  };
  const g = new MailGateway({ send, clock: new ManualClock(), senders: ANY_TRANSLATOR, perSenderBurst: 1, perRecipientPerHour: 1000 });
  const pending = Array.from({ length: 32 }, (_, i) => g.submit({ id: `s${i}`, roles: ['translation'] }, REQUEST));
  const over = await g.submit({ id: 'late', roles: ['translation'] }, REQUEST);
  assert.equal(!over.ok && over.error.code, 'at-capacity');
  assert.equal(releases.length, 32);
  hold = false;
  for (const release of releases) release();
  assert.ok((await Promise.all(pending)).every((r) => r.ok));
  assert.equal((await g.submit({ id: 'late', roles: ['translation'] }, REQUEST)).ok, true);
});

test('end to end: gateway → smtpTransport → dev sink, with the right envelope', async (t) => {
  const dir = await tempDir(t);
  const sink = await startSink(t, { dir });
  const g = new MailGateway({ send: smtpTransport(`smtp://127.0.0.1:${sink.port}`), clock: new ManualClock(), senders: ANY_TRANSLATOR });
  const result = await g.submit(TRANSLATOR, { to: 'reader@example.org', subject: 'Перевод готов ✔', text: 'Grüße aus Tabmesh\nZeile 2' });
  assert.equal(result.ok, true);
  const [entry] = await sink.list();
  assert.ok(entry);
  assert.deepEqual(entry.envelope, { from: 'noreply@tabmesh.local', to: ['reader@example.org'] });
  assert.equal(entry.subject, 'Перевод готов ✔');
  const message = await sink.read(entry.id);
  assert.equal(message?.text, 'Grüße aus Tabmesh\nZeile 2');
  const raw = Buffer.from((await sink.raw(entry.id)) ?? []).toString('latin1');
  assert.match(raw, /^From: Tabmesh <noreply@tabmesh\.local>$/m);
  assert.match(raw, /^Message-ID: /im);
  assert.ok(result.ok && raw.includes(result.value.messageId));
});

test('smtpTransport: nobody listening → mail-failed; bad URLs are configuration errors', async () => {
  const port = await closedPort();
  const g = new MailGateway({ send: smtpTransport(`smtp://127.0.0.1:${port}`), clock: new ManualClock(), senders: ANY_TRANSLATOR });
  const result = await g.submit(TRANSLATOR, REQUEST);
  assert.equal(!result.ok && result.error.code, 'mail-failed');
  assert.match(!result.ok ? result.error.message : '', /ECONNREFUSED/);
  assert.throws(() => smtpTransport('http://127.0.0.1:25'), TypeError);
  assert.throws(() => smtpTransport('not a url'), TypeError);
});

test('smtpTransport passes percent-encoded credentials from the URL (the sink accepts any)', async (t) => {
  const sink = await startSink(t, { dir: await tempDir(t) });
  const send = smtpTransport(`smtp://relay%40tabmesh:p%40ss%3Aword@127.0.0.1:${sink.port}`);
  const info = await send({ from: 'noreply@tabmesh.local', to: 'a@example.org', subject: 's', text: 't' });
  assert.match(info.messageId, /^<.+@.+>$/);
  assert.equal((await sink.list()).length, 1);
});
