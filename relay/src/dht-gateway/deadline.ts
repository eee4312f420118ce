/**
 * Runs one DHT call under a deadline on the injected clock and the client's signal. The call gets
 * a signal that aborts at either; the returned promise settles at that moment even if the call
 * ignores its signal, so a DHT that never answers cannot hold a client's in-flight place.
 */
import type { Clock } from '../../../web/src/node/base/clock.ts';
import { TabmeshError } from '../../../web/src/node/base/errors.ts';

/**
 * Rejects with TabmeshError 'timeout' after `ms`, 'aborted' when `parent` aborts (at once if it
 * already has, without calling `fn`); otherwise settles as `fn` does.
 */
export function withDeadline<T>(clock: Clock, ms: number, parent: AbortSignal, fn: (signal: AbortSignal) => Promise<T>): Promise<T> {
  if (parent.aborted) return Promise.reject(new TabmeshError('aborted', 'the client is gone'));
  const controller = new AbortController();
  return new Promise<T>((resolve, reject) => {
    const finish = (): void => {
      clock.clearTimeout(timer);
      parent.removeEventListener('abort', onAbort);
    };
    const fail = (error: TabmeshError): void => {
      finish();
      controller.abort(error);
      reject(error);
    };
    const onAbort = (): void => fail(new TabmeshError('aborted', 'the client is gone'));
    const timer = clock.setTimeout(() => fail(new TabmeshError('timeout', `no answer from the DHT within ${ms} ms`)), ms);
    parent.addEventListener('abort', onAbort, { once: true });
    let call: Promise<T>;
    try {
      call = fn(controller.signal);
    } catch (error) {
      call = Promise.reject(error);
    }
    call.then(
      (value) => {
        finish();
        resolve(value);
      },
      (error: unknown) => {
        finish();
        reject(error);
      },
    );
  });
}
