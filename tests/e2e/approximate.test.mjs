// An approximate figure (约1200人次 in the fictional generic county, tests/fixtures) opened by
// ?data=, in both languages: shown as 约 / about in every view that shows it (headline card,
// its theme page's chart, tooltip, summary, table, sources, legend, print, compare, read aloud)
// and in the CSV, SVG and JSON it downloads as; never called "as reported". Screenshots of its
// chart at 375 and 1280 px, light and dark, go to target/screenshots-approx/.

import assert from 'node:assert/strict';
import { mkdir, readFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { appStarted, assertNoProblems, REPO_ROOT } from './lib/browser.mjs';
import { useApp } from './lib/setup.mjs';

const GENERIC = readFileSync(join(REPO_ROOT, 'tests/fixtures/fictional-generic.json'), 'utf8');
const ID = 'gen_leader_placements_2023';
const QUOTE = '组织致富带头人赴西山区跟岗学习约1200人次';
const SHOTS = join(REPO_ROOT, 'target', 'screenshots-approx');

/** The county a year on: the placements stated exactly (1500), published later. */
function nextYear() {
  const report = JSON.parse(GENERIC);
  report.meta.published = '2025-03-15T09:30:00+08:00';
  report.original_text = report.original_text.replace('约1200人次', '1500人次');
  for (const figure of report.figures) {
    if (figure.id === ID) {
      figure.value = 1500;
      figure.qualifier = 'exact';
      figure.source = figure.source.replace('约1200人次', '1500人次');
    }
  }
  return JSON.stringify(report, null, 2);
}

const app = useApp({
  files: {
    '/reports/fictional-generic.json': GENERIC,
    '/reports/fictional-generic-next.json': nextYear(),
  },
});

const DATA = 'reports/fictional-generic.json';

/** What each language shows for the figure, and the words it must never be given. */
const LANGS = {
  zh: { shown: '约1200人次', badge: '约数', reported: '报告原数', indicative: '（含非确数，仅供参考）' },
  en: {
    shown: 'about 1,200 person-times',
    badge: 'approximate',
    reported: 'as reported',
    indicative: '(from qualified values; indicative only)',
  },
};

/** Opens `query` of the fictional county and waits until its report and charts are shown. */
async function open(query, viewport) {
  const opened = await app.open(`?data=${DATA}&${query}`, viewport);
  await opened.page.waitForFunction(() => /石门县|Shimen/.test(document.title));
  await opened.page.waitForFunction(() =>
    [...document.querySelectorAll('[data-chart-id]')].every((c) => c.dataset.empty === 'true' || c.querySelector('svg, table')),
  );
  return opened;
}

/** The text of a download started by clicking `selector`. */
async function download(page, selector) {
  const [file] = await Promise.all([page.waitForEvent('download'), page.click(selector)]);
  return { name: file.suggestedFilename(), text: await readFile(await file.path(), 'utf8') };
}

/** The cells of a CSV line (fields quoted as the app writes them; no line breaks inside). */
function csvCells(line) {
  const cells = [];
  const re = /("(?:[^"]|"")*"|[^,]*)(,|$)/g;
  for (const [, cell] of line.matchAll(re)) {
    cells.push(cell.startsWith('"') ? cell.slice(1, -1).replaceAll('""', '"') : cell);
    if (re.lastIndex >= line.length) break;
  }
  return cells;
}

for (const [lang, words] of Object.entries(LANGS)) {
  test(`${lang}: the approximate figure is 约 / about on its headline card, never "as reported"`, async () => {
    const { page, problems } = await open(`lang=${lang}`);
    const card = page.locator(`.figure-card[data-figure-id="${ID}"]`);
    assert.equal(await card.getAttribute('data-qualifier'), 'approximate');
    assert.equal((await card.locator('.figure-value').innerText()).trim(), words.shown);
    assert.equal((await card.locator('.qualifier-badge').innerText()).trim(), words.badge);
    assert.ok(!(await card.innerText()).includes(words.reported));
    // The footer's honesty line explains the mark.
    assert.match(await page.locator('footer').innerText(), lang === 'zh' ? /“约”表示报告中的“约、近、左右”/ : /“about” its approximate ones/);
    assertNoProblems(problems);
    await page.close();
  });

  test(`${lang}: its chart, tooltip, summary, table, sources and downloads say 约 / about`, async () => {
    const { page, problems } = await open(`lang=${lang}&view=training`);
    const chart = page.locator('[data-chart-id="training-people"]');
    await chart.locator('.chart-mark').first().waitFor();
    const drawn = (await chart.locator('.chart-svg svg text').allTextContents()).map((t) => t.trim());
    assert.ok(drawn.includes(words.shown), `drawn: ${drawn.join(' | ')}`);
    assert.ok((await chart.locator('.chart-summary').innerText()).includes(words.shown));
    // The legend names the approximate bars' look; "as reported" is only the exact bars' key.
    const legend = (await chart.locator('.chart-legend li').allInnerTexts()).map((t) => t.trim());
    assert.ok(legend.includes(words.badge), `legend: ${legend}`);
    assert.equal(legend.filter((t) => t === words.reported).length, 1, `legend: ${legend}`);

    // The mark: its accessible name and its tooltip.
    const label = JSON.parse(GENERIC).figures.find((f) => f.id === ID).label[lang];
    const mark = chart.locator(`.chart-mark[aria-label^="${label}"]`);
    assert.ok((await mark.getAttribute('aria-label')).includes(words.shown));
    await mark.scrollIntoViewIfNeeded();
    const box = await mark.boundingBox();
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    const tooltip = chart.locator('.chart-tooltip:not([hidden])');
    await tooltip.waitFor();
    assert.equal((await tooltip.locator('.tooltip-value').innerText()).trim(), words.shown);
    assert.ok(!(await tooltip.innerText()).includes(words.reported));

    // The table.
    await chart.locator('.chart-tab[data-tab="table"]').click();
    const row = chart.locator(`tr[data-key="${ID}"]`);
    await row.waitFor();
    assert.equal(await row.getAttribute('data-qualifier'), 'approximate');
    const cells = (await row.locator('td').allInnerTexts()).map((t) => t.trim());
    assert.equal(cells[0], words.shown);
    assert.equal(cells[1], words.badge);
    assert.equal(cells[3], QUOTE);
    // The sources: the quote, word for word, with its 约.
    await chart.locator('.chart-tab[data-tab="source"]').click();
    await chart.locator('.source-list').waitFor();
    assert.ok((await chart.locator('.source-list').innerText()).includes(QUOTE));

    // Downloads: the chart's CSV and SVG, every figure as CSV and JSON.
    const csv = await download(page, '[data-chart-id="training-people"] [data-action="download-csv"]');
    const line = csv.text.split('\r\n').find((l) => csvCells(l)[0] === ID);
    assert.ok(line, csv.text);
    const fields = csvCells(line);
    assert.deepEqual([fields[2], fields[3], fields[4]], ['1200', words.shown, words.badge]);
    assert.ok(!line.includes(words.reported));
    const svg = await download(page, '[data-chart-id="training-people"] [data-action="download-svg"]');
    const texts = [...svg.text.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1].trim());
    assert.ok(texts.includes(words.shown), `the SVG file draws it: ${texts.join(' | ')}`);
    const all = await download(page, '[data-action="download-report-csv"]');
    const figure = all.text.split('\r\n').find((l) => csvCells(l)[0] === ID);
    assert.equal(csvCells(figure)[5], 'approximate');
    const json = JSON.parse((await download(page, '[data-action="download-report-json"]')).text);
    assert.equal(json.figures.find((f) => f.id === ID).qualifier, 'approximate');
    assertNoProblems(problems);
    await page.close();
  });

  test(`${lang}: the print view and the compare view say 约 / about; a change from it is indicative`, async () => {
    const print = await open(`lang=${lang}&view=print`);
    const card = print.page.locator(`.print-view .figure-card[data-figure-id="${ID}"]`);
    assert.equal((await card.locator('.figure-value').innerText()).trim(), words.shown);
    assert.equal((await card.locator('.qualifier-badge').innerText()).trim(), words.badge);
    const chart = print.page.locator('.print-view [data-chart-id="training-people"]');
    const drawn = (await chart.locator('.chart-svg svg text').allTextContents()).map((t) => t.trim());
    assert.ok(drawn.includes(words.shown), `drawn: ${drawn.join(' | ')}`);
    assert.ok((await chart.locator('.chart-legend').innerText()).includes(words.badge));
    assertNoProblems(print.problems);
    await print.page.close();

    const compare = await app.open(`?data=${DATA}&compare=reports/fictional-generic-next.json&view=compare&lang=${lang}`);
    const row = compare.page.locator(`[data-testid="compare-table"] tr[data-figure-id="${ID}"]`);
    await row.waitFor();
    assert.equal(await row.getAttribute('data-indicative'), 'true');
    const [before, after, change] = (await row.locator('td').allInnerTexts()).map((t) => t.trim());
    assert.ok(before.startsWith(words.shown), before);
    assert.ok(after.startsWith(lang === 'zh' ? '1500人次' : '1,500 person-times'), after);
    assert.ok(change.includes(words.indicative), change);
    assert.ok(change.startsWith(lang === 'zh' ? '+300人次 (+25.0%)' : '+300 person-times (+25.0%)'), change);
    // A figure exact in both is a plain change.
    const exact = compare.page.locator('[data-testid="compare-table"] tr[data-figure-id="gen_cadres_seconded"]');
    assert.equal(await exact.getAttribute('data-indicative'), null);
    assertNoProblems(compare.problems);
    await compare.page.close();
  });
}

/** A speechSynthesis that records what it is asked to say. */
function stubSpeech() {
  window.__spoken = [];
  window.SpeechSynthesisUtterance = class {
    constructor(text) {
      this.text = text;
    }
  };
  const voices = [
    { lang: 'en-US', name: 'English', default: false, localService: true, voiceURI: 'English' },
    { lang: 'zh-CN', name: '中文', default: false, localService: true, voiceURI: '中文' },
  ];
  const synth = { getVoices: () => voices, speak: (u) => window.__spoken.push(u.text), cancel: () => {} };
  Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
}

test('care mode reads the approximate figure aloud as 约 / about, with its qualifier', async () => {
  for (const [lang, words] of Object.entries(LANGS)) {
    const { page, problems } = await app.open(`?data=${DATA}&lang=${lang}&care=on`);
    await page.addInitScript(stubSpeech);
    await page.reload();
    await appStarted(page);
    const card = page.locator(`.figure-card[data-figure-id="${ID}"]`);
    await card.locator('[data-action="read-aloud"]').click();
    const [said] = await page.evaluate(() => window.__spoken);
    assert.ok(said.includes(words.shown) && said.includes(words.badge), said);
    assert.ok(!said.includes(words.reported), said);
    assertNoProblems(problems);
    await page.close();
  }
});

test('screenshots: the approximate bar beside the at-least one, at 375 and 1280 px, light and dark', async () => {
  await mkdir(SHOTS, { recursive: true });
  for (const lang of Object.keys(LANGS)) {
    for (const width of [375, 1280]) {
      for (const theme of ['light', 'dark']) {
        const { page, problems } = await open(`lang=${lang}&view=training&theme=${theme}`, { width, height: 900 });
        const chart = page.locator('[data-chart-id="training-people"]');
        await chart.locator('.chart-mark').first().waitFor();
        await page.evaluate(() => document.fonts.ready);
        await chart.screenshot({ path: join(SHOTS, `training-people-${lang}-${width}-${theme}.png`), animations: 'disabled' });
        // Nothing scrolls sideways, and the chart stays inside its card.
        assert.ok((await page.evaluate(() => document.documentElement.scrollWidth)) <= width);
        assertNoProblems(problems);
        await page.close();
      }
    }
  }
});
