/**
 * Prometheus families the course gateways report, in the shape relay/src/metrics.ts renders:
 * counts by reason, every reason listed even at zero so dashboards can take rate() from the
 * first scrape.
 */
export interface MetricFamily {
  name: string;
  help: string;
  type: 'gauge' | 'counter';
  samples: { labels?: Record<string, string>; value: number }[];
}

export function gauge(name: string, help: string, value: number): MetricFamily {
  return { name, help, type: 'gauge', samples: [{ value }] };
}

export function counter(name: string, help: string, value: number): MetricFamily {
  return { name, help, type: 'counter', samples: [{ value }] };
}

/** A counter with one sample per key of `counts`, labelled `label`. */
export function countersBy(name: string, help: string, label: string, counts: Readonly<Record<string, number>>): MetricFamily {
  return { name, help, type: 'counter', samples: Object.entries(counts).map(([value, n]) => ({ labels: { [label]: value }, value: n })) };
}
