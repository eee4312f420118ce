/**
 * English 12-hour clock times ("8 AM", "6:30pm", "10 a.m.") become the 24-hour times signs use in
 * the target language ("8:00", "18:30" in es and it; "18h", "18h30" in fr; "18 Uhr", "18:30 Uhr"
 * in de) before the lexicon runs: a word-by-word "6 PM" would lose which half of the day it is.
 */
import type { TextLanguage } from '../engines.ts';

const CLOCK = /(?<![\p{N}:.])(\d{1,2})(?::([0-5]\d))?\s?([ap])\.?\s?m\b\.?/giu;

function format(hour: number, minutes: string | undefined, to: TextLanguage): string {
  const mm = minutes ?? '00';
  if (to === 'fr') return minutes === undefined ? `${hour}h` : `${hour}h${mm}`;
  if (to === 'de') return minutes === undefined ? `${hour} Uhr` : `${hour}:${mm} Uhr`;
  return `${hour}:${mm}`;
}

export function toTwentyFourHour(text: string, to: TextLanguage): string {
  return text.replace(CLOCK, (whole, h: string, m: string | undefined, half: string) => {
    const hour = Number(h);
    if (hour < 1 || hour > 12) return whole;
    const pm = half.toLowerCase() === 'p';
    const converted = pm ? (hour === 12 ? 12 : hour + 12) : hour === 12 ? 0 : hour;
    return format(converted, m, to);
  });
}
