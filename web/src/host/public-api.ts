import type { TabmeshApi } from '../node/api.ts';
import type { BrowserNode } from './browser-node.ts';

/**
 * `window.tabmesh`: the documented API (the same object the UI uses) plus a read-only `debug`
 * view for tests and the curious.
 */
export interface WindowTabmesh extends TabmeshApi {
  readonly id: string;
  debug(): { rejectedSignals: Record<string, number>; signalingError: string | undefined };
}

export function publicApi({ node, signaling, connector, mail, relays, onRelaysChange }: BrowserNode): WindowTabmesh {
  return {
    id: node.id,
    status: () => node.status(),
    peers: () => node.peers(),
    graph: () => node.graph(),
    connect: (id) => node.connect(id),
    disconnect: (id) => node.disconnect(id),
    ping: (id) => node.ping(id),
    measureThroughput: (id, options) => node.measureThroughput(id, options),
    roles: () => node.roles(),
    setRoles: (roles) => node.setRoles(roles),
    // The node's own changes and the tab's relay measurements: the UI re-renders on either.
    subscribe: (listener) => {
      const unsubscribeNode = node.subscribe(listener);
      const unsubscribeRelays = onRelaysChange(listener);
      return () => {
        unsubscribeNode();
        unsubscribeRelays();
      };
    },
    relays: () => relays(),
    sendMail: (request) => mail.send(request),
    debug: () => ({ rejectedSignals: Object.fromEntries(connector.rejected), signalingError: signaling.lastError }),
  };
}
