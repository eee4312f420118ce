import type { ErrorCode, Result } from '../base/errors.ts';
import type { PeerId } from '../base/peer-id.ts';

/**
 * What a transport provides underneath a link: an ordered, reliable, message-oriented byte pipe
 * with a send buffer the sender can watch — an RTCDataChannel, or its in-memory stand-in.
 */
export interface ByteChannel {
  send(data: Uint8Array): void;
  readonly bufferedAmount: number;
  bufferedAmountLowThreshold: number;
  close(): void;
  onmessage: ((data: Uint8Array) => void) | null;
  onbufferedamountlow: (() => void) | null;
  onclose: (() => void) | null;
}

export type LinkDirection = 'inbound' | 'outbound';

export interface LinkHandlers {
  onFrame(frame: Uint8Array): void;
  onClose(reason: ErrorCode | 'remote'): void;
}

/** A connection to one peer that carries whole frames, with backpressure. */
export interface Link {
  readonly remoteId: PeerId;
  readonly direction: LinkDirection;
  readonly openedAt: number;
  readonly closed: boolean;
  /** Bytes accepted by send() and not yet handed to the network. */
  readonly queuedBytes: number;
  /** Attach the receiver; frames that arrived earlier are delivered now, in order. */
  attach(handlers: LinkHandlers): void;
  /** err('backpressure') when the bounded send queue is full, err('closed') after close. */
  send(frame: Uint8Array): Result<void>;
  /** Resolves once queued and buffered bytes have fallen to the low water mark. */
  drained(signal?: AbortSignal): Promise<void>;
  /** The owner found an undecodable frame; a peer that keeps sending them is disconnected. */
  reportMalformed(): void;
  close(reason?: ErrorCode): void;
}

export const TRANSPORT_LIMITS = {
  /** Stop handing bytes to the channel above this: Chromium fails sends past ~16 MiB queued. */
  highWaterBytes: 1024 * 1024,
  /** Resume when the channel's buffer drains to this. */
  lowWaterBytes: 256 * 1024,
  /** Frames accepted but not yet on the channel; beyond this send() reports backpressure. */
  maxQueuedBytes: 4 * 1024 * 1024,
  /** Small control frames (pong, reports, errors) may exceed the queue bound by this much, so a bulk transfer never makes a node drop its replies. */
  controlFrameBytes: 256,
  controlAllowanceBytes: 64 * 1024,
  /** Frames that arrive before the owner attaches; a peer cannot flood an unattached link. */
  maxEarlyFrames: 256,
  /** Undecodable frames tolerated from one peer before the link is closed. */
  maxMalformedFrames: 3,
} as const;

export type AcceptDecision = { ok: true } | { ok: false; code: ErrorCode };

/** Opens links to peers and receives links peers open to us. */
export interface Connector {
  dial(id: PeerId, signal: AbortSignal): Promise<Link>;
  /** `policy` is asked before an incoming offer is answered; `onLink` gets each opened link. */
  listen(policy: (from: PeerId) => AcceptDecision, onLink: (link: Link) => void): void;
  close(): void;
}
