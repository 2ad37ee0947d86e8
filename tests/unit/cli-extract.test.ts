/**
 * End to end: the real `extract` CLI as a child process over real files
 * (codebook section 6: one JSON line per file, in order, nothing else on stdout).
 */
import { spawnSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const TSX = join(ROOT, 'node_modules/.bin/tsx');

function runExtract(args: string[]) {
  const r = spawnSync(TSX, ['lib/extract/cli.ts', ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('extract CLI', () => {
  let dir: string;
  const files: Record<string, string> = {};
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'cli-extract-'));
    files.good = join(dir, 'good.json');
    await writeFile(
      files.good,
      JSON.stringify({
        id: 'cli-1',
        lang: 'en',
        url: null,
        published: '2023-03-14',
        title: 'Roadside bomb hits army patrol near Tarmiyah',
        text: 'BAGHDAD, March 14 — A roadside bomb struck an Iraqi army patrol near Tarmiyah, north of Baghdad, on Tuesday, killing two soldiers and wounding three, security sources said.',
      }),
    );
    files.txt = join(dir, 'plain.txt');
    await writeFile(files.txt, 'Gunmen kidnap trader in Kirkuk\nKIRKUK, Iraq (May 2, 2021) - Unidentified gunmen kidnapped a trader in Kirkuk on Sunday, police said.\n');
    files.malformed = join(dir, 'malformed.json');
    await writeFile(files.malformed, '{"lang": "en", "text": ');
    files.badField = join(dir, 'bad-field.json');
    await writeFile(files.badField, JSON.stringify({ lang: 'de', text: 'x' }));
    files.empty = join(dir, 'empty.txt');
    await writeFile(files.empty, '');
    files.binary = join(dir, 'image.png');
    await writeFile(files.binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0xff, 0xfe]));
    files.missing = join(dir, 'no-such-file.json');
    files.jsonl = join(dir, 'two.jsonl');
    await writeFile(files.jsonl, `${JSON.stringify({ lang: 'en', text: 'A bomb exploded in Basra.' })}\nnot json\n`);
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('prints exactly one JSON line per file, in order, errors on their own lines', () => {
    const order = [files.good!, files.txt!, files.malformed!, files.empty!, files.binary!, files.missing!, files.badField!, files.good!];
    const r = runExtract(order);
    expect(r.code).toBe(0);
    expect(r.stdout.endsWith('\n')).toBe(true);
    const lines = r.stdout.slice(0, -1).split('\n');
    expect(lines).toHaveLength(order.length);
    const parsed = lines.map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(parsed.map((p) => p.file)).toEqual(order);

    for (const i of [0, 1, 7]) {
      expect(Object.keys(parsed[i]!), `line ${i + 1}`).toEqual(['file', 'published', 'incidents']);
      expect(Array.isArray(parsed[i]!.incidents)).toBe(true);
    }
    expect(parsed[0]!.published).toBe('2023-03-14');
    for (const i of [2, 3, 4, 5, 6]) expect(Object.keys(parsed[i]!), `line ${i + 1}`).toEqual(['file', 'error']);
    expect(parsed[2]!.error).toMatch(/not valid JSON/);
    expect(parsed[3]!.error).toMatch(/empty/);
    expect(parsed[4]!.error).toMatch(/binary|UTF-8/);
    expect(parsed[5]!.error).toMatch(/not found/);
    expect(parsed[6]!.error).toMatch(/lang/);
    // Diagnostics go to stderr, never stdout.
    expect(r.stderr).toMatch(/malformed\.json/);
  });

  it('prints incidents with the codebook key order', () => {
    const r = runExtract([files.good!]);
    const line = JSON.parse(r.stdout) as { incidents: Record<string, unknown>[] };
    for (const inc of line.incidents) {
      expect(Object.keys(inc)).toEqual(['type', 'date', 'date_precision', 'governorate', 'place', 'lat', 'lon', 'actors', 'killed', 'injured', 'kidnapped', 'evidence']);
    }
  });

  it('prints one line per .jsonl record, with its line number', () => {
    const r = runExtract([files.jsonl!, files.txt!]);
    const parsed = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(parsed.map((p) => [p.file, p.line ?? null, 'error' in p])).toEqual([
      [files.jsonl, 1, false],
      [files.jsonl, 2, true],
      [files.txt, null, false],
    ]);
  });

  it('exits 2 with usage on stderr and nothing on stdout when no file is given', () => {
    const r = runExtract([]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/usage/);
  });
});
