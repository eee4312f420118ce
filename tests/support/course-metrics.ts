/** The relay's /metrics text around a course gateway's stats, for the gateways' metrics tests. */
import { MAIL_ERROR_CODES, type MailCounters } from '../../relay/src/mail/index.ts';
import { renderRelayMetrics, type RelaySnapshot } from '../../relay/src/metrics.ts';
import { newTurnCounters } from '../../relay/src/turn/context.ts';

/** A relay snapshot at zero everywhere, with `gateways` over it. */
export function metricsWith(gateways: Pick<RelaySnapshot, 'dhtApi'> & Partial<Pick<RelaySnapshot, 'gossipApi'>>): string {
  const refused = Object.fromEntries(MAIL_ERROR_CODES.map((code) => [code, 0])) as unknown as MailCounters['refused'];
  return renderRelayMetrics({
    id: 'ab'.repeat(32),
    signaling: 'registered',
    peers: 0,
    uptimeSeconds: 0,
    turn: { ...newTurnCounters(), allocations: 0, relayedBytes: 0, relayedPackets: 0, authFailures: 0, tcpConnections: 0 },
    mail: { sent: 0, failed: 0, refused },
    dht: { records: 0, bytes: 0, successors: 0, lookups: 0, lookupFailures: 0 },
    ...gateways,
  });
}

/** The sample lines of `text` whose name starts with `prefix`. */
export function samples(text: string, prefix: string): string[] {
  return text.split('\n').filter((line) => line.startsWith(prefix));
}
