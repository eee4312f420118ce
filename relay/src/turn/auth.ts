/**
 * Long-term credentials (RFC 5389 §10.2) with TURN REST usernames: nonces, the 401/438
 * challenges and MESSAGE-INTEGRITY checks. Nonces are stateless: an expiry plus an HMAC over it
 * and the client's IP under a key made at start, so any nonce this server did not issue to
 * that address, or that has expired, is stale.
 */
import { createHmac, randomBytes } from 'node:crypto';
import { ATTR, ERROR, MAX_USERNAME_BYTES, NONCE_LIFETIME_MS } from './constants.ts';
import { checkTurnUsername } from '../../../web/src/host-node/turn-credentials.ts';
import { failure, type AuthInfo, type Reply } from './context.ts';
import { attribute, decodeText, encodeText } from './stun-attributes.ts';
import { findAttribute, longTermKey, verifyMessageIntegrity, type DecodedStunMessage } from './stun-message.ts';

const NONCE_MAC_HEX_CHARS = 24;

export type AuthOutcome =
  | { readonly ok: true; readonly auth: AuthInfo }
  /** `refused`: forged, expired or wrong credentials (counted), as opposed to a first challenge. */
  | { readonly ok: false; readonly reply: Reply; readonly refused: boolean };

export interface AuthenticatorOptions {
  readonly secret: string;
  readonly realm: string;
  readonly nonceLifetimeMs?: number;
}

export class Authenticator {
  readonly #secret: string;
  readonly #realm: string;
  readonly #nonceLifetimeMs: number;
  readonly #nonceKey = randomBytes(32);

  constructor(options: AuthenticatorOptions) {
    this.#secret = options.secret;
    this.#realm = options.realm;
    this.#nonceLifetimeMs = options.nonceLifetimeMs ?? NONCE_LIFETIME_MS;
  }

  issueNonce(clientIp: string, now: number): string {
    const expiry = Math.floor(now + this.#nonceLifetimeMs).toString(16);
    return `${expiry}${this.#nonceMac(expiry, clientIp)}`;
  }

  isNonceValid(nonce: string, clientIp: string, now: number): boolean {
    const expiry = nonce.slice(0, -NONCE_MAC_HEX_CHARS);
    if (!/^[0-9a-f]{1,13}$/.test(expiry)) return false;
    if (parseInt(expiry, 16) <= now) return false;
    return nonce.slice(-NONCE_MAC_HEX_CHARS) === this.#nonceMac(expiry, clientIp);
  }

  /** 401 with REALM and a fresh NONCE: the answer to a request without credentials. */
  challenge(code: number, clientIp: string, now: number): Reply {
    return failure(code, [
      attribute(ATTR.realm, encodeText(this.#realm)),
      attribute(ATTR.nonce, encodeText(this.issueNonce(clientIp, now))),
    ]);
  }

  /** RFC 5389 §10.2.2, in its order: no integrity → 401; missing fields → 400; nonce → 438; user/MAC → 401. */
  authenticate(message: DecodedStunMessage, clientIp: string, now: number): AuthOutcome {
    if (message.integrityOffset < 0) {
      return { ok: false, reply: this.challenge(ERROR.unauthorized, clientIp, now), refused: false };
    }
    const usernameValue = findAttribute(message, ATTR.username);
    const realmValue = findAttribute(message, ATTR.realm);
    const nonceValue = findAttribute(message, ATTR.nonce);
    if (!usernameValue || !realmValue || !nonceValue) {
      return { ok: false, reply: failure(ERROR.badRequest), refused: false };
    }
    const username = decodeText(usernameValue, MAX_USERNAME_BYTES);
    const realm = decodeText(realmValue);
    const nonce = decodeText(nonceValue);
    if (!username.ok || !realm.ok || !nonce.ok) return { ok: false, reply: failure(ERROR.badRequest), refused: false };
    if (!this.isNonceValid(nonce.value, clientIp, now)) {
      return { ok: false, reply: this.challenge(ERROR.staleNonce, clientIp, now), refused: false };
    }
    const refuse: AuthOutcome = { ok: false, reply: this.challenge(ERROR.unauthorized, clientIp, now), refused: true };
    if (realm.value !== this.#realm) return refuse;
    const user = checkTurnUsername(this.#secret, username.value, now);
    if (!user.ok) return refuse;
    const key = longTermKey(username.value, this.#realm, user.value.password);
    if (!verifyMessageIntegrity(message, key)) return refuse;
    return { ok: true, auth: { username: username.value, peerId: user.value.peerId, key } };
  }

  #nonceMac(expiry: string, clientIp: string): string {
    const mac = createHmac('sha256', this.#nonceKey).update(`${expiry}|${clientIp}`).digest('hex');
    return mac.slice(0, NONCE_MAC_HEX_CHARS);
  }
}
