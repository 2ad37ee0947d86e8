import { expect, test } from '@playwright/test';
import { countAfterChange, gotoDashboard, shownCount, tableRows } from './dashboard-page';

test('dragging the timeline brush sets from/to and narrows every section', async ({ page }) => {
  await gotoDashboard(page);
  const before = await shownCount(page);
  const timeline = page.getByTestId('timeline');
  const travellers = timeline.locator('.recharts-brush-traveller');
  await expect(travellers).toHaveCount(2);

  // Pull the left handle a third of the way in.
  const brush = (await timeline.locator('.recharts-brush').boundingBox())!;
  const left = (await travellers.first().boundingBox())!;
  await page.mouse.move(left.x + left.width / 2, left.y + left.height / 2);
  await page.mouse.down();
  await page.mouse.move(left.x + brush.width / 3, left.y + left.height / 2, { steps: 8 });
  await page.mouse.up();

  await expect(page).toHaveURL(/[?&]from=\d{4}-\d{2}-\d{2}/);
  await expect(page).toHaveURL(/[?&]to=\d{4}-\d{2}-\d{2}/);
  const after = await countAfterChange(page, before);
  expect(after).toBeLessThan(before);
  const from = new URL(page.url()).searchParams.get('from')!;
  for (const r of await tableRows(page)) expect(r.date >= from).toBe(true);
});
