/** The lifetime rule shared by Allocate and Refresh (RFC 8656 §7.2, §7.3). */
import { err, ok, type Result } from '../../../web/src/node/base/errors.ts';
import { ATTR, DEFAULT_LIFETIME_S, MAX_LIFETIME_S } from './constants.ts';
import { decodeU32 } from './stun-attributes.ts';
import { findAttribute, type StunMessage } from './stun-message.ts';

/** The LIFETIME the client asked for, undefined when absent. */
export function requestedLifetime(message: StunMessage): Result<number | undefined> {
  const value = findAttribute(message, ATTR.lifetime);
  if (!value) return ok(undefined);
  const seconds = decodeU32(value);
  return seconds.ok ? seconds : err('bad-field', 'LIFETIME');
}

/** min(requested, max), but never below the default; 0 (delete) passes through when allowed. */
export function grantedLifetime(requested: number | undefined, allowZero: boolean): number {
  if (requested === undefined) return DEFAULT_LIFETIME_S;
  if (requested === 0 && allowZero) return 0;
  return Math.max(DEFAULT_LIFETIME_S, Math.min(requested, MAX_LIFETIME_S));
}
