import { expect, test } from '@playwright/test';
import { gotoDashboard, shownCount } from './dashboard-page';

test('the dashboard shows count, stats, map markers, timeline and table', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await gotoDashboard(page);
  const count = await shownCount(page);
  expect(count, 'the demo data is seeded').toBeGreaterThan(0);

  for (const id of ['stat-killed', 'stat-injured', 'stat-kidnapped']) {
    await expect(page.getByTestId(id)).toHaveText(/^\d[\d,]*$/);
  }

  const map = page.getByTestId('incident-map');
  await expect(map.locator('.leaflet-container')).toBeVisible();
  // Governorate polygons (offline basemap) and incident markers are SVG paths.
  await expect(map.locator('path.incident-marker').first()).toBeVisible();
  expect(await map.locator('path.incident-marker').count()).toBeGreaterThan(0);
  // The markers account for every located incident, which is at most the count.
  const onMap = Number(await map.getAttribute('data-marker-total'));
  expect(onMap).toBeGreaterThan(0);
  expect(onMap).toBeLessThanOrEqual(count);

  // The bars come with the HTML (static SVG), then the chart with the date handles takes
  // over; a drawn segment is a rect (empty segments render none).
  const html = await (await page.request.get('/')).text();
  expect(html).toContain('data-testid="timeline-bars"');
  await expect(page.getByTestId('timeline').locator('.recharts-bar-rectangle rect').first()).toBeVisible();
  await expect(page.getByTestId('timeline').locator('.recharts-brush-traveller')).toHaveCount(2);
  await expect(page.getByTestId('incident-row').first()).toBeVisible();
  expect(errors).toEqual([]);
});

test('clicking a marker opens a popup built from the incident or cluster', async ({ page }) => {
  await gotoDashboard(page);
  const marker = page.getByTestId('incident-map').locator('path.incident-marker').first();
  await marker.click({ force: true });
  const popup = page.locator('.leaflet-popup-content');
  await expect(popup).toBeVisible();
  await expect(popup.getByTestId('incident-popup').or(popup.getByTestId('cluster-popup'))).toBeVisible();
});

test('choropleth mode colours governorates; clicking one filters to it and keeps sort and page size', async ({ page }) => {
  await gotoDashboard(page, '?sort=killed&dir=asc&pageSize=10&page=2');
  const before = await shownCount(page);
  await page.getByRole('button', { name: 'Choropleth' }).click();
  await expect(page.getByRole('button', { name: 'Choropleth' })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByTestId('incident-map').locator('path.incident-marker')).toHaveCount(0);
  await expect(page.getByLabel('Legend')).toContainText('Incidents per governorate');
  // Baghdad's polygon sits under the map centre at the first zoom.
  const box = (await page.getByTestId('incident-map').locator('.leaflet-container').boundingBox())!;
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  await expect(page).toHaveURL(/[?&]governorate=IQ-[A-Z]{2}/);
  const url = new URL(page.url());
  expect([url.searchParams.get('sort'), url.searchParams.get('dir'), url.searchParams.get('pageSize')]).toEqual(['killed', 'asc', '10']);
  expect(url.searchParams.has('page'), 'a new filter starts at page 1').toBe(false);
  await expect.poll(() => shownCount(page)).toBeLessThanOrEqual(before);
  await expect(page.getByTestId('page-info')).toContainText('page 1 of');
  await expect(page.locator('th[aria-sort]')).toHaveAttribute('aria-sort', 'ascending');
  await expect(page.locator('th[aria-sort]')).toContainText('Killed');
});

test('an invalid URL parameter answers HTTP 400 with a message that names it, beside the filters', async ({ page }) => {
  for (const [query, param, text] of [
    ['?from=not-a-date', 'from', /YYYY-MM-DD/],
    ['?from=2022-13-45', 'from', /date/i],
    ['?governorate=XX', 'governorate', /governorate/],
    ['?page=0', 'page', /page/],
  ] as const) {
    const res = await page.goto(`/${query}`);
    expect(res?.status(), query).toBe(400);
    await expect(page.getByTestId('param-error')).toContainText(param);
    await expect(page.getByTestId('param-error')).toContainText(text);
  }
  expect((await page.request.get('/?type=bombing&sort=killed')).status(), 'a valid URL').toBe(200);

  // The valid rest of the URL is kept in the filters, and one click shows it.
  const res = await page.goto('/?from=not-a-date&type=bombing&sort=killed');
  expect(res?.status()).toBe(400);
  await expect(page.getByRole('group', { name: /^Type/ }).getByLabel('Bombing', { exact: true })).toBeChecked();
  await page.getByRole('link', { name: 'Show the results without it' }).click();
  await expect(page.getByTestId('incident-count')).toBeVisible();
  const url = new URL(page.url());
  expect([url.searchParams.get('type'), url.searchParams.get('sort'), url.searchParams.has('from')]).toEqual(['bombing', 'killed', false]);

  await page.goto('/?governorate=XX');
  await page.getByRole('link', { name: 'Reset all filters' }).click();
  await expect(page.getByTestId('incident-count')).toBeVisible();
});

test('a page past the end says so and links to the last page', async ({ page }) => {
  await page.goto('/?pageSize=10&page=999');
  const notice = page.getByTestId('page-out-of-range');
  await expect(notice).toContainText('Page 999 is past the end');
  const link = notice.getByRole('link', { name: /Go to page \d+/ });
  const last = Number(/\d+/.exec((await link.textContent()) ?? '')?.[0]);
  expect(last).toBeGreaterThan(1); // 68 demo incidents at 10 per page
  expect(last).toBeLessThan(999);
  await link.click();
  await expect(page).toHaveURL(new RegExp(`[?&]page=${last}(&|$)`));
  await expect(page.getByTestId('incident-row').first()).toBeVisible();
  await expect(page.getByTestId('page-info')).toContainText(`page ${last} of ${last}`);
});
