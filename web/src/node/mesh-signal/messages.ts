/** Mesh signaling's one message: a signed WebRTC signal on its way through neighbours. */
import { MESSAGE_TYPE } from '../wire/constants.ts';
import { defineRegistry, type RegistryMessage } from '../wire/registry.ts';
import { defineMessage, peerId, str, u8 } from '../wire/schema.ts';

/** A signed SignalEnvelope as JSON: SDP up to 16 KiB plus ids, session and signature. */
export const MAX_MESH_SIGNAL_BYTES = 20 * 1024;

/** A signed SignalEnvelope (JSON) on its way to `target` through the mesh; ttl counts down. */
export const meshSignal = defineMessage({
  type: MESSAGE_TYPE.meshSignal,
  name: 'meshSignal',
  fields: [['target', peerId], ['ttl', u8], ['envelope', str(MAX_MESH_SIGNAL_BYTES)]],
});

export const MESH_SIGNAL_MESSAGES = defineRegistry('mesh-signal', { meshSignal });
export type MeshSignalMessage = RegistryMessage<typeof MESH_SIGNAL_MESSAGES>;
