import { expect, test } from '@playwright/test';
import { gotoDashboard, shownCount } from './dashboard-page';
import { E2E_ADMIN_TOKEN } from './e2e-env';

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

test('a reviewer logs in with the admin token and confirms an incident', async ({ page }) => {
  await gotoDashboard(page, '?status=unreviewed');
  const unreviewed = await shownCount(page);
  test.skip(unreviewed === 0, 'no unreviewed demo incident left');
  const row = page.getByTestId('incident-row').first();
  const id = await row.getAttribute('data-incident-id');
  await row.getByRole('link', { name: /details/i }).click();
  await expect(page).toHaveURL(new RegExp(`/incidents/${id}$`));

  await page.getByLabel('Admin token (to review)').fill('wrong-token');
  await page.getByRole('button', { name: 'Log in to review' }).click();
  await expect(page.locator('.reviewer-login').getByRole('alert')).toContainText(/invalid/i);

  await page.getByLabel('Admin token (to review)').fill(E2E_ADMIN_TOKEN);
  await page.getByRole('button', { name: 'Log in to review' }).click();
  await page.getByRole('button', { name: 'Confirm' }).click();
  await expect(page.getByTestId('review-status')).toHaveText('Confirmed');
  await expect(page.getByTestId('incident-status')).toHaveText('Confirmed');

  await gotoDashboard(page, '?status=unreviewed');
  expect(await shownCount(page)).toBe(unreviewed - 1);
});
