/**
 * `npm test`: every tier in order — typecheck, unit, simulation, then the browser tests inside a
 * private network namespace. Stops at the first failing tier and exits non-zero.
 */
import { spawnSync } from 'node:child_process';

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const tiers: [string, string[]][] = [
  ['typecheck', [npm, 'run', '--silent', 'typecheck']],
  ['unit', [npm, 'run', '--silent', 'test:unit']],
  ['sim', [npm, 'run', '--silent', 'test:sim']],
  ['e2e', [npm, 'run', '--silent', 'test:e2e']],
];

const only = process.argv.slice(2);
for (const [name, args] of tiers) {
  if (only.length > 0 && !only.includes(name)) continue;
  const started = Date.now();
  console.log(`\n=== ${name} ===`);
  const result = spawnSync(args[0] as string, args.slice(1), { stdio: 'inherit' });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (result.status !== 0) {
    console.error(`=== ${name} failed after ${seconds} s ===`);
    process.exit(result.status ?? 1);
  }
  console.log(`=== ${name} passed in ${seconds} s ===`);
}
