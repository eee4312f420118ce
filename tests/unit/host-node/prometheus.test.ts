/** The Prometheus text the Node processes serve: families, escaped labels, cumulative histograms. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { countersBy, gauge, Histogram, renderFamilies } from '../../../web/src/host-node/prometheus.ts';

test('families render with HELP and TYPE, label values escaped', () => {
  const text = renderFamilies([gauge('tm_peers', 'Open links.', 3), countersBy('tm_refused_total', 'Refused, by "reason".', 'reason', { 'a"b\\c\nd': 2 })]);
  assert.equal(
    text,
    ['# HELP tm_peers Open links.', '# TYPE tm_peers gauge', 'tm_peers 3', '# HELP tm_refused_total Refused, by "reason".', '# TYPE tm_refused_total counter', 'tm_refused_total{reason="a\\"b\\\\c\\nd"} 2', ''].join('\n'),
  );
});

test('a histogram is cumulative, ends with +Inf, and carries sum and count', () => {
  const h = new Histogram([0.1, 1, 10]);
  for (const v of [0.05, 0.5, 0.7, 5, 50]) h.observe(v);
  const text = renderFamilies([{ name: 'tm_ocr_seconds', help: 'OCR time.', type: 'histogram', samples: h.samples({ outcome: 'ok' }) }]);
  assert.match(text, /tm_ocr_seconds_bucket\{outcome="ok",le="0\.1"\} 1\n/);
  assert.match(text, /tm_ocr_seconds_bucket\{outcome="ok",le="1"\} 3\n/);
  assert.match(text, /tm_ocr_seconds_bucket\{outcome="ok",le="10"\} 4\n/);
  assert.match(text, /tm_ocr_seconds_bucket\{outcome="ok",le="\+Inf"\} 5\n/);
  assert.match(text, /tm_ocr_seconds_sum\{outcome="ok"\} 56\.25\n/);
  assert.match(text, /tm_ocr_seconds_count\{outcome="ok"\} 5\n/);
  assert.throws(() => new Histogram([1, 1]));
});
