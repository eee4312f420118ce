/**
 * Server counters and their Prometheus text exposition (format 0.0.4). Gauges are computed from
 * the registry at scrape time; counters live here.
 */
import type { ErrorCode } from '../../web/src/node/base/errors.ts';
import { ROLES, type Role } from '../../web/src/node/peers/roles.ts';

export const PROMETHEUS_CONTENT_TYPE = 'text/plain; version=0.0.4; charset=utf-8';

/** Reasons listed even at zero, so dashboards can take rate() from the first scrape. */
export const REJECT_REASONS = [
  'rate-limited',
  'malformed',
  'bad-signature',
  'id-mismatch',
  'no-challenge',
  'expired',
  'replayed',
  'not-registered',
  'unknown-peer',
  'oversized',
  'bad-id',
  'not-allowed',
] as const satisfies readonly ErrorCode[];

/** Connection attempts refused before they became sockets. */
export const SOCKET_REFUSAL_REASONS = ['address-cap', 'origin'] as const;
export type SocketRefusalReason = (typeof SOCKET_REFUSAL_REASONS)[number];

/** Sockets the server closed: too many rejected requests, a packet above the limit, no registration in time. */
export const SOCKET_DROP_REASONS = ['strikes', 'oversized-packet', 'register-deadline'] as const;
export type SocketDropReason = (typeof SOCKET_DROP_REASONS)[number];

/** Claims of relay or seed the server did not grant: no proof and not allow-listed, or a proof by another secret. */
export const ROLE_CLAIM_REFUSAL_REASONS = ['unvouched', 'bad-proof'] as const;
export type RoleClaimRefusalReason = (typeof ROLE_CLAIM_REFUSAL_REASONS)[number];

export interface MetricsSnapshot {
  nodesByRole: Record<Role, number>;
  nodesTotal: number;
  sockets: number;
  registrations: number;
  signalsForwarded: number;
  /** Rejected requests by error code. */
  rejects: Partial<Record<ErrorCode, number>>;
  socketsRefused: Record<SocketRefusalReason, number>;
  socketsDropped: Record<SocketDropReason, number>;
  roleClaimsRefused: Record<RoleClaimRefusalReason, number>;
}

function zeros<K extends string>(keys: readonly K[]): Record<K, number> {
  return Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;
}

export class Counters {
  registrations = 0;
  signalsForwarded = 0;
  readonly #rejects = new Map<ErrorCode, number>(REJECT_REASONS.map((r) => [r, 0]));
  readonly socketsRefused = zeros(SOCKET_REFUSAL_REASONS);
  readonly socketsDropped = zeros(SOCKET_DROP_REASONS);
  readonly roleClaimsRefused = zeros(ROLE_CLAIM_REFUSAL_REASONS);

  reject(code: ErrorCode): void {
    this.#rejects.set(code, (this.#rejects.get(code) ?? 0) + 1);
  }

  rejects(): Partial<Record<ErrorCode, number>> {
    return Object.fromEntries(this.#rejects) as Partial<Record<ErrorCode, number>>;
  }
}

interface Family {
  name: string;
  help: string;
  type: 'gauge' | 'counter';
  samples: { labels?: Record<string, string>; value: number }[];
}

export function renderPrometheus(snapshot: MetricsSnapshot): string {
  const families: Family[] = [
    {
      name: 'tabmesh_nodes',
      help: 'Registered nodes by role (a node with several roles counts once per role).',
      type: 'gauge',
      samples: ROLES.map((role) => ({ labels: { role }, value: snapshot.nodesByRole[role] })),
    },
    { name: 'tabmesh_nodes_total', help: 'Registered nodes.', type: 'gauge', samples: [{ value: snapshot.nodesTotal }] },
    { name: 'tabmesh_sockets', help: 'Open signaling sockets, registered or not.', type: 'gauge', samples: [{ value: snapshot.sockets }] },
    {
      name: 'tabmesh_registrations_total',
      help: 'Successful registrations.',
      type: 'counter',
      samples: [{ value: snapshot.registrations }],
    },
    {
      name: 'tabmesh_signals_forwarded_total',
      help: 'Signal envelopes forwarded to their target.',
      type: 'counter',
      samples: [{ value: snapshot.signalsForwarded }],
    },
    {
      name: 'tabmesh_rejects_total',
      help: 'Rejected requests by error code.',
      type: 'counter',
      samples: Object.entries(snapshot.rejects).map(([reason, value]) => ({ labels: { reason }, value: value ?? 0 })),
    },
    reasons('tabmesh_sockets_refused_total', 'Connection attempts refused before becoming sockets, by reason.', snapshot.socketsRefused),
    reasons('tabmesh_sockets_dropped_total', 'Sockets the server closed, by reason.', snapshot.socketsDropped),
    reasons('tabmesh_role_claims_refused_total', 'Claims of relay or seed not granted, by reason.', snapshot.roleClaimsRefused),
  ];
  const lines: string[] = [];
  for (const family of families) {
    lines.push(`# HELP ${family.name} ${escapeHelp(family.help)}`, `# TYPE ${family.name} ${family.type}`);
    for (const sample of family.samples) lines.push(`${family.name}${renderLabels(sample.labels)} ${sample.value}`);
  }
  return lines.join('\n') + '\n';
}

function reasons(name: string, help: string, counts: Record<string, number>): Family {
  return { name, help, type: 'counter', samples: Object.entries(counts).map(([reason, value]) => ({ labels: { reason }, value })) };
}

function renderLabels(labels: Record<string, string> | undefined): string {
  if (labels === undefined) return '';
  const parts = Object.entries(labels).map(([k, v]) => `${k}="${escapeLabel(v)}"`);
  return `{${parts.join(',')}}`;
}

function escapeLabel(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/"/g, '\\"');
}

function escapeHelp(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\n/g, '\\n');
}
