/** The gossip gateway's /metrics families (tabmesh_relay_gossip_api_*), from its stats. */
import { counter, countersBy, gauge, type Family } from '../../../web/src/host-node/prometheus.ts';
import type { GossipGatewayStats } from './gateway.ts';

const P = 'tabmesh_relay_gossip_api';

export function gossipApiFamilies(s: GossipGatewayStats): Family[] {
  return [
    gauge(`${P}_clients`, 'Open connections to the course gossip API.', s.clients),
    gauge(`${P}_subscriptions`, 'Data types subscribed to by course gossip clients, over all clients.', s.subscriptions),
    gauge(`${P}_pending_validations`, 'Notifications awaiting a VALIDATION from course gossip clients.', s.pendingValidations),
    countersBy(`${P}_announces_total`, 'Course ANNOUNCEs read, by result (forwarded into the mesh, refused by the mesh, closed: refused by the gateway).', 'result', {
      forwarded: s.announcesForwarded,
      refused: s.announcesRejected,
      closed: s.announcesReceived - s.announcesForwarded - s.announcesRejected,
    }),
    counter(`${P}_notifications_total`, 'NOTIFICATIONs written to course gossip clients.', s.notificationsSent),
    countersBy(`${P}_validations_total`, 'Course VALIDATIONs read, by result (applied, unknown: no such message id awaited).', 'result', {
      applied: s.validationsReceived - s.unknownValidations,
      unknown: s.unknownValidations,
    }),
    counter(`${P}_unanswered_notifications_total`, 'Notifications a client left unanswered past its bound, settled as not validated.', s.evictedValidations),
    countersBy(`${P}_closes_total`, 'Course gossip clients closed by the gateway, by reason.', 'reason', s.closes),
    countersBy(`${P}_refused_connections_total`, 'Connections to the course gossip API refused, by limit (per-address cap, total capacity).', 'reason', s.refusedConnections),
    counter(`${P}_internal_errors_total`, 'Failures inside the gossip gateway or the gossip service (logged).', s.internalErrors),
  ];
}
