/**
 * Machine-translation metrics for the translation quality tests, computed as sacreBLEU does
 * (Post 2018) so that figures compare with published ones:
 *
 * - chrF (Popović 2015): character n-grams of orders 1..6 with whitespace removed; precision and
 *   recall are summed over the corpus per order, averaged over the orders both sides have, and
 *   combined as an F-score with beta = 2 (recall weighs 4 × precision). 0..100.
 * - BLEU (Papineni et al. 2002): corpus BLEU-4 over 13a-tokenised text, clipped n-gram counts,
 *   geometric mean of the four precisions, brevity penalty exp(1 − r/c) when the hypotheses are
 *   shorter than the references; sacreBLEU's default 'exp' smoothing for orders with no match.
 *   0..100.
 *
 * One reference per segment.
 */

export const CHRF_ORDER = 6;
export const CHRF_BETA = 2;
export const BLEU_ORDER = 4;

function charNgrams(text: string, n: number): Map<string, number> {
  const chars = [...text];
  const counts = new Map<string, number>();
  for (let i = 0; i + n <= chars.length; i++) {
    const gram = chars.slice(i, i + n).join('');
    counts.set(gram, (counts.get(gram) ?? 0) + 1);
  }
  return counts;
}

function overlap(hyp: Map<string, number>, ref: Map<string, number>): number {
  let common = 0;
  for (const [gram, count] of hyp) common += Math.min(count, ref.get(gram) ?? 0);
  return common;
}

function total(counts: Map<string, number>): number {
  let sum = 0;
  for (const count of counts.values()) sum += count;
  return sum;
}

export interface ChrfStats {
  /** Per order 1..n: [hypothesis n-grams, reference n-grams, matching n-grams]. */
  readonly orders: readonly (readonly [number, number, number])[];
}

export function chrfStats(hypothesis: string, reference: string, order = CHRF_ORDER): ChrfStats {
  const hyp = hypothesis.replace(/\s+/gu, '');
  const ref = reference.replace(/\s+/gu, '');
  const orders: [number, number, number][] = [];
  for (let n = 1; n <= order; n++) {
    const h = charNgrams(hyp, n);
    const r = charNgrams(ref, n);
    orders.push([total(h), total(r), overlap(h, r)]);
  }
  return { orders };
}

function chrfFromStats(orders: readonly (readonly [number, number, number])[], beta: number): number {
  let precision = 0;
  let recall = 0;
  let effective = 0;
  for (const [hyp, ref, match] of orders) {
    if (hyp === 0 || ref === 0) continue;
    precision += match / hyp;
    recall += match / ref;
    effective++;
  }
  if (effective === 0) return 0;
  precision /= effective;
  recall /= effective;
  if (precision + recall === 0) return 0;
  const b2 = beta * beta;
  return (100 * ((1 + b2) * precision * recall)) / (b2 * precision + recall);
}

/** Corpus chrF of hypotheses against one reference each, 0..100. */
export function corpusChrf(hypotheses: readonly string[], references: readonly string[], options: { order?: number; beta?: number } = {}): number {
  if (hypotheses.length !== references.length) throw new Error(`chrF: ${hypotheses.length} hypotheses for ${references.length} references`);
  const order = options.order ?? CHRF_ORDER;
  const sums = Array.from({ length: order }, () => [0, 0, 0] as [number, number, number]);
  hypotheses.forEach((hyp, i) => {
    chrfStats(hyp, references[i] as string, order).orders.forEach(([h, r, m], n) => {
      const s = sums[n] as [number, number, number];
      s[0] += h;
      s[1] += r;
      s[2] += m;
    });
  });
  return chrfFromStats(sums, options.beta ?? CHRF_BETA);
}

export function sentenceChrf(hypothesis: string, reference: string, options: { order?: number; beta?: number } = {}): number {
  return corpusChrf([hypothesis], [reference], options);
}

/**
 * sacreBLEU's 13a tokenisation (mteval-v13a): symbols split off, periods and commas split off
 * unless between digits, a dash after a digit split off, whitespace collapsed.
 */
export function tokenize13a(line: string): string[] {
  let s = line.replaceAll('<skipped>', '').replaceAll('-\n', '').replaceAll('\n', ' ');
  if (s.includes('&')) s = s.replaceAll('&quot;', '"').replaceAll('&amp;', '&').replaceAll('&lt;', '<').replaceAll('&gt;', '>');
  s = ` ${s} `;
  s = s.replace(/([{-~[-` -&(-+:-@/])/gu, ' $1 ');
  s = s.replace(/([^0-9])([.,])/gu, '$1 $2 ');
  s = s.replace(/([.,])([^0-9])/gu, ' $1 $2');
  s = s.replace(/([0-9])(-)/gu, '$1 $2 ');
  return s.split(/\s+/u).filter((t) => t !== '');
}

function wordNgrams(tokens: readonly string[], n: number): Map<string, number> {
  const counts = new Map<string, number>();
  for (let i = 0; i + n <= tokens.length; i++) {
    const gram = tokens.slice(i, i + n).join(' ');
    counts.set(gram, (counts.get(gram) ?? 0) + 1);
  }
  return counts;
}

export interface BleuScore {
  score: number;
  /** Per order 1..4, in percent (smoothed where no n-gram matched). */
  precisions: number[];
  brevityPenalty: number;
  hypothesisLength: number;
  referenceLength: number;
}

/** Corpus BLEU-4 of hypotheses against one reference each, 0..100. */
export function corpusBleu(hypotheses: readonly string[], references: readonly string[], options: { smooth?: 'exp' | 'none' } = {}): BleuScore {
  if (hypotheses.length !== references.length) throw new Error(`BLEU: ${hypotheses.length} hypotheses for ${references.length} references`);
  const correct = new Array<number>(BLEU_ORDER).fill(0);
  const totals = new Array<number>(BLEU_ORDER).fill(0);
  let hypothesisLength = 0;
  let referenceLength = 0;
  hypotheses.forEach((hypText, i) => {
    const hyp = tokenize13a(hypText.trimEnd());
    const ref = tokenize13a((references[i] as string).trimEnd());
    hypothesisLength += hyp.length;
    referenceLength += ref.length;
    for (let n = 1; n <= BLEU_ORDER; n++) {
      const h = wordNgrams(hyp, n);
      correct[n - 1] = (correct[n - 1] as number) + overlap(h, wordNgrams(ref, n));
      totals[n - 1] = (totals[n - 1] as number) + total(h);
    }
  });
  const precisions = new Array<number>(BLEU_ORDER).fill(0);
  let smoothing = 1;
  for (let n = 0; n < BLEU_ORDER; n++) {
    const t = totals[n] as number;
    const c = correct[n] as number;
    if (t === 0) break;
    if (c > 0) precisions[n] = (100 * c) / t;
    else if ((options.smooth ?? 'exp') === 'exp') {
      smoothing *= 2;
      precisions[n] = 100 / (smoothing * t);
    }
  }
  const brevityPenalty = hypothesisLength >= referenceLength ? 1 : hypothesisLength > 0 ? Math.exp(1 - referenceLength / hypothesisLength) : 0;
  const logMean = precisions.reduce((sum, p) => sum + (p > 0 ? Math.log(p) : -9_999_999_999), 0) / BLEU_ORDER;
  return { score: brevityPenalty * Math.exp(logMean), precisions, brevityPenalty, hypothesisLength, referenceLength };
}
