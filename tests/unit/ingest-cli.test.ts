import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '@/db/client';
import { createTempDatabase } from '@/db/testing/fixture';

const t = createTempDatabase('ingest-cli-');
afterAll(() => t.cleanup());

const tsx = path.resolve('node_modules/tsx/dist/cli.mjs');
const run = (args: string[], env: Record<string, string> = {}) =>
  spawnSync(process.execPath, [tsx, 'db/ingest-cli.ts', ...args], { encoding: 'utf8', env: { ...process.env, ...env }, timeout: 60_000 });

describe('npm run ingest', () => {
  const dir = path.join(t.dir, 'in');
  mkdirSync(path.join(dir, 'sub'), { recursive: true });
  const article = (text: string) => JSON.stringify({ lang: 'en', url: 'https://news.example/x', published: '2024-03-04', title: 'Report', text });
  writeFileSync(path.join(dir, 'one.json'), article('Gunmen killed a shop owner in Baghdad on Sunday.'));
  writeFileSync(path.join(dir, 'sub', 'two.txt'), 'Baghdad, 4 March 2024\nA roadside bomb hit a patrol near Tarmiyah.');
  const dbFile = path.join(t.dir, 'cli.db');

  it('stores every good article, lists the failures and exits 1 when any failed', () => {
    writeFileSync(path.join(dir, 'sub', 'bad.json'), '{ "lang": "en" ');
    const r = run([dir], { DATABASE_PATH: dbFile });
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/2 new articles, 0 skipped .* 1 failed/);
    expect(r.stdout).toContain(`FAILED ${path.join(dir, 'sub', 'bad.json')}: `);
    // Not a terminal: plain count lines on stderr, no bar.
    expect(r.stderr).toMatch(/ingest: 3\/3 files/);
    expect(r.stderr).not.toContain('\r');
    const h = openDatabase(dbFile);
    expect(h.sqlite.prepare('SELECT count(*) FROM articles').pluck().get()).toBe(2);
    h.sqlite.close();
  });

  it('exits 0 on a clean re-run (everything already stored) and honours --db', () => {
    const other = path.join(t.dir, 'other.db');
    expect(run([path.join(dir, 'one.json'), '--db', other]).status).toBe(0);
    const again = run([path.join(dir, 'one.json'), '--db', other]);
    expect(again.status).toBe(0);
    expect(again.stdout).toMatch(/0 new articles, 1 skipped/);
  });

  it('exits 2 with usage when no path is given', () => {
    const r = run([], { DATABASE_PATH: dbFile });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/usage: npm run ingest/);
  });
});
