/** `npm run job` options: required image and target, defaults, and every bad value named. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { JOB_HELP, JobOptionsError, parseJobOptions, type JobOptions } from '../../../scripts/job/options.ts';

test('an image and a target are enough; the rest has defaults', () => {
  const o = parseJobOptions(['--image', 'sign.png', '--to', 'ES'], {}) as JobOptions;
  assert.deepEqual(o, { image: 'sign.png', to: 'es', from: 'eng', email: 'nobody@example.invalid', signalingUrl: 'http://127.0.0.1:8080/', payerKey: undefined, timeoutMs: 300_000 });
});

test('flags win over variables; the payer key comes from the environment only', () => {
  const key = `0x${'ab'.repeat(32)}`;
  const o = parseJobOptions(['--image', 'a.jpg', '--to', 'de', '--from', 'fra', '--email', 'me@example.org', '--timeout', '60'], { JOB_EMAIL: 'env@example.org', SIGNALING_URL: 'https://mesh.example/', JOB_PAYER_KEY: key }) as JobOptions;
  assert.equal(o.email, 'me@example.org');
  assert.equal(o.from, 'fra');
  assert.equal(o.signalingUrl, 'https://mesh.example/');
  assert.equal(o.payerKey, key);
  assert.equal(o.timeoutMs, 60_000);
});

test('every bad value is named at once; --help is answered and names the exit codes', () => {
  assert.throws(
    () => parseJobOptions(['--to', 'en', '--from', 'xx', '--email', 'nope', '--timeout', '0', '--signal', 'ftp://x'], { JOB_PAYER_KEY: '0x12' }),
    (e: Error) =>
      e instanceof JobOptionsError &&
      ['--image is required', '--to must be one of es, fr, it, de', '--from must be one of', '--email (JOB_EMAIL) is not an e-mail address', '--timeout (JOB_TIMEOUT_SECONDS)', '--signal (SIGNALING_URL)', 'JOB_PAYER_KEY'].every((part) => e.message.includes(part)),
  );
  assert.throws(() => parseJobOptions(['--image', 'a.png', '--to', 'es', 'extra'], {}), JobOptionsError);
  assert.equal(parseJobOptions(['--help'], {}), 'help');
  assert.match(JOB_HELP, /3 refused/);
});
