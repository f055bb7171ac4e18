/// <reference lib="webworker" />
import { indexedDbPendingStore } from './pending';
import type { FromWorker, ToWorker } from './protocol';
import { createWorkerHandler } from './worker-core';

/**
 * Entry of the export worker, its own bundle (webpack/constants.js WORKER): the admin page
 * starts it with `new Worker(url)`, so encoding and compression never block the page.
 */
const scope = self as unknown as DedicatedWorkerGlobalScope;
const handle = createWorkerHandler({
  post: (message: FromWorker) => scope.postMessage(message),
  storage: scope.navigator.storage,
  ...(typeof indexedDB !== 'undefined' ? { pending: indexedDbPendingStore(indexedDB) } : {}),
  ...(scope.navigator.locks ? { locks: scope.navigator.locks } : {}),
});
scope.onmessage = (event: MessageEvent<ToWorker>) => {
  void handle(event.data);
};
