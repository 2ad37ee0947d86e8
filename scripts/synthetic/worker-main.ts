/** Runs on the worker thread started by startWorkerBuild (worker-build.ts). */
import { parentPort, workerData } from 'node:worker_threads';
import { buildSideDatabase, type WorkerJob } from './worker-build';

parentPort!.postMessage(buildSideDatabase(workerData as WorkerJob));
