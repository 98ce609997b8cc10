// Accessibility: axe-core (WCAG 2.1 A/AA rules, and the heading outline) on every view, both
// languages, light and dark, and the embed modes; a keyboard-only walk through the app.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { join } from 'node:path';
import { assertNoProblems, REPO_ROOT } from './lib/browser.mjs';
import { axeViolations } from './lib/axe.mjs';
import { useApp } from './lib/setup.mjs';

const app = useApp();

const VIEWS = ['overview', 'funds', 'projects', 'training', 'sales', 'outcomes', 'compare', 'source', 'print'];
const PAGES = [
  ...VIEWS.flatMap((view) =>
    ['zh', 'en'].flatMap((lang) => ['light', 'dark'].map((theme) => `?view=${view}&lang=${lang}&theme=${theme}`)),
  ),
  '?embed=funds-by-source&lang=en',
  '?embed=training-pairings&theme=dark',
  '?embed=overview',
];

for (const query of PAGES) {
  test(`axe finds no WCAG 2.1 AA violation on ${query}`, async () => {
    const { page, problems } = await app.open(query);
    await page.waitForSelector('main');
    await page.waitForFunction(() =>
      [...document.querySelectorAll('[data-chart-id]')].every((c) => c.querySelector('.chart-svg svg')),
    );
    assert.deepEqual(await axeViolations(page), []);
    assertNoProblems(problems);
    await page.close();
  });
}

test('open dialogs and tabs pass axe too', async () => {
  const { page, problems } = await app.open('?view=funds&lang=en');
  await page.waitForSelector('[data-chart-id="funds-by-source"] .chart-svg svg');
  await page.click('[data-chart-id="funds-named-investments"] .chart-tab[data-tab="table"]');
  await page.click('[data-chart-id="funds-per-unit"] .chart-tab[data-tab="source"]');
  await page.click('[data-chart-id="funds-by-source"] [data-action="embed"]');
  assert.deepEqual(await axeViolations(page), []);
  assertNoProblems(problems);
  await page.close();
});

test('opening, refusing and comparing reports pass axe too', async () => {
  const fictional = readFileSync(join(REPO_ROOT, 'tests/fixtures/fictional-county.json'));
  for (const query of ['?lang=en', '?lang=zh&theme=dark']) {
    const { page, problems } = await app.open(query);
    await page.click('[data-action="open-report"]');
    assert.deepEqual(await axeViolations(page), [], `${query}: open-report dialog`);
    const picker = page.locator('[data-testid="open-file"]');
    await picker.setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"meta": 1') });
    await page.locator('[data-testid="load-error"]').waitFor();
    await page.keyboard.press('Escape');
    assert.deepEqual(await axeViolations(page), [], `${query}: problems listed`);
    await page.click('.site-nav a[data-view="compare"]');
    await page.locator('[data-testid="compare-file"]').setInputFiles({ name: 'q.json', mimeType: 'application/json', buffer: fictional });
    await page.locator('[data-testid="compare-table"]').waitFor();
    assert.deepEqual(await axeViolations(page), [], `${query}: compare table`);
    assertNoProblems(problems);
    await page.close();
  }
});

/** What has keyboard focus, described briefly. */
const focused = (page) =>
  page.evaluate(() => {
    const e = document.activeElement;
    return {
      tag: e.tagName.toLowerCase(),
      text: (e.getAttribute('aria-label') || e.textContent || '').trim().slice(0, 40),
      visible: (() => {
        const r = e.getBoundingClientRect();
        const style = getComputedStyle(e);
        return r.width > 0 && r.height > 0 && style.visibility !== 'hidden' && style.outlineStyle !== 'none';
      })(),
      className: e.className,
      item: e.dataset.item,
      action: e.dataset.action,
      chart: e.closest('[data-chart-id]')?.dataset.chartId,
    };
  });

test('the whole app works from the keyboard alone, with focus always visible', async () => {
  const { page, problems } = await app.open('?lang=en');
  await page.waitForSelector('.chart-svg svg');
  // The skip link comes first and moves focus to the main content.
  await page.keyboard.press('Tab');
  assert.equal((await focused(page)).text, 'Skip to main content');
  assert.ok((await focused(page)).visible, 'skip link visible when focused');
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => location.hash), '#main');

  // Navigate to the funds view with Tab and Enter only.
  let steps = 0;
  while ((await focused(page)).text !== 'Funds' && steps++ < 40) await page.keyboard.press('Tab');
  assert.equal((await focused(page)).text, 'Funds', 'the nav link is reachable');
  await page.keyboard.press('Enter');
  await page.waitForSelector('[data-chart-id="funds-by-source"] .chart-svg svg');

  // Tab to the first chart's marks; arrows move between them with a visible focus ring.
  steps = 0;
  while ((await focused(page)).className !== 'chart-mark' && steps++ < 60) {
    await page.keyboard.press('Tab');
    const now = await focused(page);
    assert.ok(now.visible, `focus visible on ${now.tag} "${now.text}"`);
  }
  assert.equal((await focused(page)).item, '0');
  await page.keyboard.press('ArrowDown');
  assert.equal((await focused(page)).item, '1');
  assert.ok(await page.isVisible('[data-chart-id="funds-by-source"] .chart-tooltip'));

  // On to the tools: the share dialog traps focus and gives it back on Escape.
  steps = 0;
  while ((await focused(page)).action !== 'share' && steps++ < 20) await page.keyboard.press('Tab');
  assert.equal((await focused(page)).chart, 'funds-by-source');
  await page.keyboard.press('Enter');
  for (let i = 0; i < 8; i++) {
    await page.keyboard.press('Tab');
    const inDialog = await page.evaluate(() => !!document.activeElement.closest('dialog[open]'));
    assert.ok(inDialog, 'focus stays in the open dialog');
  }
  await page.keyboard.press('Escape');
  assert.equal((await focused(page)).action, 'share', 'focus returns to the Share button');

  // The CSV download is reachable and works from the keyboard.
  while ((await focused(page)).action !== 'download-csv' && steps++ < 40) await page.keyboard.press('Tab');
  const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  assert.match(download.suggestedFilename(), /funds-by-source-en\.csv$/);
  assertNoProblems(problems);
  await page.close();
});
