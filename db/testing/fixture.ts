/**
 * Test support (used by tests/unit/db*, queries*, ingest*): a real database file in a
 * fresh temp folder, and a seeded, varied set of articles with known incidents so that
 * tests can compare what the queries return with what was put in.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  ACTOR_IDS,
  GOVERNORATE_CODES,
  INCIDENT_TYPES,
  type Article,
  type Incident,
  type IncidentActor,
} from '@/lib/codebook';
import { openDatabase, type DatabaseHandle } from '../client';
import { seededRandom } from '@/scripts/synthetic/random';
export { seededRandom };

export interface TempDatabase extends DatabaseHandle {
  dir: string;
  file: string;
  cleanup: () => void;
}

export function createTempDatabase(prefix = 'incidents-test-'): TempDatabase {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  const file = path.join(dir, 'nested', 'incidents.db');
  const handle = openDatabase(file);
  return {
    ...handle,
    dir,
    file,
    cleanup: () => {
      if (handle.sqlite.open) handle.sqlite.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

const PLACES = ['Erbil airport', 'Ain al-Asad base', 'قضاء الخالص', 'Tarmiyah', 'ناحية العظيم', 'Sinjar', 'Jurf al-Sakhar', 'Camp Victory', 'أبو غريب', 'Tuz Khurmatu'];

export interface FixtureArticle {
  article: Article;
  incidents: Incident[];
}

/**
 * `count` articles, each reporting 1–3 incidents. Dates fall in 2023-01-01…2025-06-30
 * (a few are null), some incidents have no governorate, coordinates or casualty figures.
 * Every incident's place/date pair is unique, so no two merge.
 */
export function fixtureArticles(count: number, seed = 7): FixtureArticle[] {
  const rnd = seededRandom(seed);
  const pick = <T,>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const maybe = <T,>(p: number, v: () => T): T | null => (rnd() < p ? v() : null);
  const start = Date.UTC(2023, 0, 1);
  const spanDays = 911;
  const out: FixtureArticle[] = [];
  let serial = 0;
  for (let i = 0; i < count; i++) {
    const n = 1 + Math.floor(rnd() * 3);
    const incidents: Incident[] = [];
    for (let k = 0; k < n; k++) {
      serial++;
      const hasDate = rnd() > 0.04;
      const date = hasDate ? new Date(start + Math.floor(rnd() * spanDays) * 86_400_000).toISOString().slice(0, 10) : null;
      const governorate = rnd() > 0.08 ? pick(GOVERNORATE_CODES) : null;
      const actors: IncidentActor[] = [];
      if (rnd() < 0.7) actors.push({ id: pick(ACTOR_IDS), role: 'perpetrator' });
      if (rnd() < 0.8) {
        const target = pick(ACTOR_IDS);
        if (!actors.some((a) => a.id === target)) actors.push({ id: target, role: 'target' });
      }
      const hasPoint = rnd() > 0.1;
      incidents.push({
        type: pick(INCIDENT_TYPES),
        date,
        date_precision: date ? pick(['day', 'week', 'month'] as const) : null,
        governorate,
        place: `${pick(PLACES)} #${serial}`,
        lat: hasPoint ? 29.5 + rnd() * 7.5 : null,
        lon: hasPoint ? 39 + rnd() * 9 : null,
        actors,
        killed: maybe(0.7, () => Math.floor(rnd() * 12)),
        injured: maybe(0.6, () => Math.floor(rnd() * 20)),
        kidnapped: maybe(0.15, () => 1 + Math.floor(rnd() * 5)),
        evidence: `Evidence sentence ${serial}: ${rnd() < 0.3 ? 'مسيرة استهدفت القاعدة' : 'gunmen opened fire'}.`,
      });
    }
    out.push({
      article: {
        lang: rnd() < 0.5 ? 'ar' : 'en',
        url: `https://news.example/${i}`,
        published: incidents.find((x) => x.date)?.date ?? '2024-01-01',
        title: `Report ${i}: ${rnd() < 0.2 ? 'Drone strike near the base' : 'Security update'}`,
        text: `Article ${i} body. ${incidents.map((x) => x.evidence).join(' ')}`,
      },
      incidents,
    });
  }
  return out;
}
