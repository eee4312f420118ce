/**
 * A test hook for partitions in real tabs (`?testHooks=1` only): `cut(ids)` drops this tab's links
 * to those peers and refuses every link to or from them until `heal()`, so a test can split a
 * mesh of tabs in two and join it again. It wraps the tab's connector; nothing in the core knows.
 */
import { TabmeshError } from '../node/base/errors.ts';
import type { PeerId } from '../node/base/peer-id.ts';
import type { Connector } from '../node/transport/types.ts';

export interface PartitionHook {
  /** Drops links to `ids` (through `disconnect`) and refuses new ones until heal(). */
  cut(ids: readonly PeerId[]): void;
  heal(): void;
  cutOff(): PeerId[];
}

export function partitionable(inner: Connector, disconnect: (id: PeerId) => void): { connector: Connector; hook: PartitionHook } {
  const cut = new Set<PeerId>();
  const connector: Connector = {
    dial: (id, signal) => (cut.has(id) ? Promise.reject(new TabmeshError('not-allowed', 'cut off by the test partition')) : inner.dial(id, signal)),
    listen: (policy, onLink) =>
      inner.listen(
        (from) => (cut.has(from) ? { ok: false, code: 'not-allowed' } : policy(from)),
        (link) => (cut.has(link.remoteId) ? link.close() : onLink(link)),
      ),
    close: () => inner.close(),
  };
  return {
    connector,
    hook: {
      cut(ids) {
        for (const id of ids) cut.add(id);
        for (const id of ids) disconnect(id);
      },
      heal: () => cut.clear(),
      cutOff: () => [...cut],
    },
  };
}
