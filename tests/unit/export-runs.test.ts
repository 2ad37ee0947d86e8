import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { setIncidentStatus } from '@/db/queries';
import { exportIncidents, openIncidentExport } from '@/db/queries/export-incidents';
import type { ExportRow } from '@/db/types';
import { parseIncidentFilter, type IncidentFilter } from '@/lib/filter';
import { EXPORT_FORMATS, type ExportFormatName } from '@/lib/export/formats';
import type { RowSource } from '@/lib/export/row-source';
import { SortedMerge } from '@/lib/export/sorted-merge';
import { textStreamFromRows } from '@/lib/export/text-stream';
import { GET as csvRoute } from '@/app/api/incidents/export.csv/route';
import { useApiTestDb, get } from './api-fixture';

function filterOf(query: string): IncidentFilter {
  const f = parseIncidentFilter(new URLSearchParams(query));
  if (!f.ok) throw new Error(f.message);
  return f.value;
}

/** Rows encoded on this thread, as the one-thread export writes them. */
function encoded(format: ExportFormatName, rows: Iterable<ExportRow> | RowSource<ExportRow>): Response {
  return new Response(textStreamFromRows(rows, EXPORT_FORMATS[format]));
}

/** Drives a source the way the stream does, counting the preparation steps. */
function drain(source: RowSource<ExportRow>): { rows: ExportRow[]; steps: number } {
  let steps = 1;
  while (!source.prepare()) steps++;
  const rows: ExportRow[] = [];
  for (let r = source.next(); r !== undefined; r = source.next()) rows.push(r);
  return { rows, steps };
}

describe('SortedMerge', () => {
  it('merges sorted runs into one sorted sequence, whatever the runs', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: -1000, max: 1000 })), fc.array(fc.nat({ max: 20 }), { maxLength: 10 }), (values, cuts) => {
        const runs: number[][] = [];
        let rest = [...values];
        for (const c of cuts) runs.push(rest.splice(0, c).sort((a, b) => a - b));
        runs.push(rest.sort((a, b) => a - b));
        const merge = new SortedMerge<number>((a, b) => a < b);
        for (const run of runs) {
          let i = 0;
          merge.add(() => run[i++]);
        }
        const out: number[] = [];
        for (let v = merge.next(); v !== undefined; v = merge.next()) out.push(v);
        expect(out).toEqual([...values].sort((a, b) => a - b));
      }),
      { numRuns: 300 },
    );
  });
});

describe('export in sorted runs', () => {
  const t = useApiTestDb();
  const QUERIES = ['', '?governorate=IQ-DI', '?type=bombing&minKilled=1', '?status=unreviewed&from=2024-01-01', '?q=drone', '?governorate=IQ-NI&type=airstrike'];

  it('yields the same rows in the same order in one run or in many', () => {
    for (const query of QUERIES) {
      const one = drain(openIncidentExport(filterOf(query), t, { runRows: 1_000_000 }));
      const many = drain(openIncidentExport(filterOf(query), t, { runRows: 3 }));
      expect(many.rows, query).toEqual(one.rows);
      expect(many.rows, query).toEqual([...exportIncidents(filterOf(query), t)]);
      // Many runs: many bounded steps before the first row (open, [ids], one per run).
      if (one.rows.length > 6) expect(many.steps, query).toBeGreaterThan(one.steps + 1);
    }
  });

  it('orders by date, then id, undated incidents last (by id)', () => {
    const { rows } = drain(openIncidentExport(filterOf(''), t, { runRows: 4 }));
    expect(rows.length).toBeGreaterThan(40);
    expect(rows.some((r) => r.event_date === null)).toBe(true);
    for (let i = 1; i < rows.length; i++) {
      const a = rows[i - 1]!;
      const b = rows[i]!;
      const ka = [a.event_date === null ? 1 : 0, a.event_date ?? '', a.incident_id] as const;
      const kb = [b.event_date === null ? 1 : 0, b.event_date ?? '', b.incident_id] as const;
      const inOrder = ka[0] < kb[0] || (ka[0] === kb[0] && (ka[1] < kb[1] || (ka[1] === kb[1] && ka[2] < kb[2])));
      expect(inOrder, `${JSON.stringify(ka)} before ${JSON.stringify(kb)}`).toBe(true);
    }
  });

  it('applies the filter exactly: the rows are the filtered incidents, once each', () => {
    const f = filterOf('?governorate=IQ-DI&governorate=IQ-BG&type=bombing');
    const { rows } = drain(openIncidentExport(f, t, { runRows: 2 }));
    const expected = t.sqlite
      .prepare("SELECT id FROM incidents WHERE governorate IN ('IQ-DI', 'IQ-BG') AND type = 'bombing' ORDER BY id")
      .all()
      .map((r) => (r as { id: number }).id);
    expect(expected.length).toBeGreaterThan(2);
    expect(rows.map((r) => r.incident_id).sort((a, b) => a - b)).toEqual(expected);
  });

  it('closing part-way releases the reading connection', () => {
    const source = openIncidentExport(filterOf(''), t, { runRows: 5 });
    source.prepare();
    source.prepare();
    source.close();
    source.close(); // idempotent
    expect(source.next()).toBeUndefined();
    const id = (t.sqlite.prepare('SELECT min(id) AS id FROM incidents').get() as { id: number }).id;
    expect(setIncidentStatus(id, 'confirmed', t)?.status).toBe('confirmed');
    setIncidentStatus(id, 'unreviewed', t);
  });

  it('streams the same bytes through the route as with many small runs (CSV and GeoJSON)', async () => {
    const routeBytes = new Uint8Array(await (await csvRoute(get('/api/incidents/export.csv?governorate=IQ-DI'))).arrayBuffer());
    const runsBytes = new Uint8Array(await encoded('csv', openIncidentExport(filterOf('?governorate=IQ-DI'), t, { runRows: 2 })).arrayBuffer());
    expect(runsBytes).toEqual(routeBytes);
    const rows = [...exportIncidents(filterOf(''), t)];
    const fromRows = await encoded('geojson', rows).text();
    const fromRuns = await encoded('geojson', openIncidentExport(filterOf(''), t, { runRows: 3 })).text();
    expect(fromRuns).toBe(fromRows);
    expect(JSON.parse(fromRuns).features.length).toBe(rows.filter((r) => r.latitude !== null).length);
  });
});

describe('row stream over a source with up-front work', () => {
  /** A source that needs `steps` prepare() calls and records the event-loop turn of each. */
  function slowSource(steps: number, rows: number[]) {
    let turn = 0;
    let spinning = true;
    const spin = () => {
      turn++;
      if (spinning) setImmediate(spin);
    };
    setImmediate(spin);
    const turnsSeen: number[] = [];
    let closes = 0;
    let i = 0;
    const source: RowSource<number> = {
      prepare() {
        turnsSeen.push(turn);
        return turnsSeen.length >= steps;
      },
      next: () => rows[i++],
      close() {
        closes++;
        spinning = false;
      },
    };
    return { source, turnsSeen, closes: () => closes };
  }

  it('gives the event loop a turn between two steps, and writes every row', async () => {
    const s = slowSource(6, [1, 2, 3]);
    const text = await new Response(textStreamFromRows(s.source, { head: '[', tail: ']', separator: ',', encode: String })).text();
    expect(text).toBe('[1,2,3]');
    expect(s.turnsSeen.length).toBe(6);
    for (let k = 1; k < s.turnsSeen.length; k++) expect(s.turnsSeen[k]!).toBeGreaterThan(s.turnsSeen[k - 1]!);
    expect(s.closes()).toBe(1);
  });

  it('a reader that cancels while the source prepares closes it once and gets no error', async () => {
    const s = slowSource(1_000_000, [1]);
    const reader = textStreamFromRows(s.source, { head: 'H', tail: 'T', encode: String }).getReader();
    expect(new TextDecoder().decode((await reader.read()).value)).toBe('H');
    const pending = reader.read();
    await new Promise((r) => setTimeout(r, 5));
    await reader.cancel();
    expect((await pending).done).toBe(true);
    expect(s.closes()).toBe(1);
  });
});
