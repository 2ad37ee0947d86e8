/**
 * Article text is untrusted. An article whose title and body carry script/img payloads is
 * ingested into the running server's database; the dashboard table, the map popup and
 * the detail page must show the payloads as literal text and never execute them.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import { failOnDialog, gotoDashboard, shownCount } from './dashboard-page';
import { E2E_DATABASE_PATH } from './e2e-env';

const SCRIPT = '<script>alert(1)</script>';
const IMG = '<img src=x onerror=alert(1)>';
const TOKEN = `xsscheck${Date.now().toString(36)}`;

const article = {
  id: `e2e-${TOKEN}`,
  lang: 'en',
  url: `https://example.org/${TOKEN}`,
  published: '2024-05-13',
  title: `${TOKEN} Bomb hits patrol ${SCRIPT} ${IMG}`,
  text:
    `BAQUBAH, Iraq — A roadside bomb ${IMG} exploded on Sunday near a police patrol in Baqubah, ` +
    `the capital of Diyala province ${SCRIPT}, killing two policemen and wounding three others, a security source said.\n\n` +
    `Police cordoned off the area. ${SCRIPT} No group claimed responsibility.`,
};

function ingestArticle(): void {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'e2e-xss-'));
  const file = path.join(dir, `${article.id}.json`);
  writeFileSync(file, JSON.stringify(article));
  execFileSync('npm', ['run', '--silent', 'ingest', '--', file], {
    cwd: fileURLToPath(new URL('../..', import.meta.url)),
    env: { ...process.env, DATABASE_PATH: E2E_DATABASE_PATH },
    stdio: 'pipe',
    timeout: 120_000,
  });
}

async function expectNoInjectedElements(page: Page): Promise<void> {
  expect(await page.locator('img[src="x"]').count()).toBe(0);
  const scripts = await page.locator('script').evaluateAll((els) => els.map((e) => e.textContent ?? ''));
  expect(scripts.some((s) => s.trim() === 'alert(1)')).toBe(false);
}

test('payloads in an article stay inert text in the table, the popup and the detail page', async ({ page }) => {
  ingestArticle();
  const dialogs: string[] = [];
  failOnDialog(page, dialogs);

  await gotoDashboard(page, `?q=${TOKEN}`);
  await expect.poll(() => shownCount(page)).toBeGreaterThan(0);
  const row = page.getByTestId('incident-row').first();
  await expect(row).toBeVisible();
  await expectNoInjectedElements(page);

  // With the search narrowing the map to this article's incident, its marker's popup shows
  // the evidence and a link to the source titled with the article's title (payloads verbatim).
  const marker = page.getByTestId('incident-map').locator('path.incident-marker').first();
  await marker.click({ force: true });
  const popup = page.getByTestId('incident-popup');
  await expect(popup).toBeVisible();
  const sourceLink = popup.getByTestId('popup-source-link');
  await expect(sourceLink).toHaveText(article.title);
  await expect(sourceLink).toHaveAttribute('href', article.url);
  await expectNoInjectedElements(page);

  await row.getByRole('link', { name: /details/i }).click();
  await expect(page.getByTestId('source-title').first()).toHaveText(article.title);
  const text = page.getByTestId('article-text').first();
  await expect(text).toContainText(IMG);
  await expect(text).toContainText(SCRIPT);
  await expectNoInjectedElements(page);

  // Give any onerror handler a moment to fire before declaring the page clean.
  await page.waitForTimeout(500);
  expect(dialogs).toEqual([]);
});
