// Share, embed, export and print: links reopen what was seen, embeds size themselves in a
// host page on another origin, downloads parse, the print view is a multi-page A4 PDF.
// Every page is served under the strict portal CSP (see lib/setup.mjs).

import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import Ajv2020 from 'ajv/dist/2020.js';
import { assertNoProblems, openPage, REPO_ROOT } from './lib/browser.mjs';
import { serve } from './lib/server.mjs';
import { useApp } from './lib/setup.mjs';

const app = useApp();

const drawn = (page, chart) =>
  page.waitForSelector(`[data-chart-id="${chart}"] .chart-svg svg`, { state: 'attached' });

/** The visible state a reader would compare: language, view, unit, open tabs, pressed items. */
const visibleState = (page) =>
  page.evaluate(() => ({
    lang: document.documentElement.lang,
    view: document.querySelector('.site-nav a[aria-current="page"]')?.dataset.view,
    unit: document.querySelector('[data-testid="unit-select"]')?.value,
    tabs: [...document.querySelectorAll('[data-chart-id]')].map(
      (c) => `${c.dataset.chartId}:${c.querySelector('.chart-tab[aria-selected="true"]')?.dataset.tab}`,
    ),
    tooltip: document.querySelector('.chart-tooltip:not([hidden]) .tooltip-value')?.textContent ?? null,
  }));

test('a shared link reopens exactly what the reader saw', async () => {
  const { page, problems } = await app.open('?view=funds');
  await drawn(page, 'funds-named-investments');
  await page.click('button[data-lang="en"]');
  await page.selectOption('[data-testid="unit-select"]', 'million');
  const chart = page.locator('[data-chart-id="funds-by-source"]');
  // Tap the second item, so its tooltip shows, then share the link.
  const mark = await chart.locator('.chart-mark[data-item="1"]').boundingBox();
  await page.mouse.click(mark.x + mark.width / 2, mark.y + mark.height / 2);
  const before = await visibleState(page);
  assert.equal(before.tooltip, '¥30.776 million');
  await chart.locator('[data-action="share"]').click();
  const dialog = chart.locator('[data-testid="share-dialog"]');
  const link = await dialog.locator('textarea').inputValue();
  assert.match(link, /^http:\/\/127\.0\.0\.1:\d+\/\?/);
  assert.ok(await dialog.locator('[data-testid="qr-code"] svg path').count(), 'QR code drawn');
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'detached' });
  assert.equal(await page.evaluate(() => document.activeElement.dataset.action), 'share', 'focus returns');

  const { page: again, problems: againProblems } = await app.open(link.replace(app.url, ''));
  await drawn(again, 'funds-by-source');
  await again.waitForSelector('.chart-tooltip:not([hidden])');
  assert.deepEqual(await visibleState(again), before);
  assertNoProblems([...problems, ...againProblems]);
  await page.close();
  await again.close();
});

test('the tab a reader opened is in the link, and Back and Forward move between views', async () => {
  const { page, problems } = await app.open('?view=sales&lang=en');
  await drawn(page, 'sales-and-markets');
  await page.click('[data-chart-id="sales-and-markets"] .chart-tab[data-tab="table"]');
  await page.waitForFunction(() => location.search.includes('tab=table'));
  const params = new URL(page.url()).searchParams;
  assert.equal(params.get('chart'), 'sales-and-markets');
  assert.equal(params.get('tab'), 'table');
  await page.click('.site-nav a[data-view="outcomes"]');
  await drawn(page, 'outcomes-income');
  await page.goBack();
  await page.waitForSelector('[data-chart-id="sales-and-markets"] table.chart-table');
  assert.equal(new URL(page.url()).searchParams.get('view'), 'sales');
  await page.goForward();
  await drawn(page, 'outcomes-income');
  assertNoProblems(problems);
  await page.close();
});

test('renamed and garbage parameters open a working page', async () => {
  const { page, problems } = await app.open('?language=en&page=training&units=yi&tab=%3Cb%3E&chart=x&embed=&item=%00');
  await drawn(page, 'training-pairings');
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
  assertNoProblems(problems);
  await page.close();
});

test('embedded charts size themselves in a host page on another origin, before the app starts', async () => {
  const src = (query) => new URL(query, app.url).href;
  const hostRoot = mkdtempSync(join(tmpdir(), 'host-'));
  const hostHtml = `<!DOCTYPE html><html><head><meta charset="utf-8">
    <style>body{font:20px serif;margin:3rem} iframe{border:4px solid red}</style></head><body>
    <h1>Host portal</h1>
    <iframe id="a" src="${src('?embed=funds-by-source&lang=en')}" title="chart" style="width:100%"></iframe>
    <iframe id="b" src="${src('?embed=overview')}" title="figures" style="width:100%"></iframe>
    <iframe id="c" src="advert.html" title="an unrelated frame" style="width:100%"></iframe>
    <script src="${src('embed.js')}"></script></body></html>`;
  writeFileSync(join(hostRoot, 'index.html'), hostHtml);
  // An unrelated frame of the host page posting the embeds' message, again and again.
  writeFileSync(join(hostRoot, 'advert.html'), '<!DOCTYPE html><p>advert</p><script src="advert.js"></script>');
  writeFileSync(
    join(hostRoot, 'advert.js'),
    "setInterval(() => { parent.postMessage({ type: 'aid-impact:resize', height: 20000 }, '*'); parent.hostilePosts = (parent.hostilePosts || 0) + 1; }, 50);",
  );
  const host = await serve({ root: hostRoot });
  // The pre-rendered embeds size themselves before (and without) the app.
  const { page, problems } = await openPage(app.browser, host.url, { alsoAllow: [app.url], app: false });
  for (const id of ['a', 'b']) {
    await page.waitForFunction((id) => document.getElementById(id).getBoundingClientRect().height > 300, id);
  }
  // embed.js resizes the app's frames only: the unrelated one keeps its height.
  await page.waitForFunction(() => window.hostilePosts > 10);
  assert.equal(await page.evaluate(() => document.getElementById('c').getBoundingClientRect().height), 150 + 2 * 4);
  const frame = page.frameLocator('#a');
  // Pre-rendered at a phone's and a wide width; CSS shows the one that fits.
  await frame.locator('[data-chart-id="funds-by-source"] .chart-svg svg:visible').waitFor();
  const [full] = await Promise.all([
    page.context().waitForEvent('page'),
    frame.locator('[data-testid="open-full-report"]').click(),
  ]);
  await full.waitForLoadState();
  const params = new URL(full.url()).searchParams;
  assert.equal(params.get('view'), 'funds');
  assert.equal(params.get('chart'), 'funds-by-source');
  assert.equal(params.get('lang'), 'en');
  assert.equal(params.get('embed'), null);
  await full.waitForSelector('[data-chart-id="funds-by-source"] .chart-svg svg');
  // The host page has no favicon; everything else must be clean.
  assertNoProblems(problems.filter((p) => !p.includes('favicon.ico')));
  await page.close();
  await host.close();
});

/** Clicks `selector` and returns the downloaded file's name and bytes. */
async function download(page, selector) {
  const [file] = await Promise.all([page.waitForEvent('download'), page.click(selector)]);
  const path = await file.path();
  return { name: file.suggestedFilename(), bytes: readFileSync(path) };
}

test('an embed in a narrow sidebar frame (220 px) fits it: no sideways scroll, the chart drawn to its width', async () => {
  for (const [embed, lang] of [['projects-industrial-park', 'en'], ['projects-timeline', 'zh'], ['funds-by-source', 'en']]) {
    const { page, problems } = await app.open(`?embed=${embed}&lang=${lang}`, { width: 220, height: 800 });
    await drawn(page, embed);
    const fit = await page.evaluate(() => ({
      scrollWidth: document.scrollingElement.scrollWidth,
      chart: document.querySelector('.chart-svg svg').getBoundingClientRect().right,
      tabs: [...document.querySelectorAll('.chart-tab')].map((t) => Math.round(t.getBoundingClientRect().top)),
    }));
    assert.ok(fit.scrollWidth <= 220, `${embed}: scrollWidth ${fit.scrollWidth}`);
    assert.ok(fit.chart <= 220, `${embed}: chart ends at ${fit.chart}`);
    assert.equal(new Set(fit.tabs).size, 1, `${embed}: tabs on one line`);
    assertNoProblems(problems);
    await page.close();
  }
});

test('each chart downloads as SVG, PNG and CSV, the report as CSV and JSON', async () => {
  const { page, problems } = await app.open('?view=funds');
  await drawn(page, 'funds-by-source');
  const card = '[data-chart-id="funds-by-source"]';

  const svg = await download(page, `${card} [data-action="download-svg"]`);
  assert.equal(svg.name, 'bairin-right-funds-by-source-zh.svg');
  const parsed = await page.evaluate(
    (text) => new DOMParser().parseFromString(text, 'image/svg+xml').querySelector('parsererror') === null,
    svg.bytes.toString('utf8'),
  );
  assert.ok(parsed, 'the SVG is well-formed XML');
  assert.ok(svg.bytes.toString('utf8').includes('京蒙帮扶资金来源'), 'title drawn in');

  const png = await download(page, `${card} [data-action="download-png"]`);
  assert.equal(png.name, 'bairin-right-funds-by-source-zh.png');
  assert.equal(png.bytes.subarray(1, 4).toString('latin1'), 'PNG');
  assert.equal(png.bytes.readUInt32BE(16), (760 + 32) * 2, 'PNG is drawn at 2x');

  const csv = await download(page, `${card} [data-action="download-csv"]`);
  assert.equal(csv.name, 'bairin-right-funds-by-source-zh.csv');
  assert.deepEqual([...csv.bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 BOM');
  await page.click(`${card} .chart-tab[data-tab="table"]`);
  const tableRows = await page.locator(`${card} tbody tr`).evaluateAll((rows) =>
    rows.map((r) => [r.dataset.key, r.querySelector('td.num').textContent]),
  );
  const csvRows = csv.bytes
    .toString('utf8')
    .slice(1)
    .trim()
    .split('\r\n')
    .slice(1)
    .map((line) => JSON.parse(`[${line}]`))
    .map((fields) => [fields[0], fields[3]]);
  assert.deepEqual(csvRows, tableRows);

  const reportCsv = await download(page, '[data-action="download-report-csv"]');
  assert.equal(reportCsv.name, 'bairin-right-figures-zh.csv');
  assert.ok(reportCsv.bytes.toString('utf8').includes('"aid_funds_total","京蒙帮扶资金总额"'));

  const json = await download(page, '[data-action="download-report-json"]');
  const schema = JSON.parse(readFileSync(join(REPO_ROOT, 'crates/report/src/report.schema.json'), 'utf8'));
  const validate = new Ajv2020({ allErrors: true, validateFormats: false }).compile(schema);
  const data = JSON.parse(json.bytes.toString('utf8'));
  assert.ok(validate(data), JSON.stringify(validate.errors, null, 2));
  assertNoProblems(problems);
  await page.close();
});

test('the print view is a multi-page A4 PDF with every chart title', async () => {
  const { page, problems } = await app.open('?view=print&lang=en', { width: 800, height: 1100 });
  // The report's thirteen charts and the one made for the figures they leave out.
  await page.waitForFunction(() => document.querySelectorAll('.print-view .chart-svg svg').length >= 14);
  const titles = await page.locator('.print-view .chart-title').allTextContents();
  assert.equal(titles.length, 14);
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  const dir = mkdtempSync(join(tmpdir(), 'pdf-'));
  writeFileSync(join(dir, 'report.pdf'), pdf);
  const info = execFileSync('pdfinfo', [join(dir, 'report.pdf')], { encoding: 'utf8' });
  assert.match(info, /Page size:\s+595(\.\d+)? x 842/, 'A4');
  assert.ok(Number(/Pages:\s+(\d+)/.exec(info)[1]) > 3, info);
  const text = execFileSync('pdftotext', ['-layout', join(dir, 'report.pdf'), '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  for (const title of titles) {
    assert.ok(text.includes(title.replace(/\s+/g, ' ')), `"${title}" is in the PDF`);
  }
  assert.ok(!text.includes('Print or save as PDF'), 'no buttons printed');
  assertNoProblems(problems);
  await page.close();
});

test('a pasted link gets a preview card: Open Graph tags and a 1200×630 preview image', async () => {
  const { page, problems } = await app.open('?view=funds');
  const meta = await page.evaluate(() =>
    Object.fromEntries(
      [...document.querySelectorAll('meta[property^="og:"], meta[name^="twitter:"]')].map((m) => [
        m.getAttribute('property') ?? m.getAttribute('name'),
        m.content,
      ]),
    ),
  );
  assert.equal(meta['og:image'], 'preview.png');
  assert.equal(meta['twitter:card'], 'summary_large_image');
  assert.ok(meta['og:title'] && meta['og:description']);
  const png = Buffer.from(await (await page.request.get(new URL('preview.png', app.url).href)).body());
  assert.equal(png.subarray(1, 4).toString('latin1'), 'PNG');
  assert.deepEqual([png.readUInt32BE(16), png.readUInt32BE(20)], [1200, 630]);
  // The page title follows the view.
  await page.waitForFunction(() => document.title.startsWith('资金 · '));
  assertNoProblems(problems);
  await page.close();
});
