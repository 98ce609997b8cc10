// The authoring view on a district's report on two banners (tests/fixtures/fictional-two-banners.json):
// made from its text by selections and form input, with indicators chosen from the vocabulary,
// parts (其中, 含, 包括) of their totals, each figure's places, the places' kinds and codes, the
// report's level and address, a date without a time, the headline and a chart of its own for
// the banners' projects; a reload keeps it, the download
// equals the fixture, and it reopens unchanged. Logs how many proposals (indicator, whole,
// places, kinds) were right. Screenshots of the form at 1280 and 375 px, in both languages.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { appStarted, assertNoProblems, REPO_ROOT, SCREENSHOT_DIR, shot } from './lib/browser.mjs';
import { axeViolations } from './lib/axe.mjs';
import { chartOf, chooseHeadline, download, field, fillMeta, grouping, makeFigure, moveFigure, renameChart, select, startDraft } from './lib/editor.mjs';
import { useApp } from './lib/setup.mjs';

const app = useApp();
const FIXTURE = JSON.parse(readFileSync(join(REPO_ROOT, 'tests/fixtures/fictional-two-banners.json'), 'utf8'));

/** The title of the chart the officer makes for the banners' projects. */
const BY_BANNER = { zh: '各旗帮扶项目', en: 'Aid projects by banner' };

const same = (a, b) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

test("a district's report on two banners is made with indicators, parts, places, headline and a chart grouping, and equals its fixture", async () => {
  const { page, problems } = await app.open('?view=edit', { width: 1280, height: 900 });
  await appStarted(page);
  await startDraft(page, FIXTURE.original_text);
  const kinds = await fillMeta(page, FIXTURE.meta);
  const kindsRight = Object.entries(kinds).filter(([id, kind]) => [...FIXTURE.meta.region, ...FIXTURE.meta.partner].find((p) => p.id === id).kind === kind);

  const right = { indicator: 0, part_of: 0, place: 0 };
  const wrong = [];
  for (const figure of FIXTURE.figures) {
    const proposed = await makeFigure(page, figure);
    assert.deepEqual([proposed.value, proposed.unit, proposed.qualifier], [figure.value, figure.unit, figure.qualifier], figure.id);
    for (const key of Object.keys(right)) {
      if (same(proposed[key], figure[key])) right[key] += 1;
      else wrong.push(`${figure.id}: ${key} ${JSON.stringify(proposed[key] ?? null)}`);
    }
  }
  const n = FIXTURE.figures.length;
  console.log(
    `# proposals right: indicator ${right.indicator} of ${n}, part of ${right.part_of} of ${n}, ` +
      `place ${right.place} of ${n}, place kind ${kindsRight.length} of ${Object.keys(kinds).length}`,
  );
  console.log(wrong.map((w) => `#   ${w}`).join('\n'));
  // Every part word's total is proposed as its whole, and no peer is made a part; the
  // indicators depend on the vocabulary's words, and are counted only.
  assert.equal(right.part_of, n, 'every whole proposed');
  assert.equal(kindsRight.length, 3, 'every kind proposed');
  // Only the sales, stated for "两旗" (both), name neither banner.
  assert.deepEqual(wrong.filter((w) => w.includes(': place')).map((w) => w.split(':')[0]), ['consumption_sales_2024', 'online_sales_2024']);

  // The headline: both banners' totals and the one banner's training, chosen over the app's
  // proposal; the banners' projects in a chart of their own, renamed.
  await chooseHeadline(page, FIXTURE.headline);
  await moveFigure(page, 'aid_projects_2024_qingsong', '+new');
  const byBanner = await chartOf(page, 'aid_projects_2024_qingsong');
  await moveFigure(page, 'aid_projects_2024_jinsha', byBanner);
  // A total moves with its part.
  assert.equal(await chartOf(page, 'industry_projects_2024_jinsha'), byBanner);
  await renameChart(page, byBanner, BY_BANNER);
  await grouping(page).locator(`[data-chart="${byBanner}"]`).screenshot({ path: join(SCREENSHOT_DIR, 'editor-structure-grouping-1280-zh.png'), animations: 'disabled' });

  assert.match(await page.locator('[data-testid="problem-count"]').innerText(), /未发现问题/);
  assert.match(await page.locator('[data-testid="missing-english"]').innerText(), /英文齐全/);

  // A reload keeps everything the draft holds.
  await page.reload();
  await appStarted(page);
  await page.locator('[data-testid="draft-text"]').waitFor();
  const file = await download(page);
  assert.equal(file.suggestedFilename(), `${FIXTURE.meta.id}.json`);
  const made = JSON.parse(readFileSync(await file.path(), 'utf8'));
  assert.deepEqual(made, FIXTURE);

  // A part opened for correction shows its whole, its indicator's definition and its places.
  await page.locator('[data-testid="draft-items"] li[data-key="formerly_poor_employed_2024_qingsong"] [data-action="open-item"]').click();
  await page.waitForFunction(() => document.querySelector('[data-field="part-of"]')?.value === 'rural_workers_employed_2024_qingsong');
  assert.match(await page.locator('[data-testid="indicator-definition"]').innerText(), /脱贫人口/);
  assert.deepEqual(
    await page.locator('input[name="place"]').evaluateAll((boxes) => boxes.map((b) => [b.value, b.checked])),
    [['qingsong_banner_fictional', true], ['jinsha_banner_fictional', false]],
  );
  await page.click('[data-action="cancel"]');

  // It reopens in the editor unchanged.
  await page.click('[data-action="discard"]');
  await page.click('[data-action="discard"]');
  await page.locator('[data-testid="draft-file"]').setInputFiles(await file.path());
  await page.locator('[data-testid="draft-text"]').waitFor();
  const again = await download(page);
  assert.equal(readFileSync(await again.path(), 'utf8'), readFileSync(await file.path(), 'utf8'));

  // The form of a part at two widths and in both languages: the indicator with its
  // definition, the whole, the places.
  await select(page, '其中产业项目80个');
  await page.waitForFunction(() => document.querySelector('[data-field="part-of"]')?.value === 'aid_projects_2024');
  assert.equal(await field(page, 'indicator').inputValue(), 'aid_projects_industry');
  for (const [width, lang] of [[1280, 'zh'], [1280, 'en'], [375, 'en'], [375, 'zh']]) {
    await page.setViewportSize({ width, height: 900 });
    await page.click(`button[data-lang="${lang}"]`);
    await page.waitForFunction((lang) => document.documentElement.lang.startsWith(lang), lang);
    await page.locator('[data-testid="figure-form"]').scrollIntoViewIfNeeded();
    await shot(page, `editor-structure-${width}-${lang}`);
    await page.locator('[data-testid="selection-form"]').screenshot({ path: join(SCREENSHOT_DIR, `editor-structure-form-${width}-${lang}.png`), animations: 'disabled' });
    // A long choice (a figure's id · label · value) never widens the page.
    assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth), `${width} px: no horizontal scroll`);
  }
  assert.deepEqual(await axeViolations(page), []);
  // The details with the places' kinds and codes, the level and the address.
  const details = page.locator('[data-testid="draft-meta"]');
  if (!(await details.evaluate((d) => d.open))) await details.locator('summary').click();
  assert.equal(await field(page, 'region-code-2').inputValue(), '159902');
  await shot(page, 'editor-structure-details-375-zh');
  await details.screenshot({ path: join(SCREENSHOT_DIR, 'editor-structure-details-form-375-zh.png'), animations: 'disabled' });
  await page.setViewportSize({ width: 1280, height: 900 });
  await shot(page, 'editor-structure-details-1280-zh');
  assert.deepEqual(await axeViolations(page), []);
  assertNoProblems(problems);
  await page.close();
});
