/**
 * Each filter narrows the count, the table and the URL together, and the back button
 * walks the filter history. Assertions are relative (fewer than before, every row
 * matches) so they hold for any demo data with more than one value per dimension.
 */
import { expect, test, type Page } from '@playwright/test';
import { countAfterChange, gotoDashboard, shownCount, tableRows } from './dashboard-page';

function group(page: Page, legend: string) {
  return page.getByRole('group', { name: new RegExp(`^${legend}`) });
}

test.describe('filters', () => {
  test('governorate narrows count, table and URL', async ({ page }) => {
    await gotoDashboard(page);
    const before = await shownCount(page);
    const name = (await tableRows(page)).find((r) => r.governorate !== '—')?.governorate;
    expect(name, 'a row with a governorate').toBeTruthy();

    await group(page, 'Governorate').getByLabel(name!).check();
    await expect(page).toHaveURL(/[?&]governorate=IQ-[A-Z]{2}/);
    const after = await countAfterChange(page, before);
    expect(after).toBeGreaterThan(0);
    expect(after).toBeLessThan(before);
    for (const r of await tableRows(page)) expect(r.governorate).toBe(name);
  });

  test('type narrows count, table and URL', async ({ page }) => {
    await gotoDashboard(page);
    const before = await shownCount(page);
    const label = (await tableRows(page))[0]!.type;

    await group(page, 'Type').getByLabel(label, { exact: true }).check();
    await expect(page).toHaveURL(/[?&]type=[a-z_]+/);
    const after = await countAfterChange(page, before);
    expect(after).toBeGreaterThan(0);
    expect(after).toBeLessThan(before);
    for (const r of await tableRows(page)) expect(r.type).toBe(label);
  });

  test('actor narrows count, table and URL; perpetrator-only narrows to that role', async ({ page }) => {
    await gotoDashboard(page);
    const before = await shownCount(page);
    const withPerp = (await tableRows(page)).find((r) => r.perpetrators !== '—');
    expect(withPerp, 'a row with a perpetrator').toBeTruthy();
    const actor = withPerp!.perpetrators.split(', ')[0]!;

    await group(page, 'Actor').getByLabel(actor, { exact: true }).check();
    await expect(page).toHaveURL(/[?&]actor=[a-z_]+/);
    const anyRole = await countAfterChange(page, before);
    expect(anyRole).toBeGreaterThan(0);
    expect(anyRole).toBeLessThan(before);
    for (const r of await tableRows(page)) {
      expect(`${r.perpetrators}, ${r.targets}`.split(', ')).toContain(actor);
    }

    await page.getByLabel('Perpetrator only').check();
    await expect(page).toHaveURL(/[?&]actorRole=perpetrator/);
    await expect.poll(() => page.getByTestId('incident-row').evaluateAll((trs) => trs.length)).toBeGreaterThan(0);
    // Rows must now carry the actor as perpetrator; the count can only shrink or stay.
    await expect
      .poll(async () => (await tableRows(page)).every((r) => r.perpetrators.split(', ').includes(actor)))
      .toBe(true);
    expect(await shownCount(page)).toBeLessThanOrEqual(anyRole);
  });

  test('from/to dates narrow count, table and URL', async ({ page }) => {
    await gotoDashboard(page);
    const before = await shownCount(page);
    const day = (await tableRows(page)).find((r) => /^\d{4}-\d{2}-\d{2}$/.test(r.date))!.date;

    await page.getByLabel('From', { exact: true }).fill(day);
    await page.getByLabel('To', { exact: true }).fill(day);
    await page.getByRole('button', { name: 'Apply' }).click();
    await expect(page).toHaveURL(new RegExp(`from=${day}.*to=${day}|to=${day}.*from=${day}`));
    const after = await countAfterChange(page, before);
    expect(after).toBeGreaterThan(0);
    expect(after).toBeLessThan(before);
    for (const r of await tableRows(page)) expect(r.date).toBe(day);
  });

  test('the back button restores the previous filter, count and URL', async ({ page }) => {
    await gotoDashboard(page);
    const all = await shownCount(page);
    const rows = await tableRows(page);
    const gov = rows.find((r) => r.governorate !== '—')!.governorate;

    await group(page, 'Governorate').getByLabel(gov).check();
    const govCount = await countAfterChange(page, all);
    const govUrl = page.url();

    // A second, different narrowing on top: the type of the first row of this governorate.
    const type = (await tableRows(page))[0]!.type;
    const otherType = (await tableRows(page)).find((r) => r.type !== type)?.type;
    await group(page, 'Type').getByLabel(otherType ?? type, { exact: true }).check();
    await expect(page).toHaveURL(/[?&]type=/);
    if (otherType) expect(await countAfterChange(page, govCount)).toBeLessThan(govCount);
    else await expect.poll(() => shownCount(page)).toBeLessThanOrEqual(govCount);

    await page.goBack();
    await expect(page).toHaveURL(govUrl);
    await expect.poll(() => shownCount(page)).toBe(govCount);
    await expect(group(page, 'Governorate').getByLabel(gov)).toBeChecked();
    await expect(group(page, 'Type').getByRole('checkbox', { checked: true })).toHaveCount(0);

    await page.goBack();
    await expect(page).toHaveURL(/\/$/);
    await expect.poll(() => shownCount(page)).toBe(all);
    await expect(group(page, 'Governorate').getByRole('checkbox', { checked: true })).toHaveCount(0);
  });

  test('changing a filter resets the table page; pagination carries the filter', async ({ page }) => {
    await gotoDashboard(page, '?pageSize=5');
    const total = await shownCount(page);
    test.skip(total <= 5, 'needs more than one page of demo incidents');
    await page.getByRole('link', { name: 'Next →' }).click();
    await expect(page).toHaveURL(/[?&]page=2/);
    await expect(page.getByTestId('page-info')).toContainText('page 2 of');

    const type = (await tableRows(page))[0]!.type;
    await group(page, 'Type').getByLabel(type, { exact: true }).check();
    await expect(page).toHaveURL(/[?&]type=/);
    await expect(page).not.toHaveURL(/[?&]page=/);
    await expect(page).toHaveURL(/[?&]pageSize=5/);
    await expect(page.getByTestId('page-info')).toContainText('page 1 of');
  });
});
