// Chart views: every theme view's chart cards (svg, marks, summary, table,
// sources) in both languages, tooltips by mouse and keyboard, the unit
// choice, navigation between views, the overview's compact charts, resizing,
// and screenshots of every view.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { setTimeout as delay } from 'node:timers/promises';
import { isDeepStrictEqual } from 'node:util';
import { appStarted, assertNoProblems, settle, shot } from './lib/browser.mjs';
import { useApp } from './lib/setup.mjs';

const app = useApp();

const LANGS = {
  zh: { htmlLang: 'zh-CN', units: ['auto', 'yuan', 'wan', 'yi'] },
  en: { htmlLang: 'en', units: ['auto', 'yuan', 'million'] },
};

// Theme view -> its chart cards, in page order.
const VIEWS = {
  funds: ['funds-by-source', 'funds-named-investments', 'funds-per-unit'],
  projects: ['projects-timeline', 'projects-breeding-farm', 'projects-wind-power', 'projects-industrial-park'],
  training: ['training-by-group', 'training-pairings'],
  sales: ['sales-and-markets'],
  outcomes: ['outcomes-income', 'outcomes-growth', 'outcomes-investment'],
};

// The overview's compact cards -> the view their "see more" link opens.
const OVERVIEW_CHARTS = {
  'funds-by-source': 'funds',
  'projects-timeline': 'projects',
  'training-by-group': 'training',
  'sales-and-markets': 'sales',
  'outcomes-income': 'outcomes',
};

const chartsOf = (view) => (view === 'overview' ? Object.keys(OVERVIEW_CHARTS) : (VIEWS[view] ?? []));
const viewOf = (chart) => Object.keys(VIEWS).find((view) => VIEWS[view].includes(chart));

// From the source report. Tooltip values: null means "same as the table".
// Derived figures have no quote of their own; `inputs` name the figures whose
// quotes their source entry shows instead.
// id, chart, qualifier, zh table, en table, zh tooltip, en tooltip, quote fragment
const FIGURES = [
  ['aid_funds_total', 'funds-by-source', 'exact', '1.065亿元', '¥106.5 million', null, null, '共投入京蒙帮扶资金1.065亿元'],
  ['aid_funds_eda', 'funds-by-source', 'exact', '3077.6万元', '¥30.776 million', null, null, '其中经开区资金3077.6万元'],
  ['aid_funds_other_beijing', 'funds-by-source', 'derived', '7572.4万元', '¥75.724 million',
    '7572.4万元（推算）', '¥75.724 million (derived)', null],
  ['warehouse_cold_chain_trade', 'sales-and-markets', 'projected', '6.5亿元/年', '¥650 million a year',
    '6.5亿元/年（预计）', '¥650 million a year (projected)', '6.5亿元'],
  ['sales_consumption_annual', 'sales-and-markets', 'at_least', '1亿+元/年', '¥100 million+ a year', null, null, '1亿元以上'],
  ['park_sales_capacity', 'projects-industrial-park', 'capacity', '25亿元/年', '¥2.5 billion a year',
    '25亿元/年（可实现产能）', '¥2.5 billion a year (capacity)', '25亿元'],
  ['farm_training', 'training-by-group', 'at_least', '2万+人次', '20,000+ person-times', null, null, '培训农牧民2万多人次'],
  ['wind_connected', 'projects-wind-power', 'exact', '20万千瓦', '200,000 kW', null, null,
    '20万千瓦风电项目已经于2022年实现全容量并网'],
  ['income_lifted_2022', 'outcomes-income', 'exact', '20156元', '¥20,156', null, null, '20156元'],
].map(([id, chart, qualifier, zh, en, tipZh, tipEn, quote]) => ({
  id,
  chart,
  view: viewOf(chart),
  qualifier,
  table: { zh, en },
  tooltip: { zh: tipZh ?? zh, en: tipEn ?? en },
  quote,
}));

const DERIVED_INPUTS = { aid_funds_other_beijing: ['aid_funds_total', 'aid_funds_eda'] };

const figure = (id) => FIGURES.find((f) => f.id === id);
const figuresIn = (view) => FIGURES.filter((f) => f.view === view);
const chartsWithFigures = (figures) => [...new Set(figures.map((f) => f.chart))];

// Items to hover over (their charts are found through FIGURES).
const HOVERED = ['aid_funds_total', 'aid_funds_eda', 'aid_funds_other_beijing', 'warehouse_cold_chain_trade'];

// Keyboard walk through a chart: key to press, then the item expected to
// have focus (given the number of items n). null = Tab from the tab buttons.
const KEY_STEPS = [
  [null, () => 0],
  ['ArrowDown', () => 1],
  ['End', (n) => n - 1],
  ['ArrowUp', (n) => n - 2],
  ['Home', () => 0],
  ['ArrowRight', () => 1],
  ['ArrowLeft', () => 0],
];
// Chart -> the figure of its first item.
const KEYBOARD_CHARTS = { 'funds-by-source': 'aid_funds_total', 'sales-and-markets': 'sales_consumption_annual' };

// Unit choice on the funds view (a large derived amount is marked approximate: 约 / ≈).
// `money` matches every money value of the
// funds tables in that unit.
const UNIT_CASES = [
  { lang: 'zh', unit: 'wan', total: '10650万元', money: /^约?\d+(\.\d+)?\+?万元$/ },
  { lang: 'en', unit: 'yuan', total: '¥106,500,000', money: /^≈?¥\d{1,3}(,\d{3})*(\.\d+)?\+?$/ },
];

// Navigation walk, starting on the overview.
const ROUTE = ['funds', 'projects', 'training', 'sales', 'outcomes', 'overview'];

const NARROW = { width: 375, height: 800 };
const WIDE = { width: 1280, height: 900 };
const SCREENSHOT_VIEWS = [...Object.keys(VIEWS), 'source'];

// ---------------------------------------------------------------- helpers

/** '?view=…&lang=…&unit=…' with defaults (overview, zh, auto) left out. */
function query({ view, lang, unit } = {}) {
  const params = { view: view === 'overview' ? undefined : view, lang: lang === 'zh' ? undefined : lang, unit };
  return `?${new URLSearchParams(Object.entries(params).filter(([, v]) => v !== undefined))}`;
}

const card = (chart) => `figure.chart-card[data-chart-id="${chart}"]`;

/**
 * Read `read()` until it deep-equals `expected`; on timeout fail with the
 * difference, prefixed by `what` and everything the browser recorded (a
 * wasm panic lands there).
 */
async function eventually({ problems }, what, read, expected, timeout = 8000) {
  const deadline = Date.now() + timeout;
  for (;;) {
    const actual = await read();
    if (isDeepStrictEqual(actual, expected)) return actual;
    if (Date.now() > deadline) {
      const recorded = problems.length ? problems.map((p) => `\n  - ${p}`).join('') : ' none';
      assert.deepStrictEqual(actual, expected, `${what} (waited ${timeout} ms); problems:${recorded}`);
    }
    await delay(50);
  }
}

/**
 * What the page shows: which view, language, current nav link, cards showing
 * another tab than the chart, and cards on their chart tab (or without tabs)
 * whose svg is missing or empty.
 */
function readView(page, charts) {
  return page.evaluate((charts) => {
    const cardOf = (chart) => document.querySelector(`figure.chart-card[data-chart-id="${chart}"]`);
    const tabOf = (chart) =>
      cardOf(chart)?.querySelector('button.chart-tab[aria-selected="true"]')?.dataset.tab ?? 'chart';
    const drawn = (chart) => {
      const box = cardOf(chart)?.querySelector('.chart-svg > svg')?.getBoundingClientRect();
      return box?.width > 0 && box?.height > 0;
    };
    const otherTabs = charts.filter((chart) => tabOf(chart) !== 'chart');
    const params = new URLSearchParams(location.search);
    return {
      viewParam: params.get('view'),
      langParam: params.get('lang'),
      htmlLang: document.documentElement.lang,
      section: document.querySelector('section.theme-view')?.getAttribute('data-view') ?? null,
      currentNav: [...document.querySelectorAll('nav.site-nav a[aria-current="page"]')].map((a) => a.dataset.view),
      otherTabs,
      undrawn: charts.filter((chart) => !otherTabs.includes(chart) && !drawn(chart)),
    };
  }, charts);
}

/**
 * Wait until `view` (a theme view or 'overview') is shown in `lang` with its
 * charts drawn; `otherTabs` are the cards expected on their table/source tab.
 */
function waitForView(ctx, view, lang, otherTabs = []) {
  const theme = view !== 'overview';
  return eventually(ctx, `${view} view (${lang}) with its charts drawn`, () => readView(ctx.page, chartsOf(view)), {
    viewParam: theme ? view : null,
    langParam: lang === 'zh' ? null : lang,
    htmlLang: LANGS[lang].htmlLang,
    section: theme ? view : null,
    currentNav: [view],
    otherTabs,
    undrawn: [],
  });
}

function waitForSourceView(ctx) {
  return eventually(ctx, 'the source view text', () =>
    ctx.page.evaluate(() => Boolean(document.querySelector('[data-testid="source-text"]')?.checkVisibility())),
  true);
}

/**
 * Open `params` (see query()) in a fresh page, wait for its view, run
 * `body(ctx)` with ctx = { page, problems, lang }, then require that nothing
 * went wrong in the console or on the network. The page is always closed.
 */
async function onPage(params, viewport, body = async () => {}) {
  const { lang = 'zh', view = 'overview' } = params;
  const { page, problems } = await app.open(query(params), viewport);
  const ctx = { page, problems, lang };
  try {
    if (view === 'source') await waitForSourceView(ctx);
    else await waitForView(ctx, view, lang);
    await body(ctx);
    await settle(page);
    assertNoProblems(problems);
  } finally {
    await page.close();
  }
}

/** Go to another view in the same page (unless already there) and wait for it. */
async function gotoView(ctx, view) {
  if ((new URL(ctx.page.url()).searchParams.get('view') ?? 'overview') === view) return;
  await ctx.page.goto(new URL(query({ view, lang: ctx.lang }), ctx.page.url()).href);
  await appStarted(ctx.page);
  await waitForView(ctx, view, ctx.lang);
}

/** Select a card's tab and wait until its panel has content. */
async function showTab(ctx, chart, tab) {
  const content = { chart: '.chart-svg > svg', table: 'table.chart-table tbody tr', source: 'ul.source-list li' }[tab];
  await ctx.page.click(`${card(chart)} button.chart-tab[data-tab="${tab}"]`);
  await eventually(ctx, `${chart}: ${tab} tab selected and filled`, () =>
    ctx.page.evaluate(
      ([sel, tab, content]) => {
        const el = document.querySelector(sel);
        const panel = el?.querySelector(`[role="tabpanel"]:not([hidden])`);
        return {
          selected: [...(el?.querySelectorAll('button.chart-tab[aria-selected="true"]') ?? [])].map((b) => b.dataset.tab),
          filled: Boolean(panel?.querySelector(content)),
        };
      },
      [card(chart), tab, content],
    ),
  { selected: [tab], filled: true });
}

/** The table tab's rows, in order: [{ key, qualifier, label, value }]. */
async function readTable(ctx, chart) {
  await showTab(ctx, chart, 'table');
  return ctx.page.$$eval(`${card(chart)} table.chart-table tbody tr`, (rows) =>
    rows.map((tr) => ({
      key: tr.dataset.key,
      qualifier: tr.dataset.qualifier,
      // The row's label, without the line under a part's label naming its whole.
      label: tr.querySelector('th')?.firstChild?.textContent.trim() ?? null,
      whole: tr.querySelector('th .row-whole')?.textContent.trim() ?? null,
      value: tr.querySelector('td.num')?.textContent.trim() ?? null,
    })),
  );
}

/** Index of a figure among its chart's data items (= its table row). */
async function itemIndex(ctx, id) {
  const { chart } = figure(id);
  const index = (await readTable(ctx, chart)).findIndex((row) => row.key === id);
  assert.ok(index >= 0, `${chart}: no table row for ${id}`);
  await showTab(ctx, chart, 'chart');
  return index;
}

/** The chart's tooltip as shown: null when hidden. */
function readTooltip(page, chart) {
  return page.$eval(`${card(chart)} .chart-plot .chart-tooltip[role="tooltip"]`, (tip) =>
    tip.hidden
      ? null
      : {
          label: tip.querySelector('.tooltip-label')?.textContent.trim() ?? null,
          value: tip.querySelector('.tooltip-value')?.textContent.trim() ?? null,
          period: Boolean(tip.querySelector('.tooltip-period')?.textContent.trim()),
          quotes: [...tip.querySelectorAll('blockquote.figure-source mark')].map((m) => m.textContent),
          formula: Boolean(tip.querySelector('p.formula')),
        },
  );
}

/** What a tooltip should tell about figure `f`: value, period, and its quote or formula. */
function tooltipFacts(tip, f) {
  if (!tip) return null;
  return {
    value: tip.value,
    period: tip.period,
    evidence: f.quote ? tip.quotes.some((q) => q.includes(f.quote)) : tip.formula,
  };
}
const expectedTooltipFacts = (f, lang) => ({ value: f.tooltip[lang], period: true, evidence: true });

const scrollWidth = (page) => page.evaluate(() => document.documentElement.scrollWidth);

async function assertNoHorizontalScroll(page, width) {
  const actual = await scrollWidth(page);
  assert.ok(actual <= width, `page scrolls horizontally at ${width}px: scrollWidth is ${actual}`);
}

// ---------------------------------------------------------------- tests

for (const lang of Object.keys(LANGS)) {
  for (const [view, charts] of Object.entries(VIEWS)) {
    test(`${view} view (${lang}): cards drawn, summaries, one mark per table row, roving tabindex`, () =>
      onPage({ view, lang }, WIDE, async (ctx) => {
        const shown = await ctx.page.evaluate(
          (charts) =>
            Object.fromEntries(
              charts.map((chart) => {
                const el = document.querySelector(`figure.chart-card[data-chart-id="${chart}"]`);
                const svg = el?.querySelector('.chart-svg > svg');
                const marks = [...(el?.querySelectorAll('.chart-plot button.chart-mark') ?? [])];
                return [
                  chart,
                  {
                    title: Boolean(el?.querySelector('h2.chart-title')?.textContent.trim()),
                    summary: Boolean(el?.querySelector('figcaption.chart-summary')?.textContent.trim()),
                    svgWidthIsContainerWidth:
                      Number(svg?.getAttribute('width')) === svg?.parentElement.clientWidth,
                    legend: Boolean(el?.querySelector('[role="tabpanel"] .chart-legend')),
                    marks: marks.length,
                    tabbable: marks.filter((m) => m.getAttribute('tabindex') === '0').length,
                    labelled: marks.every((m) => m.getAttribute('aria-label')?.trim()),
                  },
                ];
              }),
            ),
          charts,
        );
        const expected = {};
        for (const chart of charts) {
          const rows = (await readTable(ctx, chart)).length;
          expected[chart] = {
            title: true,
            summary: true,
            svgWidthIsContainerWidth: true,
            legend: true,
            marks: rows,
            tabbable: 1,
            labelled: true,
          };
          assert.ok(rows > 0, `${chart}: empty table`);
        }
        assert.deepStrictEqual(shown, expected, `${view} (${lang}) chart cards`);
      }));
  }
}

for (const lang of Object.keys(LANGS)) {
  test(`table tabs (${lang}): values and qualifiers from the report`, () =>
    onPage({ view: 'funds', lang }, WIDE, async (ctx) => {
      for (const view of Object.keys(VIEWS)) {
        const figures = figuresIn(view);
        if (!figures.length) continue;
        await gotoView(ctx, view);
        const rows = {};
        for (const chart of chartsWithFigures(figures)) {
          for (const row of await readTable(ctx, chart)) rows[row.key] = row;
        }
        const shown = Object.fromEntries(
          figures.map(({ id }) => [id, rows[id] ? { value: rows[id].value, qualifier: rows[id].qualifier } : null]),
        );
        const expected = Object.fromEntries(
          figures.map(({ id, table, qualifier }) => [id, { value: table[lang], qualifier }]),
        );
        assert.deepStrictEqual(shown, expected, `${view} view (${lang}) table rows`);
        if (view === 'funds') {
          // The file's part ("of which") says whose part it is; its whole does not.
          const whole = rows.aid_funds_total.label;
          assert.equal(rows.aid_funds_eda.whole, lang === 'zh' ? `属于“${whole}”` : `part of “${whole}”`);
          assert.equal(rows.aid_funds_total.whole, null);
        }
      }
    }));
}

for (const lang of Object.keys(LANGS)) {
  test(`hover (${lang}): the mark's area shows its tooltip, leaving hides it`, () =>
    onPage({ view: 'funds', lang }, WIDE, async (ctx) => {
      const { page } = ctx;
      for (const id of HOVERED) {
        const f = figure(id);
        await gotoView(ctx, f.view);
        const item = await itemIndex(ctx, id);
        const mark = page.locator(`${card(f.chart)} button.chart-mark[data-item="${item}"]`);
        await mark.scrollIntoViewIfNeeded();
        const box = await mark.boundingBox();
        assert.ok(box && box.width > 0 && box.height > 0, `${id}: mark ${item} has no box`);
        await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
        await eventually(ctx, `${id}: tooltip on hover`, async () => tooltipFacts(await readTooltip(page, f.chart), f),
          expectedTooltipFacts(f, lang));
        await page.mouse.move(0, 0);
        await eventually(ctx, `${id}: tooltip hidden after the mouse left`, () => readTooltip(page, f.chart), null);
      }
    }));
}

for (const lang of Object.keys(LANGS)) {
  for (const [chart, first] of Object.entries(KEYBOARD_CHARTS)) {
    test(`keyboard (${lang}, ${chart}): Tab enters, arrows/Home/End move, Escape hides`, () =>
      onPage({ view: viewOf(chart), lang }, WIDE, async (ctx) => {
        const { page } = ctx;
        const n = await page.locator(`${card(chart)} button.chart-mark`).count();
        assert.ok(n >= 3, `${chart}: needs at least 3 marks for this walk, has ${n}`);

        // focus() on the roving mark shows item 0's tooltip.
        assert.equal(await itemIndex(ctx, first), 0, `${chart}: ${first} is not item 0`);
        await page.focus(`${card(chart)} .chart-mark[tabindex="0"]`);
        await eventually(ctx, `${chart}: tooltip after focus() on the roving mark`,
          async () => tooltipFacts(await readTooltip(page, chart), figure(first)), expectedTooltipFacts(figure(first), lang));

        // Tab from the tab buttons enters at the roving mark; keys move between items.
        const read = () =>
          page.evaluate((sel) => {
            const el = document.querySelector(sel);
            const active = document.activeElement;
            const tip = el.querySelector('.chart-tooltip');
            const sep = document.documentElement.lang === 'en' ? ': ' : '：';
            const shown = `${tip.querySelector('.tooltip-label')?.textContent.trim()}${sep}${tip
              .querySelector('.tooltip-value')
              ?.textContent.trim()}`;
            return {
              focused: el.contains(active) && active.matches('.chart-mark') ? Number(active.dataset.item) : null,
              tabbable: [...el.querySelectorAll('.chart-mark[tabindex="0"]')].map((m) => Number(m.dataset.item)),
              tooltip: tip.hidden ? 'hidden' : active.getAttribute('aria-label')?.startsWith(shown) ? 'matches' : shown,
            };
          }, card(chart));

        for (const [key, expectedItem] of KEY_STEPS) {
          const item = expectedItem(n);
          if (key) await page.keyboard.press(key);
          else {
            await page.focus(`${card(chart)} button.chart-tab[data-tab="source"]`);
            await page.keyboard.press('Tab');
          }
          await eventually(ctx, `${chart}: after ${key ?? 'Tab'}`, read, {
            focused: item,
            tabbable: [item],
            tooltip: 'matches',
          });
        }
        await page.keyboard.press('Escape');
        await eventually(ctx, `${chart}: tooltip after Escape`, async () => (await read()).tooltip, 'hidden');
      }));
  }
}

for (const lang of Object.keys(LANGS)) {
  test(`source tabs (${lang}): quotes highlighted, formulas for derived values, highlighted original`, () =>
    onPage({ view: 'funds', lang }, WIDE, async (ctx) => {
      const { page } = ctx;
      for (const view of Object.keys(VIEWS)) {
        const figures = figuresIn(view);
        if (!figures.length) continue;
        await gotoView(ctx, view);
        for (const chart of chartsWithFigures(figures)) {
          const labels = Object.fromEntries((await readTable(ctx, chart)).map((r) => [r.key, r.label]));
          await showTab(ctx, chart, 'source');
          const shown = await page.$eval(card(chart), (el) => ({
            items: [...el.querySelectorAll('ul.source-list > li')].map((li) => ({
              label: li.querySelector('.source-item')?.textContent.trim() ?? null,
              quotes: [...li.querySelectorAll('blockquote.figure-source mark')].map((m) => m.textContent),
              formula: Boolean(li.querySelector('p.formula')?.textContent.trim()),
            })),
            original: [...el.querySelectorAll('details.highlighted-original mark')].map((m) => m.textContent),
          }));
          const quoted = (quotes, fragment) => quotes.some((q) => q.includes(fragment));
          for (const f of figures.filter((f) => f.chart === chart)) {
            const entry = shown.items.find((i) => i.label === labels[f.id]);
            const fragments = f.quote ? [f.quote] : DERIVED_INPUTS[f.id].map((input) => figure(input).quote);
            assert.deepStrictEqual(
              entry && {
                formula: entry.formula,
                quoted: fragments.filter((q) => quoted(entry.quotes, q)),
                inOriginal: fragments.filter((q) => quoted(shown.original, q)),
              },
              { formula: !f.quote, quoted: fragments, inOriginal: fragments },
              `${chart} (${lang}) source entry of ${f.id} ("${labels[f.id]}")`,
            );
          }
          // The highlighted original opens and shows its marks.
          const details = page.locator(`${card(chart)} details.highlighted-original`);
          await details.locator('summary').click();
          await details.locator('mark').first().waitFor({ state: 'visible' });
          assert.equal(await details.evaluate((d) => d.open), true, `${chart}: details did not open`);
        }
      }
    }));
}

for (const { lang, unit, total, money } of UNIT_CASES) {
  const readFunds = async (ctx) => {
    const rows = [];
    for (const chart of VIEWS.funds) rows.push(...(await readTable(ctx, chart)));
    return {
      unitParam: new URL(ctx.page.url()).searchParams.get('unit'),
      select: await ctx.page.inputValue('select[data-testid="unit-select"]'),
      total: rows.find((r) => r.key === 'aid_funds_total')?.value ?? null,
      notInUnit: rows
        .filter((r) => !r.value.endsWith('%') && !money.test(r.value))
        .map((r) => `${r.key}: ${r.value}`),
    };
  };
  const expected = { unitParam: unit, select: unit, total, notInUnit: [] };

  test(`unit select (${lang}): choosing ${unit} writes the URL, reformats money, survives reload`, () =>
    onPage({ view: 'funds', lang }, WIDE, async (ctx) => {
      const options = await ctx.page.$$eval('select[data-testid="unit-select"] option', (os) => os.map((o) => o.value));
      assert.deepStrictEqual(options, LANGS[lang].units, `unit options (${lang})`);
      await ctx.page.selectOption('select[data-testid="unit-select"]', unit);
      await eventually(ctx, `unit=${unit} in the URL`, () => new URL(ctx.page.url()).searchParams.get('unit'), unit);
      assert.deepStrictEqual(await readFunds(ctx), expected, `funds tables after choosing ${unit}`);
      // The address also remembers the last card's tab choice (chart=…&tab=…).
      const remembered = new URL(ctx.page.url()).searchParams;
      await ctx.page.reload();
      await appStarted(ctx.page);
      await waitForView(ctx, 'funds', lang, remembered.get('tab') === 'chart' ? [] : [remembered.get('chart')]);
      assert.deepStrictEqual(await readFunds(ctx), expected, `funds tables after reload`);
    }));

  test(`unit deep link ${query({ view: 'funds', lang, unit })}`, () =>
    onPage({ view: 'funds', lang, unit }, WIDE, async (ctx) => {
      assert.deepStrictEqual(await readFunds(ctx), expected);
    }));
}

test('a link in a unit its language does not list (?unit=wan&lang=en) names that unit in the menu', () =>
  onPage({ view: 'funds', lang: 'en', unit: 'wan' }, WIDE, async (ctx) => {
    const select = 'select[data-testid="unit-select"]';
    assert.equal(await ctx.page.inputValue(select), 'wan');
    assert.equal(await ctx.page.$eval(select, (s) => s.selectedOptions[0]?.textContent), '10,000 yuan');
    const rows = [];
    for (const chart of VIEWS.funds) rows.push(...(await readTable(ctx, chart)));
    assert.equal(rows.find((r) => r.key === 'aid_funds_total')?.value, '¥10,650 × 10,000');
  }));

for (const lang of Object.keys(LANGS)) {
  test(`navigation (${lang}): nav links move between views, Back returns with charts drawn`, () =>
    onPage({ lang }, WIDE, async (ctx) => {
      const history = ['overview'];
      for (const view of ROUTE) {
        await ctx.page.click(`nav.site-nav a[data-view="${view}"]`);
        await waitForView(ctx, view, lang);
        history.push(view);
      }
      while (history.length > 1) {
        history.pop();
        await ctx.page.goBack();
        await waitForView(ctx, history.at(-1), lang);
      }
    }));
}

for (const lang of Object.keys(LANGS)) {
  test(`overview (${lang}): compact charts without tabs, each followed by a link to its view`, () =>
    onPage({ lang }, WIDE, async (ctx) => {
      const shown = await ctx.page.evaluate(
        (charts) =>
          Object.fromEntries(
            charts.map((chart) => {
              const el = document.querySelector(`figure.chart-card[data-chart-id="${chart}"]`);
              const link = el?.nextElementSibling;
              return [
                chart,
                {
                  tabs: el?.querySelectorAll('button.chart-tab').length ?? null,
                  summary: Boolean(el?.querySelector('figcaption.chart-summary')?.textContent.trim()),
                  marks: (el?.querySelectorAll('button.chart-mark').length ?? 0) > 0,
                  link: link?.matches('a.see-view') ? link.dataset.view : null,
                },
              ];
            }),
          ),
        Object.keys(OVERVIEW_CHARTS),
      );
      const expected = Object.fromEntries(
        Object.entries(OVERVIEW_CHARTS).map(([chart, view]) => [chart, { tabs: 0, summary: true, marks: true, link: view }]),
      );
      assert.deepStrictEqual(shown, expected, `overview (${lang}) compact charts`);
      await ctx.page.click('a.see-view[data-view="funds"]');
      await waitForView(ctx, 'funds', lang);
    }));
}

test('resize 1280 → 375 → 1280: charts follow their container, no horizontal scroll', () =>
  onPage({ view: 'funds' }, WIDE, async (ctx) => {
    const { page } = ctx;
    const readSizes = () =>
      page.evaluate((charts) => {
        const out = {};
        for (const chart of charts) {
          const el = document.querySelector(`figure.chart-card[data-chart-id="${chart}"]`);
          const svg = el.querySelector('.chart-svg > svg');
          const plot = el.querySelector('.chart-plot').getBoundingClientRect();
          const marksOutside = [...el.querySelectorAll('.chart-mark')].filter((m) => {
            const r = m.getBoundingClientRect();
            return r.left < plot.left - 1 || r.right > plot.right + 1;
          }).length;
          out[chart] = {
            width: Number(svg.getAttribute('width')),
            container: svg.parentElement.clientWidth,
            marksOutside,
          };
        }
        return out;
      }, VIEWS.funds);
    // Sizes settle once every svg is as wide as its container.
    const fitted = async (viewport) => {
      await page.setViewportSize(viewport);
      let sizes;
      await eventually(ctx, `charts redrawn at ${viewport.width}px`, async () => {
        sizes = await readSizes();
        return Object.values(sizes).every((s) => s.width === s.container && s.marksOutside === 0);
      }, true);
      return sizes;
    };

    const wide = await fitted(WIDE);
    const narrow = await fitted(NARROW);
    await assertNoHorizontalScroll(page, NARROW.width);
    const again = await fitted(WIDE);
    for (const chart of VIEWS.funds) {
      assert.ok(narrow[chart].width > 0 && narrow[chart].width <= NARROW.width,
        `${chart}: svg is ${narrow[chart].width}px wide at ${NARROW.width}px`);
      assert.ok(again[chart].width > narrow[chart].width,
        `${chart}: svg did not grow back (${narrow[chart].width} → ${again[chart].width}px)`);
      assert.equal(again[chart].width, wide[chart].width, `${chart}: width at 1280px differs after the round trip`);
    }
  }));

test('a request path starting with // still serves the app', async () => {
  const { page, problems } = await app.open(`${app.url}/?view=funds`);
  try {
    await waitForView({ page, problems }, 'funds', 'zh');
    await settle(page);
    assertNoProblems(problems);
  } finally {
    await page.close();
  }
});

for (const view of SCREENSHOT_VIEWS) {
  for (const lang of Object.keys(LANGS)) {
    for (const viewport of [NARROW, WIDE]) {
      const name = `${view}-${lang}-${viewport.width}`;
      test(`${name}: screenshot${viewport === NARROW ? ', no horizontal scroll' : ''}`, () =>
        onPage({ view, lang }, viewport, async ({ page }) => {
          await shot(page, name);
          if (viewport === NARROW) await assertNoHorizontalScroll(page, viewport.width);
        }));
    }
  }
}
