/** A GossipContext whose sends are recorded, for driving one gossip part by hand. */
import type { PeerId } from '../../../../web/src/node/base/peer-id.ts';
import type { GossipMessage } from '../../../../web/src/node/gossip/messages.ts';
import { emptyStats, gossipConfig, type GossipContext, type GossipOptions } from '../../../../web/src/node/gossip/types.ts';
import type { ServiceLink } from '../../../../web/src/node/service.ts';
import { seededRandom } from '../../../support/random.ts';
import { simSigner, simVerify } from '../../../support/sim-signer.ts';
import { VirtualClock } from '../../../support/virtual-clock.ts';

export interface Sent {
  to: PeerId;
  msg: GossipMessage;
}

export function fakeContext(selfId: PeerId, neighbours: PeerId[], options: GossipOptions = {}): { ctx: GossipContext; sent: Sent[]; clock: VirtualClock } {
  const clock = new VirtualClock();
  const sent: Sent[] = [];
  const random = seededRandom(5);
  const ctx: GossipContext = {
    deps: { selfId, clock, random, neighbours: () => neighbours, send: () => undefined, signer: simSigner(selfId), verify: simVerify },
    config: gossipConfig(options),
    stats: emptyStats(),
    now: () => clock.now(),
    send: (to, msg) => {
      sent.push({ to, msg });
      return true;
    },
  };
  return { ctx, sent, clock };
}

export function fakeLink(remoteId: PeerId): ServiceLink & { malformed: number } {
  const link = {
    remoteId,
    malformed: 0,
    reportMalformed: () => {
      link.malformed++;
    },
  };
  return link;
}
