/** Byte helpers of the gateway tests. */
export const hex = (b: Uint8Array): string => Buffer.from(b).toString('hex');
export const fromHex = (h: string): Uint8Array => Uint8Array.from(Buffer.from(h.replace(/\s+/g, ''), 'hex'));
export const text = (s: string): Uint8Array => new TextEncoder().encode(s);
