/**
 * Every registry whose messages travel between Tabmesh peers, for tests that cover all of them at
 * once (byte fixtures, fuzzing, "no two layers share a type number"). A new service's registry
 * is added here, and nowhere in the core.
 */
import { err, type Result } from '../../web/src/node/base/errors.ts';
import { CHAIN_MESSAGES } from '../../web/src/node/chain/messages.ts';
import { DHT_MESSAGES } from '../../web/src/node/dht/messages.ts';
import { GOSSIP_MESSAGES } from '../../web/src/node/gossip/messages.ts';
import { JOB_MESSAGES } from '../../web/src/node/jobs/messages.ts';
import { MAIL_MESSAGES } from '../../web/src/node/mail/messages.ts';
import { MESH_SIGNAL_MESSAGES } from '../../web/src/node/mesh-signal/messages.ts';
import { readFrameHeader } from '../../web/src/node/wire/frame.ts';
import { PEER_MESSAGES } from '../../web/src/node/wire/messages.ts';
import type { Registry, RegistryMessage } from '../../web/src/node/wire/registry.ts';
import type { MessageDeclaration } from '../../web/src/node/wire/schema.ts';

export const MESH_REGISTRIES = [PEER_MESSAGES, GOSSIP_MESSAGES, DHT_MESSAGES, MESH_SIGNAL_MESSAGES, MAIL_MESSAGES, JOB_MESSAGES, CHAIN_MESSAGES] as const;

/** Any message of any mesh registry. */
export type MeshMessage = RegistryMessage<(typeof MESH_REGISTRIES)[number]>;
export type MeshMessageKind = MeshMessage['kind'];
export type MeshMessageOf<K extends MeshMessageKind> = Extract<MeshMessage, { kind: K }>;

const byKind = new Map<string, Registry>();
const byType = new Map<number, Registry>();
for (const registry of MESH_REGISTRIES as unknown as readonly Registry[]) {
  for (const decl of Object.values(registry.declarations)) {
    byKind.set(decl.name, registry);
    byType.set(decl.type, registry);
  }
}

/** Every declaration of every mesh registry, by kind. */
export const MESH_DECLARATIONS: Readonly<Record<MeshMessageKind, MessageDeclaration>> = Object.fromEntries(
  (MESH_REGISTRIES as unknown as readonly Registry[]).flatMap((r) => Object.values(r.declarations).map((d) => [d.name, d])),
) as Record<MeshMessageKind, MessageDeclaration>;

export function encodeMeshMessage(msg: MeshMessage): Uint8Array {
  const registry = byKind.get(msg.kind);
  if (!registry) throw new Error(`no registry holds ${msg.kind}`);
  return registry.encode(msg as never);
}

/** Decodes with whichever registry claims the frame's type; 'unknown-type' when none does. Never throws. */
export function decodeMeshMessage(frame: Uint8Array): Result<MeshMessage> {
  const header = readFrameHeader(frame);
  if (!header.ok) return header;
  const registry = byType.get(header.value.type);
  if (!registry) return err('unknown-type', `no registry claims type ${header.value.type}`);
  return registry.decode(frame) as Result<MeshMessage>;
}
