/**
 * The map follows the viewport (panning refetches clusters for the visible bounds), the
 * filters fold away on a phone-sized screen, and the filters work from the keyboard.
 */
import { expect, test } from '@playwright/test';
import { gotoDashboard, shownCount } from './dashboard-page';

test('panning the map refetches clusters for the visible bounds', async ({ page }) => {
  await gotoDashboard(page);
  const map = page.getByTestId('incident-map');
  await expect(map.locator('path.incident-marker').first()).toBeVisible();
  const container = map.locator('.leaflet-container');
  const box = (await container.boundingBox())!;

  const request = page.waitForRequest((r) => r.url().includes('/api/map?') && r.url().includes('bbox='));
  const response = page.waitForResponse((r) => r.url().includes('/api/map?') && r.url().includes('bbox='));
  // Drag from the centre 120 px to the left: a pan, no zoom.
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 - 60, box.y + box.height / 2, { steps: 5 });
  await page.mouse.move(box.x + box.width / 2 - 120, box.y + box.height / 2, { steps: 5 });
  await page.mouse.up();

  const url = new URL((await request).url());
  const bbox = url.searchParams.get('bbox')!.split(',').map(Number);
  expect(bbox).toHaveLength(4);
  const [west, south, east, north] = bbox as [number, number, number, number];
  expect(west).toBeLessThan(east);
  expect(south).toBeLessThan(north);
  expect(url.searchParams.get('zoom')).toBe('6');
  const res = await response;
  expect(res.status()).toBe(200);
  const clusters = (await res.json()) as { lat: number; lon: number; count: number }[];
  for (const c of clusters) {
    expect(c.lat).toBeGreaterThanOrEqual(south);
    expect(c.lat).toBeLessThanOrEqual(north);
  }
  await expect(map.locator('path.incident-marker').first()).toBeVisible();
});

test('on a phone-sized screen the filters fold behind a toggle', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await gotoDashboard(page);
  const toggle = page.getByRole('button', { name: /show filters/i });
  await expect(toggle).toBeVisible();
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await expect(page.getByRole('group', { name: /^Governorate/ })).toBeHidden();
  // Folded, the map sits near the top instead of below every checkbox.
  const mapTop = (await page.getByTestId('incident-map').boundingBox())?.y ?? Infinity;
  expect(mapTop).toBeLessThan(844 * 1.5);

  await toggle.click();
  await expect(page.getByRole('button', { name: /hide filters/i })).toHaveAttribute('aria-expanded', 'true');
  await expect(page.getByRole('group', { name: /^Governorate/ })).toBeVisible();
  await expect(page.getByLabel('From')).toBeVisible();
});

test('filters work from the keyboard and every input has a visible label', async ({ page }) => {
  await gotoDashboard(page);
  for (const label of ['From', 'To', 'Minimum killed', 'Search']) {
    await expect(page.getByLabel(label, { exact: true })).toBeVisible();
  }
  for (const legend of ['Type', 'Governorate', 'Actor', 'Review status']) {
    await expect(page.getByRole('group', { name: new RegExp(`^${legend}`) })).toBeVisible();
  }
  const before = await shownCount(page);
  const bombing = page.getByRole('checkbox', { name: 'Bombing' });
  await bombing.focus();
  await page.keyboard.press('Space');
  await expect(page).toHaveURL(/[?&]type=bombing/);
  await expect.poll(() => shownCount(page)).toBeLessThan(before);

  // Map markers are tab stops; Enter opens the popup.
  const marker = page.getByTestId('incident-map').locator('path.incident-marker').first();
  await expect(marker).toHaveAttribute('tabindex', '0');
  await expect(marker).toHaveAttribute('aria-label', /incident/i);
  await marker.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('incident-popup').or(page.getByTestId('cluster-popup'))).toBeVisible();

  const search = page.getByLabel('Search', { exact: true });
  await search.focus();
  await page.keyboard.type('zzzz-no-such-incident');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/[?&]q=zzzz-no-such-incident/);
  await expect(page.getByTestId('incident-table-empty')).toBeVisible();
});
