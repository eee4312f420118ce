/** Why a course gateway closes a client, for the reasons every gateway shares; /metrics labels them. */
export const SHARED_CLOSE_REASONS = [
  /** A malformed message, an unknown type or a gateway-only type. */
  'malformed',
  /** Part of a message, then nothing more until the message deadline. */
  'partial-message',
  /** No message either way until the idle deadline, while waiting for nothing from the gateway. */
  'idle',
  /** Its outgoing queue grew past the bound: it does not read. */
  'slow-reader',
  /** Requests far faster than its own or its address's rate. */
  'rate-limited',
] as const;
export type SharedCloseReason = (typeof SHARED_CLOSE_REASONS)[number];

/** A count per reason, all at zero. */
export function zeroBy<R extends string>(reasons: readonly R[]): Record<R, number> {
  return Object.fromEntries(reasons.map((r) => [r, 0])) as Record<R, number>;
}
