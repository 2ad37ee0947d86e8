/**
 * scripts/exit-with-parent.cjs, preloaded into the `next start` child of scripts/start.ts:
 * when the parent is killed outright (no chance to pass a signal on), the child must
 * notice and shut down through its own SIGTERM handler instead of living on.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

const PRELOAD = path.resolve('scripts/exit-with-parent.cjs');

/** Running (an exited child not yet reaped by init is a zombie: that counts as gone). */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return true; // no /proc: kill(0) succeeded, so it exists
  }
}

/** Resolves with the first output line matching `re` (rejects after `ms`). */
function waitForLine(proc: ChildProcess, re: RegExp, ms: number): Promise<string> {
  return new Promise((resolve, reject) => {
    let seen = '';
    const timer = setTimeout(() => reject(new Error(`no line matching ${re} within ${ms} ms; output: ${seen}`)), ms);
    proc.stdout!.on('data', (chunk: Buffer) => {
      seen += chunk.toString();
      const line = seen.split('\n').find((l) => re.test(l));
      if (line) {
        clearTimeout(timer);
        resolve(line);
      }
    });
  });
}

const started: number[] = [];
afterEach(() => {
  for (const pid of started.splice(0)) if (alive(pid)) process.kill(pid, 'SIGKILL');
});

describe('exit-with-parent preload', () => {
  it('sends the child SIGTERM once its parent is SIGKILLed', async () => {
    // The child stands in for next start: it reports its pid, then its SIGTERM handler.
    const childCode = [
      "console.log('child pid ' + process.pid);",
      "process.on('SIGTERM', () => { console.log('child got SIGTERM'); process.exit(0); });",
      'setInterval(() => {}, 1000);',
    ].join(' ');
    const parentCode = [
      "const { spawn } = require('node:child_process');",
      `spawn(process.execPath, ['--require', ${JSON.stringify(PRELOAD)}, '-e', ${JSON.stringify(childCode)}], { stdio: 'inherit' });`,
      'setInterval(() => {}, 1000);',
    ].join(' ');
    const parent = spawn(process.execPath, ['-e', parentCode], { stdio: ['ignore', 'pipe', 'inherit'] });
    started.push(parent.pid!);
    const childPid = Number(/child pid (\d+)/.exec(await waitForLine(parent, /child pid \d+/, 10_000))![1]);
    started.push(childPid);
    expect(alive(childPid)).toBe(true);

    const gotSigterm = waitForLine(parent, /child got SIGTERM/, 10_000);
    parent.kill('SIGKILL');
    await gotSigterm;
    await expect.poll(() => alive(childPid), { timeout: 5_000 }).toBe(false);
  }, 30_000);

  it('leaves the child alone while its parent lives', async () => {
    const childCode = "console.log('child pid ' + process.pid); setInterval(() => {}, 1000);";
    const parentCode = [
      "const { spawn } = require('node:child_process');",
      `spawn(process.execPath, ['--require', ${JSON.stringify(PRELOAD)}, '-e', ${JSON.stringify(childCode)}], { stdio: 'inherit' });`,
      'setInterval(() => {}, 1000);',
    ].join(' ');
    const parent = spawn(process.execPath, ['-e', parentCode], { stdio: ['ignore', 'pipe', 'inherit'] });
    started.push(parent.pid!);
    const childPid = Number(/child pid (\d+)/.exec(await waitForLine(parent, /child pid \d+/, 10_000))![1]);
    started.push(childPid);
    // Three of the preload's one-second checks.
    await new Promise((r) => setTimeout(r, 3_000));
    expect(alive(childPid)).toBe(true);
  }, 30_000);
});

describe('launcher chain of npm start (scripts/launcher-watch.ts)', () => {
  it('counts npm, sh -c wrappers and the tsx runner as launchers, and stops at anything else', async () => {
    const { isLauncher } = await import('@/scripts/launcher-watch');
    expect(isLauncher(['npm', 'start'])).toBe(true);
    expect(isLauncher(['npm', 'exec', 'tsx', 'scripts/start.ts'])).toBe(true);
    expect(isLauncher(['sh', '-c', 'tsx scripts/start.ts'])).toBe(true);
    expect(isLauncher(['node', '/repo/node_modules/.bin/tsx', 'scripts/start.ts'])).toBe(true);
    // The user's interactive shell and unrelated programs are not followed.
    expect(isLauncher(['-bash'])).toBe(false);
    expect(isLauncher(['bash'])).toBe(false);
    expect(isLauncher(['/usr/bin/node', '--require', 'preflight.cjs', 'tests/e2e/serve-fresh.ts'])).toBe(false);
    expect(isLauncher(['systemd', '--user'])).toBe(false);
  });

  it.skipIf(!existsSync('/proc/self/stat'))('reports the chain broken once a launcher process is gone (Linux /proc)', async () => {
    const { chainBroken, launcherChain } = await import('@/scripts/launcher-watch');
    const chain = launcherChain();
    expect(chainBroken(chain)).toBe(false); // this test's own ancestors are alive
    expect(chainBroken([])).toBe(false);
    const child = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 200)']);
    const started = readFileSync(`/proc/${child.pid}/stat`, 'utf8');
    const fields = started.slice(started.lastIndexOf(')') + 2).split(' ');
    const link = { pid: child.pid!, started: fields[19]! };
    expect(chainBroken([link])).toBe(false);
    await new Promise((r) => child.once('exit', r));
    await expect.poll(() => chainBroken([link]), { timeout: 5_000 }).toBe(true);
    expect(chainBroken([{ ...link, started: 'another process' }])).toBe(true);
  });
});
