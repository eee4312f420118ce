/**
 * Lets a test see the RTCPeerConnections a page makes: their configuration and the candidate
 * types of the pair ICE selected — how a test proves a link really goes through a relay.
 */
import type { BrowserContext, Page } from 'playwright-core';

export interface SelectedPair {
  policy: string | undefined;
  servers: RTCIceServer[];
  localType: string | undefined;
  remoteType: string | undefined;
  /** The local relayed candidate's port, when the local candidate is relayed. */
  localRelayPort: number | undefined;
}

/** Call before opening pages: every RTCPeerConnection they construct is recorded. */
export async function recordPeerConnections(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const Native = window.RTCPeerConnection;
    const made: RTCPeerConnection[] = [];
    (window as unknown as { __pcs: RTCPeerConnection[] }).__pcs = made;
    window.RTCPeerConnection = class extends Native {
      constructor(config?: RTCConfiguration) {
        super(config);
        made.push(this);
      }
    } as typeof RTCPeerConnection;
  });
}

/** The selected candidate pair of every connected peer connection of the page. */
export async function selectedPairs(page: Page): Promise<SelectedPair[]> {
  return page.evaluate(async () => {
    const pcs = (window as unknown as { __pcs: RTCPeerConnection[] }).__pcs;
    const result: SelectedPair[] = [];
    for (const pc of pcs) {
      if (pc.connectionState !== 'connected') continue;
      const config = pc.getConfiguration();
      const stats = await pc.getStats();
      let pairId: string | undefined;
      stats.forEach((s) => {
        if (s.type === 'transport' && s.selectedCandidatePairId) pairId = s.selectedCandidatePairId;
      });
      const pair = pairId === undefined ? undefined : stats.get(pairId);
      const local = pair === undefined ? undefined : stats.get(pair.localCandidateId);
      const remote = pair === undefined ? undefined : stats.get(pair.remoteCandidateId);
      result.push({
        policy: config.iceTransportPolicy,
        servers: config.iceServers ?? [],
        localType: local?.candidateType,
        remoteType: remote?.candidateType,
        localRelayPort: local?.candidateType === 'relay' ? local.port : undefined,
      });
    }
    return result;
  });
}
