/**
 * Opens WebRTC data channels to peers with signed offers and answers. ICE gathering completes
 * before an offer or answer is sent (trickle off), so one signature covers the whole SDP with its
 * candidates and DTLS fingerprint: neither the signaling server nor, later, a relaying neighbour
 * can substitute it. Works in browsers and in Node (simple-peer with @roamhq/wrtc passed in).
 */
import type SimplePeer from 'simple-peer';
import type { Clock } from '../node/base/clock.ts';
import { TabmeshError, isErrorCode, type ErrorCode } from '../node/base/errors.ts';
import type { Identity } from '../node/peers/identity.ts';
import type { PeerId } from '../node/base/peer-id.ts';
import type { AcceptDecision, Connector } from '../node/transport/types.ts';
import { FramedLink } from '../node/transport/framed-link.ts';
import { simplePeerChannel } from './simple-peer-channel.ts';
import type { Link } from '../node/transport/types.ts';
import type { AckResult, IceServer, SignalEnvelope, SignalKind } from '../node/signaling/protocol.ts';
import { SIGNALING_LIMITS } from '../node/signaling/protocol.ts';
import { ExpiringMap } from '../node/base/expiring-map.ts';
import { newSessionId, signSignal, verifySignal } from '../node/signaling/signal-auth.ts';
import type { SignalChannel } from '../node/signaling/signal-router.ts';

/** An answering peer that has not connected by then is dropped. */
const ANSWER_TIMEOUT_MS = 15_000;
const REPLAY_CACHE_ENTRIES = 4096;
/**
 * Offers answered at once. Each answer holds an RTCPeerConnection until it connects or times
 * out, so without a bound a stream of validly signed offers (many keys, or one key with many
 * sessions) could open them without limit; honest bursts stay far below this.
 */
export const MAX_PENDING_ANSWERS = 16;

export type { SignalChannel };

export interface WebRtcConnectorOptions {
  identity: Identity;
  clock: Clock;
  signaling: SignalChannel;
  SimplePeer: typeof SimplePeer;
  /** RTCPeerConnection implementation for Node (@roamhq/wrtc); browsers use their own. */
  wrtc?: object;
  iceTransportPolicy?: RTCIceTransportPolicy;
}

/** An answer in progress; `peer` is undefined while its ICE servers are still being chosen. */
interface AnswerSlot {
  peer: SimplePeer.Instance | undefined;
  cancelled: boolean;
}

/** Runs `use` with the ICE servers: synchronously when they are at hand, else once they are. */
function withIceServers(servers: IceServer[] | Promise<IceServer[]>, use: (servers: IceServer[]) => void, onError: (error: unknown) => void): void {
  if (Array.isArray(servers)) use(servers);
  else servers.then(use, onError);
}

interface PendingDial {
  to: PeerId;
  peer: SimplePeer.Instance;
  fail: (error: TabmeshError) => void;
}

export class WebRtcConnector implements Connector {
  /** Signals refused here, by code: the receiving tab's own check, independent of the server. */
  readonly rejected = new Map<ErrorCode, number>();
  readonly #o: WebRtcConnectorOptions;
  readonly #pending = new Map<string, PendingDial>();
  /** At most one answer in progress per peer: a newer offer supersedes an older one. */
  readonly #answering = new Map<PeerId, AnswerSlot>();
  readonly #replay = new ExpiringMap<string>(2 * SIGNALING_LIMITS.signalMaxAgeMs, REPLAY_CACHE_ENTRIES);
  #policy: (from: PeerId) => AcceptDecision = () => ({ ok: false, code: 'closed' });
  #onLink: (link: Link) => void = (link) => link.close('closed');
  #closed = false;

  constructor(options: WebRtcConnectorOptions) {
    this.#o = options;
    options.signaling.onSignal((envelope) => this.#onSignal(envelope));
  }

  listen(policy: (from: PeerId) => AcceptDecision, onLink: (link: Link) => void): void {
    this.#policy = policy;
    this.#onLink = onLink;
  }

  dial(to: PeerId, signal: AbortSignal): Promise<Link> {
    if (this.#closed) return Promise.reject(new TabmeshError('closed', 'connector closed'));
    const servers = this.#o.signaling.iceServers();
    if (Array.isArray(servers)) return this.#dial(to, signal, servers);
    return new Promise<Link>((resolve, reject) => {
      const onAbort = (): void => reject(signal.reason instanceof TabmeshError ? signal.reason : new TabmeshError('aborted'));
      if (signal.aborted) return onAbort();
      signal.addEventListener('abort', onAbort, { once: true });
      servers.then(
        (iceServers) => {
          signal.removeEventListener('abort', onAbort);
          if (signal.aborted) return;
          if (this.#closed) return reject(new TabmeshError('closed', 'connector closed'));
          this.#dial(to, signal, iceServers).then(resolve, reject);
        },
        (error: unknown) => {
          signal.removeEventListener('abort', onAbort);
          reject(error);
        },
      );
    });
  }

  #dial(to: PeerId, signal: AbortSignal, iceServers: IceServer[]): Promise<Link> {
    const session = newSessionId();
    const peer = this.#createPeer(true, iceServers);
    return new Promise<Link>((resolve, reject) => {
      const fail = (error: TabmeshError): void => {
        this.#pending.delete(session);
        peer.destroy();
        reject(error);
      };
      const onAbort = (): void => fail(signal.reason instanceof TabmeshError ? signal.reason : new TabmeshError('aborted'));
      if (signal.aborted) return onAbort();
      signal.addEventListener('abort', onAbort, { once: true });
      this.#pending.set(session, { to, peer, fail });
      peer.on('signal', (data: SimplePeer.SignalData) => {
        if (data.type !== 'offer' || data.sdp === undefined) return;
        this.#send(to, 'offer', session, data.sdp).then((ack) => {
          if (!ack.ok) fail(new TabmeshError(isErrorCode(ack.code) ? ack.code : 'closed', ack.message));
        }, () => fail(new TabmeshError('timeout', 'signaling did not acknowledge the offer')));
      });
      peer.on('error', (error: Error) => fail(new TabmeshError('closed', error.message)));
      peer.on('close', () => fail(new TabmeshError('closed', 'peer closed before connecting')));
      peer.on('connect', () => {
        signal.removeEventListener('abort', onAbort);
        this.#pending.delete(session);
        peer.removeAllListeners('close');
        peer.removeAllListeners('error');
        resolve(this.#link(peer, to, 'outbound'));
      });
    });
  }

  close(): void {
    this.#closed = true;
    for (const pending of [...this.#pending.values()]) pending.fail(new TabmeshError('aborted', 'connector closed'));
    for (const slot of this.#answering.values()) {
      slot.cancelled = true;
      slot.peer?.destroy();
    }
    this.#answering.clear();
  }

  #onSignal(envelope: SignalEnvelope): void {
    if (this.#closed) return;
    const now = this.#o.clock.now();
    if (envelope.to !== this.#o.identity.id) return this.#count('bad-id');
    const verified = verifySignal(envelope, now);
    if (!verified.ok) return this.#count(verified.error.code);
    if (!this.#replay.admit(`${envelope.from}/${envelope.session}/${envelope.kind}`, now)) return this.#count('replayed');
    if (envelope.kind === 'offer') return this.#answer(envelope);
    const pending = this.#pending.get(envelope.session);
    if (!pending || pending.to !== envelope.from) return this.#count('unknown-peer');
    if (envelope.kind === 'answer') {
      pending.peer.signal({ type: 'answer', sdp: envelope.sdp });
    } else {
      pending.fail(new TabmeshError(isErrorCode(envelope.sdp) ? envelope.sdp : 'at-capacity', 'peer refused the link'));
    }
  }

  #answer(offer: SignalEnvelope): void {
    const previous = this.#answering.get(offer.from);
    const full = this.#answering.size - (previous ? 1 : 0) >= MAX_PENDING_ANSWERS;
    const decision: AcceptDecision = full ? { ok: false, code: 'at-capacity' } : this.#policy(offer.from);
    if (!decision.ok) {
      void this.#send(offer.from, 'reject', offer.session, decision.code).catch(() => undefined);
      return;
    }
    if (previous) {
      this.#answering.delete(offer.from);
      previous.cancelled = true;
      previous.peer?.destroy();
    }
    const slot: AnswerSlot = { peer: undefined, cancelled: false };
    this.#answering.set(offer.from, slot);
    const release = (): void => {
      if (this.#answering.get(offer.from) === slot) this.#answering.delete(offer.from);
    };
    withIceServers(
      this.#o.signaling.iceServers(),
      (iceServers) => {
        if (slot.cancelled || this.#closed) return release();
        this.#answerWith(offer, slot, iceServers, release);
      },
      () => release(),
    );
  }

  #answerWith(offer: SignalEnvelope, slot: AnswerSlot, iceServers: IceServer[], release: () => void): void {
    const peer = this.#createPeer(false, iceServers);
    slot.peer = peer;
    const timer = this.#o.clock.setTimeout(() => peer.destroy(), ANSWER_TIMEOUT_MS);
    const drop = (): void => {
      this.#o.clock.clearTimeout(timer);
      release();
    };
    peer.on('signal', (data: SimplePeer.SignalData) => {
      if (data.type !== 'answer' || data.sdp === undefined) return;
      void this.#send(offer.from, 'answer', offer.session, data.sdp).catch(() => peer.destroy());
    });
    peer.on('error', () => peer.destroy());
    peer.on('close', drop);
    peer.on('connect', () => {
      drop();
      peer.removeAllListeners('close');
      peer.removeAllListeners('error');
      this.#onLink(this.#link(peer, offer.from, 'inbound'));
    });
    peer.signal({ type: 'offer', sdp: offer.sdp });
  }

  #createPeer(initiator: boolean, iceServers: IceServer[]): SimplePeer.Instance {
    const config: RTCConfiguration = { iceServers };
    if (this.#o.iceTransportPolicy) config.iceTransportPolicy = this.#o.iceTransportPolicy;
    const options: SimplePeer.Options = { initiator, trickle: false, config };
    if (this.#o.wrtc) options.wrtc = this.#o.wrtc as SimplePeer.Options['wrtc'] & object;
    return new this.#o.SimplePeer(options);
  }

  #link(peer: SimplePeer.Instance, remoteId: PeerId, direction: 'inbound' | 'outbound'): Link {
    return new FramedLink(simplePeerChannel(peer, { bufferedAmountLags: this.#o.wrtc !== undefined }), { remoteId, direction, openedAt: this.#o.clock.now() });
  }

  #send(to: PeerId, kind: SignalKind, session: string, sdp: string): Promise<AckResult> {
    const envelope = signSignal(this.#o.identity, { to, kind, session, sdp, ts: Math.round(this.#o.clock.now()) });
    return this.#o.signaling.send(envelope);
  }

  #count(code: ErrorCode): void {
    this.rejected.set(code, (this.rejected.get(code) ?? 0) + 1);
  }
}
