/**
 * One deadline for every asynchronous request in the core: `withTimeout` settles like the work
 * it wraps, or rejects with TabmeshError('timeout') once `ms` have passed on the injected clock.
 * Work given as a function receives an AbortSignal that fires at the deadline (or when the
 * caller's signal aborts), so it can stop what it started. The timer is cleared either way.
 */
import type { Clock } from './clock.ts';
import { TabmeshError } from './errors.ts';

export interface TimeoutOptions {
  /** Aborts the work early: the promise rejects with TabmeshError 'aborted' (or the signal's reason when that is one). */
  signal?: AbortSignal;
  /** Said by the 'aborted' error. */
  abortMessage?: string;
  /** Said by the timeout error. */
  message?: string;
}

export function withTimeout<T>(
  clock: Clock,
  ms: number,
  work: Promise<T> | ((signal: AbortSignal) => Promise<T>),
  options: TimeoutOptions = {},
): Promise<T> {
  const controller = new AbortController();
  const outer = options.signal;
  return new Promise<T>((resolve, reject) => {
    let settled = false;
    const finish = (): boolean => {
      if (settled) return false;
      settled = true;
      clock.clearTimeout(timer);
      outer?.removeEventListener('abort', onAbort);
      return true;
    };
    const fail = (error: unknown): void => {
      if (!finish()) return;
      controller.abort(error);
      reject(error);
    };
    const onAbort = (): void =>
      fail(outer?.reason instanceof TabmeshError ? outer.reason : new TabmeshError('aborted', options.abortMessage ?? 'aborted'));
    const timer = clock.setTimeout(() => fail(new TabmeshError('timeout', options.message ?? `no answer within ${ms} ms`)), ms);
    if (outer?.aborted) return onAbort();
    outer?.addEventListener('abort', onAbort, { once: true });
    let promise: Promise<T>;
    try {
      promise = typeof work === 'function' ? work(controller.signal) : work;
    } catch (error) {
      return fail(error);
    }
    promise.then(
      (value) => {
        if (finish()) resolve(value);
      },
      (error: unknown) => {
        if (finish()) reject(error);
      },
    );
  });
}
