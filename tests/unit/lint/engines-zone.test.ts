/**
 * The 'engines' zone (web/src/engines/: engines that run in browsers and Node, over fetch): it
 * may use the core below node and the jobs engine contract, nothing else of the core, no Node
 * modules; the hosts and the relay may use it, the core may not.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ESLint } from 'eslint';

const eslint = new ESLint({ cwd: new URL('../../../', import.meta.url).pathname });

async function problems(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => `${m.ruleId}: ${m.message}`);
}

const ALLOWED: [string, string][] = [
  ['web/src/engines/x.ts', "import { withTimeout } from '../node/base/timeout.ts';\nexport const w = withTimeout;"],
  ['web/src/engines/x.ts', "import type { TranslationEngine } from '../node/jobs/engines.ts';\nexport type E = TranslationEngine;"],
  ['web/src/engines/x.ts', "import type { Frame } from '../node/wire/frame.ts';\nexport type F = Frame;"],
  ['web/src/host-node/x.ts', "import { LibreTranslateEngine } from '../engines/libretranslate.ts';\nexport const L = LibreTranslateEngine;"],
  ['web/src/host/x.ts', "import { LibreTranslateEngine } from '../engines/libretranslate.ts';\nexport const L = LibreTranslateEngine;"],
  ['relay/src/x.ts', "import { LibreTranslateEngine } from '../../web/src/engines/libretranslate.ts';\nexport const L = LibreTranslateEngine;"],
  ['web/src/node/jobs/x.ts', "import type { TranslationEngine } from './engines.ts';\nexport type E = TranslationEngine;"],
  ['web/src/node/jobs/translation/x.ts', "import type { TranslationEngine } from '../engines.ts';\nexport type E = TranslationEngine;"],
  ['web/src/node/jobs/engines.ts', "import { TabmeshError } from '../base/errors.ts';\nexport const E = TabmeshError;"],
];

const REFUSED: [string, string, RegExp][] = [
  ['web/src/engines/x.ts', "import { LexiconEngine } from '../node/jobs/translation/lexicon-engine.ts';\nexport const L = LexiconEngine;", /engines may not import app:jobs/],
  ['web/src/engines/x.ts', "import { TabmeshNode } from '../node/node.ts';\nexport const N = TabmeshNode;", /engines may not import node/],
  ['web/src/engines/x.ts', "import { createMeshPeer } from '../host-node/mesh-peer.ts';\nexport const m = createMeshPeer;", /engines may not import host-node/],
  ['web/src/engines/x.ts', "import { request } from 'node:http';\nexport const r = request;", /engines runs in browsers/],
  ['web/src/node/jobs/x.ts', "import { LibreTranslateEngine } from '../../engines/libretranslate.ts';\nexport const L = LibreTranslateEngine;", /app:jobs may not import engines/],
  ['web/src/node/jobs/engines.ts', "import { selectEngine } from './translation/select.ts';\nexport const s = selectEngine;", /jobs-contract may not import app:jobs/],
  ['web/src/app/x.ts', "import { LibreTranslateEngine } from '../engines/libretranslate.ts';\nexport const L = LibreTranslateEngine;", /ui may not import engines/],
];

for (const [file, code] of ALLOWED) {
  test(`allowed: ${file} ← ${code.split('\n')[0]}`, async () => {
    assert.deepEqual(await problems(file, code), []);
  });
}

for (const [file, code, expected] of REFUSED) {
  test(`refused: ${file} ← ${code.split('\n')[0]}`, async () => {
    const found = await problems(file, code);
    assert.ok(found.some((p) => expected.test(p)), `expected ${expected} among ${JSON.stringify(found)}`);
  });
}
