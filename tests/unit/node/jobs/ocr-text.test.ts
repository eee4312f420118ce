import assert from 'node:assert/strict';
import { test } from 'node:test';
import { layoutOf, signText, type OcrWord } from '../../../../web/src/node/jobs/ocr-text.ts';

const line = (...words: [string, number][]): OcrWord[] => words.map(([text, confidence]) => ({ text, confidence }));

test('the sign keeps its lines; blocks are separated by a blank line', () => {
  const result = signText([[line(['NO', 96], ['PARKING', 95]), line(['8', 96], ['AM', 38], ['-', 73], ['6', 96], ['PM', 96])], [line(['Tow', 90], ['zone', 92])]]);
  assert.equal(result.text, 'NO PARKING\n8 AM - 6 PM\n\nTow zone');
  assert.equal(result.confidence, Math.round(((96 + 95 + 96 + 38 + 73 + 96 + 96 + 90 + 92) / 9) * 100) / 100);
});

test("the frame at a line's ends goes: marks, and short low-confidence tokens", () => {
  const result = signText([[line(['|', 87], ['Vietato', 96], ['fumare', 96], ['|', 48]), line(['ri', 18], ['Museum', 95], ['of', 95], ['History', 95], ['|}', 16]), line(['Platform', 96], ['4', 97])]]);
  assert.equal(result.text, 'Vietato fumare\nMuseum of History\nPlatform 4');
});

test('low-confidence words of the sign itself stay; low-confidence marks inside a line go', () => {
  assert.equal(signText([[line(['EMERGENCY', 26], ['EXIT', 72])]]).text, 'EMERGENCY EXIT');
  assert.equal(signText([[line(['Keep', 95], ['=', 30], ['clear', 95])]]).text, 'Keep clear');
});

test('lines of texture go: every word unsure, or a short unsure token alone', () => {
  assert.equal(signText([[line(['Ns', 8], [',', 25], ['tl', 22], ['si', 14]), line(['ka', 67]), line(['Wet', 96], ['Floor', 95])]]).text, 'Wet Floor');
  assert.deepEqual(signText([]), { text: '', confidence: 0 });
});

test("layoutOf reads tesseract.js's blocks, paragraphs, lines and words", () => {
  const page = { blocks: [{ paragraphs: [{ lines: [{ words: [{ text: 'A', confidence: 90, extra: 1 }] }] }, { lines: [{ words: [{ text: 'B', confidence: 80 }] }] }] }] };
  assert.deepEqual(layoutOf(page), [[[{ text: 'A', confidence: 90 }], [{ text: 'B', confidence: 80 }]]]);
  assert.deepEqual(layoutOf({ blocks: null }), []);
});
