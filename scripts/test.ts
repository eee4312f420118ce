/**
 * `npm test`: every tier in order — lint (ESLint with the layer rule), typecheck (all, then the core alone), unit, simulation, interop (the relay's gateways
 * against independent clients), then the browser tests inside a
 * private network namespace. Stops at the first failing tier and exits non-zero; ends with one
 * "N passed, N failed" line over all tiers.
 */
import { spawn } from 'node:child_process';

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const tiers: [string, string[]][] = [
  ['lint', [npm, 'run', '--silent', 'lint']],
  ['typecheck', [npm, 'run', '--silent', 'typecheck']],
  ['unit', [npm, 'run', '--silent', 'test:unit']],
  ['sim', [npm, 'run', '--silent', 'test:sim']],
  ['interop', [npm, 'run', '--silent', 'test:interop']],
  ['e2e', [npm, 'run', '--silent', 'test:e2e']],
];

const totals = { passed: 0, failed: 0 };

/** Runs a tier, echoing its output and adding up node:test's closing counts. */
function runTier(args: string[]): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(args[0] as string, args.slice(1), { stdio: ['ignore', 'pipe', 'inherit'] });
    let pending = '';
    child.stdout.on('data', (chunk: Buffer) => {
      process.stdout.write(chunk);
      pending += chunk.toString('utf8');
      const lines = pending.split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) {
        const match = /^ℹ (pass|fail) (\d+)$/.exec(line.trim());
        if (match) totals[match[1] === 'pass' ? 'passed' : 'failed'] += Number(match[2]);
      }
    });
    child.on('close', (code) => resolve(code ?? 1));
  });
}

const only = process.argv.slice(2);
let failedTier: string | undefined;
for (const [name, args] of tiers) {
  if (only.length > 0 && !only.includes(name)) continue;
  const started = Date.now();
  console.log(`\n=== ${name} ===`);
  const status = await runTier(args);
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (status !== 0) {
    console.error(`=== ${name} failed after ${seconds} s ===`);
    failedTier = name;
    if (totals.failed === 0) totals.failed = 1;
    break;
  }
  console.log(`=== ${name} passed in ${seconds} s ===`);
}
console.log(`\n${totals.passed} passed, ${totals.failed} failed`);
process.exit(failedTier ? 1 : 0);
