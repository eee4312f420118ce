/**
 * The relay's mail service on the in-memory mesh and a virtual clock: roles come from the
 * sender's hello (the relay's peer table), every gateway outcome reaches the tab's MailClient as
 * the right code, and a sender that leaves mid-send costs nothing.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MailGateway, MAIL_ERROR_CODES, type MailSend, type OutgoingMail } from '../../../relay/src/mail/index.ts';
import { mailResultCode, MailService } from '../../../relay/src/mail-service.ts';
import { MailClient } from '../../../web/src/node/mail/client.ts';
import { MAIL_OK } from '../../../web/src/node/mail/messages.ts';
import { ERROR_CODES, TabmeshError } from '../../../web/src/node/base/errors.ts';
import type { TabmeshNode } from '../../../web/src/node/node.ts';
import type { Role } from '../../../web/src/node/peers/roles.ts';
import { createSwarm, type Swarm } from '../../support/swarm.ts';

const FROM = 'Relay <relay@tabmesh.test>';

interface Rig {
  swarm: Swarm;
  relay: TabmeshNode;
  sent: OutgoingMail[];
  gateway: MailGateway;
  /** A tab with these roles, linked to the relay, with its MailClient. */
  tab(roles: Role[]): Promise<{ node: TabmeshNode; mail: MailClient }>;
  /** Runs the virtual clock until `promise` settles; returns its error code, or 'ok'. */
  outcome(promise: Promise<void>): Promise<string>;
}

async function rig(options: { send?: MailSend; burst?: number } = {}): Promise<Rig> {
  const swarm = await createSwarm(0, { node: { targetDegree: 1 } });
  const sent: OutgoingMail[] = [];
  const send: MailSend =
    options.send ??
    (async (message) => {
      sent.push(message);
      return { messageId: `<${sent.length}@test>` };
    });
  const gateway = new MailGateway({
    send,
    clock: swarm.clock,
    from: FROM,
    senders: { ids: new Set(), anyWithRole: true },
    ...(options.burst !== undefined && { perSenderBurst: options.burst }),
  });
  const relay = await swarm.add(['relay'], [new MailService({ gateway })]);
  const outcome = async (promise: Promise<void>): Promise<string> => {
    let result: string | undefined;
    promise.then(
      () => (result = 'ok'),
      (error: unknown) => (result = error instanceof TabmeshError ? error.code : String(error)),
    );
    await swarm.clock.runUntil(() => result !== undefined, 60_000, 10);
    return result as string;
  };
  return {
    swarm,
    relay,
    sent,
    gateway,
    outcome,
    async tab(roles) {
      const mail = new MailClient();
      const node = await swarm.add(roles, [mail]);
      await swarm.clock.runUntil(() => node.manager.link(relay.id) !== undefined && relay.table.get(node.id)?.roles.length === roles.length, 10_000, 10);
      return { node, mail };
    },
  };
}

test('every gateway code has its own wire code, and MailClient reads it back', () => {
  const seen = new Set<number>();
  for (const code of MAIL_ERROR_CODES) {
    const wire = mailResultCode(code);
    assert.ok(wire >= 0 && wire !== MAIL_OK, code);
    assert.equal(ERROR_CODES[wire], code, 'the same name on both sides');
    seen.add(wire);
  }
  assert.equal(seen.size, MAIL_ERROR_CODES.length);
});

test('a translation tab mails through the relay; the transport gets From, To, Subject and text', async () => {
  const r = await rig();
  const { mail } = await r.tab(['translation']);
  assert.equal(await r.outcome(mail.send({ to: 'user@example.com', subject: 'Done', text: 'Hello' })), 'ok');
  assert.deepEqual(r.sent, [{ from: FROM, to: 'user@example.com', subject: 'Done', text: 'Hello' }]);
  r.swarm.stopAll();
});

test('roles come from the hello: a tab is refused until it announces translation', async () => {
  const r = await rig();
  const { node, mail } = await r.tab(['interface']);
  const request = { to: 'user@example.com', subject: 's', text: 't' };
  assert.equal(await r.outcome(mail.send(request)), 'not-allowed');
  await node.setRoles(['interface', 'translation']); // a new hello to every neighbour
  await r.swarm.clock.runUntil(() => r.relay.table.get(node.id)?.roles.includes('translation') === true, 1_000, 10);
  assert.equal(await r.outcome(mail.send(request)), 'ok');
  assert.equal(r.sent.length, 1);
  r.swarm.stopAll();
});

test('refusals and failures arrive as their codes: bad-address, bad-field, oversized, rate-limited, mail-failed', async () => {
  const r = await rig({ burst: 2 });
  const { mail } = await r.tab(['translation']);
  assert.equal(await r.outcome(mail.send({ to: 'no-at-sign', subject: 's', text: 't' })), 'bad-address');
  assert.equal(await r.outcome(mail.send({ to: 'u@example.com', subject: 'a\r\nBcc: x@example.com', text: 't' })), 'bad-field');
  assert.equal(await r.outcome(mail.send({ to: 'u@example.com', subject: 'x'.repeat(201), text: 't' })), 'oversized');
  assert.equal(await r.outcome(mail.send({ to: 'u@example.com', subject: 's', text: '1' })), 'ok');
  assert.equal(await r.outcome(mail.send({ to: 'u@example.com', subject: 's', text: '2' })), 'ok');
  assert.equal(await r.outcome(mail.send({ to: 'u@example.com', subject: 's', text: '3' })), 'rate-limited');
  assert.equal(r.sent.length, 2);
  const counters = r.gateway.counters();
  assert.equal(counters.sent, 2);
  assert.deepEqual([counters.refused['bad-address'], counters.refused['bad-field'], counters.refused.oversized, counters.refused['rate-limited']], [1, 1, 1, 1]);
  r.swarm.stopAll();

  const failing = await rig({ send: async () => Promise.reject(new Error('550 mailbox unavailable')) });
  const tab = await failing.tab(['translation']);
  assert.equal(await failing.outcome(tab.mail.send({ to: 'u@example.com', subject: 's', text: 't' })), 'mail-failed');
  assert.equal(failing.gateway.counters().failed, 1);
  failing.swarm.stopAll();
});

test('a sender that leaves while its mail is in flight: the mail still goes, the answer is dropped quietly', async () => {
  let release: (() => void) | undefined;
  const sent: OutgoingMail[] = [];
  const r = await rig({
    send: (message) =>
      new Promise((resolve) => {
        release = () => {
          sent.push(message);
          resolve({ messageId: '<slow@test>' });
        };
      }),
  });
  const { node, mail } = await r.tab(['translation']);
  void mail.send({ to: 'u@example.com', subject: 's', text: 't' }).catch(() => undefined);
  await r.swarm.clock.runUntil(() => release !== undefined, 1_000, 10);
  node.stop();
  await r.swarm.clock.runUntil(() => r.relay.manager.degree === 0, 1_000, 10);
  release?.();
  await r.swarm.clock.advance(100);
  assert.equal(sent.length, 1);
  assert.equal(r.relay.status().state, 'online');
  r.swarm.stopAll();
});

test('a link lost while the mail is in flight: the client sends again on a new link, the relay answers from memory, one mail goes out', async () => {
  let release: (() => void) | undefined;
  const sent: OutgoingMail[] = [];
  const r = await rig({
    send: (message) =>
      new Promise((resolve) => {
        release = () => {
          sent.push(message);
          resolve({ messageId: '<once@test>' });
        };
      }),
  });
  const { node, mail } = await r.tab(['translation']);
  const outcome = r.outcome(mail.send({ to: 'u@example.com', subject: 's', text: 'only once' }));
  await r.swarm.clock.runUntil(() => release !== undefined, 1_000, 10);
  // The relay drops the link while the gateway still works on the mail: its answer has no way back.
  r.relay.disconnect(node.id);
  await r.swarm.clock.runUntil(() => node.manager.link(r.relay.id) === undefined, 1_000, 10);
  release?.();
  assert.equal(await outcome, 'ok', 'the client dialed again, asked again, and got the first answer');
  assert.equal(sent.length, 1, 'the repeated request did not send the mail twice');
  r.swarm.stopAll();
});
