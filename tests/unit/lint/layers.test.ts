/**
 * `npm run lint` enforces DESIGN.md's layers: each case lints a one-line file placed in a zone
 * and checks that the layer rule (or the Node-globals rule) refuses it, or lets it pass.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ESLint } from 'eslint';

const eslint = new ESLint({ cwd: new URL('../../../', import.meta.url).pathname });

async function problems(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => `${m.ruleId}: ${m.message}`);
}

const REFUSED: [string, string, RegExp][] = [
  ['web/src/node/wire/x.ts', "import { TabmeshNode } from '../node.ts';\nexport type T = TabmeshNode;", /wire may not import node/],
  ['web/src/node/peers/x.ts', "import type { TabmeshApi } from '../api.ts';\nexport type T = TabmeshApi;", /peers may not import facade/],
  ['web/src/node/transport/x.ts', "import type { Identity } from '../peers/identity.ts';\nexport type T = Identity;", /transport may not import peers/],
  ['web/src/node/gossip/x.ts', "import type { DhtNode } from '../dht/service.ts';\nexport type T = DhtNode;", /service:gossip may not import service:dht/],
  ['web/src/node/dht/x.ts', "import type { TabmeshNode } from '../node.ts';\nexport type T = TabmeshNode;", /service:dht may not import node/],
  ['web/src/node/base/x.ts', "import { readFile } from 'node:fs';\nexport const r = readFile;", /base runs in browsers/],
  ['web/src/node/peers/x.ts', 'export const env = process.env;', /no-restricted-globals/],
  ['relay/src/x.ts', "import { startSignalingServer } from '../../signaling-server/src/server.ts';\nexport const s = startSignalingServer;", /relay may not import signaling-server/],
  ['signaling-server/src/x.ts', "import { startRelay } from '../../relay/src/relay.ts';\nexport const s = startRelay;", /signaling-server may not import relay/],
  ['web/src/app/x.ts', "import { MailGateway } from '../../../relay/src/mail/index.ts';\nexport const m = MailGateway;", /ui may not import relay/],
  ['web/src/app/x.ts', "import { createMeshPeer } from '../host-node/mesh-peer.ts';\nexport const m = createMeshPeer;", /ui may not import host-node/],
  ['relay/src/x.ts', "import { startSmtpSink } from '../../scripts/dev/mail-sink/index.ts';\nexport const s = startSmtpSink;", /relay may not import dev/],
];

for (const [file, code, expected] of REFUSED) {
  test(`refused: ${file} ← ${code.split('\n')[0]}`, async () => {
    const found = await problems(file, code);
    assert.ok(found.some((p) => expected.test(p)), `expected ${expected} among ${JSON.stringify(found)}`);
  });
}

const ALLOWED: [string, string][] = [
  ['web/src/node/wire/x.ts', "import { TabmeshError } from '../base/errors.ts';\nexport const e = TabmeshError;"],
  ['web/src/node/gossip/x.ts', "import type { ServicePort } from '../service.ts';\nexport type P = ServicePort;"],
  ['web/src/node/mesh-signal/x.ts', "import { verifySignal } from '../signaling/signal-auth.ts';\nexport const v = verifySignal;"],
  ['relay/src/x.ts', "import { createMeshPeer } from '../../web/src/host-node/mesh-peer.ts';\nexport const m = createMeshPeer;"],
  ['web/src/app/x.ts', "import type { TabmeshApi } from '../node/api.ts';\nexport type T = TabmeshApi;"],
  ['scripts/start-x.ts', "import { startRelay } from '../relay/src/relay.ts';\nexport const s = startRelay;"],
];

for (const [file, code] of ALLOWED) {
  test(`allowed: ${file} ← ${code.split('\n')[0]}`, async () => {
    assert.deepEqual(await problems(file, code), []);
  });
}
