/**
 * Preloaded (`node --require`) into the `next start` child of scripts/start.ts.
 * start.ts passes signals on, but if it is killed outright (SIGKILL, OOM, crash) the
 * server would be reparented and keep the port. The kernel has no portable
 * "die with parent" for Node, so watch for the reparenting and shut down gracefully.
 * CommonJS because --require does not take TypeScript or ESM.
 */
'use strict';

const parent = process.ppid;
const timer = setInterval(() => {
  if (process.ppid === parent) return;
  clearInterval(timer);
  process.kill(process.pid, 'SIGTERM');
}, 1000);
// Never the reason the server stays alive.
timer.unref();
