/**
 * The real extractor and the real store on the shared dev corpus (read in place, never
 * copied). Skipped, with a notice, where ../shared is not present.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { EMPTY_FILTER, exportIncidents, incidentStats, listIncidents } from '@/db/queries';
import { ingestPaths } from '@/db/ingest';
import { createTempDatabase } from '@/db/testing/fixture';

const CORPUS = path.resolve('../shared/corpus/dev/articles');
const present = existsSync(CORPUS);
if (!present) console.warn(`[ingest-corpus.test] skipped: ${CORPUS} is not present`);

describe.skipIf(!present)('ingesting the dev corpus', () => {
  const t = createTempDatabase('ingest-corpus-');
  afterAll(() => t.cleanup());

  it('stores every article once, and a second run adds nothing', async () => {
    const files = readdirSync(CORPUS).filter((f) => f.endsWith('.json'));
    const first = await ingestPaths([CORPUS], { db: t });
    expect(first.failed).toEqual([]);
    expect(first.articlesNew).toBe(files.length);
    const count = (table: string) => t.sqlite.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
    expect(count('articles')).toBe(files.length);
    expect(count('incidents')).toBe(first.incidentsAdded);
    expect(count('incident_sources')).toBe(first.incidentsAdded + first.incidentsLinked);
    const before = ['articles', 'incidents', 'incident_actors', 'incident_sources', 'incident_search'].map(count);

    const second = await ingestPaths([CORPUS], { db: t });
    expect(second).toMatchObject({ articlesNew: 0, skipped: files.length, incidentsAdded: 0, failed: [] });
    expect(['articles', 'incidents', 'incident_actors', 'incident_sources', 'incident_search'].map(count)).toEqual(before);
  });

  it('what was stored reads back consistently through every query', () => {
    const total = listIncidents(EMPTY_FILTER, { page: 1, pageSize: 1, sort: 'date', dir: 'desc' }, t).total;
    expect(incidentStats(EMPTY_FILTER, t).total).toBe(total);
    expect([...exportIncidents(EMPTY_FILTER, t)].length).toBe(total);
  });
});
