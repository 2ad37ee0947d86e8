/** Reading the dashboard the way a user sees it, for the specs. */
import { expect, type Page } from '@playwright/test';

export async function gotoDashboard(page: Page, query = ''): Promise<void> {
  await page.goto(`/${query}`);
  await expect(page.getByTestId('incident-count')).toBeVisible();
  // Inputs clicked before hydration would toggle without updating the URL.
  await expect(page.locator('.filters[data-interactive="true"]')).toBeVisible();
}

/** The "N incidents" figure (rendered as text; data-count is the same number unformatted). */
export async function shownCount(page: Page): Promise<number> {
  const el = page.getByTestId('incident-count');
  await expect(el).toBeVisible();
  // Text and attribute are read from the same element in one step: while a new filter
  // streams in, the element is replaced, and two separate reads could straddle the swap.
  const { text, attr } = await el.evaluate((e) => ({ text: e.textContent ?? '', attr: e.getAttribute('data-count') }));
  const m = /([\d,]+)\s+incidents?/.exec(text);
  if (!m) throw new Error(`no count in "${text}"`);
  const n = Number(m[1]!.replace(/,/g, ''));
  expect(Number(attr)).toBe(n);
  return n;
}

/** Waits until the count differs from `before` (the server has answered the new URL). */
export async function countAfterChange(page: Page, before: number): Promise<number> {
  await expect.poll(() => shownCount(page), { timeout: 30_000 }).not.toBe(before);
  return shownCount(page);
}

export interface TableRow {
  id: string;
  date: string;
  type: string;
  governorate: string;
  place: string;
  perpetrators: string;
  targets: string;
}

export async function tableRows(page: Page): Promise<TableRow[]> {
  const rows = page.getByTestId('incident-row');
  await expect(rows.first()).toBeVisible();
  return rows.evaluateAll((trs) =>
    trs.map((tr) => {
      const cells = [...tr.querySelectorAll('td')].map((td) => (td.textContent ?? '').trim());
      return {
        id: tr.getAttribute('data-incident-id') ?? '',
        date: cells[0] ?? '',
        type: cells[1] ?? '',
        governorate: cells[2] ?? '',
        place: cells[3] ?? '',
        perpetrators: cells[4] ?? '',
        targets: cells[5] ?? '',
      };
    }),
  );
}

/** Fails the test on any alert/confirm/prompt: a dialog means injected script ran. */
export function failOnDialog(page: Page, seen: string[]): void {
  page.on('dialog', async (d) => {
    seen.push(`${d.type()}: ${d.message()}`);
    await d.dismiss();
  });
}
