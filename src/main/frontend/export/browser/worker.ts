/// <reference lib="webworker" />
import type { FromWorker, ToWorker } from './protocol';
import { createWorkerHandler } from './worker-core';

/**
 * Entry of the export worker. The admin bundle creates it with
 * `new Worker(new URL('../export/browser/worker.ts', import.meta.url))`, so encoding and
 * compression never block the page.
 */
const scope = self as unknown as DedicatedWorkerGlobalScope;
const handle = createWorkerHandler({
  post: (message: FromWorker) => scope.postMessage(message),
  storage: scope.navigator.storage,
});
scope.onmessage = (event: MessageEvent<ToWorker>) => {
  void handle(event.data);
};
