import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { parseCsv } from './csv';
import { countAfterChange, gotoDashboard, shownCount, tableRows } from './dashboard-page';

async function downloadText(page: Page, linkName: string): Promise<{ name: string; text: string }> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: linkName }).click(),
  ]);
  const file = await download.path();
  return { name: download.suggestedFilename(), text: await readFile(file, 'utf8') };
}

test('CSV export holds exactly the filtered rows', async ({ page }) => {
  await gotoDashboard(page);
  const all = await shownCount(page);
  const gov = (await tableRows(page)).find((r) => r.governorate !== '—')!.governorate;
  await page.getByRole('group', { name: /^Governorate/ }).getByLabel(gov).check();
  const shown = await countAfterChange(page, all);
  const code = new URL(page.url()).searchParams.get('governorate');

  const csv = await downloadText(page, 'Export CSV');
  expect(csv.name).toMatch(/\.csv$/);
  const rows = parseCsv(csv.text);
  const header = rows[0]!;
  const data = rows.slice(1);
  expect(header).toContain('incident_id');
  expect(data.length).toBe(shown);
  for (const r of data) expect(r.length).toBe(header.length);
  const govCol = header.indexOf('governorate_code');
  expect(govCol).toBeGreaterThanOrEqual(0);
  for (const r of data) expect(r[govCol]).toBe(code);
  // Every row is a distinct incident.
  const idCol = header.indexOf('incident_id');
  expect(new Set(data.map((r) => r[idCol])).size).toBe(shown);
});

test('GeoJSON export is a FeatureCollection of the filtered incidents', async ({ page }) => {
  await gotoDashboard(page);
  const all = await shownCount(page);
  const type = (await tableRows(page))[0]!.type;
  await page.getByRole('group', { name: /^Type/ }).getByLabel(type, { exact: true }).check();
  const shown = await countAfterChange(page, all);
  const geo = await downloadText(page, 'Export GeoJSON');
  const fc = JSON.parse(geo.text) as { type: string; features: unknown[] };
  expect(fc.type).toBe('FeatureCollection');
  // Incidents without coordinates may be left out of a map format, never added.
  expect(fc.features.length).toBeGreaterThan(0);
  expect(fc.features.length).toBeLessThanOrEqual(shown);
});

test('the production build reads exports with worker threads, row for row', async ({ request }) => {
  // tests/e2e/serve-fresh.ts sets EXPORT_THREADS=2 and EXPORT_MIN_ROWS=0, so even the demo
  // store is read by threads: this checks that the built server can start them.
  for (const query of ['', 'type=bombing', 'governorate=IQ-NI&governorate=IQ-BG']) {
    const res = await request.get(`/api/incidents/export.csv?${query}`);
    expect(res.status()).toBe(200);
    expect(res.headers()['x-export-threads'], query).toBe('2');
    const rows = parseCsv(await res.text());
    const listed = (await (await request.get(`/api/incidents?${query}&pageSize=500`)).json()) as { total: number; items: { id: number }[] };
    const idCol = rows[0]!.indexOf('incident_id');
    expect(rows.length - 1, query).toBe(listed.total);
    expect(new Set(rows.slice(1).map((r) => Number(r[idCol]))), query).toEqual(new Set(listed.items.map((i) => i.id)));
  }
});
