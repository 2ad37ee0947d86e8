/**
 * `npm start` runs this script through a chain of launchers: npm → sh -c → tsx → node.
 * `kill <pid of npm>` ends npm (and the sh) without the signal reaching us; tsx is
 * reparented and keeps us — and the server — alive. This finds that chain once (Linux
 * /proc; elsewhere it reports nothing to watch) so the caller can stop when any link of
 * it goes away. The chain stops at the first process that is not a launcher (the user's
 * shell, a process manager): their exit is not ours to follow (nohup, detached runs).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

interface ProcStat {
  ppid: number;
  /** Start time in clock ticks since boot: tells a recycled pid from the original. */
  started: string;
  zombie: boolean;
}

function procStat(pid: number): ProcStat | null {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) may contain spaces and parentheses: parse after the last ')'.
    const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
    return { ppid: Number(fields[1]), started: fields[19] ?? '', zombie: fields[0] === 'Z' };
  } catch {
    return null;
  }
}

function commandLine(pid: number): string[] {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean);
  } catch {
    return [];
  }
}

/** npm / npx, a `sh -c` wrapper, or the tsx command-line runner. */
export function isLauncher(argv: readonly string[]): boolean {
  const [first = '', second = ''] = argv;
  const name = path.basename(first);
  if (name === 'npm' || name === 'npx' || /npm-cli\.js$|npx-cli\.js$/.test(second)) return true;
  if (/^(sh|dash|bash|zsh)$/.test(name) && second === '-c') return true;
  return argv.slice(0, 2).some((a) => /(^|\/)(\.bin\/tsx|tsx\/dist\/cli\.m?js)$/.test(a));
}

export interface Launcher {
  pid: number;
  started: string;
}

/** The launchers above `pid` (nearest first), up to the first process that is not one. */
export function launcherChain(pid: number = process.pid): Launcher[] {
  const chain: Launcher[] = [];
  let current = procStat(pid)?.ppid ?? 0;
  while (current > 1 && chain.length < 8) {
    const stat = procStat(current);
    if (!stat || !isLauncher(commandLine(current))) break;
    chain.push({ pid: current, started: stat.started });
    current = stat.ppid;
  }
  return chain;
}

/** True when a launcher of the chain has exited (or its pid now names another process). */
export function chainBroken(chain: readonly Launcher[]): boolean {
  return chain.some((l) => {
    const stat = procStat(l.pid);
    return !stat || stat.zombie || stat.started !== l.started;
  });
}
