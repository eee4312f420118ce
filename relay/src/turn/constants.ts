/**
 * Wire constants of STUN (RFC 5389/8489) and TURN (RFC 5766/8656), and the server's limits.
 * Tests import these; nothing here is copied elsewhere.
 */

export const MAGIC_COOKIE = 0x2112a442;
export const HEADER_BYTES = 20;
export const TRANSACTION_ID_BYTES = 12;
export const ATTRIBUTE_HEADER_BYTES = 4;
/** XORed into the CRC32 of FINGERPRINT so STUN is told apart from other protocols' CRCs. */
export const FINGERPRINT_XOR = 0x5354554e;
export const HMAC_SHA1_BYTES = 20;

export const METHOD = {
  binding: 0x001,
  allocate: 0x003,
  refresh: 0x004,
  send: 0x006,
  data: 0x007,
  createPermission: 0x008,
  channelBind: 0x009,
} as const;
export type MethodName = keyof typeof METHOD;

export const STUN_CLASS = ['request', 'indication', 'success', 'error'] as const;
export type StunClass = (typeof STUN_CLASS)[number];

export const ATTR = {
  mappedAddress: 0x0001,
  username: 0x0006,
  messageIntegrity: 0x0008,
  errorCode: 0x0009,
  unknownAttributes: 0x000a,
  channelNumber: 0x000c,
  lifetime: 0x000d,
  bandwidth: 0x0010, // RFC 5766 drafts; sent by some clients, ignored
  xorPeerAddress: 0x0012,
  data: 0x0013,
  realm: 0x0014,
  nonce: 0x0015,
  xorRelayedAddress: 0x0016,
  requestedAddressFamily: 0x0017,
  evenPort: 0x0018,
  requestedTransport: 0x0019,
  dontFragment: 0x001a,
  xorMappedAddress: 0x0020,
  reservationToken: 0x0022,
  priority: 0x0024, // ICE (RFC 8445), may reach us in Binding requests
  useCandidate: 0x0025, // ICE
  additionalAddressFamily: 0x8000,
  software: 0x8022,
  alternateServer: 0x8023,
  fingerprint: 0x8028,
  iceControlled: 0x8029,
  iceControlling: 0x802a,
  origin: 0x802f,
} as const;

/** Types below 0x8000 must be understood; an unknown one in a request earns 420. */
export const COMPREHENSION_OPTIONAL_MIN = 0x8000;
export const KNOWN_ATTRIBUTES: ReadonlySet<number> = new Set(Object.values(ATTR));

export const ERROR = {
  tryAlternate: 300,
  badRequest: 400,
  unauthorized: 401,
  forbidden: 403,
  unknownAttribute: 420,
  allocationMismatch: 437,
  staleNonce: 438,
  addressFamilyNotSupported: 440,
  wrongCredentials: 441,
  unsupportedTransportProtocol: 442,
  peerAddressFamilyMismatch: 443,
  allocationQuotaReached: 486,
  serverError: 500,
  insufficientCapacity: 508,
} as const;

export const ERROR_REASON: Readonly<Record<number, string>> = {
  300: 'Try Alternate',
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  420: 'Unknown Attribute',
  437: 'Allocation Mismatch',
  438: 'Stale Nonce',
  440: 'Address Family not Supported',
  441: 'Wrong Credentials',
  442: 'Unsupported Transport Protocol',
  443: 'Peer Address Family Mismatch',
  486: 'Allocation Quota Reached',
  500: 'Server Error',
  508: 'Insufficient Capacity',
};

export const ADDRESS_FAMILY = { ipv4: 0x01, ipv6: 0x02 } as const;
export const TRANSPORT_UDP = 17;

/** Channel numbers of RFC 5766 (RFC 8656 narrows to 0x4FFF; older clients use the whole range). */
export const CHANNEL_MIN = 0x4000;
export const CHANNEL_MAX = 0x7fff;
export const CHANNEL_HEADER_BYTES = 4;

// Text attribute limits of RFC 5389 §15 (in bytes, UTF-8).
export const MAX_USERNAME_BYTES = 513;
export const MAX_TEXT_BYTES = 763; // REALM, NONCE, SOFTWARE, ERROR-CODE reason
export const RESERVATION_TOKEN_BYTES = 8;

// Decoder limits.
/** Largest STUN message we accept: a 16-bit length field plus the header. */
export const MAX_STUN_MESSAGE_BYTES = HEADER_BYTES + 0xffff;
/** More attributes than any real client sends; bounds work per message. */
export const MAX_ATTRIBUTES = 64;

const SECOND = 1000;
/** Allocation lifetimes (RFC 8656 §7.2): default 10 min, capped at 1 h. */
export const DEFAULT_LIFETIME_S = 600;
export const MAX_LIFETIME_S = 3600;
/** Permissions last 5 min, channel bindings 10 min (RFC 8656 §9, §12). */
export const PERMISSION_LIFETIME_MS = 300 * SECOND;
export const CHANNEL_LIFETIME_MS = 600 * SECOND;
/** A reserved odd port is held 30 s for the RESERVATION-TOKEN follow-up (RFC 8656 §7.2). */
export const RESERVATION_LIFETIME_MS = 30 * SECOND;
/** Nonces go stale after 10 min; the client then retries once with a fresh one (438). */
export const NONCE_LIFETIME_MS = 600 * SECOND;
/** Retransmissions arrive within ~40 s (Rc × RTO, RFC 5389 §7.2.1); answers are kept that long. */
export const TRANSACTION_CACHE_MS = 40 * SECOND;
export const TRANSACTION_CACHE_ENTRIES = 4096;
/** Expired allocations, permissions and reservations are swept this often. */
export const SWEEP_INTERVAL_MS = 1 * SECOND;

// Server defaults.
export const DEFAULT_PORT = 3478;
export const DEFAULT_REALM = 'tabmesh';
export const DEFAULT_SOFTWARE = 'tabmesh-turn';
export const DEFAULT_MAX_ALLOCATIONS_PER_USER = 10;
export const DEFAULT_MAX_ALLOCATIONS = 10_000;
export const MAX_PERMISSIONS_PER_ALLOCATION = 256;
export const MAX_CHANNELS_PER_ALLOCATION = 256;
export const MAX_TCP_CONNECTIONS = 4096;
/**
 * Identities are free, addresses are not: one address may hold four tabs' worth of allocations
 * at the per-user cap (64) before it is refused (486). A large NAT may need more.
 */
export const DEFAULT_MAX_ALLOCATIONS_PER_ADDRESS = 256;
/** Each TCP connection is a socket and a file descriptor: one address may not take a 32nd of them. */
export const DEFAULT_MAX_TCP_CONNECTIONS_PER_ADDRESS = 128;
/** A message's bytes follow each other within round trips; 10 s is 64 KiB at ~52 kbit/s. */
export const DEFAULT_TCP_PARTIAL_MESSAGE_MS = 10 * SECOND;
/** A TURN client allocates right after connecting (401 → Allocate); a connection with nothing to relay goes. */
export const DEFAULT_TCP_IDLE_MS = 30 * SECOND;
/**
 * Where the OS binds relayed sockets when its own range cannot be read: Linux's default range and
 * the IANA dynamic range (BSD, macOS, Windows) together.
 */
export const FALLBACK_EPHEMERAL_PORTS = { min: 32_768, max: 65_535 } as const;
/** A TCP client that does not drain its socket loses relayed datagrams beyond this backlog. */
export const TCP_MAX_QUEUED_BYTES = 1 << 20;
/**
 * Kernel buffers of the client-facing UDP socket, which carries every client's traffic: bursts
 * arriving while the event loop is busy must fit, or the kernel drops them. The OS caps the
 * size at net.core.rmem_max/wmem_max; memory is used only while datagrams are queued.
 */
export const UDP_SOCKET_BUFFER_BYTES = 4 << 20;
