/**
 * Runs a command inside a private network namespace, so browser tests never touch a real
 * network: `lo` plus a veth pair (Chromium gathers no ICE candidates with `lo` alone), and a
 * default route via the pair's other end. Needs root or unprivileged user namespaces; where
 * neither works it says so and runs the command directly.
 *
 *   node scripts/in-netns.ts <command…>
 */
import { spawnSync } from 'node:child_process';

const SETUP = [
  'set -e',
  'ip link set lo up',
  'ip link add tm0 type veth peer name tm1',
  'ip addr add 10.77.0.1/24 dev tm0',
  'ip addr add 10.77.0.2/24 dev tm1',
  'ip link set tm0 up',
  'ip link set tm1 up',
  'ip route add default via 10.77.0.2 dev tm0',
  'export TABMESH_NETNS=1',
  'exec "$@"',
].join('\n');

const command = process.argv.slice(2);
if (command.length === 0) {
  console.error('usage: node scripts/in-netns.ts <command…>');
  process.exit(2);
}

function run(args: string[]): number {
  const result = spawnSync(args[0] as string, args.slice(1), { stdio: 'inherit' });
  if (result.error) throw result.error;
  return result.status ?? (result.signal ? 1 : 0);
}

function canUse(args: string[]): boolean {
  return spawnSync(args[0] as string, [...args.slice(1), 'sh', '-c', 'ip link add tmx type veth peer name tmy'], { stdio: 'ignore' }).status === 0;
}

const asRoot = ['unshare', '-n'];
const asUser = ['unshare', '-r', '-n'];
const prefix = process.env['TABMESH_NETNS'] === '1' || process.env['TABMESH_NO_NETNS'] === '1'
  ? undefined
  : canUse(asRoot) ? asRoot : canUse(asUser) ? asUser : undefined;

if (!prefix) {
  if (process.env['TABMESH_NETNS'] !== '1') console.warn('[in-netns] no private network namespace available here; running directly');
  process.exit(run(command));
}
process.exit(run([...prefix, 'bash', '-c', SETUP, 'bash', ...command]));
