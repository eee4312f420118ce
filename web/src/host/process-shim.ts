/**
 * simple-peer 9 and its readable-stream expect Node's `process`; give them the little they use.
 * Imported before anything that loads simple-peer.
 */
const globals = globalThis as unknown as { process?: unknown };
if (globals.process === undefined) {
  globals.process = {
    env: {},
    browser: true,
    version: '',
    versions: {},
    nextTick: (fn: (...args: unknown[]) => void, ...args: unknown[]) => queueMicrotask(() => fn(...args)),
  };
}
export {};
