/** The TURN server's limits in the relay configuration: defaults, set values, and clear refusals. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadRelayConfig, RelayConfigError } from '../../../../relay/src/config.ts';

const turn = (env: Record<string, string>) => {
  const c = loadRelayConfig({ TURN_RELAY_IP: '203.0.113.7', ...env });
  return {
    allowedPeerRanges: c.turnAllowedPeerRanges,
    allowLoopback: c.turnAllowLoopbackPeers,
    perAddress: c.turnMaxAllocationsPerAddress,
    tcpPerAddress: c.turnMaxTcpConnectionsPerAddress,
    partialSeconds: c.turnTcpPartialMessageSeconds,
    idleSeconds: c.turnTcpIdleSeconds,
  };
};

function refused(env: Record<string, string>, pattern: RegExp): void {
  assert.throws(
    () => turn(env),
    (e: unknown) => e instanceof RelayConfigError && pattern.test(e.message),
    `${JSON.stringify(env)} should be refused with ${pattern}`,
  );
}

test('TURN limits: the defaults', () => {
  assert.deepEqual(turn({}), {
    allowedPeerRanges: [],
    allowLoopback: false,
    perAddress: 256,
    tcpPerAddress: 128,
    partialSeconds: 10,
    idleSeconds: 30,
  });
});

test('TURN limits: set values; allowed ranges are trimmed and canonical', () => {
  assert.deepEqual(
    turn({
      TURN_ALLOWED_PEER_RANGES: ' 10.77.0.0/24, fd00::/8 ,192.168.1.5,',
      TURN_MAX_ALLOCATIONS_PER_ADDRESS: '1000',
      TURN_MAX_TCP_CONNECTIONS_PER_ADDRESS: '8',
      TURN_TCP_PARTIAL_MESSAGE_SECONDS: '3',
      TURN_TCP_IDLE_SECONDS: '120',
    }),
    {
      allowedPeerRanges: ['10.77.0.0/24', 'fd00::/8', '192.168.1.5/32'],
      allowLoopback: false,
      perAddress: 1000,
      tcpPerAddress: 8,
      partialSeconds: 3,
      idleSeconds: 120,
    },
  );
});

test('TURN limits: bad values are refused naming the variable', () => {
  refused({ TURN_ALLOWED_PEER_RANGES: '10.0.0.0/33' }, /TURN_ALLOWED_PEER_RANGES.*10\.0\.0\.0\/33/);
  refused({ TURN_ALLOWED_PEER_RANGES: 'example.org' }, /TURN_ALLOWED_PEER_RANGES/);
  refused({ TURN_ALLOWED_PEER_RANGES: '127.0.0.0/8' }, /TURN_ALLOWED_PEER_RANGES.*TURN_ALLOW_LOOPBACK_PEERS/);
  refused({ TURN_MAX_ALLOCATIONS_PER_ADDRESS: '0' }, /TURN_MAX_ALLOCATIONS_PER_ADDRESS/);
  refused({ TURN_MAX_TCP_CONNECTIONS_PER_ADDRESS: '5000' }, /TURN_MAX_TCP_CONNECTIONS_PER_ADDRESS/);
  refused({ TURN_TCP_PARTIAL_MESSAGE_SECONDS: '0' }, /TURN_TCP_PARTIAL_MESSAGE_SECONDS/);
  refused({ TURN_TCP_IDLE_SECONDS: 'soon' }, /TURN_TCP_IDLE_SECONDS/);
});
