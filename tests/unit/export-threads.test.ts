/**
 * The export read by worker threads (db/queries/export-stream.ts): the same bytes as one
 * thread, whatever the filter, format, thread count and run size; one snapshot for all
 * parts; no thread outlives its export.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { setIncidentStatus } from '@/db/queries';
import { ExportPart } from '@/db/queries/export-part';
import { agreeOnSnapshot, openExportStream, type ExportStreamOptions } from '@/db/queries/export-stream';
import { exportThreadsRunning, PartThread } from '@/db/queries/export-thread';
import { storeArticle } from '@/db/store-article';
import { fixtureArticles } from '@/db/testing/fixture';
import type { ExportFormatName } from '@/lib/export/formats';
import { parseIncidentFilter, type IncidentFilter } from '@/lib/filter';
import { GET as csvRoute } from '@/app/api/incidents/export.csv/route';
import { get, useApiTestDb } from './api-fixture';

function filterOf(query: string): IncidentFilter {
  const f = parseIncidentFilter(new URLSearchParams(query));
  if (!f.ok) throw new Error(f.message);
  return f.value;
}


describe('export read by worker threads', () => {
  const t = useApiTestDb();
  afterEach(() => {
    expect(exportThreadsRunning()).toBe(0);
  });

  async function exported(query: string, format: ExportFormatName, opts: ExportStreamOptions) {
    const { body, threads } = await openExportStream(filterOf(query), format, t, opts);
    return { bytes: Buffer.from(await new Response(body).arrayBuffer()), threads };
  }

  const QUERIES = [
    '',
    '?governorate=IQ-DI',
    '?governorate=IQ-DI&governorate=IQ-BG&type=bombing',
    '?type=bombing&minKilled=1',
    '?status=unreviewed&from=2024-01-01',
    '?to=2023-12-31',
    '?actor=isis&actorRole=perpetrator',
    '?q=Green',
    '?q=zzzznothingzzzz',
  ];

  it('gives the bytes of the one-thread export for every filter, format, thread count and run size', async () => {
    // Starting a thread from source files takes a few hundred ms: each filter gets one
    // thread count and run size per format, and the combinations rotate over the filters.
    const shapes = [
      { threads: 2, runRows: undefined },
      { threads: 3, runRows: 3 },
      { threads: 2, runRows: 3 },
      { threads: 3, runRows: undefined },
    ];
    let k = 0;
    for (const format of ['csv', 'geojson'] as const) {
      for (const query of QUERIES) {
        const one = await exported(query, format, { threads: 0 });
        expect(one.threads).toBe(1);
        const shape = shapes[k++ % shapes.length]!;
        const many = await exported(query, format, { ...shape, minRows: 0 });
        const label = `${format} ${query} ${JSON.stringify(shape)}`;
        expect(many.threads, label).toBe(shape.threads);
        expect(many.bytes.equals(one.bytes), label).toBe(true);
      }
    }
  }, 120_000);

  it('keeps short exports on one thread unless told otherwise', async () => {
    expect((await exported('', 'csv', { threads: 2 })).threads).toBe(1);
    expect((await exported('', 'csv', { threads: 2, minRows: 0 })).threads).toBe(2);
  });

  it('an export that would run more threads than allowed reads in this thread', async () => {
    const first = await openExportStream(filterOf(''), 'csv', t, { threads: 2, minRows: 0, maxRunning: 3 });
    expect(first.threads).toBe(2);
    const second = await openExportStream(filterOf(''), 'csv', t, { threads: 2, minRows: 0, maxRunning: 3 });
    expect(second.threads).toBe(1);
    const bytes = await Promise.all([first, second].map(async (e) => Buffer.from(await new Response(e.body).arrayBuffer())));
    expect(bytes[0]!.equals(bytes[1]!)).toBe(true);
  });

  it('the route reads with threads when the environment asks, with the same bytes', async () => {
    const download = async () => {
      const res = await csvRoute(get('/api/incidents/export.csv?type=bombing'));
      return { threads: res.headers.get('x-export-threads'), bytes: Buffer.from(await res.arrayBuffer()) };
    };
    const saved = { threads: process.env.EXPORT_THREADS, minRows: process.env.EXPORT_MIN_ROWS };
    try {
      process.env.EXPORT_THREADS = '2';
      process.env.EXPORT_MIN_ROWS = '0';
      const threaded = await download();
      process.env.EXPORT_THREADS = '0';
      const single = await download();
      expect(threaded.threads).toBe('2');
      expect(single.threads).toBe('1');
      expect(threaded.bytes.equals(single.bytes)).toBe(true);
    } finally {
      for (const [k, v] of [['EXPORT_THREADS', saved.threads], ['EXPORT_MIN_ROWS', saved.minRows]] as const) {
        if (v === undefined) delete process.env[k];
        else process.env[k] = v;
      }
    }
  });

  it('a reader that stops after the head ends the threads and leaves the store free', async () => {
    type Checkpoint = [{ busy: number; log: number; checkpointed: number }];
    const checkpoint = () => (t.sqlite.pragma('wal_checkpoint(PASSIVE)') as Checkpoint)[0];
    const { body, threads } = await openExportStream(filterOf(''), 'csv', t, { threads: 2, minRows: 0 });
    expect(threads).toBe(2);
    expect(exportThreadsRunning()).toBe(2);
    const reader = body.getReader();
    expect((await reader.read()).done).toBe(false);
    // A write after the threads took their snapshot: while they hold it, its pages cannot
    // all be copied back into the database.
    const id = t.sqlite.prepare('SELECT min(id) FROM incidents').pluck().get() as number;
    expect(setIncidentStatus(id, 'confirmed', t)?.status).toBe('confirmed');
    const held = checkpoint();
    expect(held.checkpointed).toBeLessThan(held.log);
    await reader.cancel();
    expect(exportThreadsRunning()).toBe(0);
    // Threads end a moment after they are stopped, and their connections with them.
    let freed = checkpoint();
    for (let i = 0; i < 100 && freed.checkpointed < freed.log; i++) {
      await new Promise((r) => setTimeout(r, 20));
      freed = checkpoint();
    }
    expect(freed.checkpointed).toBe(freed.log);
    setIncidentStatus(id, 'unreviewed', t);
  });

  it('a thread that cannot open the store reports why', async () => {
    const part = new PartThread();
    try {
      await expect(part.open(`${t.dir}/missing/none.db`)).rejects.toThrow(/unable to open|does not exist|no such file/i);
    } finally {
      part.stop();
    }
  });
});

describe('one snapshot for all parts', () => {
  const t = useApiTestDb();
  const parts: ExportPart[] = [];
  afterEach(() => {
    for (const p of parts.splice(0)) p.close();
  });
  const part = () => {
    const p = new ExportPart(t.file);
    parts.push(p);
    return p;
  };
  const count = (p: ExportPart) => {
    p.start({ filter: filterOf('?status=confirmed'), format: 'csv', share: { part: 0, parts: 1, block: 1 } });
    let n = 0;
    for (let b = p.batch(100, 1 << 20); ; b = p.batch(100, 1 << 20)) {
      n += b.ends.length;
      if (b.last) return n;
    }
  };

  it('marks differ across a status edit and an ingest, and agree once the part behind begins again', async () => {
    const a = part();
    const b = part();
    const marks = [a.begin(), b.begin()];
    expect(marks[0]).toBe(marks[1]);

    const id = t.sqlite.prepare('SELECT min(id) FROM incidents').pluck().get() as number;
    setIncidentStatus(id, 'confirmed', t);
    const c = part();
    marks.push(c.begin());
    expect(marks[2]).not.toBe(marks[0]);

    const [extra] = fixtureArticles(1, 99);
    storeArticle(t, { ...extra!.article, text: `${extra!.article.text} (snapshot test)` }, extra!.incidents);
    const d = part();
    marks.push(d.begin());
    expect(marks[3]).not.toBe(marks[2]);

    const all = [a, b, c, d];
    let begun = 0;
    const agreed = await agreeOnSnapshot(marks, async (i) => {
      begun++;
      return all[i]!.begin();
    });
    expect(agreed).toBe(true);
    expect(begun).toBe(3); // a, b and c were behind
    expect(new Set(marks).size).toBe(1);
    // Every part now sees the edit.
    expect(all.map(count)).toEqual([1, 1, 1, 1]);
    setIncidentStatus(id, 'unreviewed', t);
  });

  it('gives up when writes never let the parts agree', async () => {
    const a = part();
    const b = part();
    const marks = [a.begin(), b.begin()];
    const id = t.sqlite.prepare('SELECT min(id) FROM incidents').pluck().get() as number;
    let flips = 0;
    const write = () => setIncidentStatus(id, flips++ % 2 ? 'confirmed' : 'unreviewed', t);
    write();
    marks[1] = b.begin();
    // A write lands every time a part that was behind begins again: it is ahead at once.
    let begun = 0;
    const agreed = await agreeOnSnapshot(
      marks,
      async (i) => {
        begun++;
        write();
        return [a, b][i]!.begin();
      },
      5,
    );
    expect(agreed).toBe(false);
    expect(begun).toBe(5);
    setIncidentStatus(id, 'unreviewed', t);
  });
});
