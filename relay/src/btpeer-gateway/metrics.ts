/** The btpeer gateway's /metrics families (tabmesh_relay_btpeer_*), from its stats. */
import { counter, countersBy, gauge, type Family } from '../../../web/src/host-node/prometheus.ts';
import type { BtpeerGatewayStats } from './gateway.ts';

const P = 'tabmesh_relay_btpeer';

export function btpeerFamilies(s: BtpeerGatewayStats): Family[] {
  return [
    gauge(`${P}_clients`, 'Open connections to the btpeer gateway.', s.clients),
    gauge(`${P}_unpaid_jobs`, 'Jobs prepared through the btpeer gateway and not yet paid.', s.drafts),
    gauge(`${P}_listed_peers`, 'Peers JOINed through the btpeer gateway (LIST).', s.listedPeers),
    gauge(`${P}_buffered_bytes`, 'Bytes of unfinished btpeer requests held.', s.bufferedBytes),
    countersBy(`${P}_requests_total`, 'Whole btpeer requests read, by type.', 'type', s.requests),
    countersBy(`${P}_framings_total`, 'Btpeer requests by framing (length: the original; eof: read to the end).', 'framing', s.framings),
    countersBy(`${P}_jobs_total`, 'Jobs through the btpeer gateway, by step (quoted, submitted, done, failed).', 'step', s.jobs),
    countersBy(`${P}_job_refusals_total`, 'INITs answered with ERRO, by refusal code.', 'code', s.jobRefusals),
    counter(`${P}_peer_refusals_total`, 'JOIN and QUIT requests answered with ERRO.', s.peerRefusals),
    countersBy(`${P}_closes_total`, 'Btpeer clients closed by the gateway, by reason.', 'reason', s.closes),
    countersBy(`${P}_refused_connections_total`, 'Connections to the btpeer gateway refused, by limit.', 'reason', s.refusedConnections),
    counter(`${P}_internal_errors_total`, 'Failures inside the btpeer gateway (logged).', s.internalErrors),
  ];
}
