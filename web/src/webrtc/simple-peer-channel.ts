import type SimplePeer from 'simple-peer';
import type { ByteChannel } from '../node/transport/types.ts';

/** How often a lagging channel's real buffer is looked at while a drain is awaited. */
const DRAIN_POLL_MS = 5;

export interface SimplePeerChannelOptions {
  /**
   * @roamhq/wrtc (Node) leaves bufferedAmount at 0 however much is queued, so the link could not
   * see its buffer. With this set, the adapter counts bytes sent in the current event-loop turn
   * as buffered and reports them drained on the next turn: at most one high-water mark of bytes
   * goes to the channel per turn.
   */
  bufferedAmountLags?: boolean;
}

/**
 * A ByteChannel over a connected simple-peer instance. Sends go straight to the underlying
 * RTCDataChannel (simple-peer's stream path caps the buffer at 64 KiB, which halves throughput);
 * receives come through simple-peer's 'data' event, which must be consumed so its stream never
 * buffers.
 */
export function simplePeerChannel(peer: SimplePeer.Instance, options: SimplePeerChannelOptions = {}): ByteChannel {
  const channel = (peer as unknown as { _channel: RTCDataChannel | null })._channel;
  if (!channel) throw new Error('simple-peer has no open data channel');
  let sentThisTurn = 0;
  let turnScheduled = false;
  // Bytes sent in this turn count as buffered until the next turn. If the channel itself still
  // reports more than the low-water mark then, look again shortly: wrtc's bufferedamountlow event
  // cannot be relied on, and a sender waiting for the drain must not wait forever.
  let awaitingDrain = false;
  const endTurn = (): void => {
    turnScheduled = false;
    awaitingDrain ||= sentThisTurn > 0;
    sentThisTurn = 0;
    if (!awaitingDrain) return;
    if (channel.bufferedAmount <= channel.bufferedAmountLowThreshold) {
      awaitingDrain = false;
      adapter.onbufferedamountlow?.();
    } else if (!turnScheduled && channel.readyState === 'open') {
      turnScheduled = true;
      setTimeout(endTurn, DRAIN_POLL_MS);
    }
  };
  const adapter: ByteChannel = {
    send: (data) => {
      channel.send(data as Uint8Array<ArrayBuffer>);
      if (!options.bufferedAmountLags) return;
      sentThisTurn += data.length;
      if (!turnScheduled) {
        turnScheduled = true;
        setTimeout(endTurn, 0);
      }
    },
    get bufferedAmount() {
      return Math.max(channel.bufferedAmount, sentThisTurn);
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
  // simple-peer hands out Buffers, whose slice() does not copy: pass a plain view on.
  peer.on('data', (data: Uint8Array) => adapter.onmessage?.(new Uint8Array(data.buffer, data.byteOffset, data.byteLength)));
  peer.on('close', () => adapter.onclose?.());
  peer.on('error', () => peer.destroy());
  return adapter;
}
