/**
 * A `next start` of a production build on a free local port, for the dashboard
 * benchmark: this checkout's, or a saved one (a directory with .next/, next.config.ts,
 * package.json, db/migrations and node_modules) to compare against.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import path from 'node:path';
import { NEXT_BIN, REPO_ROOT } from '@/scripts/production-build';
import { warmUp } from '@/scripts/warm-up';

export interface RunningServer {
  baseUrl: string;
  /** Milliseconds from spawn to next's "Ready" line. */
  readyMs: number;
  /** Milliseconds of the warm-up request `npm start` makes (null: not made). */
  warmUpMs: number | null;
  /** Everything the server printed so far (errors are logged there). */
  output(): string;
  stop(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (address && typeof address === 'object' ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

function waitForExit(child: ChildProcess, ms: number): Promise<boolean> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), ms);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}

/**
 * Starts the server and resolves once it says it is ready and — like `npm start`, unless
 * `warm` is false — has answered one warm-up request, so the first measured load is what
 * the first visitor after `npm start` gets (`--no-warm-up` measures a fully cold server).
 */
export async function startServer(databasePath: string, appDir: string = REPO_ROOT, warm = true): Promise<RunningServer> {
  const port = await freePort();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production',
    NEXT_TELEMETRY_DISABLED: '1',
    DATABASE_PATH: databasePath,
  };
  // The map is measured offline, with the bundled boundaries only.
  delete env.TILE_URL;
  const started = performance.now();
  const child = spawn(
    process.execPath,
    // If the benchmark is killed, the server notices and stops (see the preload).
    ['--require', path.join(REPO_ROOT, 'scripts', 'exit-with-parent.cjs'), NEXT_BIN, 'start', '-p', String(port), '-H', '127.0.0.1'],
    { cwd: appDir, env, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const stopOnExit = () => child.kill('SIGTERM');
  process.once('exit', stopOnExit);

  let output = '';
  const readyMs = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`next start not ready after 120 s:\n${output}`)), 120_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (/Ready in/.test(output)) {
        clearTimeout(timer);
        resolve(performance.now() - started);
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`next start exited (${code ?? signal}) before it was ready:\n${output}`));
    });
  });

  // As `npm start` does: one request before the first visitor (scripts/warm-up.ts).
  const warmUpMs = warm ? await warmUp(`http://127.0.0.1:${port}`) : null;

  return {
    baseUrl: `http://127.0.0.1:${port}`,
    readyMs,
    warmUpMs,
    output: () => output,
    async stop() {
      process.removeListener('exit', stopOnExit);
      child.kill('SIGTERM');
      if (!(await waitForExit(child, 10_000))) {
        child.kill('SIGKILL');
        await waitForExit(child, 5_000);
      }
    },
  };
}
