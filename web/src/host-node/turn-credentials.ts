/**
 * TURN REST API credentials (draft-uberti-behave-turn-rest-00): the username is
 * "<expiry unix seconds>:<peer id>" and the password is base64(HMAC-SHA1(secret, username)).
 * The signaling server mints them for registered nodes; the TURN server re-derives the password
 * from the username, so the two share only the secret. Depends on node:crypto alone.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import { err, ok, TabmeshError, type Result } from '../node/base/errors.ts';

export interface TurnCredential {
  /** "<expiry>:<peerId>", expiry in unix seconds. */
  readonly username: string;
  /** The password: base64(HMAC-SHA1(secret, username)). */
  readonly credential: string;
  /** Seconds the credential stays valid, as handed to the client. */
  readonly ttl: number;
}

export interface TurnUser {
  readonly password: string;
  readonly peerId: string;
  /** Unix seconds. */
  readonly expiry: number;
}

const USERNAME_PATTERN = /^(\d{1,15}):(.+)$/s;

export function turnPassword(secret: string, username: string): string {
  return createHmac('sha1', secret).update(username, 'utf8').digest('base64');
}

export function mintTurnCredential(secret: string, peerId: string, ttlSeconds: number, nowMs: number): TurnCredential {
  if (secret.length === 0) throw new TabmeshError('bad-field', 'TURN secret is empty');
  if (peerId.length === 0) throw new TabmeshError('bad-field', 'peer id is empty');
  if (!Number.isInteger(ttlSeconds) || ttlSeconds <= 0) throw new TabmeshError('bad-field', `ttl ${ttlSeconds}`);
  const expiry = Math.floor(nowMs / 1000) + ttlSeconds;
  const username = `${expiry}:${peerId}`;
  return { username, credential: turnPassword(secret, username), ttl: ttlSeconds };
}

/**
 * Parses a REST username and derives its password. 'malformed' when it is not
 * "<digits>:<peer id>", 'expired' once the expiry has passed. A forged username still yields a
 * password — the one its forger does not know — so MESSAGE-INTEGRITY then fails.
 */
export function checkTurnUsername(secret: string, username: string, nowMs: number): Result<TurnUser> {
  const match = USERNAME_PATTERN.exec(username);
  if (!match) return err('malformed', 'TURN username is not "<expiry>:<peer id>"');
  const expiry = Number(match[1]);
  if (expiry * 1000 <= nowMs) return err('expired', `TURN credential expired at ${expiry}`);
  return ok({ password: turnPassword(secret, username), peerId: match[2]!, expiry });
}

/** Checks a username and password pair as a whole ('bad-signature' when the password is wrong). */
export function verifyTurnCredential(
  secret: string,
  username: string,
  credential: string,
  nowMs: number,
): Result<Omit<TurnUser, 'password'>> {
  const user = checkTurnUsername(secret, username, nowMs);
  if (!user.ok) return user;
  const expected = Buffer.from(user.value.password);
  const given = Buffer.from(credential);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) {
    return err('bad-signature', 'TURN credential does not match');
  }
  return ok({ peerId: user.value.peerId, expiry: user.value.expiry });
}
