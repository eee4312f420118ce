/** What the course DHT gateway counts, over all its connections since it started. */
export interface DhtGatewayCounters {
  putsReceived: number;
  /** PUTs the DHT stored (no answer goes back either way). */
  putsStored: number;
  /** PUTs the DHT refused, did not finish in time, or failed on. */
  putsFailed: number;
  getsReceived: number;
  /** GETs answered SUCCESS. */
  getsFound: number;
  /** GETs answered FAILURE because no replica holds the key. */
  getsNotFound: number;
  /** GETs answered FAILURE for any other reason (refused, no route, timeout, internal error). */
  getsFailed: number;
  /** Requests that hit the gateway's deadline or the DHT's own timeout. */
  timeouts: number;
  /** SUCCESS / FAILURE messages handed to client sockets (one write each). */
  repliesWritten: number;
  /** Connections closed for a malformed message, an unknown type or a gateway-only type. */
  malformedCloses: number;
  /** Connections dropped for letting their outgoing queue grow past the bound. */
  slowClientDrops: number;
  /** Connections refused by the per-address or total limit. */
  refusedConnections: number;
  /** Failures that were not a TabmeshError from the DHT (bugs); logged, answered FAILURE. */
  internalErrors: number;
}

export function zeroCounters(): DhtGatewayCounters {
  return {
    putsReceived: 0,
    putsStored: 0,
    putsFailed: 0,
    getsReceived: 0,
    getsFound: 0,
    getsNotFound: 0,
    getsFailed: 0,
    timeouts: 0,
    repliesWritten: 0,
    malformedCloses: 0,
    slowClientDrops: 0,
    refusedConnections: 0,
    internalErrors: 0,
  };
}
