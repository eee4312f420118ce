/**
 * Headers every HTTP answer carries. The Content-Security-Policy allows what the built app needs
 * and nothing more: its own module scripts and style sheets (Lit adopts constructed style sheets,
 * which CSP does not govern), inline style attributes (Lit templates bind `style=`), sockets to
 * this server, blob:/data: images, blob: workers; and no framing by other sites.
 */

/**
 * `host` (with port) is the one the app's socket connects to, when the server knows it is genuine;
 * `connectTo` are further origins the app talks to (the chain's JSON-RPC endpoint).
 */
export function securityHeaders(host: string | undefined, connectTo: readonly string[] = []): Record<string, string> {
  const sockets = host === undefined ? [] : [`ws://${host}`, `wss://${host}`, ...connectTo];
  const policy = [
    "default-src 'self'",
    // tesseract.js compiles its wasm in a worker (OCR on the Upload page).
    "script-src 'self' 'wasm-unsafe-eval'",
    "style-src 'self'",
    "style-src-attr 'unsafe-inline'",
    `connect-src ${["'self'", ...sockets].join(' ')}`,
    "img-src 'self' blob: data:",
    "worker-src 'self' blob:",
    "font-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ];
  return {
    'content-security-policy': policy.join('; '),
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'x-frame-options': 'DENY',
  };
}
