import { expect, test } from '@playwright/test';
import { gotoDashboard } from './dashboard-page';

test('the detail page shows every field and the evidence highlighted in the article', async ({ page }) => {
  await gotoDashboard(page);
  const firstRow = page.getByTestId('incident-row').first();
  const id = await firstRow.getAttribute('data-incident-id');
  await firstRow.getByRole('link', { name: /details/i }).click();
  await expect(page).toHaveURL(new RegExp(`/incidents/${id}$`));
  await expect(page.getByRole('heading', { level: 1 })).toContainText(`#${id}`);
  for (const label of ['Date', 'Governorate', 'Place', 'Killed', 'Injured', 'Kidnapped', 'Perpetrators', 'Targets']) {
    await expect(page.locator('dt', { hasText: new RegExp(`^${label}$`) })).toBeVisible();
  }
  await expect(page.getByTestId('incident-status')).toHaveText(/Unreviewed|Confirmed|Rejected/);

  const source = page.getByTestId('source-article').first();
  await expect(source.getByTestId('source-title')).not.toBeEmpty();
  const mark = source.locator('mark').first();
  await expect(mark).toBeVisible();
  expect(((await mark.textContent()) ?? '').trim().length).toBeGreaterThan(10);
});

test('an unknown incident id is a 404 page', async ({ page }) => {
  const res = await page.goto('/incidents/987654321');
  expect(res?.status()).toBe(404);
  await expect(page.getByTestId('not-found')).toBeVisible();
  const bad = await page.goto('/incidents/abc');
  expect(bad?.status()).toBe(404);
});
