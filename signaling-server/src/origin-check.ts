/**
 * Which pages may open a socket to the server. Browsers send Origin on WebSocket and cross-origin
 * XHR handshakes but enforce nothing for WebSocket, so the server does: the page's own origin
 * (its host equals the Host header), PUBLIC_URL's origin (behind a TLS proxy) and CORS_ORIGINS.
 * A request without Origin is no browser page (the relay, curl) and is allowed: those clients
 * could send any Origin they like anyway.
 */

export interface OriginPolicy {
  /** Exact origins allowed besides same-origin, e.g. "http://localhost:5173". */
  readonly allowed: ReadonlySet<string>;
}

export function originPolicy(corsOrigins: readonly string[], publicUrl: string | undefined): OriginPolicy {
  const allowed = new Set(corsOrigins.map((o) => o.toLowerCase()));
  if (publicUrl !== undefined) allowed.add(new URL(publicUrl).origin);
  return { allowed };
}

export function isOriginAllowed(policy: OriginPolicy, origin: string | undefined, host: string | undefined): boolean {
  if (origin === undefined) return true;
  const lower = origin.toLowerCase();
  if (policy.allowed.has(lower)) return true;
  let url: URL;
  try {
    url = new URL(lower);
  } catch {
    return false; // "null" (sandboxed frames, file:) and garbage
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return false;
  return host !== undefined && url.host === host.toLowerCase();
}
