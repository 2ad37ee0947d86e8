/**
 * db/bulk-load.ts's rollup rebuild (used by the synthetic loader) against db/rollups.ts's:
 * the same rows in every rollup table, including incidents that name one actor in both
 * roles (the case its 'any' arithmetic corrects for), and a fallback to the plain rebuild
 * when the rollup schema is not the one it knows.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACTOR_IDS, GOVERNORATE_CODES, INCIDENT_TYPES } from '@/lib/codebook';
import { REVIEW_STATUSES } from '@/lib/filter';
import { rebuildRollupsForBulkLoad } from '@/db/bulk-load';
import { rebuildRollups } from '@/db/rollups';
import { createTempDatabase, type TempDatabase } from '@/db/testing/fixture';
import { seededRandom } from '@/scripts/synthetic/random';
import { expectSameRollups, rollupSnapshot, type RollupSnapshot } from './rollup-snapshot';

let t: TempDatabase;

const snapshot = () => rollupSnapshot(t.sqlite);
const expectSame = (a: RollupSnapshot, b: RollupSnapshot) => expectSameRollups(a, b, true);

beforeAll(() => {
  t = createTempDatabase('bulk-rollups-');
  const rnd = seededRandom(77);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)]!;
  const maybe = <T>(x: T, pNull: number) => (rnd() < pNull ? null : x);
  const insIncident = t.sqlite.prepare(
    `INSERT INTO incidents (type, date, governorate, place, lat, lon, killed, injured, kidnapped, status, created_at, updated_at)
     VALUES (?, ?, ?, 'x', ?, ?, ?, ?, ?, ?, '2024-01-01', '2024-01-01')`,
  );
  const insActor = t.sqlite.prepare('INSERT OR IGNORE INTO incident_actors (incident_id, actor, role) VALUES (?, ?, ?)');
  t.sqlite.transaction(() => {
    for (let i = 0; i < 600; i++) {
      const positioned = rnd() < 0.9;
      const { lastInsertRowid } = insIncident.run(
        pick(INCIDENT_TYPES),
        maybe(`20${14 + Math.floor(rnd() * 12)}-0${1 + Math.floor(rnd() * 9)}-1${Math.floor(rnd() * 9)}`, 0.1),
        maybe(pick(GOVERNORATE_CODES), 0.1),
        positioned ? 30 + rnd() * 7 : null,
        positioned ? 39 + rnd() * 9 : null,
        maybe(Math.floor(rnd() * 20), 0.3),
        maybe(Math.floor(rnd() * 30), 0.3),
        maybe(Math.floor(rnd() * 3), 0.7),
        pick(REVIEW_STATUSES),
      );
      // Few actors, so that pairs and same-actor-both-roles incidents are frequent.
      const actors = ACTOR_IDS.slice(0, 5);
      for (let k = Math.floor(rnd() * 4); k > 0; k--) insActor.run(lastInsertRowid, pick(actors), rnd() < 0.5 ? 'perpetrator' : 'target');
      if (rnd() < 0.15) {
        const both = pick(actors);
        insActor.run(lastInsertRowid, both, 'perpetrator');
        insActor.run(lastInsertRowid, both, 'target');
      }
    }
  })();
});
afterAll(() => t.cleanup());

describe('rebuildRollupsForBulkLoad', () => {
  it('fills every rollup exactly as rebuildRollups does', () => {
    const bothRoles = t.sqlite
      .prepare('SELECT count(*) FROM (SELECT 1 FROM incident_actors GROUP BY incident_id, actor HAVING count(*) > 1)')
      .pluck()
      .get() as number;
    expect(bothRoles).toBeGreaterThan(20);
    rebuildRollups(t.sqlite);
    const plain = snapshot();
    t.sqlite.exec('DELETE FROM incident_rollup; DELETE FROM incident_actor_rollup; DELETE FROM incident_map_rollup; DELETE FROM incident_actor_pair_rollup');
    expect(rebuildRollupsForBulkLoad(t.sqlite)).toBe('fast');
    expectSame(snapshot(), plain);
  });

  it('falls back to rebuildRollups when a rollup table it does not know exists', () => {
    rebuildRollups(t.sqlite);
    const plain = snapshot();
    t.sqlite.exec('CREATE TABLE incident_week_rollup (week TEXT PRIMARY KEY, n INTEGER NOT NULL)');
    try {
      t.sqlite.exec('DELETE FROM incident_rollup; DELETE FROM incident_actor_rollup');
      expect(rebuildRollupsForBulkLoad(t.sqlite)).toBe('fallback');
      expectSame(snapshot(), plain);
    } finally {
      t.sqlite.exec('DROP TABLE incident_week_rollup');
    }
  });
});
