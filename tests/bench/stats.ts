/** Small statistics and formatting helpers shared by the benchmarks and the report. */

/** Nearest-rank percentile (p in [0, 100]) of `values`; undefined for an empty list. */
export function percentile(values: readonly number[], p: number): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length)));
  return sorted[rank - 1];
}

/** The middle value (mean of the two middle values for an even count). */
export function median(values: readonly number[]): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid] : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

export function ratio(value: number | undefined | null, baseline: number | undefined | null): number | null {
  if (value === undefined || value === null || baseline === undefined || baseline === null || baseline === 0) return null;
  return value / baseline;
}

/** `x` with `digits` decimals, or '–' when missing. */
export function fixed(x: number | undefined | null, digits = 1): string {
  return x === undefined || x === null || !Number.isFinite(x) ? '–' : x.toFixed(digits);
}

export const MB = 1e6;
export const MIB = 1024 * 1024;

/** Rows of cells as an aligned plain-text table (first row is the header). */
export function textTable(rows: readonly (readonly string[])[]): string {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, cell.length)));
  const line = (row: readonly string[]): string => row.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join('  ').trimEnd();
  const [header, ...body] = rows;
  if (!header) return '';
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(line)].join('\n');
}

/** Rows of cells as a GitHub markdown table (first row is the header). */
export function markdownTable(rows: readonly (readonly string[])[]): string {
  const [header, ...body] = rows;
  if (!header) return '';
  const line = (row: readonly string[]): string => `| ${row.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...body.map(line)].join('\n');
}

/** Horizontal ASCII bars, scaled to the largest value. */
export function barChart(items: readonly { label: string; value: number | null | undefined; text: string }[], width = 40): string {
  const max = Math.max(0, ...items.map((i) => i.value ?? 0));
  const labelWidth = Math.max(...items.map((i) => i.label.length));
  return items
    .map((item) => {
      const n = max > 0 && item.value ? Math.max(1, Math.round((item.value / max) * width)) : 0;
      return `${item.label.padEnd(labelWidth)} |${'█'.repeat(n)}${' '.repeat(width - n)}| ${item.text}`;
    })
    .join('\n');
}
