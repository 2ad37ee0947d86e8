import { describe, expect, it } from 'vitest';
import { EMPTY_FILTER, listIncidents } from '@/db/queries';
import { EXPORT_COLUMNS } from '@/db/types';
import { parseIncidentFilter } from '@/lib/filter';
import { CSV_HEADER, csvField, csvRecord, neutraliseFormula } from '@/lib/export/csv';
import { textStreamFromRows } from '@/lib/export/text-stream';
import { GET as csvRoute } from '@/app/api/incidents/export.csv/route';
import { useApiTestDb, get, HOSTILE_PLACES } from './api-fixture';

/** A strict RFC 4180 reader, written for the test, so the export is checked by parsing it. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  let quoted = false;
  while (i < text.length) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), (i += 2);
      else if (c === '"') (quoted = false), i++;
      else (field += c), i++;
    } else if (c === '"') {
      if (field !== '') throw new Error(`stray quote at ${i}`);
      quoted = true;
      i++;
    } else if (c === ',') (row.push(field), (field = ''), i++);
    else if (c === '\r' && text[i + 1] === '\n') (row.push(field), rows.push(row), (row = []), (field = ''), (i += 2));
    else if (c === '\n' || c === '\r') throw new Error(`bare line break at ${i}`);
    else (field += c), i++;
  }
  if (quoted) throw new Error('unterminated quote');
  if (field !== '' || row.length) throw new Error('last record not terminated by CRLF');
  return rows;
}

describe('CSV cells', () => {
  it('quotes fields with quotes, commas and line breaks (RFC 4180)', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a "b"')).toBe('"a ""b"""');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('a\nb')).toBe('"a\nb"');
    expect(csvField('a\r\nb')).toBe('"a\r\nb"');
    expect(csvField(null)).toBe('');
    expect(csvRecord(['x', 1, null])).toBe('x,1,\r\n');
  });

  it.each([
    ['=1+1', "'=1+1"],
    ['+1', "'+1"],
    ['-1+2', "'-1+2"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tx', "'\tx"],
    ['\rx', "'\rx"],
    ['   =1', "'   =1"],
    ['\u00a0@x', "'\u00a0@x"],
    ['＝1', "'＝1"],
    ['safe = text', 'safe = text'],
    ['e-mail', 'e-mail'],
    ['بغداد', 'بغداد'],
  ])('neutralises formula text %j', (input, expected) => {
    expect(neutraliseFormula(input)).toBe(expected);
  });

  it('keeps numbers numeric, negative ones included, but treats numeric-looking strings as text', () => {
    expect(csvField(-3.5)).toBe('-3.5');
    expect(csvField(0)).toBe('0');
    expect(csvField(Number.NaN)).toBe('');
    expect(csvField('-3.5')).toBe("'-3.5");
  });

  it('a neutralised cell that also needs quotes is quoted after the prefix', () => {
    expect(csvField('=A1,"x"')).toBe(`"'=A1,""x"""`);
  });

  it('header lists the export columns', () => {
    expect(CSV_HEADER).toBe(EXPORT_COLUMNS.join(',') + '\r\n');
  });
});

describe('row streams', () => {
  it('pulls rows in chunks and closes the source when the reader cancels', async () => {
    let produced = 0;
    let closedSource = false;
    function* rows() {
      try {
        for (let i = 0; i < 1_000_000; i++) {
          produced++;
          yield i;
        }
      } finally {
        closedSource = true;
      }
    }
    let onCloseCalls = 0;
    const stream = textStreamFromRows(rows(), { head: 'H', tail: 'T', encode: (n) => `${n}\n`, rowsPerChunk: 100, onClose: () => onCloseCalls++ });
    const reader = stream.getReader();
    await reader.read(); // head
    await reader.read(); // first chunk
    await reader.cancel();
    expect(produced).toBeLessThan(1000); // lazily pulled, not drained
    expect(closedSource).toBe(true);
    expect(onCloseCalls).toBe(1);
  });

  it('writes head, separated rows (skipping nulls) and tail', async () => {
    const stream = textStreamFromRows([1, 2, 3, 4, 5], { head: '[', tail: ']', separator: ',', encode: (n) => (n % 2 ? String(n) : null), rowsPerChunk: 2 });
    expect(await new Response(stream).text()).toBe('[1,3,5]');
  });

  it('turns a failing source into a stream error', async () => {
    function* rows() {
      yield 1;
      throw new Error('disk on fire');
    }
    const stream = textStreamFromRows(rows(), { head: '', tail: '', encode: String });
    await expect(new Response(stream).text()).rejects.toThrow(/disk on fire/);
  });
});

describe('GET /api/incidents/export.csv', () => {
  const t = useApiTestDb();

  async function download(query = ''): Promise<{ res: Response; bytes: Uint8Array; rows: string[][] }> {
    const res = await csvRoute(get(`/api/incidents/export.csv${query}`));
    const bytes = new Uint8Array(await res.arrayBuffer());
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
    return { res, bytes, rows: parseCsv(text.slice(1)) };
  }

  it('is a UTF-8 attachment starting with a BOM and the header row', async () => {
    const { res, bytes, rows } = await download();
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/csv; charset=utf-8/);
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="incidents-\d{4}-\d{2}-\d{2}\.csv"$/);
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(rows[0]).toEqual([...EXPORT_COLUMNS]);
  });

  it('has one row per incident of the filter', async () => {
    for (const query of ['', '?governorate=IQ-DI', '?type=bombing&minKilled=2', '?from=2024-01-01&to=2024-06-30']) {
      const { rows } = await download(query);
      const filter = parseIncidentFilter(new URLSearchParams(query));
      if (!filter.ok) throw new Error(filter.message);
      const { total } = listIncidents(filter.value, { page: 1, pageSize: 1, sort: 'date', dir: 'desc' }, t);
      expect(rows.length - 1, query).toBe(total);
      for (const r of rows.slice(1)) expect(r.length).toBe(EXPORT_COLUMNS.length);
    }
    const all = listIncidents(EMPTY_FILTER, { page: 1, pageSize: 1, sort: 'date', dir: 'desc' }, t).total;
    expect(all).toBeGreaterThan(40);
  });

  it('round-trips quotes, commas, line breaks and Arabic, and neutralises formulas', async () => {
    const { rows } = await download('?governorate=IQ-DI&type=bombing');
    const col = (name: (typeof EXPORT_COLUMNS)[number]) => EXPORT_COLUMNS.indexOf(name);
    const places = rows.slice(1).map((r) => r[col('place')]);
    expect(places).toContain(HOSTILE_PLACES.quote);
    expect(places).toContain(HOSTILE_PLACES.comma);
    expect(places).toContain(HOSTILE_PLACES.newline);
    expect(places).toContain(HOSTILE_PLACES.arabic);
    for (const formula of [HOSTILE_PLACES.formulaEq, HOSTILE_PLACES.formulaPlus, HOSTILE_PLACES.formulaMinus, HOSTILE_PLACES.formulaAt, HOSTILE_PLACES.formulaTab, HOSTILE_PLACES.formulaSpace]) {
      expect(places).toContain(`'${formula}`);
      expect(places).not.toContain(formula);
    }
    const hostile = rows.filter((r) => r[col('place')] === HOSTILE_PLACES.quote)[0]!;
    expect(hostile[col('source_titles')]).toBe(`'=IMPORTXML("x") headline, "quoted"`);
    expect(hostile[col('longitude')]).toMatch(/^-44\.6\d*$/); // negative number stays a plain number
    expect(hostile[col('perpetrators')]).toBe('isis');
    expect(hostile[col('targets')]).toBe('civilians');
    expect(hostile[col('governorate_name')]).toBe('Diyala');
  });

  it('400s on a bad filter before streaming anything', async () => {
    const res = await csvRoute(get('/api/incidents/export.csv?from=not-a-date'));
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ param: 'from' });
  });
});
