// The example reports hosted beside the app (public/reports → dist/reports): listed in the Open
// dialog and opened from it; each through every view in both languages (a page says it has no
// data only when the report has no figure of its theme, and shows nothing of another report),
// every chart of it embedded, and its data downloaded as itself. Served under the strict CSP.

import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { appStarted, assertNoProblems, chartsSettled, REPO_ROOT, shot } from './lib/browser.mjs';
import { useApp } from './lib/setup.mjs';

const DIR = join(REPO_ROOT, 'public/reports');
const EXAMPLES = readdirSync(DIR)
  .filter((name) => name.endsWith('.json'))
  .sort()
  .map((name) => ({ name, path: `reports/${name}`, report: JSON.parse(readFileSync(join(DIR, name), 'utf8')) }));
const THEMES = ['funds', 'projects', 'training', 'sales', 'outcomes'];
/** The theme pages' views: cooperation figures are shown on the training page. */
const VIEW_OF_THEME = { funds: 'funds', projects: 'projects', cooperation: 'training', training: 'training', sales: 'sales', outcomes: 'outcomes' };

const app = useApp();

/** The titles of every other example and of the bundled report: none may show on `example`'s pages. */
function othersOf(example) {
  const titles = EXAMPLES.filter((e) => e !== example).flatMap((e) => [e.report.meta.title.zh, e.report.meta.title.en]);
  return [...titles, '巴林右旗', 'Bairin'];
}

test('the Open dialog lists every example report and opens one in place, in both languages', async () => {
  for (const lang of ['zh', 'en']) {
    const { page, problems } = await app.open(`?lang=${lang}&view=funds`);
    await page.click('[data-action="open-report"]');
    const list = page.locator('[data-testid="example-reports"] a');
    assert.equal(await list.count(), EXAMPLES.length);
    const listed = await list.evaluateAll((links) => links.map((a) => a.dataset.example));
    assert.deepEqual([...listed].sort(), EXAMPLES.map((e) => e.path));
    const example = EXAMPLES[0];
    const link = page.locator(`[data-example="${example.path}"]`);
    assert.equal(await link.innerText(), example.report.meta.title[lang]);
    // A real link, to share or open in a new tab: the report and the overview, in this language.
    const href = new URL(await link.getAttribute('href'), page.url());
    assert.equal(href.searchParams.get('data'), example.path);
    assert.equal(href.searchParams.get('view'), null);
    await shot(page, `examples-dialog-${lang}`);
    await link.click();
    await page.waitForFunction((t) => document.title.includes(t), example.report.meta.title[lang]);
    assert.equal(new URL(page.url()).searchParams.get('data'), example.path);
    assert.equal(await page.locator('[data-testid="report-dialog"][open]').count(), 0, 'the dialog closes');
    assertNoProblems(problems);
    await page.close();
  }
});

for (const example of EXAMPLES) {
  test(`${example.name}: every view in both languages shows this report and no other`, async () => {
    const themes = new Set(example.report.figures.map((f) => VIEW_OF_THEME[f.theme]));
    const others = othersOf(example);
    for (const lang of ['zh', 'en']) {
      const title = example.report.meta.title[lang];
      const { page, problems } = await app.open(`?data=${example.path}&lang=${lang}`);
      await page.waitForFunction((t) => document.title.includes(t), title);
      for (const view of ['overview', ...THEMES, 'source', 'print']) {
        await page.goto(new URL(`?data=${example.path}&lang=${lang}&view=${view}`, app.url).href);
        await appStarted(page);
        await page.waitForFunction((t) => document.title.includes(t), title);
        await chartsSettled(page);
        const text = await page.locator('main').innerText();
        for (const other of others) assert.ok(!text.includes(other), `${view} (${lang}) shows “${other}”`);
        if (THEMES.includes(view)) {
          const empty = await page.locator('[data-testid="view-no-data"]').count();
          assert.equal(empty > 0, !themes.has(view), `${view} (${lang}): “no data” only without figures of its theme`);
          const charts = await page.locator('[data-chart-id]').count();
          assert.equal(charts > 0, themes.has(view), `${view} (${lang}): charts`);
        }
        if (view === 'source') {
          const source = await page.locator('[data-testid="source-text"]').innerText();
          assert.ok(source.includes(example.report.original_text.trim().split('\n')[0].trim()), 'the report’s own text');
        }
        if (view === 'overview') assert.match(await page.locator('.headline').innerText(), /\d/, 'headline cards');
      }
      // The overview and the first page with data at a phone's and a desktop's width: no
      // sideways scroll; the screenshots are for looking at.
      const theme = THEMES.find((t) => themes.has(t));
      for (const width of [375, 1280]) {
        await page.setViewportSize({ width, height: 900 });
        for (const view of ['overview', theme]) {
          await page.goto(new URL(`?data=${example.path}&lang=${lang}&view=${view}`, app.url).href);
          await appStarted(page);
          await chartsSettled(page);
          const wide = await page.evaluate(() => document.documentElement.scrollWidth);
          assert.ok(wide <= width, `${view} (${lang}) at ${width} px is ${wide} px wide`);
          await shot(page, `example-${example.name.replace('.json', '')}-${view}-${lang}-${width}`);
        }
      }
      assertNoProblems(problems, `${example.name} ${lang}`);
      await page.close();
    }
  });

  test(`${example.name}: every chart embeds, and the data downloads as itself`, async () => {
    const { page, problems } = await app.open(`?data=${example.path}&lang=en`);
    const ids = [];
    for (const view of THEMES) {
      await page.goto(new URL(`?data=${example.path}&lang=en&view=${view}`, app.url).href);
      await appStarted(page);
      // The report has arrived (until then the page holds none of its cards).
      await page.waitForFunction((t) => document.title.includes(t), example.report.meta.title.en);
      await chartsSettled(page);
      ids.push(...(await page.locator('[data-chart-id]').evaluateAll((cards) => cards.filter((c) => c.dataset.empty !== 'true').map((c) => c.dataset.chartId))));
    }
    assert.ok(ids.length > 0, 'charts');
    for (const id of ids) {
      await page.goto(new URL(`?data=${example.path}&embed=${id}&lang=en`, app.url).href);
      await appStarted(page);
      await page.locator(`[data-chart-id="${id}"] svg`).first().waitFor();
      const text = await page.locator('body').innerText();
      for (const other of othersOf(example)) assert.ok(!text.includes(other), `embed ${id} shows “${other}”`);
    }
    await page.goto(new URL(`?data=${example.path}&lang=en&view=overview`, app.url).href);
    await appStarted(page);
    const download = async (selector) => {
      const [file] = await Promise.all([page.waitForEvent('download'), page.click(selector)]);
      return readFileSync(await file.path(), 'utf8');
    };
    const json = JSON.parse(await download('[data-action="download-report-json"]'));
    assert.deepEqual(json.figures, example.report.figures);
    assert.equal(json.original_text, example.report.original_text);
    const csv = await download('[data-action="download-report-csv"]');
    for (const figure of example.report.figures) assert.ok(csv.includes(figure.id), `CSV has ${figure.id}`);
    assertNoProblems(problems, example.name);
    await page.close();
  });
}
