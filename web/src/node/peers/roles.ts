/** Roles a node can take. A tab starts as an interface node; relays and seeds are configured. */
export const ROLES = ['interface', 'seed', 'relay', 'broker', 'transcription', 'translation', 'miner', 'full'] as const;
export type Role = (typeof ROLES)[number];

export const DEFAULT_TAB_ROLES: readonly Role[] = ['interface'];

export function isRole(x: unknown): x is Role {
  return typeof x === 'string' && (ROLES as readonly string[]).includes(x);
}

/** Roles travel on the wire as a bit mask in the order of ROLES. */
export function rolesToMask(roles: readonly Role[]): number {
  let mask = 0;
  for (const role of roles) mask |= 1 << ROLES.indexOf(role);
  return mask;
}

export function rolesFromMask(mask: number): Role[] {
  return ROLES.filter((_, i) => (mask & (1 << i)) !== 0);
}
