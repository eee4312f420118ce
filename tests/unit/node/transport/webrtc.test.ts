import { after } from 'node:test';
import wrtc from '@roamhq/wrtc';
import SimplePeer from 'simple-peer';
import { FramedLink } from '../../../../web/src/node/transport/framed-link.ts';
import { simplePeerChannel } from '../../../../web/src/webrtc/simple-peer-channel.ts';
import { transportCompliance } from './compliance.ts';

async function connectedPair(): Promise<[SimplePeer.Instance, SimplePeer.Instance]> {
  const options = { trickle: false, wrtc, config: { iceServers: [] } };
  const a = new SimplePeer({ ...options, initiator: true });
  const b = new SimplePeer(options);
  a.on('signal', (s) => b.signal(s));
  b.on('signal', (s) => a.signal(s));
  await Promise.all([new Promise((r) => a.once('connect', r)), new Promise((r) => b.once('connect', r))]);
  return [a, b];
}

transportCompliance('webrtc (simple-peer + @roamhq/wrtc)', async () => {
  const [pa, pb] = await connectedPair();
  const rawA = simplePeerChannel(pa, { bufferedAmountLags: true });
  const now = Date.now();
  const a = new FramedLink(rawA, { remoteId: 'b'.repeat(64), direction: 'outbound', openedAt: now });
  const b = new FramedLink(simplePeerChannel(pb, { bufferedAmountLags: true }), { remoteId: 'a'.repeat(64), direction: 'inbound', openedAt: now });
  return { a, b, rawA, dispose: async () => (pa.destroy(), pb.destroy()) };
});

// @roamhq/wrtc keeps the process alive for ~12 s after its peers are destroyed; end promptly.
after(() => setTimeout(() => process.exit(process.exitCode ?? 0), 100).unref());
