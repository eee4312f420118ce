/**
 * An in-memory DHT for the gateway tests: put and get of the DhtApi over a Map. Every call is
 * recorded; with `hold` set, calls wait until the test releases them (in any order it likes);
 * `failures` makes calls on a key throw. Calls honour their AbortSignal. Tests wait on the
 * records (until()), never on time.
 */
import { TabmeshError, type ErrorCode } from '../../../../web/src/node/base/errors.ts';
import type { GetResult, PutOptions, PutResult } from '../../../../web/src/node/dht/api.ts';
import type { DhtPort } from '../../../../relay/src/dht-gateway/index.ts';

export interface FakeCall {
  readonly op: 'put' | 'get';
  readonly key: string;
  /** The put's value, hex. */
  readonly value?: string;
  /** The put's options, signal left out. */
  readonly options?: Omit<PutOptions, 'signal'>;
  readonly signal: AbortSignal | undefined;
  state: 'held' | 'running' | 'done' | 'aborted';
}

const FAKE_NODE = 'f'.repeat(64);
/** How long a test waits for a condition before failing (far beyond anything on loopback). */
const WAIT_BOUND_MS = 20_000;

export class FakeDht implements DhtPort {
  readonly store = new Map<string, Uint8Array>();
  readonly calls: FakeCall[] = [];
  /** While true, new calls wait in `held` until released. */
  hold = false;
  /** key → what calls on it throw: a TabmeshError code, or any other error (a bug). */
  readonly failures = new Map<string, ErrorCode | Error>();
  /** Most calls running (held included) at one time. */
  maxActive = 0;
  #active = 0;
  readonly #releases = new Map<FakeCall, () => void>();
  readonly #waiters = new Set<() => void>();

  async put(key: string, value: Uint8Array, options: PutOptions = {}): Promise<PutResult> {
    const { signal, ...rest } = options;
    const call: FakeCall = { op: 'put', key, value: Buffer.from(value).toString('hex'), options: rest, signal, state: 'running' };
    await this.#run(call);
    this.store.set(key, Uint8Array.from(value));
    return { key, node: FAKE_NODE, hops: 0, copies: 1 };
  }

  async get(key: string, options: { signal?: AbortSignal } = {}): Promise<GetResult> {
    const call: FakeCall = { op: 'get', key, signal: options.signal, state: 'running' };
    await this.#run(call);
    const value = this.store.get(key);
    if (!value) throw new TabmeshError('not-found', `no value under ${key}`);
    return { value, node: FAKE_NODE, hops: 0, expiresAt: 0 };
  }

  /** Calls waiting for release, oldest first. */
  get held(): FakeCall[] {
    return this.calls.filter((c) => c.state === 'held');
  }

  release(call: FakeCall): void {
    const release = this.#releases.get(call);
    if (!release) throw new Error(`${call.op} ${call.key} is not held`);
    release();
  }

  /** Resolves once `done()` holds; rejects after a generous bound so a broken test fails instead of hanging. */
  until(done: () => boolean, what = 'condition'): Promise<void> {
    if (done()) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.#waiters.delete(check);
        reject(new Error(`fake DHT: ${what} not reached`));
      }, WAIT_BOUND_MS);
      const check = (): void => {
        if (!done()) return;
        clearTimeout(timer);
        this.#waiters.delete(check);
        resolve();
      };
      this.#waiters.add(check);
    });
  }

  /** Wakes until() waiters on a change the fake cannot see (the gateway's own stats). */
  poke(): void {
    for (const waiter of [...this.#waiters]) waiter();
  }

  async #run(call: FakeCall): Promise<void> {
    this.calls.push(call);
    this.#active++;
    this.maxActive = Math.max(this.maxActive, this.#active);
    try {
      if (this.hold) await this.#held(call);
      if (call.signal?.aborted) throw this.#abort(call);
      const failure = this.failures.get(call.key);
      if (failure instanceof Error) throw failure;
      if (failure) throw new TabmeshError(failure, `fake ${call.op} refused`);
      call.state = 'done';
    } finally {
      this.#active--;
      this.poke();
    }
  }

  #held(call: FakeCall): Promise<void> {
    call.state = 'held';
    this.poke();
    return new Promise((resolve, reject) => {
      const onAbort = (): void => {
        this.#releases.delete(call);
        reject(this.#abort(call));
      };
      call.signal?.addEventListener('abort', onAbort, { once: true });
      this.#releases.set(call, () => {
        this.#releases.delete(call);
        call.signal?.removeEventListener('abort', onAbort);
        call.state = 'running';
        resolve();
      });
    });
  }

  #abort(call: FakeCall): TabmeshError {
    call.state = 'aborted';
    return new TabmeshError('aborted', `fake ${call.op} aborted`);
  }
}
