/**
 * A strict, practical check for one recipient address as typed into a form: `local@domain`,
 * nothing else. No display names, lists, comments, quoted local parts, IP literals or non-ASCII
 * (IDNs go as `xn--`), no whitespace or control characters — so nothing can smuggle a second
 * recipient or a header into the message.
 */

/** RFC 5321 4.5.3.1.3: a path is at most 256 octets including the angle brackets. */
export const MAX_ADDRESS_CHARS = 254;
/** RFC 5321 4.5.3.1.1. */
export const MAX_LOCAL_PART_CHARS = 64;
/** RFC 1035 2.3.4. */
const MAX_LABEL_CHARS = 63;

/** RFC 5322 dot-atom over atext: letters, digits and !#$%&'*+/=?^_`{|}~- separated by single dots. */
const LOCAL_PART = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/;
/** A host name label: letters, digits and inner hyphens. */
const LABEL = /^[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?$/;

export function isMailAddress(x: unknown): x is string {
  if (typeof x !== 'string' || x.length === 0 || x.length > MAX_ADDRESS_CHARS) return false;
  const at = x.lastIndexOf('@');
  if (at <= 0 || at !== x.indexOf('@')) return false;
  const local = x.slice(0, at);
  const domain = x.slice(at + 1);
  if (local.length > MAX_LOCAL_PART_CHARS || !LOCAL_PART.test(local)) return false;
  if (domain.toLowerCase() === 'localhost') return true;
  const labels = domain.split('.');
  if (labels.length < 2) return false;
  if (!labels.every((l) => l.length <= MAX_LABEL_CHARS && LABEL.test(l))) return false;
  // A top-level domain is never all digits; this also rules out bare IPv4 addresses.
  return !/^\d+$/.test(labels[labels.length - 1] as string);
}
