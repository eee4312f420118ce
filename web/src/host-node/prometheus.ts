/**
 * Prometheus text exposition (format 0.0.4) for the Node processes' `/metrics`: metric families
 * rendered with HELP and TYPE lines, label values escaped, and histograms with cumulative buckets.
 */
export const PROMETHEUS_CONTENT_TYPE = 'text/plain; version=0.0.4; charset=utf-8';

export interface Sample {
  labels?: Record<string, string>;
  value: number;
  /** Histograms: `_bucket`, `_sum` or `_count` after the family's name. */
  suffix?: string;
}

export interface Family {
  name: string;
  help: string;
  type: 'counter' | 'gauge' | 'histogram';
  samples: Sample[];
}

export function renderFamilies(families: readonly Family[]): string {
  const lines: string[] = [];
  for (const f of families) {
    lines.push(`# HELP ${f.name} ${f.help.replace(/\\/g, '\\\\').replace(/\n/g, '\\n')}`, `# TYPE ${f.name} ${f.type}`);
    for (const s of f.samples) lines.push(`${f.name}${s.suffix ?? ''}${renderLabels(s.labels)} ${formatValue(s.value)}`);
  }
  return lines.join('\n') + '\n';
}

export function renderLabels(labels: Record<string, string> | undefined): string {
  if (labels === undefined || Object.keys(labels).length === 0) return '';
  const parts = Object.entries(labels).map(([k, v]) => `${k}="${v.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/"/g, '\\"')}"`);
  return `{${parts.join(',')}}`;
}

function formatValue(value: number): string {
  if (value === Number.POSITIVE_INFINITY) return '+Inf';
  if (value === Number.NEGATIVE_INFINITY) return '-Inf';
  return Number.isNaN(value) ? 'NaN' : String(value);
}

/** Observations in fixed buckets (upper bounds, ascending), rendered cumulatively with +Inf, sum and count. */
export class Histogram {
  readonly #bounds: readonly number[];
  readonly #counts: number[];
  #sum = 0;
  #count = 0;

  constructor(bounds: readonly number[]) {
    if (bounds.some((b, i) => i > 0 && b <= bounds[i - 1]!)) throw new Error('histogram bounds must ascend');
    this.#bounds = bounds;
    this.#counts = bounds.map(() => 0);
  }

  observe(value: number): void {
    const i = this.#bounds.findIndex((b) => value <= b);
    if (i >= 0) this.#counts[i]! += 1;
    this.#sum += value;
    this.#count += 1;
  }

  get count(): number {
    return this.#count;
  }

  samples(labels: Record<string, string> = {}): Sample[] {
    let cumulative = 0;
    const buckets = this.#bounds.map((bound, i) => {
      cumulative += this.#counts[i]!;
      return { suffix: '_bucket', labels: { ...labels, le: String(bound) }, value: cumulative };
    });
    return [
      ...buckets,
      { suffix: '_bucket', labels: { ...labels, le: '+Inf' }, value: this.#count },
      { suffix: '_sum', labels, value: this.#sum },
      { suffix: '_count', labels, value: this.#count },
    ];
  }
}

export function gauge(name: string, help: string, value: number): Family {
  return { name, help, type: 'gauge', samples: [{ value }] };
}

export function counter(name: string, help: string, value: number): Family {
  return { name, help, type: 'counter', samples: [{ value }] };
}

/** A counter with one sample per key of `counts`, labelled `label`: list every key even at zero, so dashboards can take rate() from the first scrape. */
export function countersBy(name: string, help: string, label: string, counts: Readonly<Record<string, number>>): Family {
  return { name, help, type: 'counter', samples: Object.entries(counts).map(([value, n]) => ({ labels: { [label]: value }, value: n })) };
}
