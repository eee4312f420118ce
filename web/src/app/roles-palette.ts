/** Colours and precedence of roles, shared by the network map legend and the role chips. */
import type { Role } from '../node/peers/roles.ts';

/** A Record over Role, so a role added to ROLES without a colour fails the type check. */
export const ROLE_COLORS: Readonly<Record<Role, string>> = {
  interface: '#8d99ae',
  seed: '#2a9d8f',
  relay: '#e76f51',
  broker: '#7b5cd6',
  transcription: '#3a86ff',
  translation: '#06a6c9',
  miner: '#e9a23b',
  full: '#c2185b',
};

/**
 * Which role names a node on the map: the most specific one it holds. Every tab is an
 * interface node, so 'interface' only wins when it is the only role.
 */
const PRIMARY_ORDER: readonly Role[] = [
  'seed',
  'relay',
  'broker',
  'full',
  'miner',
  'transcription',
  'translation',
  'interface',
];

export const NO_ROLE_COLOR = '#c3c8d2';

export function primaryRole(roles: readonly Role[]): Role | undefined {
  return PRIMARY_ORDER.find((role) => roles.includes(role));
}

export function roleColor(role: Role | undefined): string {
  return role === undefined ? NO_ROLE_COLOR : ROLE_COLORS[role];
}
