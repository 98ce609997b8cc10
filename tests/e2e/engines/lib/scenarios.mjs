// What the cross-engine suite does in every engine: each scenario drives a page (see
// sessions.mjs) and returns the facts read off it (see facts.mjs). The test runs each scenario
// in all engines at once; Chromium's facts are the reference, checked by the scenario for what
// they must say at all, and WebKit's and Firefox's must equal them.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { REPO_ROOT } from '../../lib/browser.mjs';
import { selectInDraft } from '../../lib/draft.mjs';
import {
  appDrawn,
  appState,
  dialogFacts,
  dropFile,
  interceptDownloads,
  pageFacts,
  problems,
  readDownloads,
  recordProblems,
  tabFilled,
  tooltipFacts,
} from './facts.mjs';

export const FICTIONAL = readFileSync(join(REPO_ROOT, 'tests/fixtures/fictional-county.json'), 'utf8');
export const REPORT_FILES = { '/reports/fictional-county.json': FICTIONAL };
const DATA = 'reports/fictional-county.json';

export const VIEWS = ['overview', 'funds', 'projects', 'training', 'sales', 'outcomes', 'compare', 'source', 'print'];
export const THEME_VIEWS = ['funds', 'projects', 'training', 'sales', 'outcomes'];
export const LANGS = ['zh', 'en'];

/** '?view=…&lang=…' with the defaults left out. */
export function query(view, lang, extra = {}) {
  const params = { ...(view === 'overview' ? {} : { view }), ...(lang === 'zh' ? {} : { lang }), ...extra };
  return `?${new URLSearchParams(params)}`;
}

/**
 * Loads `path` of the app and installs the problem recorder. Unless the address starts the app
 * itself (an address with no pre-rendered page), starts it as a reader's first key does (a Shift
 * press). Waits until it has drawn; returns how it started: 'address' or 'key'.
 */
async function openApp(page, ctx, path) {
  await page.goto(new URL(path, ctx.url).href);
  await page.run(recordProblems);
  const { requested } = await page.run(appState);
  // A press before prerender.js listens starts nothing: press until the app is asked for.
  for (let press = 0; !requested && press < 10 && !(await page.run(appState)).requested; press++) {
    await page.press('Shift');
    await delay(200);
  }
  await page.waitForStart(`${page.engine}: the app to start and draw ${path}`, appDrawn);
  return requested ? 'address' : 'key';
}

/**
 * Reads `fn(...args)` until `until(value)` holds or `timeout` passes, and returns the last value
 * either way: a difference then shows as facts that differ, not as a timeout.
 */
async function readUntil(page, until, fn, args = [], timeout = 5000) {
  const deadline = Date.now() + timeout;
  for (;;) {
    const value = await page.run(fn, ...args);
    if (until(value) || Date.now() > deadline) return value;
    await delay(50);
  }
}

/** Reads page facts until two reads 100 ms apart agree (the app may still be settling). */
async function stableFacts(page, parts) {
  let last = await page.run(pageFacts, parts);
  for (let i = 0; i < 20; i++) {
    await delay(100);
    const next = await page.run(pageFacts, parts);
    if (JSON.stringify(next) === JSON.stringify(last)) return next;
    last = next;
  }
  return last;
}

/** One view in one language, started by a key, with its tables and source tabs read too. */
function viewScenario(view, lang) {
  return {
    name: `${view} view (${lang})`,
    shared: true,
    async run(page, ctx) {
      const startedBy = await openApp(page, ctx, query(view, lang));
      const facts = { startedBy, ...(await stableFacts(page, view === 'source' ? ['sourceText'] : [])) };
      // Each chart's table and source tab, opened by its own button (one card at a time shows
      // another tab than the chart: the address holds one).
      if (!THEME_VIEWS.includes(view)) {
        facts.problems = await page.run(problems);
        return facts;
      }
      facts.tableTabs = [];
      facts.sourceTabs = [];
      for (const chart of facts.charts.filter((c) => c.tabs.length > 0)) {
        for (const tab of ['table', 'source']) {
          await page.click(`[data-chart-id="${chart.id}"] button.chart-tab[data-tab="${tab}"]`);
          await page.waitForWhat(`${page.engine}: the ${tab} tab of ${chart.id}`, tabFilled, chart.id, tab);
          const opened = (await page.run(pageFacts, [tab === 'table' ? 'tables' : 'sources'])).charts.find((c) => c.id === chart.id);
          if (tab === 'table') facts.tableTabs.push({ id: chart.id, rows: opened.table });
          else facts.sourceTabs.push({ id: chart.id, sources: opened.sources, original: opened.original });
        }
      }
      facts.problems = await page.run(problems);
      return facts;
    },
    check(facts) {
      // Only addresses without a pre-rendered page start the app before the reader does.
      assert.equal(facts.startedBy, view === 'compare' ? 'address' : 'key');
      assert.equal(facts.lang, lang === 'en' ? 'en' : 'zh-CN');
      assert.deepEqual(facts.problems, []);
      assert.ok(facts.headings.length > 0, 'headings');
      if (view === 'source') {
        assert.ok(facts.sourceText.text.length > 1000, 'the original text');
      }
      if (view === 'compare' || view === 'source') return;
      assert.ok(facts.charts.length > 0, 'charts shown');
      assert.ok(facts.charts.every((c) => c.drawn || c.empty), 'every chart drawn');
      if (view !== 'print') assert.ok(facts.charts.every((c) => c.marks.length > 0), 'every chart has items');
      if (THEME_VIEWS.includes(view)) {
        assert.equal(facts.view, view);
        assert.equal(facts.tableTabs.length, facts.charts.length, 'every chart has a table tab');
        assert.ok(facts.tableTabs.every((c) => c.rows.length > 1), 'every table has rows');
        assert.ok(facts.sourceTabs.every((c) => c.sources.length > 0), 'every source tab has sources');
      }
    },
  };
}

/** Tab into a chart from its tab buttons, move with the arrow keys and End, leave with Escape. */
function keyboardScenario(view, chart, lang) {
  return {
    name: `keyboard tooltip (${chart}, ${lang})`,
    async run(page, ctx) {
      await openApp(page, ctx, query(view, lang));
      await page.run(
        (chart) => document.querySelector(`[data-chart-id="${chart}"] button.chart-tab[data-tab="source"]`).focus(),
        chart,
      );
      const steps = [];
      let previous = await page.run(tooltipFacts, chart);
      for (const key of ['Tab', 'ArrowDown', 'End', 'Home', 'Escape']) {
        await page.press(key);
        const now = await readUntil(
          page,
          (v) => JSON.stringify(v) !== JSON.stringify(previous) && (key === 'Escape' ? v.tooltip === null : v.tooltip !== null),
          tooltipFacts,
          [chart],
        );
        steps.push({ key, ...now });
        previous = now;
      }
      return { steps, problems: await page.run(problems) };
    },
    check({ steps, problems }) {
      assert.deepEqual(steps.map((s) => s.focused), ['0', '1', steps[2].focused, '0', '0']);
      assert.ok(Number(steps[2].focused) >= 2, 'End moves to the last item');
      assert.ok(steps.slice(0, 4).every((s) => s.tooltip?.value && s.focusedLabel.includes(s.tooltip.value)), 'tooltips follow focus');
      assert.equal(steps[4].tooltip, null, 'Escape hides the tooltip');
      assert.deepEqual(problems, []);
    },
  };
}

/**
 * The share dialog, opened by a click on the pre-rendered page: the click starts the app, which
 * then does what was pressed. Escape closes it and focus returns to the button.
 */
function dialogScenario(lang) {
  const share = '[data-chart-id="funds-by-source"] [data-action="share"]';
  return {
    name: `share dialog, opened by the first click (${lang})`,
    async run(page, ctx) {
      await page.goto(new URL(query('funds', lang), ctx.url).href);
      await page.run(recordProblems);
      const before = await page.run(appState);
      await page.click(share);
      await page.waitForStart(`${page.engine}: the app to start`, appDrawn);
      const open = await readUntil(page, (v) => v.dialog?.open && v.dialog.qr, dialogFacts, ['share-dialog']);
      await page.press('Escape');
      const closed = await readUntil(page, (v) => v.dialog === null, dialogFacts, ['share-dialog']);
      return { before, open, closed, problems: await page.run(problems) };
    },
    check({ before, open, closed, problems }) {
      assert.equal(before.requested, false, 'the app waits for the reader');
      assert.equal(open.dialog.element, 'dialog');
      assert.equal(open.dialog.modal, true);
      assert.equal(open.dialog.focusInside, true);
      assert.match(open.dialog.fields[0], /^http:\/\/127\.0\.0\.1:\d+\/\?.*view=funds/);
      assert.ok(open.dialog.qr.paths > 0, 'QR code drawn');
      assert.equal(open.dialog.shareSheetFollowsBrowser, true);
      assert.deepEqual(closed, { dialog: null, focus: 'share' });
      assert.deepEqual(problems, []);
    },
  };
}

/** A chart's CSV and the report's CSV, caught as the app hands them to the browser. */
function downloadScenario(lang) {
  return {
    name: `CSV downloads (${lang})`,
    async run(page, ctx) {
      await openApp(page, ctx, query('funds', lang));
      await page.run(interceptDownloads, false);
      await page.click('[data-chart-id="funds-by-source"] [data-action="download-csv"]');
      await page.waitForWhat(`${page.engine}: the chart's CSV`, () => window.__xe.downloads.length >= 1);
      await page.click('[data-action="download-report-csv"]');
      await page.waitForWhat(`${page.engine}: the report's CSV`, () => window.__xe.downloads.length >= 2);
      return { files: await page.run(readDownloads), problems: await page.run(problems) };
    },
    check({ files, problems }) {
      assert.deepEqual(files.map((f) => f.name), [
        `bairin-right-funds-by-source-${lang}.csv`,
        `bairin-right-figures-${lang}.csv`,
      ]);
      for (const file of files) {
        assert.deepEqual(file.head, [0xef, 0xbb, 0xbf], `${file.name}: UTF-8 BOM`);
        assert.match(file.text, /aid_funds_total/);
      }
      assert.deepEqual(problems, []);
    },
  };
}

/**
 * A host page on another origin embeds a chart and the headline figures with embed.js: each
 * frame posts its height before the app starts, and again once a click in it has started the app.
 */
const embedScenario = {
  name: 'embeds post their height to the host page, before and after the app starts',
  async run(page, ctx) {
    await page.goto(ctx.hostUrl);
    const ready = (v) => v.every((f) => f.messages && f.sizedToLast);
    const before = await readUntil(page, ready, () => window.__frames(), [], 10_000);
    const count = await page.run(() => window.__messages.filter((m) => m.frame === 'chart').length);
    // Start the app in the chart's frame: its table tab, pressed on the pre-rendered page.
    const frame = await page.frame('#chart');
    await frame.click('button.chart-tab[data-tab="table"]');
    const inFrame = await readUntil(
      frame,
      (v) => v.started && v.table,
      () => ({ started: Boolean(window.aidImpact), table: Boolean(document.querySelector('table.chart-table tbody tr')) }),
    );
    await frame.leave?.();
    const after = await readUntil(
      page,
      (v) => v.grew && ready(v.frames),
      (count) => ({ grew: window.__messages.filter((m) => m.frame === 'chart').length > count, frames: window.__frames() }),
      [count],
      10_000,
    );
    return { before, inFrame, after };
  },
  check({ before, inFrame, after }) {
    const expected = (frame, embed) => ({
      frame,
      messages: true,
      types: ['aid-impact:resize'],
      embeds: [embed],
      fromApp: true,
      heightPositive: true,
      sizedToLast: true,
    });
    assert.deepEqual(before, [expected('chart', 'funds-by-source'), expected('figures', 'overview')]);
    assert.deepEqual(inFrame, { started: true, table: true });
    assert.deepEqual(after, { grew: true, frames: before });
  },
};

/** A report hosted beside the app, opened by `?data=`: the overview, then its funds view. */
function dataScenario(lang) {
  return {
    name: `?data= opens another report (${lang})`,
    async run(page, ctx) {
      const startedBy = await openApp(page, ctx, query('overview', lang, { data: DATA }));
      await page.waitForWhat(`${page.engine}: the fictional report`, () => document.title.includes(document.documentElement.lang === 'en' ? 'Qingshan' : '青山县'));
      const overview = await stableFacts(page);
      await page.click('.site-nav a[data-view="funds"]');
      await page.waitForWhat(`${page.engine}: its funds view`, () => document.querySelector('section[data-view="funds"]'));
      await page.waitFor(appDrawn);
      const funds = await stableFacts(page);
      return { startedBy, overview, funds, problems: await page.run(problems) };
    },
    check({ startedBy, overview, funds, problems }) {
      assert.equal(startedBy, 'address');
      assert.match(overview.title, lang === 'en' ? /Qingshan/ : /青山县/);
      assert.ok(overview.figures.length > 0, 'headline figures shown');
      assert.ok(!JSON.stringify(overview).includes(lang === 'en' ? 'Bairin' : '巴林右旗'), 'nothing of the bundled report');
      assert.ok(funds.url.includes('data=reports%2Ffictional-county.json') || funds.url.includes(`data=${DATA}`));
      assert.ok(funds.charts.some((c) => c.id === 'funds-money' && c.drawn));
      assert.deepEqual(problems, []);
    },
  };
}

/** Broken files dropped on the page are refused with located problems; the report stays. */
const fictional = () => JSON.parse(FICTIONAL);
const REFUSED = [
  ['truncated.json', FICTIONAL.slice(0, 900)],
  [
    'wrong-type.json',
    JSON.stringify(Object.assign(fictional(), { figures: fictional().figures.map((f, i) => (i === 12 ? { ...f, value: '一千万' } : f)) })),
  ],
];
const refusedScenario = {
  name: 'a refused file: located problems, the report on screen stays (en, then zh)',
  async run(page, ctx) {
    await openApp(page, ctx, query('funds', 'en'));
    const results = [];
    const drop = async ([name, contents]) => {
      const filesType = await page.run(dropFile, name, contents);
      await page.waitForWhat(`${page.engine}: ${name} refused`, () => document.querySelector('[data-testid="load-error"]'));
      const facts = await stableFacts(page);
      results.push({
        name,
        filesType,
        lang: facts.lang,
        error: facts.loadError,
        title: facts.title,
        charts: facts.charts.map((c) => `${c.id}: ${c.drawn}`),
      });
      await page.click('[data-testid="load-error"] button');
      await page.waitForWhat(`${page.engine}: the problem list dismissed`, () => !document.querySelector('[data-testid="load-error"]'));
    };
    for (const file of REFUSED) await drop(file);
    await page.click('button[data-lang="zh"]');
    await page.waitForWhat(`${page.engine}: Chinese`, () => document.documentElement.lang === 'zh-CN');
    await drop(REFUSED[1]);
    return { results, problems: await page.run(problems) };
  },
  check({ results, problems }) {
    assert.equal(results.length, 3);
    assert.match(results[0].error, /\(file\).*ends early, at line \d+/);
    assert.match(results[1].error, /figures\[12\]\.value.*expected a number, found "一千万"/);
    assert.match(results[2].error, /figures\[12\]\.value 应为数字，实际为"一千万"/);
    for (const r of results) {
      assert.equal(r.filesType, true);
      assert.match(r.title, /Bairin|巴林右旗/, 'the bundled report is still shown');
      assert.ok(r.charts.every((c) => c.endsWith(': true')), 'its charts still drawn');
    }
    assert.deepEqual(problems, []);
  },
};

/** The compare view of the fictional county against the bundled report, from a link. */
function compareScenario(lang) {
  return {
    name: `compare view, two reports from a link (${lang})`,
    async run(page, ctx) {
      const startedBy = await openApp(page, ctx, query('compare', lang, { data: DATA, compare: 'bundled' }));
      await page.waitForWhat(`${page.engine}: the compare table`, () =>
        document.querySelector('[data-testid="compare-table"] tbody tr[data-figure-id]'),
      );
      const facts = await stableFacts(page);
      return { startedBy, title: facts.title, headings: facts.headings, compare: facts.compare, problems: await page.run(problems) };
    },
    check({ startedBy, compare, problems }) {
      assert.equal(startedBy, 'address');
      assert.ok(compare.rows.length > 5, 'rows for the shared figures');
      assert.ok(compare.rows.some((r) => r[0] === 'aid_funds_total'));
      assert.match(compare.head.join(' '), lang === 'en' ? /Bairin.*Qingshan/ : /巴林右旗.*青山县/);
      assert.ok(compare.counts);
      assert.deepEqual(problems, []);
    },
  };
}

/** What the editor's figure form proposes for the selected fragment. In the page. */
function figureProposal() {
  const field = (name) => document.querySelector(`[data-field="${name}"]`)?.value;
  return {
    quote: document.querySelector('[data-testid="quote"]')?.textContent ?? null,
    value: field('value'),
    unit: field('unit'),
    qualifier: field('qualifier'),
    period: field('period'),
    theme: field('theme'),
    readBack: document.querySelector('[data-testid="read-back"]')?.textContent ?? null,
    todo: document.querySelectorAll('.number-todo').length,
  };
}

/**
 * The editor, a second wasm loaded by a classic script (public/boot.js): started from the
 * fictional county's text alone, a selection becomes a proposed figure.
 */
function editorScenario(lang) {
  const { original_text: text } = JSON.parse(FICTIONAL);
  const quote = '惠及全县农民群众8万余人';
  return {
    name: `editor: pasted text, a selection proposes a figure (${lang})`,
    async run(page, ctx) {
      const startedBy = await openApp(page, ctx, query('edit', lang));
      await page.waitForWhat(`${page.engine}: the editor's start`, () => document.querySelector('[data-testid="draft-start"]'));
      await page.run((text) => {
        const area = document.querySelector('[data-field="paste"]');
        area.value = text;
        area.dispatchEvent(new Event('input', { bubbles: true }));
      }, text);
      // The button is enabled once the app has seen the text (a later task).
      await page.waitForWhat(`${page.engine}: the start button`, () => !document.querySelector('[data-action="start-text"]').disabled);
      await page.run(() => document.querySelector('[data-action="start-text"]').click());
      await page.waitForWhat(`${page.engine}: the draft's text`, () => document.querySelector('[data-testid="draft-text"]'));
      await page.run(selectInDraft, quote);
      const proposal = await readUntil(page, (p) => p.quote === quote, figureProposal);
      const found = await page.run(problems);
      // The draft is kept in the browser: gone before the next scenario.
      await page.run(() => localStorage.clear());
      return { startedBy, proposal, problems: found };
    },
    check({ startedBy, proposal, problems }) {
      assert.equal(startedBy, 'address');
      assert.equal(proposal.quote, quote);
      assert.deepEqual(
        [proposal.value, proposal.unit, proposal.qualifier, proposal.period, proposal.theme],
        ['80000', 'person', 'at_least', '', 'outcomes'],
      );
      assert.match(proposal.readBack, lang === 'en' ? /80,000\+/ : /8万\+人/);
      assert.ok(proposal.todo > 20, 'the numbers still to make are marked');
      assert.deepEqual(problems, []);
    },
  };
}

export const SCENARIOS = [
  ...LANGS.flatMap((lang) => VIEWS.map((view) => viewScenario(view, lang))),
  keyboardScenario('funds', 'funds-by-source', 'zh'),
  keyboardScenario('sales', 'sales-and-markets', 'en'),
  dialogScenario('zh'),
  dialogScenario('en'),
  downloadScenario('zh'),
  downloadScenario('en'),
  embedScenario,
  dataScenario('en'),
  dataScenario('zh'),
  refusedScenario,
  compareScenario('zh'),
  compareScenario('en'),
  editorScenario('zh'),
  editorScenario('en'),
];

/** The host page of the embed scenario, on another origin than the app at `appUrl`. */
export function hostPage(appUrl) {
  const src = (q) => new URL(q, appUrl).href;
  const origin = new URL(appUrl).origin;
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Host portal</title>
<style>body{font:16px serif;margin:2rem} iframe{border:0;width:100%;display:block}</style>
<script>
  window.__messages = [];
  window.addEventListener('message', function (event) {
    var frames = document.getElementsByTagName('iframe');
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow !== event.source) continue;
      var d = event.data || {};
      window.__messages.push({ frame: frames[i].id, origin: event.origin, type: d.type, embed: d.embed, height: d.height });
    }
  });
  // What each frame posted, and whether embed.js sized the frame to the last height posted.
  window.__frames = function () {
    return [].map.call(document.querySelectorAll('iframe'), function (frame) {
      var messages = window.__messages.filter(function (m) { return m.frame === frame.id; });
      var last = messages[messages.length - 1];
      var unique = function (key) {
        return messages.map(function (m) { return m[key]; }).filter(function (v, i, all) { return all.indexOf(v) === i; });
      };
      return {
        frame: frame.id,
        messages: messages.length > 0,
        types: unique('type'),
        embeds: unique('embed'),
        fromApp: messages.every(function (m) { return m.origin === frame.dataset.origin; }),
        heightPositive: messages.every(function (m) { return typeof m.height === 'number' && m.height > 0; }),
        sizedToLast: Boolean(last) && frame.style.height === Math.ceil(last.height) + 'px'
      };
    });
  };
</script></head><body>
<h1>Host portal</h1>
<iframe id="chart" data-origin="${origin}" src="${src('?embed=funds-by-source&lang=en')}" title="chart"></iframe>
<iframe id="figures" data-origin="${origin}" src="${src('?embed=overview')}" title="figures"></iframe>
<script src="${src('embed.js')}"></script>
</body></html>`;
}
