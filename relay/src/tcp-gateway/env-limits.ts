/** How a gateway reads its limits from the environment: relay/src/config.ts's integer reader, which names a bad variable. */
export type IntReader = (name: string, fallback: number, min: number, max: number) => number;

/** The longest deadline a variable may set, in seconds: a day. */
export const MAX_DEADLINE_SECONDS = 24 * 60 * 60;
/** The fastest rate a variable may set, per second. */
export const MAX_RATE_PER_SECOND = 100_000;
/** The most connections a variable may allow in total: each holds a socket and buffers. */
export const MAX_CLIENTS_LIMIT = 100_000;
