// Opening other reports: a fictional test county (tests/fixtures, never bundled) through every
// view, by link, file picker and drop; broken files refused with located problems while the
// report on screen stays; two versions of the report compared. Served under the strict CSP.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { appStarted, assertNoProblems, chartsSettled, REPO_ROOT, shot } from './lib/browser.mjs';
import { useApp } from './lib/setup.mjs';

const FICTIONAL = readFileSync(join(REPO_ROOT, 'tests/fixtures/fictional-county.json'), 'utf8');
const BUNDLED = readFileSync(join(REPO_ROOT, 'crates/report/src/report.json'), 'utf8');

/** The bundled report a year on: two values and their quotes changed, one figure dropped, no
 * original text. */
function nextYear() {
  const report = JSON.parse(BUNDLED);
  report.meta.published = '2024-05-25T09:00:00+08:00';
  report.figures = report.figures.filter((f) => f.id !== 'wind_signed');
  // Its charts no longer draw or name the dropped figure, or the file would rightly be refused.
  for (const chart of report.charts) {
    for (const panel of chart.panels ?? []) panel.figures = panel.figures.filter((id) => id !== 'wind_signed');
    if (chart.summary?.en.includes('{wind_signed}')) delete chart.summary;
  }
  // Each changed value with a quote that states it, or the file would rightly be refused.
  for (const figure of report.figures) {
    if (figure.id === 'aid_funds_total') {
      figure.value = 127800000;
      figure.source = figure.source.replace('1.065亿元', '1.278亿元');
    }
    if (figure.id === 'income_growth_2022') {
      figure.value = 6;
      figure.source = figure.source.replace('7.5%', '6%');
    }
  }
  // Derived figures follow their inputs, or the file would rightly be refused.
  const value = (id) => report.figures.find((f) => f.id === id).value;
  for (const figure of report.figures) {
    if (figure.id === 'aid_funds_other_beijing') figure.value = value('aid_funds_total') - value('aid_funds_eda');
    if (figure.id === 'aid_funds_eda_share')
      figure.value = Math.round((value('aid_funds_eda') / value('aid_funds_total')) * 1000) / 10;
    if (figure.id === 'funds_per_project') figure.value = Math.round(value('aid_funds_total') / value('projects_total'));
    if (figure.id === 'funds_per_beneficiary_at_most')
      figure.value = Math.round(value('aid_funds_total') / value('beneficiaries'));
    if (figure.id === 'income_per_capita_2021_implied')
      figure.value = Math.round(value('income_per_capita_2022') / (1 + value('income_growth_2022') / 100));
  }
  return JSON.stringify(report, null, 2);
}

const app = useApp({
  files: {
    '/reports/fictional-county.json': FICTIONAL,
    '/reports/bairin-right-2024.json': nextYear(),
  },
});

const DATA = 'reports/fictional-county.json';
const title = (page) => page.locator('[data-testid="report-shown"]');

/** Opens a file through the header's "Open a report" dialog. */
async function openFile(page, name, contents) {
  await page.click('[data-action="open-report"]');
  await page
    .locator('[data-testid="open-file"]')
    .setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(contents) });
}

test('a ?data= link opens the fictional county in every view', async () => {
  const { page, problems } = await app.open(`?data=${DATA}&lang=en`);
  // Until the file has arrived nothing of the bundled report is shown, only "Opening …":
  // look at every frame before it is painted, from the start of a reload. (Not at every change
  // of the page: before the stylesheet has loaded, which hides index.html's own page, the text
  // of that page is in the document but nothing is painted.)
  await page.addInitScript(() => {
    window.__sawBundled = false;
    const look = () => {
      if (/Bairin|巴林/.test(document.body?.innerText ?? '')) window.__sawBundled = true;
      requestAnimationFrame(look);
    };
    requestAnimationFrame(look);
  });
  await page.reload();
  await appStarted(page);
  await page.waitForFunction(() => document.title.includes('Qingshan'));
  assert.equal(await page.evaluate(() => window.__sawBundled), false, 'a shared link never shows the bundled report first');
  const headline = await page.locator('main').innerText();
  assert.match(headline, /fictional/i);
  assert.doesNotMatch(headline, /Bairin/, 'nothing of the bundled report is left on screen');
  for (const view of ['overview', 'funds', 'projects', 'training', 'sales', 'outcomes', 'source', 'print']) {
    if (view === 'source' || view === 'print') {
      await page.goto(new URL(`?data=${DATA}&lang=en&view=${view}`, app.url).href);
      await appStarted(page);
    } else {
      await page.click(`.site-nav a[data-view="${view}"]`);
    }
    await page.waitForFunction((v) => document.title.includes('Qingshan') && location.search.includes(`data=`), view);
    await chartsSettled(page);
    assert.ok(page.url().includes(`data=${DATA}`), `${view}: the link keeps the report`);
    if (view === 'training') {
      await page.locator('[data-testid="view-no-data"]').waitFor();
    }
    if (view === 'funds') {
      const total = page.locator('[data-chart-id="funds-aid-funds"] .chart-summary');
      // The county describes no charts: its figures are in the charts made for them.
      assert.match(await total.innerText(), /Cooperation aid funds, total ¥86\.4 million/);
      assert.ok(await page.locator('[data-chart-id="funds-aid-funds"] svg').count());
    }
    if (view === 'source') {
      assert.match(await page.locator('[data-testid="source-text"]').innerText(), /本文为测试用虚构数据/);
    }
    await shot(page, `report-fictional-${view}-en`);
  }
  assertNoProblems(problems);
  await page.close();
});

test('a loaded report downloads as itself: JSON that reopens, CSV, chart files named after it', async () => {
  const { page, problems } = await app.open(`?data=${DATA}&lang=en&view=funds`);
  await page.waitForSelector('[data-chart-id="funds-aid-funds"] .chart-svg svg');
  const download = async (selector) => {
    const [file] = await Promise.all([page.waitForEvent('download'), page.click(selector)]);
    return { name: file.suggestedFilename(), text: readFileSync(await file.path(), 'utf8') };
  };
  const json = await download('[data-action="download-report-json"]');
  assert.equal(json.name, 'qingshan-county-test-report.json');
  const reopened = JSON.parse(json.text);
  assert.equal(reopened.meta.id, 'qingshan-county-test-2024-06-30');
  assert.deepEqual(reopened.figures, JSON.parse(FICTIONAL).figures);
  assert.ok(reopened.original_text.startsWith('本文为测试用虚构数据'), 'the text travels with the data');
  const csv = await download('[data-action="download-report-csv"]');
  assert.match(csv.text, /aid_funds_total/);
  assert.doesNotMatch(csv.text, /Bairin/);
  const chartCsv = await download('[data-chart-id="funds-aid-funds"] [data-action="download-csv"]');
  assert.match(chartCsv.name, /^qingshan-county-test-funds-aid-funds-en\.csv$/);
  assertNoProblems(problems);
  await page.close();
});

test('an embed of a ?data= report shows that report, and the embed dialog says so', async () => {
  const { page, problems } = await app.open(`?data=${DATA}&embed=outcomes-average`);
  await page.waitForSelector('[data-chart-id="outcomes-average"] svg');
  assert.match(await page.locator('[data-chart-id="outcomes-average"]').innerText(), /16,?842|16842/);
  assertNoProblems(problems);
  await page.close();

  const site = await app.open(`?data=${DATA}&view=outcomes`);
  await site.page.locator('[data-chart-id="outcomes-average"] [data-action="embed"]').click();
  const snippet = await site.page.locator('[data-testid="embed-dialog"] textarea').inputValue();
  assert.match(snippet, /data=reports\/fictional-county\.json/, 'the snippet embeds the loaded report');
  const preview = site.page.frameLocator('.embed-preview').locator('[data-chart-id="outcomes-average"]');
  // The chart may be drawn at several widths (CSS shows the one that fits): any of them will do.
  await preview.locator('.chart-svg svg').first().waitFor();
  assert.match(await preview.innerText(), /16842元/, 'the preview shows the loaded report');
  assertNoProblems(site.problems);
  await site.page.close();
});

test('a file picked or dropped replaces the report; the share dialog says a link cannot carry it', async () => {
  const { page, problems } = await app.open('?lang=en');
  await openFile(page, 'qingshan.json', FICTIONAL);
  await page.waitForFunction(() => document.title.includes('Qingshan'));
  assert.ok(!page.url().includes('data='), 'a local file is not in the link');
  await page.click('[data-action="share-page"]');
  await page.locator('[data-testid="file-not-shareable"]').waitFor();
  await page.keyboard.press('Escape');
  await page.click('[data-action="open-report"]');
  assert.match(await title(page).innerText(), /qingshan\.json/);
  await page.click('[data-action="use-bundled"]');
  await page.waitForFunction(() => document.title.includes('Bairin'));

  // Dropping a file anywhere on the page opens it too.
  await page.evaluate((text) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([text], 'dropped.json', { type: 'application/json' }));
    document.body.dispatchEvent(new DragEvent('dragover', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    document.body.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
  }, FICTIONAL);
  await page.waitForFunction(() => document.title.includes('Qingshan'));
  assertNoProblems(problems);
  await page.close();
});

/** Broken files: (name, contents or a builder run in the page, expected location, expected words). */
const fictional = () => JSON.parse(FICTIONAL);
const BROKEN = [
  ['truncated', FICTIONAL.slice(0, 900), '(file)', /ends early, at line \d+/],
  [
    'wrong type',
    JSON.stringify(Object.assign(fictional(), { figures: fictional().figures.map((f, i) => (i === 12 ? { ...f, value: '一千万' } : f)) })),
    'figures[12].value',
    /expected a number, found "一千万"/,
  ],
  [
    'missing field',
    JSON.stringify((({ meta, ...rest }) => rest)(fictional())),
    'meta',
    /missing/,
  ],
  [
    'duplicate id',
    JSON.stringify(Object.assign(fictional(), { figures: [...fictional().figures, fictional().figures[0]] })),
    `figures[${fictional().figures.length}].id`,
    /"aid_funds_total" is used twice/,
  ],
];

test('broken files are refused with located problems and the report on screen stays', async () => {
  const { page, problems } = await app.open('?lang=en&view=funds');
  await chartsSettled(page);
  for (const [name, contents, location, words] of BROKEN) {
    await openFile(page, `${name}.json`, contents);
    const error = page.locator('[data-testid="load-error"]');
    await error.waitFor();
    const text = await error.innerText();
    assert.ok(text.includes(location), `${name}: names ${location}:\n${text}`);
    assert.match(text, words, name);
    assert.match(await page.title(), /Bairin/, `${name}: the bundled report is still shown`);
    assert.ok(await page.locator('[data-chart-id="funds-by-source"] svg').count(), `${name}: charts still drawn`);
    await page.keyboard.press('Escape');
    await error.locator('button').click();
    await error.waitFor({ state: 'detached' });
  }
  // In Chinese, the problems read in Chinese.
  await page.click('button[data-lang="zh"]');
  await openFile(page, 'wrong.json', BROKEN[1][1]);
  assert.match(await page.locator('[data-testid="load-error"]').innerText(), /figures\[12\]\.value 应为数字，实际为"一千万"/);
  await page.keyboard.press('Escape');

  // 50 MiB is refused before it is read.
  await page.evaluate(() => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([new Uint8Array(50 * 1024 * 1024).fill(32)], 'huge.json'));
    document.body.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
  });
  await page.waitForFunction(() => document.querySelector('[data-testid="load-error"]')?.innerText.includes('文件太大（50 MiB），上限为 32 MiB'));
  assert.match(await page.title(), /巴林右旗/);
  await shot(page, 'report-load-error-zh');
  assertNoProblems(problems);
  await page.close();
});

test('markup in a loaded report is shown as text, never run', async () => {
  const evil = '<img src=x onerror="window.__pwned=1"></svg><script>window.__pwned=2</script>';
  const report = fictional();
  report.meta.title.en = `Qingshan ${evil}`;
  report.figures[0].label.en = evil;
  report.projects[0].events[0].label.en = evil;
  const { page, problems } = await app.open('?lang=en&view=funds');
  await openFile(page, 'evil.json', JSON.stringify(report));
  await page.waitForFunction(() => document.title.includes('Qingshan'));
  await chartsSettled(page);
  // Hover a mark for the tooltip, open the table, visit projects (timeline labels) and print.
  const mark = await page.locator('[data-chart-id="funds-aid-funds"] .chart-mark').first().boundingBox();
  await page.mouse.move(mark.x + mark.width / 2, mark.y + mark.height / 2);
  await page.locator('[data-chart-id="funds-aid-funds"] .chart-tooltip:not([hidden])').waitFor();
  await page.locator('[data-chart-id="funds-aid-funds"] .chart-tab[data-tab="table"]').click();
  assert.ok((await page.locator('main').innerText()).includes('<script>'), 'the label reads as text');
  for (const view of ['projects', 'overview', 'funds']) {
    await page.click(`.site-nav a[data-view="${view}"]`);
    await chartsSettled(page);
  }
  await page.locator('[data-chart-id="funds-aid-funds"] [data-action="embed"]').click();
  await page.locator('[data-testid="embed-dialog"]').waitFor();
  const injected = await page.evaluate(() => ({
    pwned: window.__pwned ?? null,
    images: document.querySelectorAll('img[src="x"]').length,
    scripts: [...document.scripts].filter((s) => s.textContent.includes('__pwned')).length,
  }));
  assert.deepEqual(injected, { pwned: null, images: 0, scripts: 0 });
  assertNoProblems(problems);
  await page.close();
});

test('a link to a missing or foreign report keeps the bundled report and says why', async () => {
  const { page, problems } = await app.open('?lang=en&data=reports/nowhere.json');
  await page.locator('[data-testid="load-error"]').waitFor();
  assert.match(await page.locator('[data-testid="load-error"]').innerText(), /HTTP 404/);
  await page.waitForFunction(() => !location.search.includes('data='));
  assert.ok(!page.url().includes('data='), 'the link no longer names the missing file');
  assert.match(await page.title(), /Bairin/);
  assert.deepEqual(
    problems.filter((p) => !p.includes('nowhere.json')),
    [],
    'the only problem is the expected 404',
  );
  await page.close();

  const embedded = await app.open('?lang=en&data=reports/nowhere.json&embed=funds-by-source');
  await embedded.page.locator('[data-testid="load-error"]').waitFor();
  await embedded.page.close();

  const foreign = await app.open('?lang=en&data=https://evil.example/r.json');
  await foreign.page.waitForSelector('[data-chart-id]');
  // Refused unfetched, and said: the reader learns why the link shows the bundled report.
  assert.match(
    await foreign.page.locator('[data-testid="load-error"]').innerText(),
    /https:\/\/evil\.example\/r\.json" is not a report file beside the app/,
  );
  assertNoProblems(foreign.problems); // and no request left the origin
  await foreign.page.close();
});

test('comparing two versions of the report shows both values, the change and both sources', async () => {
  const { page, problems } = await app.open('?lang=zh&view=compare');
  await page
    .locator('[data-testid="compare-file"]')
    .setInputFiles({ name: 'next.json', mimeType: 'application/json', buffer: Buffer.from(nextYear()) });
  const table = page.locator('[data-testid="compare-table"]');
  await table.waitFor();
  const row = (id) => table.locator(`tr[data-figure-id="${id}"]`);
  const cells = async (id) => (await row(id).locator('td').allInnerTexts()).map((t) => t.trim());
  const [before, after, change, sources] = await cells('aid_funds_total');
  assert.match(before, /^1\.065亿元/);
  assert.match(after, /^1\.278亿元/);
  assert.equal(change, '+2130万元 (+20.0%)');
  assert.match(sources, /共投入京蒙帮扶资金1\.065亿元/);
  assert.match((await cells('income_growth_2022'))[2], /^−[\d.]+个百分点$/);
  assert.equal(await row('wind_signed').count(), 0, 'figures only one report has are left out');
  assert.match(await page.locator('[data-testid="compare-counts"]').innerText(), /仅前者有1个，仅后者有0个/);
  await shot(page, 'report-compare-zh');
  // The second report came from a file: the share dialog says a link cannot carry it.
  await page.click('[data-action="share-page"]');
  await page.locator('[data-testid="file-not-shareable"]').waitFor();
  await page.keyboard.press('Escape');
  // On a phone the table scrolls inside its frame; the page itself never scrolls sideways.
  await page.setViewportSize({ width: 375, height: 800 });
  assert.ok((await page.evaluate(() => document.documentElement.scrollWidth)) <= 375, 'no sideways page scroll at 375 px');

  // The same comparison from a link, both reports hosted beside the app.
  const { page: linked, problems: linkedProblems } = await app.open(
    '?lang=en&view=compare&compare=reports/bairin-right-2024.json',
  );
  await linked.locator('[data-testid="compare-table"] tr[data-figure-id="aid_funds_total"]').waitFor();
  assert.match(
    (await linked.locator('tr[data-figure-id="aid_funds_total"] td').allInnerTexts())[2],
    /^\+¥21\.3 million \(\+20\.0%\)/,
  );
  // Another county against the bundled report: the link says compare=bundled and reopens it.
  await linked.goto(new URL(`?view=compare&data=${DATA}`, app.url).href);
  await appStarted(linked);
  await linked.click('[data-action="compare-bundled"]');
  await linked.locator('[data-testid="compare-table"]').waitFor();
  await linked.waitForFunction(() => location.search.includes('compare=bundled'));
  const { page: again, problems: againProblems } = await app.open(new URL(linked.url()).search);
  const heads = again.locator('[data-testid="compare-table"] thead th');
  await heads.first().waitFor();
  const columns = await heads.allInnerTexts();
  assert.match(columns[1], /巴林右旗/);
  assert.match(columns[2], /青山县/);
  assertNoProblems([...problems, ...linkedProblems, ...againProblems]);
  await page.close();
  await linked.close();
  await again.close();
});

test('every file of the new-report kit the Open dialog offers is served, the vocabulary with its schema', async () => {
  for (const lang of ['zh', 'en']) {
    const { page, problems } = await app.open(`?lang=${lang}`);
    await appStarted(page);
    await page.click('[data-action="open-report"]');
    const links = await page.locator('.kit a').evaluateAll((as) => as.map((a) => a.href));
    assert.equal(links.length, 5, 'guide, template, report schema, vocabulary, vocabulary schema');
    for (const href of links) {
      const response = await page.request.get(href);
      assert.equal(response.status(), 200, href);
      if (href.endsWith('.json')) assert.ok(JSON.parse(await response.text()), href);
    }
    const vocabulary = JSON.parse(await (await page.request.get(links.find((h) => h.endsWith('/vocabulary.json')))).text());
    assert.ok(vocabulary.indicators.length > 0 && vocabulary.indicators.every((i) => i.definition.zh && i.definition.en));
    assertNoProblems(problems);
    await page.close();
  }
});
