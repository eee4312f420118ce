/**
 * Who may hold the roles the operator vouches for (VOUCHED_ROLES: relay, seed). A registration is
 * vouched for when its id is allow-listed (SIGNALING_TRUSTED_IDS) or it carries a roleProof made
 * with the TURN secret the relays share; every other claim of those roles is dropped.
 */
import type { PeerId } from '../../web/src/node/base/peer-id.ts';
import type { Role } from '../../web/src/node/peers/roles.ts';
import { VOUCHED_ROLES } from '../../web/src/node/signaling/protocol.ts';
import { isOperatorRoleProof } from '../../web/src/host-node/role-proof.ts';

/** 'bad-proof': a proof was sent but not made with this server's secret (a relay with another TURN_SECRET). */
export type Vouch = 'vouched' | 'unvouched' | 'bad-proof';
export type VouchCheck = (id: PeerId, nonce: string, proof: string | undefined) => Vouch;

export interface RoleAuthorityOptions {
  /** The TURN secret; without it no proof can be checked and only allow-listed ids are vouched for. */
  secret: string | undefined;
  trustedIds: readonly PeerId[];
}

export function createRoleAuthority(options: RoleAuthorityOptions): VouchCheck {
  const trusted = new Set(options.trustedIds);
  const secret = options.secret;
  return (id, nonce, proof) => {
    if (trusted.has(id)) return 'vouched';
    if (proof === undefined || secret === undefined) return 'unvouched';
    return isOperatorRoleProof(secret, nonce, id, proof) ? 'vouched' : 'bad-proof';
  };
}

/** Nobody is vouched for: the default of a bare Registry. */
export const VOUCH_NOBODY: VouchCheck = () => 'unvouched';

export function isVouchedRole(role: Role): boolean {
  return VOUCHED_ROLES.includes(role);
}

/** The claimed roles a registration may hold: all when vouched for, else all but the vouched roles. */
export function grantableRoles(claimed: readonly Role[], vouched: boolean): Role[] {
  return vouched ? [...claimed] : claimed.filter((role) => !isVouchedRole(role));
}
