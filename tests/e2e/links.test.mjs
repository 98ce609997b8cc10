// Links that keep what they say, and numbers that are what the report says: a compare link
// opens the view it names; a link to a loaded report's table keeps its chart, tab and item;
// encoded paths open and refused ones say why; the last report asked for wins; timeline links
// name events by id; a chosen money unit never rounds a value away; exports say when they
// fail and downloads outlive the click. Served under the strict CSP.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { appStarted, assertNoProblems, REPO_ROOT, shot } from './lib/browser.mjs';
import { useApp } from './lib/setup.mjs';

const FICTIONAL = readFileSync(join(REPO_ROOT, 'tests/fixtures/fictional-county.json'), 'utf8');
const BUNDLED = JSON.parse(readFileSync(join(REPO_ROOT, 'crates/report/src/report.json'), 'utf8'));

/** `report` under another English title. */
function retitled(report, en) {
  const copy = structuredClone(report);
  copy.meta.title.en = en;
  return copy;
}

/** The bundled report with a new event before all others: links to events must not move. */
function withEarlierEvent() {
  const report = retitled(BUNDLED, 'Report with an earlier event');
  report.projects[0].events.unshift({
    id: 'earlier_event',
    date: '2018',
    status: 'done',
    label: { zh: '更早的事件', en: 'An earlier event' },
    source: '多年来,在北京市的倾力帮扶下',
  });
  return report;
}

const SLOW_MS = 2500;
const app = useApp({
  files: {
    '/reports/fictional-county.json': FICTIONAL,
    '/reports/slow.json': JSON.stringify(retitled(JSON.parse(FICTIONAL), 'Slow test report')),
    '/reports/earlier-event.json': JSON.stringify(withEarlierEvent()),
  },
  delays: { '/reports/slow.json': SLOW_MS },
});

const params = (page) => Object.fromEntries(new URL(page.url()).searchParams);

/** Goes to `query` as following a link inside the app does (a new history entry). */
const follow = (page, query) =>
  page.evaluate((query) => {
    history.pushState(null, '', query);
    dispatchEvent(new PopStateEvent('popstate'));
  }, query);
const drawn = (page, chart) => page.waitForSelector(`[data-chart-id="${chart}"] .chart-svg svg`);

test('a compare link opens the view it names, and every view is reachable from it', async () => {
  const { page, problems } = await app.open('?view=funds&compare=bundled&lang=en');
  await drawn(page, 'funds-by-source');
  assert.equal(await page.locator('section.theme-view[data-view="funds"]').count(), 1, 'the funds view, not compare');
  await page.click('.site-nav a[data-view="projects"]');
  await drawn(page, 'projects-timeline');
  assert.equal(params(page).view, 'projects');
  await page.click('.site-nav a[data-view="compare"]');
  // The second report named by the link is compared once the compare view is opened.
  await page.locator('[data-testid="compare-table"]').waitFor();
  assert.deepEqual([params(page).view, params(page).compare], ['compare', 'bundled']);
  assertNoProblems(problems);
  await page.close();
});

test("a link to a loaded report's table reopens that table with its item", async () => {
  const query =
    '?data=reports/fictional-county.json&view=funds&chart=funds-aid-funds&tab=table&item=aid_funds_eda&lang=en';
  const { page, problems } = await app.open(query);
  await page.waitForFunction(() => document.title.includes('Qingshan'));
  const card = page.locator('[data-chart-id="funds-aid-funds"]');
  await card.locator('table').waitFor();
  assert.equal(await card.locator('.chart-tab[data-tab="table"]').getAttribute('aria-selected'), 'true');
  await page.waitForFunction(() => new URLSearchParams(location.search).get('data'));
  assert.deepEqual(
    [params(page).chart, params(page).tab, params(page).item, params(page).data],
    ['funds-aid-funds', 'table', 'aid_funds_eda', 'reports/fictional-county.json'],
  );
  // Back on the chart tab, the item is the one highlighted.
  await card.locator('.chart-tab[data-tab="chart"]').click();
  await card.locator('.chart-tooltip:not([hidden])').waitFor();
  assert.match(await card.locator('.tooltip-label').innerText(), /Yunhe/);
  assertNoProblems(problems);
  await page.close();
});

test('an encoded report path opens; a refused one is named with the reason', async () => {
  const { page, problems } = await app.open('?data=reports%2Ffictional-county.json&lang=en');
  await page.waitForFunction(() => document.title.includes('Qingshan'));
  for (const [query, path] of [
    ['?data=..%2Fsecret.json&lang=en', '../secret.json'],
    ['?lang=en&compare=https%3A%2F%2Fevil.example%2Fr.json&view=compare', 'https://evil.example/r.json'],
  ]) {
    await page.goto(new URL(query, app.url).href);
    await appStarted(page);
    const error = page.locator('[data-testid="load-error"]');
    await error.waitFor();
    const text = await error.innerText();
    assert.ok(text.includes(path), `${query}: ${text}`);
    assert.match(text, /not a report file beside the app/);
    assert.match(await page.title(), /Bairin/, 'the bundled report stays');
  }
  await shot(page, 'link-refused-path-en');
  assertNoProblems(problems);
  await page.close();
});

test('the report asked for last is shown, whichever arrives last', async () => {
  const { page, problems } = await app.open('?lang=en');
  await drawn(page, 'funds-by-source');
  // A link (here: Back/Forward to it) asks for a slow report; the reader then opens a file.
  await follow(page, '?data=reports/slow.json&lang=en');
  await page.locator('.load-status').waitFor();
  await page.click('[data-action="open-report"]');
  await page
    .locator('[data-testid="open-file"]')
    .setInputFiles({ name: 'qingshan.json', mimeType: 'application/json', buffer: Buffer.from(FICTIONAL) });
  await page.waitForFunction(() => document.title.includes('Qingshan'));
  await page.waitForTimeout(SLOW_MS + 1000);
  assert.equal(await page.locator('[data-testid="load-error"]').count(), 0, 'the slow report was valid');
  assert.match(await page.title(), /Qingshan/, 'the slow report arriving later is discarded');
  assert.equal(params(page).data, undefined, 'the address does not name the discarded report');
  assertNoProblems(problems);
  await page.close();
});

test('a timeline link names its event by id, unmoved by events added before it', async () => {
  for (const data of ['', '&data=reports/earlier-event.json']) {
    const { page, problems } = await app.open(
      `?view=projects&chart=projects-timeline&item=warehouse_operation&lang=en${data}`,
    );
    const card = page.locator('[data-chart-id="projects-timeline"]');
    await card.locator('.chart-tooltip:not([hidden])').waitFor();
    assert.match(await card.locator('.tooltip-label').innerText(), /Expected to start operation/, data);
    assertNoProblems(problems);
    await page.close();
  }
});

test('a chosen money unit shows every amount exactly', async () => {
  for (const [query, expected, absent] of [
    ['?view=funds&unit=yi', ['0.30776亿元', '0.75724亿元', '1065元'], ['0亿元', '0.3078亿元']],
    ['?view=outcomes&unit=yi', ['0.00765亿元'], ['0.0076亿元']],
    ['?view=funds&unit=million&lang=en', ['¥30.776 million', '¥1,065'], ['¥0.0011 million']],
  ]) {
    const { page, problems } = await app.open(query);
    await page.waitForFunction(() =>
      [...document.querySelectorAll('[data-chart-id]')].every((c) => c.querySelector('.chart-svg svg')),
    );
    const text = await page.evaluate(() =>
      [...document.querySelectorAll('[data-chart-id] svg text')].map((t) => t.textContent).join(' | '),
    );
    for (const value of expected) assert.ok(text.includes(value), `${query}: ${value} missing in ${text}`);
    for (const value of absent) assert.ok(!text.includes(value), `${query}: ${value} shown`);
    await shot(page, `unit-${query.replace(/\W+/g, '-')}`);
    assertNoProblems(problems);
    await page.close();
  }
});

test('a PNG that cannot be made is said; downloads outlive the click', async () => {
  const { page, problems } = await app.open('?view=funds&lang=en');
  await drawn(page, 'funds-by-source');
  const card = page.locator('[data-chart-id="funds-by-source"]');
  await page.evaluate(() => {
    window.__revoked = [];
    const revoke = URL.revokeObjectURL.bind(URL);
    URL.revokeObjectURL = (url) => {
      window.__revoked.push(url);
      revoke(url);
    };
  });
  for (const [action, name] of [['download-csv', /\.csv$/], ['download-png', /\.png$/]]) {
    const [download] = await Promise.all([page.waitForEvent('download'), card.locator(`[data-action="${action}"]`).click()]);
    assert.match(download.suggestedFilename(), name);
    await page.waitForTimeout(300);
    assert.deepEqual(
      await page.evaluate(() => window.__revoked.length),
      action === 'download-png' ? 1 : 0,
      `${action}: only the SVG drawn on the canvas is revoked at once, never the download's URL`,
    );
  }
  // The browser cannot draw the SVG: the reader is told, not left waiting.
  await page.evaluate(() => {
    HTMLImageElement.prototype.decode = () => Promise.reject(new DOMException('broken', 'EncodingError'));
  });
  await card.locator('[data-action="download-png"]').click();
  const failed = card.locator('[data-testid="export-failed"]');
  await failed.waitFor();
  assert.match(await failed.innerText(), /could not be made/);
  assertNoProblems(problems);
  await page.close();
});

test('a refused link leaves the report on screen, and its address', async () => {
  const { page, problems } = await app.open('?data=reports/fictional-county.json&lang=en');
  await page.waitForFunction(() => document.title.includes('Qingshan'));
  await follow(page, '?data=reports/nowhere.json&lang=en');
  await page.locator('[data-testid="load-error"]').waitFor();
  await page.waitForFunction(() => new URLSearchParams(location.search).get('data') === 'reports/fictional-county.json');
  assert.match(await page.title(), /Qingshan/, 'the report on screen stays');
  assert.match(await page.locator('[data-testid="load-error"]').innerText(), /HTTP 404/, 'and the reason stays listed');
  assertNoProblems(problems.filter((p) => !p.includes('nowhere.json')));
  await page.close();
});

test('going back during a load cancels it', async () => {
  const { page, problems } = await app.open('?lang=en');
  await drawn(page, 'funds-by-source');
  await follow(page, '?data=reports/slow.json&lang=en');
  await page.locator('.load-status').waitFor();
  await page.goBack();
  await page.locator('.load-status').waitFor({ state: 'detached' });
  await page.waitForTimeout(SLOW_MS + 1000);
  assert.match(await page.title(), /Bairin/, 'the report arriving after Back is discarded');
  assert.equal(params(page).data, undefined);
  assertNoProblems(problems);
  await page.close();
});
