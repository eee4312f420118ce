/**
 * From tesseract's words to the text of a sign. A photographed sign is scene text: the board's
 * frame, its edges and the wall or hedge around it are read as stray marks ('|', '=', '>', 'ri')
 * with low confidence. These are dropped; the words of the sign, read with high confidence, are
 * kept as tesseract laid them out (one line per line, a blank line between blocks).
 */
import type { OcrResult } from './engines.ts';

export interface OcrWord {
  text: string;
  /** 0..100 */
  confidence: number;
}

/** Lines of words, grouped in blocks as tesseract found them. */
export type OcrLayout = readonly (readonly (readonly OcrWord[])[])[];

/**
 * A short token (at most this many letters and digits) at either end of a line ... A sign's own
 * words are often read with low confidence (all capitals, odd spacing), so confidence alone never
 * drops a word of two letters or more in the middle of a line.
 */
export const OCR_EDGE_MAX_CHARS = 2;
/** ... read with less confidence than this is the frame or the wall ('ri', 'Fe', 'I'), not the sign. */
export const OCR_EDGE_MIN_CONFIDENCE = 85;
/** Punctuation inside a line read with less confidence than this is a mark ('=' '#'), not a dash. */
export const OCR_MARK_MIN_CONFIDENCE = 50;
/** A line in which every word is read with less confidence than this is texture ('Ns , tl si'). */
export const OCR_JUNK_LINE_CONFIDENCE = 50;

const ALPHANUMERIC = /[\p{L}\p{N}]/u;

export function signText(layout: OcrLayout): OcrResult {
  const kept: OcrWord[] = [];
  const blocks: string[] = [];
  for (const block of layout) {
    const lines: string[] = [];
    for (const line of block) {
      const words = cleanLine(line);
      if (words.length === 0) continue;
      kept.push(...words);
      lines.push(words.map((w) => w.text).join(' '));
    }
    if (lines.length > 0) blocks.push(lines.join('\n'));
  }
  const confidence = kept.length === 0 ? 0 : kept.reduce((sum, w) => sum + w.confidence, 0) / kept.length;
  return { text: blocks.join('\n\n'), confidence: Math.round(confidence * 100) / 100 };
}

function cleanLine(line: readonly OcrWord[]): OcrWord[] {
  const words = line.map((w) => ({ text: w.text.trim(), confidence: w.confidence })).filter((w) => w.text !== '');
  if (words.every((w) => w.confidence < OCR_JUNK_LINE_CONFIDENCE)) return [];
  const isEdgeMark = (w: OcrWord | undefined): boolean =>
    w !== undefined && (alphanumerics(w.text) === 0 || (alphanumerics(w.text) <= OCR_EDGE_MAX_CHARS && w.confidence < OCR_EDGE_MIN_CONFIDENCE));
  while (isEdgeMark(words[0])) words.shift();
  while (isEdgeMark(words[words.length - 1])) words.pop();
  return words.filter((w) => alphanumerics(w.text) > 0 || w.confidence >= OCR_MARK_MIN_CONFIDENCE);
}

function alphanumerics(text: string): number {
  return Array.from(text).filter((c) => ALPHANUMERIC.test(c)).length;
}

/** The part of tesseract.js's recognition result (`output: { blocks: true }`) the layout comes from. */
export interface TesseractBlocks {
  blocks: readonly { paragraphs: readonly { lines: readonly { words: readonly OcrWord[] }[] }[] }[] | null;
}

export function layoutOf(page: TesseractBlocks): OcrLayout {
  return (page.blocks ?? []).map((block) => block.paragraphs.flatMap((paragraph) => paragraph.lines.map((line) => line.words.map((w) => ({ text: w.text, confidence: w.confidence })))));
}
