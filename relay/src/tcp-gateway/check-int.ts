/** Option checks of the gateways: a whole number within bounds, or a 'bad-field' TabmeshError naming it. */
import { TabmeshError } from '../../../web/src/node/base/errors.ts';

export function checkInt(n: number, min: number, max: number, what: string): number {
  if (!Number.isInteger(n) || n < min || n > max) throw new TabmeshError('bad-field', `${what} ${n} not in ${min}..${max}`);
  return n;
}
