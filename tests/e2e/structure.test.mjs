// The structure a file states, as a reader sees it: a fictional county's file whose figures
// name indicators, parts ("of which") and averages, opened by link. Parts are drawn inside
// their whole, averages and changes in charts of their own, each indicator family on its own
// scale, and the overview shows the vocabulary's headline indicators. Served under the strict CSP.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { appStarted, assertNoProblems, REPO_ROOT, shot } from './lib/browser.mjs';
import { useApp } from './lib/setup.mjs';

const STRUCTURE = readFileSync(join(REPO_ROOT, 'tests/fixtures/fictional-structure.json'), 'utf8');
const app = useApp({ files: { '/reports/structure.json': STRUCTURE } });
const link = (query) => `?data=reports/structure.json&${query}`;

/** The ids of the charts on the page, in order. */
const chartIds = (page) =>
  page.evaluate(() => [...document.querySelectorAll('[data-chart-id]')].map((c) => c.dataset.chartId));

/** The texts of a chart's drawing. */
const drawnTexts = (page, id) =>
  page.evaluate((id) => [...document.querySelectorAll(`[data-chart-id="${id}"] svg text`)].map((t) => t.textContent), id);

test('the overview of a file without headline shows its headline indicators, never a part', async () => {
  const { page, problems } = await app.open(link('lang=en'), { width: 1280, height: 900 });
  await appStarted(page);
  await page.waitForFunction(() => document.title.includes('Songling'));
  const cards = await page.locator('.headline .figure-card').allInnerTexts();
  const expected = ['Fiscal aid funds', 'Aid projects', 'Cadres and technicians trained', 'Consumption-assistance sales', 'Rural workers placed in jobs'];
  assert.equal(cards.length, expected.length, cards.join(' | '));
  expected.forEach((label, i) => assert.match(cards[i], new RegExp(label), `card ${i + 1}`));
  assert.ok(!cards.some((c) => /Of whom|pooled/.test(c)), 'no part among the headline figures');
  assertNoProblems(problems);
  await page.close();
});

for (const [lang, width] of [['zh', 375], ['zh', 1280], ['en', 375], ['en', 1280]]) {
  test(`generated charts (${lang}, ${width} px): parts inside their whole, averages and each family apart`, async () => {
    const { page, problems } = await app.open(link(`lang=${lang}&view=funds`), { width, height: 900 });
    await appStarted(page);
    await page.locator('[data-chart-id="funds-aid-funds"] svg').first().waitFor();
    assert.deepEqual(await chartIds(page), ['funds-aid-funds', 'funds-enterprise-investment', 'funds-average']);
    const funds = await drawnTexts(page, 'funds-aid-funds');
    const ofWhich = lang === 'zh' ? '其中：财政援助资金' : 'Of which: Fiscal aid funds';
    assert.ok(funds.some((t) => t.includes(ofWhich)), `the parts' panel names its whole: ${funds.join(' | ')}`);
    assert.ok(!funds.some((t) => /12|1\.2/.test(t) && /亿|billion/.test(t)), 'the investment is not on the aid funds axis');
    const note = await page.locator('[data-chart-id="funds-average"] .chart-note').innerText();
    assert.match(note, lang === 'zh' ? /平均数、比率和增幅/ : /averages, rates and changes/);
    await shot(page, `structure-funds-${lang}-${width}`);
    // In the table too, a part's row says whose part it is.
    await page.click('[data-chart-id="funds-aid-funds"] .chart-tab[data-tab="table"]');
    const rows = await page.locator('[data-chart-id="funds-aid-funds"] tbody th').allInnerTexts();
    const partOf = lang === 'zh' ? '属于“财政援助资金”' : 'part of “Fiscal aid funds”';
    assert.deepEqual(rows.map((r) => r.includes(partOf)), [false, true, true], rows.join(' | '));
    await shot(page, `structure-funds-table-${lang}-${width}`);

    await page.click(`.site-nav a[data-view="outcomes"]`);
    await page.locator('[data-chart-id="outcomes-employment"] svg').first().waitFor();
    assert.deepEqual(await chartIds(page), ['outcomes-employment', 'outcomes-average', 'outcomes-change']);
    await shot(page, `structure-outcomes-${lang}-${width}`);
    const scroll = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(scroll <= 0, `no sideways scroll (${scroll} px)`);
    assertNoProblems(problems);
    await page.close();
  });
}
