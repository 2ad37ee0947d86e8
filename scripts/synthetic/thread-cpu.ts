/**
 * CPU seconds used by the calling thread, for the seed's time breakdown. The machine is
 * shared, so wall-clock phases alone cannot tell a slow phase from a busy machine; Node 20
 * has no per-thread CPU clock (process.cpuUsage() mixes in the worker thread), so it is
 * read from Linux's /proc/thread-self/stat (10 ms ticks). NaN where that file is absent.
 */
import { readFileSync } from 'node:fs';

const TICKS_PER_SECOND = 100; // USER_HZ, 100 on every Linux architecture Node supports

export function threadCpuSeconds(): number {
  try {
    const stat = readFileSync('/proc/thread-self/stat', 'utf8');
    // Fields after the parenthesised command name (which may hold spaces): state is field 3.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND; // utime (14), stime (15)
  } catch {
    return Number.NaN;
  }
}

/** Wall-clock and this thread's CPU seconds. */
export interface Elapsed {
  wall: number;
  cpu: number;
}

export const NO_TIME: Elapsed = { wall: 0, cpu: 0 };

/** Starts a stopwatch; calling the result gives the time since the start. */
export function stopwatch(): () => Elapsed {
  const wall = performance.now();
  const cpu = threadCpuSeconds();
  return () => ({ wall: (performance.now() - wall) / 1000, cpu: threadCpuSeconds() - cpu });
}

export function addElapsed(a: Elapsed, b: Elapsed): Elapsed {
  return { wall: a.wall + b.wall, cpu: a.cpu + b.cpu };
}
