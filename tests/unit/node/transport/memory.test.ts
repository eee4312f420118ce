import { systemClock } from '../../../../web/src/node/base/clock.ts';
import { FramedLink } from '../../../../web/src/node/transport/framed-link.ts';
import { createMemoryChannelPair } from '../../../../web/src/node/transport/memory-channel.ts';
import { transportCompliance } from './compliance.ts';

transportCompliance('memory', async () => {
  const [ca, cb] = createMemoryChannelPair(systemClock, { latencyMs: 1, bytesPerMs: 50_000 });
  const now = Date.now();
  const a = new FramedLink(ca, { remoteId: 'b'.repeat(64), direction: 'outbound', openedAt: now });
  const b = new FramedLink(cb, { remoteId: 'a'.repeat(64), direction: 'inbound', openedAt: now });
  return { a, b, rawA: ca, dispose: async () => (a.close(), b.close()) };
});
