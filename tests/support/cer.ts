/**
 * Character error rate of a recognised text against its reference: the Levenshtein distance
 * (insertions, deletions, substitutions of Unicode code points) between the two after
 * normalisation, divided by the normalised reference's length. Normalisation only collapses
 * whitespace (runs → one space, trimmed) and applies Unicode NFC; case and punctuation count.
 */
export function normaliseForCer(text: string): string {
  return text.normalize('NFC').replace(/\s+/gu, ' ').trim();
}

/** Edit distance between two strings, counted in code points. */
export function levenshtein(a: string, b: string): number {
  const x = Array.from(a);
  const y = Array.from(b);
  if (x.length === 0) return y.length;
  if (y.length === 0) return x.length;
  let previous = Array.from({ length: y.length + 1 }, (_, j) => j);
  let current = new Array<number>(y.length + 1).fill(0);
  for (let i = 1; i <= x.length; i++) {
    current[0] = i;
    for (let j = 1; j <= y.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (x[i - 1] === y[j - 1] ? 0 : 1);
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution);
    }
    [previous, current] = [current, previous];
  }
  return previous[y.length] ?? 0;
}

/** CER in 0..∞ (more than 1 when the hypothesis is much longer than the reference). */
export function characterErrorRate(reference: string, hypothesis: string): number {
  const ref = normaliseForCer(reference);
  const hyp = normaliseForCer(hypothesis);
  if (ref.length === 0) return hyp.length === 0 ? 0 : Infinity;
  return levenshtein(ref, hyp) / Array.from(ref).length;
}
