/**
 * The OCR check page (web/ocr-check.html): the tab OCR engine alone, on an image the user picks.
 * It also puts the engine on `window.tabmeshOcr`, which is how tests/e2e/ocr.test.ts reaches the
 * real engine with the files this site serves.
 */
import { createTabOcrEngine } from './host/ocr-tesseract.ts';
import { OCR_LANGUAGES, type OcrEngine, type OcrLanguage } from './node/jobs/engines.ts';

declare global {
  interface Window {
    tabmeshOcr?: OcrEngine;
  }
}

const engine = createTabOcrEngine();
window.tabmeshOcr = engine;

const element = <T extends HTMLElement>(id: string): T => {
  const found = document.getElementById(id);
  if (!found) throw new Error(`#${id} missing`);
  return found as T;
};
const input = element<HTMLInputElement>('image');
const language = element<HTMLSelectElement>('language');
const status = element<HTMLParagraphElement>('status');
const output = element<HTMLPreElement>('text');
for (const code of OCR_LANGUAGES) language.add(new Option(code, code));

element<HTMLButtonElement>('read').addEventListener('click', () => {
  const file = input.files?.[0];
  if (!file) {
    status.textContent = 'Choose an image first.';
    return;
  }
  output.textContent = '';
  void file
    .arrayBuffer()
    .then((bytes) =>
      engine.recognize(new Uint8Array(bytes), language.value as OcrLanguage, {
        onProgress: (p) => (status.textContent = `${p.status} ${Math.round(p.progress * 100)} %`),
      }),
    )
    .then(
      (result) => {
        status.textContent = `confidence ${Math.round(result.confidence)}`;
        output.textContent = result.text;
      },
      (error: unknown) => (status.textContent = error instanceof Error ? `${error.name}: ${error.message}` : String(error)),
    );
});
