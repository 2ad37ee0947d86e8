import { describe, expect, it } from 'vitest';
import { EMPTY_FILTER, listIncidents } from '@/db/queries';
import type { IncidentDetail, IncidentPage, MapCluster, StatsResult } from '@/db/types';
import { GET as listRoute } from '@/app/api/incidents/route';
import { GET as detailRoute } from '@/app/api/incidents/[id]/route';
import { GET as statsRoute } from '@/app/api/stats/route';
import { GET as mapRoute } from '@/app/api/map/route';
import { useApiTestDb, get, idContext } from './api-fixture';

const t = useApiTestDb();

async function expect400(res: Response, param: string): Promise<void> {
  expect(res.status).toBe(400);
  const body = (await res.json()) as { error: string; param: string };
  expect(body.param).toBe(param);
  expect(body.error).toMatch(new RegExp(param));
}

describe('GET /api/incidents', () => {
  it('returns the first page with the total of all stored incidents', async () => {
    const res = listRoute(get('/api/incidents'));
    expect(res.status).toBe(200);
    const body = (await res.json()) as IncidentPage;
    const all = t.sqlite.prepare('SELECT count(*) AS n FROM incidents').get() as { n: number };
    expect(body.total).toBe(all.n);
    expect(body.page).toBe(1);
    expect(body.pageSize).toBe(50);
    expect(body.items.length).toBe(Math.min(50, all.n));
  });

  it('applies the filter, paging and sorting given in the URL', async () => {
    const res = listRoute(get('/api/incidents?governorate=IQ-DI&type=bombing&pageSize=3&page=2&sort=killed&dir=asc'));
    expect(res.status).toBe(200);
    const body = (await res.json()) as IncidentPage;
    const direct = t.sqlite
      .prepare("SELECT count(*) AS n FROM incidents WHERE governorate = 'IQ-DI' AND type = 'bombing'")
      .get() as { n: number };
    expect(body.total).toBe(direct.n);
    expect(body.items.length).toBe(3);
    for (const item of body.items) {
      expect(item.governorate).toBe('IQ-DI');
      expect(item.type).toBe('bombing');
    }
    const killed = body.items.map((i) => i.killed ?? Infinity);
    expect([...killed].sort((a, b) => a - b)).toEqual(killed);
  });

  it('finds Arabic text with q', async () => {
    const res = listRoute(get(`/api/incidents?q=${encodeURIComponent('الخالص')}`));
    const body = (await res.json()) as IncidentPage;
    expect(body.total).toBeGreaterThan(0);
    for (const item of body.items) expect(JSON.stringify(item)).toContain('الخالص');
  });

  it('ignores unknown parameters', async () => {
    const plain = (await listRoute(get('/api/incidents?type=killing')).json()) as IncidentPage;
    const extra = listRoute(get('/api/incidents?type=killing&utm_source=x&view=map'));
    expect(extra.status).toBe(200);
    expect(((await extra.json()) as IncidentPage).total).toBe(plain.total);
  });

  it.each([
    ['governorate=IQ-XX', 'governorate'],
    ['type=picnic', 'type'],
    ['actor=martians', 'actor'],
    ['actorRole=target', 'actorRole'],
    ['status=maybe', 'status'],
    ['from=not-a-date', 'from'],
    ['to=2024-02-30', 'to'],
    ['from=2024-05-01&to=2024-01-01', 'from'],
    ['minKilled=-1', 'minKilled'],
    ['minKilled=lots', 'minKilled'],
    ['page=0', 'page'],
    ['pageSize=10000', 'pageSize'],
    ['sort=evil', 'sort'],
    ['dir=sideways', 'dir'],
  ])('rejects %s with 400 naming %s', async (query, param) => {
    await expect400(listRoute(get(`/api/incidents?${query}`)), param);
  });

  it('rejects a page beyond the last one, naming page', async () => {
    const total = listIncidents(EMPTY_FILTER, { page: 1, pageSize: 10, sort: 'date', dir: 'desc' }, t).total;
    const last = Math.ceil(total / 10);
    expect(listRoute(get(`/api/incidents?pageSize=10&page=${last}`)).status).toBe(200);
    await expect400(listRoute(get(`/api/incidents?pageSize=10&page=${last + 1}`)), 'page');
  });

  it('answers an empty result (not an error) when nothing matches', async () => {
    const res = listRoute(get('/api/incidents?q=zzzznothingzzzz&page=1'));
    expect(res.status).toBe(200);
    expect(((await res.json()) as IncidentPage).total).toBe(0);
  });
});

describe('GET /api/incidents/[id]', () => {
  it('returns an incident with its sources', async () => {
    const id = (t.sqlite.prepare('SELECT min(id) AS id FROM incidents').get() as { id: number }).id;
    const res = await detailRoute(get(`/api/incidents/${id}`), idContext(id));
    expect(res.status).toBe(200);
    const body = (await res.json()) as IncidentDetail;
    expect(body.id).toBe(id);
    expect(body.sources.length).toBeGreaterThan(0);
  });

  it('404s for an unknown id and 400s for a malformed one', async () => {
    const res = await detailRoute(get('/api/incidents/99999999'), idContext(99999999));
    expect(res.status).toBe(404);
    expect(((await res.json()) as { error: string }).error).toMatch(/not found/);
    await expect400(await detailRoute(get('/api/incidents/abc'), idContext('abc')), 'id');
    await expect400(await detailRoute(get('/api/incidents/-3'), idContext('-3')), 'id');
  });
});

describe('GET /api/stats', () => {
  it('returns stats for the filter', async () => {
    const res = statsRoute(get('/api/stats?type=bombing'));
    expect(res.status).toBe(200);
    const body = (await res.json()) as StatsResult;
    const n = (t.sqlite.prepare("SELECT count(*) AS n FROM incidents WHERE type = 'bombing'").get() as { n: number }).n;
    expect(body.total).toBe(n);
    expect(body.byType).toEqual([{ type: 'bombing', count: n }]);
  });

  it('rejects a bad filter', async () => {
    await expect400(statsRoute(get('/api/stats?from=yesterday')), 'from');
  });
});

describe('GET /api/map', () => {
  it('returns clusters covering every located incident of the filter', async () => {
    const res = mapRoute(get('/api/map?zoom=5&governorate=IQ-DI'));
    expect(res.status).toBe(200);
    const clusters = (await res.json()) as MapCluster[];
    const n = (
      t.sqlite.prepare("SELECT count(*) AS n FROM incidents WHERE governorate = 'IQ-DI' AND lat IS NOT NULL").get() as { n: number }
    ).n;
    expect(clusters.reduce((s, c) => s + c.count, 0)).toBe(n);
  });

  it.each([['zoom=abc'], ['zoom=99'], ['zoom=-1'], ['zoom=2.5']])('rejects %s naming zoom', async (q) => {
    await expect400(mapRoute(get(`/api/map?${q}`)), 'zoom');
  });

  it('clusters only the incidents inside bbox', async () => {
    const located = t.sqlite
      .prepare('SELECT lat, lon FROM incidents WHERE lat IS NOT NULL ORDER BY lat, lon')
      .all() as { lat: number; lon: number }[];
    expect(located.length).toBeGreaterThan(2);
    // A box around the southern half of the located incidents (by latitude).
    const mid = located[Math.floor(located.length / 2)]!;
    const inside = located.filter((p) => p.lat <= mid.lat).length;
    expect(inside).toBeLessThan(located.length);
    const res = mapRoute(get(`/api/map?zoom=9&bbox=-180,-90,180,${mid.lat}`));
    expect(res.status).toBe(200);
    const clusters = (await res.json()) as MapCluster[];
    expect(clusters.reduce((s, c) => s + c.count, 0)).toBe(inside);
    for (const c of clusters) expect(c.lat).toBeLessThanOrEqual(mid.lat);
  });

  it.each([['bbox=1,2,3'], ['bbox=a,b,c,d'], ['bbox=44,34,43,35'], ['bbox=40,-95,45,35'], ['bbox=40,30,45,25']])(
    'rejects %s naming bbox',
    async (q) => {
      await expect400(mapRoute(get(`/api/map?${q}`)), 'bbox');
    },
  );
});
