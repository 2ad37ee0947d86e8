import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { closeDatabase } from '@/db/client';
import { getIncident } from '@/db/queries';
import type { IncidentRecord } from '@/db/types';
import { issueSessionValue, SESSION_COOKIE } from '@/lib/auth/session-cookie';
import { PATCH as patchIncident } from '@/app/api/incidents/[id]/route';
import { POST as postArticle } from '@/app/api/articles/route';
import { DELETE as logout, GET as sessionState, POST as login } from '@/app/api/session/route';
import { createApiTestDb, get, idContext, type ApiTestDb } from './api-fixture';

const TOKEN = 'test-admin-token-0123456789';
let t: ApiTestDb;
let id: number;

beforeAll(() => {
  t = createApiTestDb();
  id = (t.sqlite.prepare("SELECT min(id) AS id FROM incidents WHERE status = 'unreviewed'").get() as { id: number }).id;
});
afterAll(() => {
  closeDatabase();
  t.cleanup();
});
afterEach(() => {
  delete process.env.ADMIN_TOKEN;
});

function patch(body: unknown, headers: Record<string, string> = {}, target: number | string = id): Promise<Response> {
  return patchIncident(
    get(`/api/incidents/${target}`, { method: 'PATCH', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) }),
    idContext(target),
  );
}
const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
const statusOf = (incident: number) => (t.sqlite.prepare('SELECT status FROM incidents WHERE id = ?').get(incident) as { status: string }).status;

describe('write authorisation', () => {
  it('403s with an explanation when ADMIN_TOKEN is not set, and writes nothing', async () => {
    const res = await patch({ status: 'confirmed' }, bearer(TOKEN));
    expect(res.status).toBe(403);
    expect(((await res.json()) as { error: string }).error).toMatch(/ADMIN_TOKEN/);
    expect(statusOf(id)).toBe('unreviewed');
  });

  it('401s without credentials or with a wrong token', async () => {
    process.env.ADMIN_TOKEN = TOKEN;
    const none = await patch({ status: 'confirmed' });
    expect(none.status).toBe(401);
    expect(none.headers.get('www-authenticate')).toMatch(/^Bearer/);
    expect((await patch({ status: 'confirmed' }, bearer(TOKEN + 'x'))).status).toBe(401);
    expect((await patch({ status: 'confirmed' }, bearer(TOKEN.slice(0, -1)))).status).toBe(401);
    expect((await patch({ status: 'confirmed' }, { authorization: `Basic ${TOKEN}` })).status).toBe(401);
    expect(statusOf(id)).toBe('unreviewed');
  });

  it('403s a cross-origin write even with the right token', async () => {
    process.env.ADMIN_TOKEN = TOKEN;
    const res = await patch({ status: 'confirmed' }, { ...bearer(TOKEN), origin: 'https://evil.example' });
    expect(res.status).toBe(403);
    expect((await patch({ status: 'confirmed' }, { ...bearer(TOKEN), origin: 'null' })).status).toBe(403);
    expect(statusOf(id)).toBe('unreviewed');
  });
});

describe('PATCH /api/incidents/[id]', () => {
  it('records the review decision with the right token', async () => {
    process.env.ADMIN_TOKEN = TOKEN;
    const res = await patch({ status: 'confirmed' }, { ...bearer(TOKEN), origin: 'http://localhost:3000' });
    expect(res.status).toBe(200);
    const body = (await res.json()) as IncidentRecord;
    expect(body).toMatchObject({ id, status: 'confirmed' });
    expect(statusOf(id)).toBe('confirmed');
    expect(getIncident(id, t)?.status).toBe('confirmed');
  });

  it('400s on a bad status or body, 404s on an unknown incident', async () => {
    process.env.ADMIN_TOKEN = TOKEN;
    const bad = await patch({ status: 'maybe' }, bearer(TOKEN));
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ param: 'status' });
    const notJson = await patchIncident(
      get(`/api/incidents/${id}`, { method: 'PATCH', headers: { 'content-type': 'application/json', ...bearer(TOKEN) }, body: '{status:' }),
      idContext(id),
    );
    expect(notJson.status).toBe(400);
    expect(await notJson.json()).toMatchObject({ param: 'body' });
    expect((await patch({ status: 'rejected' }, bearer(TOKEN), 99999999)).status).toBe(404);
    expect((await patch({ status: 'rejected' }, bearer(TOKEN), 'x')).status).toBe(400);
  });
});

describe('POST /api/articles', () => {
  const article = {
    lang: 'en',
    url: 'https://news.example/api-post-1',
    published: '2024-02-11',
    title: 'Roadside bomb in Diyala',
    text: 'BAQUBAH, Iraq, Feb 11, 2024 — A roadside bomb exploded on Sunday near a police patrol in Muqdadiyah, Diyala province, killing two policemen and wounding three others, security sources said.',
  };
  const post = (body: unknown, headers: Record<string, string> = {}) =>
    postArticle(get('/api/articles', { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) }));

  it('needs authorisation', async () => {
    expect((await post(article)).status).toBe(403);
    process.env.ADMIN_TOKEN = TOKEN;
    expect((await post(article)).status).toBe(401);
    expect(t.sqlite.prepare('SELECT count(*) AS n FROM articles WHERE url = ?').get(article.url)).toEqual({ n: 0 });
  });

  it('ingests the article and answers with the incidents stored for it', async () => {
    process.env.ADMIN_TOKEN = TOKEN;
    const res = await post(article, bearer(TOKEN));
    expect(res.status).toBe(201);
    const body = (await res.json()) as { status: string; articleId: number; incidentsAdded: number; incidents: IncidentRecord[] };
    expect(body.status).toBe('new');
    const linked = t.sqlite.prepare('SELECT incident_id AS id FROM incident_sources WHERE article_id = ? ORDER BY incident_id').all(body.articleId) as { id: number }[];
    expect(body.incidents.map((i) => i.id)).toEqual(linked.map((r) => r.id));
    expect(body.incidentsAdded).toBeLessThanOrEqual(body.incidents.length);
    for (const inc of body.incidents) expect(inc.sources.some((s) => s.articleId === body.articleId)).toBe(true);

    const again = await post(article, bearer(TOKEN));
    expect(again.status).toBe(200);
    expect(await again.json()).toMatchObject({ status: 'skipped', articleId: body.articleId });
  });

  it('400s naming the bad field, 415 on a non-JSON body', async () => {
    process.env.ADMIN_TOKEN = TOKEN;
    const noText = await post({ ...article, text: '   ' }, bearer(TOKEN));
    expect(noText.status).toBe(400);
    expect(await noText.json()).toMatchObject({ param: 'text' });
    const badDate = await post({ ...article, published: 'last tuesday' }, bearer(TOKEN));
    expect(await badDate.json()).toMatchObject({ param: 'published' });
    expect((await post([article], bearer(TOKEN))).status).toBe(400);
    const form = await postArticle(get('/api/articles', { method: 'POST', headers: { 'content-type': 'text/plain', ...bearer(TOKEN) }, body: 'x' }));
    expect(form.status).toBe(415);
  });
});

describe('reviewer session cookie', () => {
  const sameOrigin = { origin: 'http://localhost:3000' };
  const loginWith = (token: string, headers: Record<string, string> = sameOrigin) =>
    login(get('/api/session', { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ token }) }));

  it('logs in with the token and then allows same-origin writes by cookie only', async () => {
    process.env.ADMIN_TOKEN = TOKEN;
    expect((await loginWith('wrong')).status).toBe(401);
    expect((await loginWith(TOKEN, { origin: 'https://evil.example' })).status).toBe(403);
    const res = await loginWith(TOKEN);
    expect(res.status).toBe(200);
    const setCookie = res.headers.get('set-cookie')!;
    expect(setCookie).toMatch(/HttpOnly/);
    expect(setCookie).toMatch(/SameSite=Strict/);
    expect(setCookie).not.toContain(TOKEN);
    const cookie = setCookie.split(';')[0]!;

    expect(await sessionState(get('/api/session', { headers: { cookie } })).json()).toEqual({ writesEnabled: true, authenticated: true });
    const ok = await patch({ status: 'rejected' }, { cookie, ...sameOrigin });
    expect(ok.status).toBe(200);
    expect(statusOf(id)).toBe('rejected');
    // A cookie alone proves nothing about who sent the request: no Origin, no write.
    expect((await patch({ status: 'confirmed' }, { cookie })).status).toBe(403);
    expect((await patch({ status: 'confirmed' }, { cookie, origin: 'https://evil.example' })).status).toBe(403);
    expect(statusOf(id)).toBe('rejected');
  });

  it('rejects forged, expired and pre-rotation cookies', async () => {
    process.env.ADMIN_TOKEN = TOKEN;
    const forged = `${SESSION_COOKIE}=9999999999.${'0'.repeat(64)}`;
    expect((await patch({ status: 'confirmed' }, { cookie: forged, ...sameOrigin })).status).toBe(401);
    const expired = `${SESSION_COOKIE}=${issueSessionValue(TOKEN, Date.now() - 13 * 3600_000)}`;
    expect((await patch({ status: 'confirmed' }, { cookie: expired, ...sameOrigin })).status).toBe(401);
    const oldToken = `${SESSION_COOKIE}=${issueSessionValue('previous-token')}`;
    expect((await patch({ status: 'confirmed' }, { cookie: oldToken, ...sameOrigin })).status).toBe(401);
    const out = logout(get('/api/session', { method: 'DELETE', headers: sameOrigin }));
    expect(out.headers.get('set-cookie')).toMatch(/Max-Age=0/);
  });

  it('reports writes disabled when no ADMIN_TOKEN is set', async () => {
    expect(await sessionState(get('/api/session')).json()).toEqual({ writesEnabled: false, authenticated: false });
    expect((await loginWith(TOKEN)).status).toBe(403);
  });
});
