import { pickRandom, type Random } from '../base/clock.ts';
import { TabmeshError } from '../base/errors.ts';
import type { PeerSummary, SignalingState } from './types.ts';
import type { PeerId } from '../base/peer-id.ts';
import type { Discovery } from './ports.ts';
import type { Role } from './roles.ts';

/** An in-process stand-in for the signaling server's registry: bootstrap samples, seeds first. */
export class MemoryDirectory {
  readonly #nodes = new Map<PeerId, Role[]>();
  readonly #random: Random;
  /** Role changes this returns true for are refused as the real server refuses unvouched ones. */
  refuseRoles: (roles: readonly Role[]) => boolean = () => false;

  constructor(random: Random) {
    this.#random = random;
  }

  discovery(id: PeerId, roles: Role[]): Discovery {
    this.#nodes.set(id, roles);
    let state: SignalingState = 'registered';
    return {
      get state() {
        return state;
      },
      bootstrap: async (k) => this.sample(id, k),
      setRoles: async (next) => {
        if (this.refuseRoles(next)) throw new TabmeshError('not-allowed', 'the operator has not vouched for these roles');
        this.#nodes.set(id, next);
      },
      onStateChange: () => undefined,
      close: () => {
        state = 'disconnected';
        this.#nodes.delete(id);
      },
    };
  }

  sample(except: PeerId, k: number): PeerSummary[] {
    const all = [...this.#nodes].filter(([id]) => id !== except).map(([id, roles]) => ({ id, roles }));
    const seeds = all.filter((p) => p.roles.includes('seed'));
    const others = all.filter((p) => !p.roles.includes('seed'));
    return [...pickRandom(seeds, k, this.#random), ...pickRandom(others, k, this.#random)].slice(0, k);
  }
}
