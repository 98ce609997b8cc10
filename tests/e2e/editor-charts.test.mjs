// The editor's headline chooser and chart grouping: a report file with figures (a format 4
// fixture with parts, an average and a rate, no headline and no charts) is opened in the
// editor; the officer chooses the headline (buttons and the keyboard, no dragging), an average
// is refused among totals with the reason, a figure goes into a new chart that another joins
// and that is renamed, a total moves with its part; the preview shows it all; the downloaded
// file has that headline and those charts (ids of the other charts unchanged), and its overview
// opened in the app shows that headline. Screenshots at 375 and 1280 px, in zh and en.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { appStarted, assertNoProblems, REPO_ROOT, shot } from './lib/browser.mjs';
import { chartIds, chartOf, chooseHeadline, chooser, grouping, headlineIds, moveFigure, renameChart } from './lib/editor.mjs';
import { useApp } from './lib/setup.mjs';

const app = useApp();
const FIXTURE_PATH = join(REPO_ROOT, 'tests/fixtures/fictional-charts.json');
const FIXTURE = JSON.parse(readFileSync(FIXTURE_PATH, 'utf8'));
const HEADLINE = ['persons_trained', 'funds_total', 'projects_total'];
const TITLE = { zh: '乡村人才培训（测试）', en: 'Rural people trained (test)' };
let made;

async function openInEditor(page, file) {
  await page.locator('[data-testid="draft-start"]').waitFor();
  await page.locator('[data-testid="draft-file"]').setInputFiles(file);
  await grouping(page).waitFor();
}

test('the officer chooses the headline and groups figures into charts; the file and its overview show them', async () => {
  const { page, problems } = await app.open('?view=edit', { width: 1280, height: 900 });
  await appStarted(page);
  await openInEditor(page, FIXTURE_PATH);

  // The headline starts from the app's proposal.
  assert.match(await chooser(page).locator('[data-testid="headline-state"]').innerText(), /建议/);
  assert.ok((await headlineIds(page)).length > 0);
  await chooseHeadline(page, HEADLINE);
  assert.match(await chooser(page).locator('[data-testid="headline-state"]').innerText(), /指定/);
  assert.deepEqual(await headlineIds(page), HEADLINE);
  assert.equal(
    await chooser(page).locator('li[data-figure="persons_trained"] [data-action="headline-up"]').isDisabled(),
    true,
  );

  // An average is refused among totals, and the reason is said beside it.
  const before = await chartIds(page);
  const funds = await chartOf(page, 'funds_total');
  const income = await chartOf(page, 'income_per_capita');
  await moveFigure(page, 'income_per_capita', funds);
  const refusal = grouping(page).locator('li[data-figure="income_per_capita"] [role="alert"]');
  assert.match(await refusal.innerText(), /平均数.*总数/);
  assert.equal(await chartOf(page, 'income_per_capita'), income);
  await shot(page, 'editor-charts-refused-1280-zh');

  // A figure into a new chart, another into it, renamed.
  await moveFigure(page, 'persons_trained', '+new');
  const mine = await chartOf(page, 'persons_trained');
  assert.ok(!before.includes(mine), `${mine} is a new id`);
  await moveFigure(page, 'training_sessions', mine);
  assert.equal(await chartOf(page, 'training_sessions'), mine);
  await renameChart(page, mine, TITLE);
  // A total moves with its part, which offers no move of its own.
  await moveFigure(page, 'funds_total', '+new');
  const fundsNow = await chartOf(page, 'funds_total');
  assert.equal(await chartOf(page, 'funds_district'), fundsNow);
  assert.equal(await grouping(page).locator('li[data-figure="funds_district"] [data-action="move-figure"]').count(), 0);

  // The preview: the headline and the charts as readers will see them, and no problem.
  const preview = page.locator('[data-testid="draft-headline"] [data-figure-id]');
  assert.deepEqual(await preview.evaluateAll((cards) => cards.map((c) => c.dataset.figureId)), HEADLINE);
  const drawnTitle = page.locator(`[data-testid="draft-chart-list"] [data-chart-id="${mine}"] h3`).first();
  assert.match(await drawnTitle.innerText(), /乡村人才培训/);
  assert.match(await page.locator('[data-testid="problem-count"]').innerText(), /未发现问题/);
  await page.locator('.edit-structure').screenshot({ path: join(REPO_ROOT, 'target/screenshots/editor-charts-grouping-1280-zh.png') });
  await shot(page, 'editor-charts-1280-zh');

  // The downloaded file: the headline, the renamed chart, the part inside its whole.
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-action="download-draft"]')]);
  // Kept as bytes: the download's own file goes with its page.
  made = { name: download.suggestedFilename(), mimeType: 'application/json', buffer: readFileSync(await download.path()) };
  const file = JSON.parse(made.buffer.toString('utf8'));
  assert.deepEqual(file.headline, HEADLINE);
  const chart = (id) => file.charts.find((c) => c.id === id);
  assert.deepEqual(chart(mine).title, TITLE);
  assert.equal(chart(mine).kind, 'bars');
  assert.deepEqual(chart(mine).panels.map((p) => p.figures), [['persons_trained'], ['training_sessions']]);
  assert.deepEqual(
    chart(fundsNow).panels.map((p) => [p.figures, p.of ?? null]),
    [[['funds_total'], null], [['funds_district'], 'funds_total']],
  );
  // The charts kept are under the ids they were shown with; every figure is drawn once.
  assert.ok(chart(income)?.panels.some((p) => p.figures.includes('income_per_capita')));
  const drawn = file.charts.flatMap((c) => c.panels.flatMap((p) => p.figures)).sort();
  assert.deepEqual(drawn, FIXTURE.figures.map((f) => f.id).sort());
  assert.deepEqual(file.figures, FIXTURE.figures);

  // Opened in the app, its overview shows that headline.
  await page.goto(new URL('?view=overview', page.url()).href);
  await appStarted(page);
  await page.click('[data-action="open-report"]');
  await page.locator('[data-testid="open-file"]').setInputFiles(made);
  await page.keyboard.press('Escape');
  await page.waitForFunction(() => document.title.includes('青禾县'));
  const cards = page.locator('.headline [data-figure-id]');
  await cards.first().waitFor();
  assert.deepEqual(await cards.evaluateAll((all) => all.map((c) => c.dataset.figureId)), HEADLINE);
  assertNoProblems(problems);
  await page.close();
});

for (const [lang, width] of [['zh', 375], ['en', 375], ['en', 1280]]) {
  test(`the headline chooser and chart grouping at ${width} px in ${lang}`, async () => {
    assert.ok(made, 'the file made by the first test');
    const { page, problems } = await app.open(`?view=edit&lang=${lang}`, { width, height: 900 });
    await appStarted(page);
    await openInEditor(page, made);
    assert.deepEqual(await headlineIds(page), HEADLINE);
    assert.match(await chooser(page).locator('[data-testid="headline-state"]').innerText(), lang === 'en' ? /Chosen/ : /指定/);
    const mine = await chartOf(page, 'persons_trained');
    assert.equal(
      await grouping(page).locator(`[data-chart="${mine}"] h3`).innerText(),
      TITLE[lang],
    );
    await moveFigure(page, 'income_growth', await chartOf(page, 'funds_total'));
    const refusal = grouping(page).locator('li[data-figure="income_growth"] [role="alert"]');
    assert.match(await refusal.innerText(), lang === 'en' ? /is a rate, and this chart holds a total/ : /比率/);
    // Nothing is wider than the screen.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `${overflow} px sideways`);
    await page.locator('.edit-structure').screenshot({ path: join(REPO_ROOT, `target/screenshots/editor-charts-grouping-${width}-${lang}.png`) });
    await page.locator('[data-testid="draft-headline"]').screenshot({ path: join(REPO_ROOT, `target/screenshots/editor-charts-preview-headline-${width}-${lang}.png`) });
    assertNoProblems(problems);
    await page.close();
  });
}
