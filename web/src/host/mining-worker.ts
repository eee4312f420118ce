/**
 * The Web Worker that mines for a tab (started by mining-client.ts): the core's mining loop
 * behind the protocol of chain/mining-protocol.ts. Between batches it yields through a
 * MessageChannel, a task that timers' 4 ms nesting clamp does not slow, so a cancel or a new
 * tip posted by the page is read within one batch.
 */
import { systemClock } from '../node/base/clock.ts';
import { serveMining } from '../node/chain/mining-protocol.ts';

/** The part of DedicatedWorkerGlobalScope used here (the project's lib is DOM, not WebWorker). */
interface WorkerScope {
  postMessage(message: unknown): void;
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
}

const scope = globalThis as unknown as WorkerScope;
const channel = new MessageChannel();
const waiting: (() => void)[] = [];
channel.port1.onmessage = () => waiting.shift()?.();

function yieldTurn(): Promise<void> {
  return new Promise((resolve) => {
    waiting.push(resolve);
    channel.port2.postMessage(null);
  });
}

const handle = serveMining((message) => scope.postMessage(message), { clock: systemClock, schedule: yieldTurn });
scope.addEventListener('message', (event) => handle(event.data));
