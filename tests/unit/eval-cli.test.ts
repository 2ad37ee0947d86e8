/** End to end: the real `eval` CLI over a small corpus written to a temp folder. */
import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const TSX = join(ROOT, 'node_modules/.bin/tsx');
const runEval = (args: string[]) => spawnSync(TSX, ['lib/eval/cli.ts', ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });

describe('eval CLI', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'eval-cli-'));
    await mkdir(join(dir, 'articles'));
    await mkdir(join(dir, 'gold'));
    const article = { id: 't1', lang: 'en', url: null, published: '2023-03-14', title: 'Bomb', text: 'A roadside bomb exploded in Baghdad on Tuesday, killing two people.' };
    const gold = { id: 't1', incidents: [{ type: 'bombing', date: '2023-03-14', date_precision: 'day', governorate: 'IQ-BG', place: 'Baghdad', lat: null, lon: null, actors: [], killed: 2, injured: null, kidnapped: null }] };
    await writeFile(join(dir, 'articles/t1.json'), JSON.stringify(article));
    await writeFile(join(dir, 'gold/t1.json'), JSON.stringify(gold));
    await writeFile(join(dir, 'articles/t2.json'), JSON.stringify({ ...article, id: 't2' })); // no gold: skipped with a notice
    await writeFile(join(dir, 'articles/t3.json'), '{oops');
    await writeFile(join(dir, 'gold/t3.json'), JSON.stringify({ id: 't3', incidents: [] }));
    await writeFile(join(dir, 'articles/t4.json'), JSON.stringify({ ...article, id: 't4' }));
    await writeFile(join(dir, 'gold/t4.json'), JSON.stringify({ id: 't4', incidents: [{ ...gold.incidents[0], type: 'riot' }] }));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('prints the table, then one final JSON line; skipped files and elapsed time on stderr', () => {
    const r = runEval([dir, '--detail']);
    expect(r.status).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^Extraction evaluation: 1 articles/);
    expect(r.stdout).toMatch(/On strict pairs/);
    const summary = JSON.parse(lines.at(-1)!) as { articles: number; strict: { gold: number }; by_lang: object; by_type: object };
    expect(summary.articles).toBe(1);
    expect(summary.strict.gold).toBe(1);
    expect(summary).toHaveProperty('by_lang.en');
    expect(summary).toHaveProperty('by_type.bombing');
    expect(r.stderr).toMatch(/t2\.json has no gold/);
    expect(r.stderr).toMatch(/t3\.json.*not valid JSON/);
    expect(r.stderr).toMatch(/gold\/t4\.json: invalid gold: incidents\.0\.type/);
    expect(r.stderr).toMatch(/in \d+ ms/);
  });

  it('--json prints only the JSON line', () => {
    const r = runEval([dir, '--json']);
    expect(r.status).toBe(0);
    expect(r.stdout.trimEnd().split('\n')).toHaveLength(1);
    expect(() => JSON.parse(r.stdout) as unknown).not.toThrow();
  });

  it('exits 2 for a folder that is not a corpus or bad options', () => {
    expect(runEval([join(dir, 'nope')]).status).toBe(2);
    expect(runEval([dir, '--bogus']).status).toBe(2);
    expect(runEval([]).status).toBe(2);
  });
});
