/** Rumour ids: 16 random bytes on the wire, 32 lowercase hex characters in the API and in maps. */
import type { Random } from '../base/clock.ts';
import { RUMOR_ID_BYTES } from './messages.ts';

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

export function rumorIdHex(id: Uint8Array): string {
  let out = '';
  for (const byte of id) out += HEX[byte] as string;
  return out;
}

export function rumorIdBytes(hex: string): Uint8Array {
  const out = new Uint8Array(hex.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = parseInt(hex.slice(2 * i, 2 * i + 2), 16);
  return out;
}

/** From the injected randomness, so the simulator is reproducible; 128 bits make collisions negligible. */
export function randomRumorId(random: Random): Uint8Array {
  const id = new Uint8Array(RUMOR_ID_BYTES);
  for (let i = 0; i < id.length; i++) id[i] = Math.floor(random() * 256) & 0xff;
  return id;
}
