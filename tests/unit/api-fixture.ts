/**
 * Shared set-up for the API tests: a real SQLite file in a temp folder holding the
 * store's varied fixture articles plus one article whose incidents carry hostile
 * text (quotes, commas, line breaks, Arabic, spreadsheet formulas). The route
 * handlers reach it through DATABASE_PATH, exactly as in production.
 */
import { afterAll, beforeAll } from 'vitest';
import type { Incident } from '@/lib/codebook';
import { closeDatabase } from '@/db/client';
import { createTempDatabase, fixtureArticles, type TempDatabase } from '@/db/testing/fixture';
import { storeArticle } from '@/db/store-article';

export const HOSTILE_PLACES = {
  quote: 'The "Green" Zone',
  comma: 'Camp Taji, north gate',
  newline: 'line one\nline two\r\nline three',
  arabic: 'قضاء الخالص، ديالى',
  formulaEq: '=HYPERLINK("http://evil.example","x")',
  formulaPlus: '+1+1',
  formulaMinus: '-2+3',
  formulaAt: '@SUM(A1:A2)',
  formulaTab: '\t=1+1',
  formulaSpace: '   =cmd|"/c calc"!A1',
} as const;

function hostileIncident(place: string, i: number): Incident {
  return {
    type: 'bombing',
    date: `2024-03-${String(10 + i).padStart(2, '0')}`,
    date_precision: 'day',
    governorate: 'IQ-DI',
    place,
    lat: 33.7 + i / 100,
    lon: -44.6 - i / 100, // negative on purpose: numeric cells must stay numeric
    actors: [{ id: 'isis', role: 'perpetrator' }, { id: 'civilians', role: 'target' }],
    killed: i,
    injured: null,
    kidnapped: null,
    evidence: `Evidence for ${place} — "quoted", with commas`,
  };
}

export interface ApiTestDb extends TempDatabase {
  hostileCount: number;
}

export function createApiTestDb(): ApiTestDb {
  const t = createTempDatabase('api-test-');
  for (const { article, incidents } of fixtureArticles(40, 11)) storeArticle(t, article, incidents);
  const hostile = Object.values(HOSTILE_PLACES).map(hostileIncident);
  storeArticle(
    t,
    { lang: 'en', url: 'https://news.example/hostile?a=1,b=2', published: '2024-03-25', title: '=IMPORTXML("x") headline, "quoted"', text: 'Hostile fixture article body.' },
    hostile,
  );
  process.env.DATABASE_PATH = t.file;
  return { ...t, hostileCount: hostile.length };
}

/**
 * One API test database for the enclosing describe block (or file): created before its
 * tests, closed and removed after. The returned object is filled in by beforeAll, so
 * tests read it as usual (`t.sqlite`, `t.file`).
 */
export function useApiTestDb(): ApiTestDb {
  const t = {} as ApiTestDb;
  beforeAll(() => {
    Object.assign(t, createApiTestDb());
  });
  afterAll(() => {
    closeDatabase();
    t.cleanup();
  });
  return t;
}

export function get(path: string, init: RequestInit = {}): Request {
  return new Request(`http://localhost:3000${path}`, init);
}

export function idContext(id: string | number): { params: Promise<{ id: string }> } {
  return { params: Promise.resolve({ id: String(id) }) };
}
