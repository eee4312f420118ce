import type SimplePeer from 'simple-peer';
import type { ByteChannel } from './types.ts';

/**
 * A ByteChannel over a connected simple-peer instance. Sends go straight to the underlying
 * RTCDataChannel (simple-peer's stream path caps the buffer at 64 KiB, which halves throughput);
 * receives come through simple-peer's 'data' event, which must be consumed so its stream never
 * buffers.
 */
export function simplePeerChannel(peer: SimplePeer.Instance): ByteChannel {
  const channel = (peer as unknown as { _channel: RTCDataChannel | null })._channel;
  if (!channel) throw new Error('simple-peer has no open data channel');
  const adapter: ByteChannel = {
    send: (data) => channel.send(data as Uint8Array<ArrayBuffer>),
    get bufferedAmount() {
      return channel.bufferedAmount;
    },
    get bufferedAmountLowThreshold() {
      return channel.bufferedAmountLowThreshold;
    },
    set bufferedAmountLowThreshold(value: number) {
      channel.bufferedAmountLowThreshold = value;
    },
    close: () => peer.destroy(),
    onmessage: null,
    onbufferedamountlow: null,
    onclose: null,
  };
  channel.addEventListener('bufferedamountlow', () => adapter.onbufferedamountlow?.());
  peer.on('data', (data: Uint8Array) => adapter.onmessage?.(data));
  peer.on('close', () => adapter.onclose?.());
  peer.on('error', () => peer.destroy());
  return adapter;
}
