/**
 * ESLint rule `tabmesh/layers`: DESIGN.md's layering, enforced on every import. Each file belongs
 * to one zone (a core layer, an adapter folder, a process); a zone names the zones it may import.
 * Within a zone anything goes. A lower layer importing a higher one, a process importing another
 * process's folder, the web app importing server code, production importing dev-only code: each
 * is an error naming both zones.
 */
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** Core service folders: each a service on the seam; none imports another, none imports node.ts. */
const SERVICES = ['gossip', 'dht', 'mesh-signal', 'mail'];
/** Applications on the services (the job pipeline, the chain): may use the services' APIs. */
const APPS = ['jobs', 'chain'];
const CORE_BELOW_NODE = ['base', 'wire', 'transport', 'peers', 'signaling', 'service'];
/** The job pipeline's engine interfaces (web/src/node/jobs/engines.ts): what engines outside the core implement. */
const JOBS_CONTRACT = 'jobs-contract';
/** The chain's recognition contract (the classifier interface, the rule, the 80 labels): what its engines implement. */
const CHAIN_CONTRACT = 'chain-contract';
const CORE = [...CORE_BELOW_NODE, 'node', ...SERVICES.map((s) => `service:${s}`), JOBS_CONTRACT, CHAIN_CONTRACT, ...APPS.map((a) => `app:${a}`), 'facade'];

/** Zones in match order (first match wins): [zone, path prefix relative to the repository]. */
const ZONES = [
  ['base', 'web/src/node/base/'],
  ['wire', 'web/src/node/wire/'],
  ['transport', 'web/src/node/transport/'],
  ['peers', 'web/src/node/peers/'],
  ['signaling', 'web/src/node/signaling/'],
  ['service', 'web/src/node/service.ts'],
  ['node', 'web/src/node/node.ts'],
  ['node', 'web/src/node/node-api.ts'],
  ...SERVICES.map((s) => [`service:${s}`, `web/src/node/${s}/`]),
  [JOBS_CONTRACT, 'web/src/node/jobs/engines.ts'],
  [CHAIN_CONTRACT, 'web/src/node/chain/recognition.ts'],
  [CHAIN_CONTRACT, 'web/src/node/chain/coco-labels.ts'],
  ...APPS.map((a) => [`app:${a}`, `web/src/node/${a}/`]),
  ['facade', 'web/src/node/api.ts'],
  ['contracts', 'web/src/contracts/'],
  ['webrtc', 'web/src/webrtc/'],
  ['engines', 'web/src/engines/'],
  ['host-browser', 'web/src/host/'],
  ['host-node', 'web/src/host-node/'],
  ['ui', 'web/src/app/'],
  ['web-entry', 'web/src/main.ts'],
  ['web-entry', 'web/src/ocr-check.ts'],
  ['signaling-server', 'signaling-server/src/'],
  ['relay', 'relay/src/'],
  ['worker', 'worker/src/'],
  ['dev', 'scripts/dev/'],
  ['launcher', 'scripts/'],
  ['tests', 'tests/'],
];

const serviceDeps = ['base', 'wire', 'peers', 'service'];
/** zone → the zones it may import (besides itself). */
const ALLOWED = {
  base: [],
  wire: ['base'],
  transport: ['base', 'wire'],
  peers: ['base', 'wire', 'transport'],
  signaling: ['base', 'wire', 'transport', 'peers'],
  service: ['base', 'wire', 'peers'],
  node: ['base', 'wire', 'transport', 'peers', 'service'],
  ...Object.fromEntries(SERVICES.map((s) => [`service:${s}`, s === 'mesh-signal' ? [...serviceDeps, 'signaling'] : serviceDeps])),
  [JOBS_CONTRACT]: ['base'],
  [CHAIN_CONTRACT]: ['base'],
  ...Object.fromEntries(APPS.map((a) => [`app:${a}`, [...serviceDeps, ...SERVICES.map((s) => `service:${s}`), JOBS_CONTRACT, CHAIN_CONTRACT]])),
  facade: CORE,
  contracts: ['base'],
  webrtc: [...CORE_BELOW_NODE],
  // engines that run in browsers and Node alike (LibreTranslate over fetch): the core below node and the jobs contract
  engines: ['base', 'wire', 'peers', JOBS_CONTRACT, CHAIN_CONTRACT],
  'host-browser': [...CORE, 'webrtc', 'contracts', 'engines'],
  'host-node': [...CORE, 'webrtc', 'contracts', 'engines'],
  ui: [...CORE, 'contracts', 'host-browser'],
  'web-entry': ['ui', 'host-browser', ...CORE],
  'signaling-server': [...CORE, 'host-node', 'contracts'],
  relay: [...CORE, 'host-node', 'webrtc', 'contracts', 'engines'],
  worker: [...CORE, 'host-node', 'contracts', 'engines'],
  dev: ['base', 'contracts', 'host-node'],
  launcher: [...CORE, 'host-node', 'contracts', 'signaling-server', 'relay', 'worker', 'dev'],
  tests: null, // tests may import anything
};

/** Zones whose code runs in a browser or in both hosts: no Node built-in modules. */
const NO_NODE_BUILTINS = new Set([...CORE, 'contracts', 'webrtc', 'engines', 'host-browser', 'ui', 'web-entry']);

function zoneOf(file) {
  const rel = relative(ROOT, file).split('\\').join('/');
  for (const [zone, prefix] of ZONES) if (rel === prefix || rel.startsWith(prefix)) return zone;
  return undefined;
}

/** @type {import('eslint').Rule.RuleModule} */
export const layersRule = {
  meta: {
    type: 'problem',
    docs: { description: "imports follow DESIGN.md's layers: no upward imports, no process importing another" },
    schema: [],
    messages: {
      upward: "{{from}} may not import {{to}} ('{{source}}'): see DESIGN.md layers and scripts/lint/layers.js",
      builtin: "{{from}} runs in browsers: it may not import the Node module '{{source}}'",
    },
  },
  create(context) {
    const file = context.filename;
    const from = zoneOf(file);
    if (from === undefined) return {};
    const allowed = ALLOWED[from];
    const check = (node, source) => {
      if (typeof source !== 'string') return;
      if (source.startsWith('node:')) {
        if (NO_NODE_BUILTINS.has(from)) context.report({ node, messageId: 'builtin', data: { from, source } });
        return;
      }
      if (!source.startsWith('.') || allowed === null) return;
      const to = zoneOf(resolve(dirname(file), source));
      if (to === undefined || to === from || allowed.includes(to)) return;
      context.report({ node, messageId: 'upward', data: { from, to, source } });
    };
    return {
      ImportDeclaration: (node) => check(node, node.source.value),
      ExportNamedDeclaration: (node) => node.source && check(node, node.source.value),
      ExportAllDeclaration: (node) => check(node, node.source.value),
      ImportExpression: (node) => node.source.type === 'Literal' && check(node, node.source.value),
    };
  },
};
