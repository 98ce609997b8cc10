// Overview page: content in both languages, language switching and URL state,
// the source view, robustness against junk parameters, screenshots, layout.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isDeepStrictEqual } from 'node:util';
import { appStarted, assertNoProblems, settle, shot } from './lib/browser.mjs';
import { useApp } from './lib/setup.mjs';

const app = useApp();

const LANGS = {
  zh: {
    query: '',
    htmlLang: 'zh-CN',
    title: '巴林右旗京蒙协作助力乡村振兴纪实',
    meta: ['巴林右旗乡村振兴局', '2023年5月25日'],
  },
  en: {
    query: '?lang=en',
    htmlLang: 'en',
    title: 'Beijing\u2013Inner Mongolia cooperation helps rural revitalization in Bairin Right Banner',
    meta: ['Bairin Right Banner Rural Revitalization Bureau', '25 May 2023'],
  },
};

// id, zh value, en value, fragment of the verbatim source quote, qualifier
const FIGURES = [
  ['aid_funds_total', '1.065亿元', '¥106.5 million', '共投入京蒙帮扶资金1.065亿元', 'exact'],
  ['aid_funds_eda', '3077.6万元', '¥30.776 million', '经开区资金3077.6万元', 'exact'],
  ['projects_total', '39个', '39', '实施项目39个', 'exact'],
  ['beneficiaries', '10万+人', '100,000+ people', '10万余人', 'at_least'],
  ['income_per_capita_2022', '15291元', '¥15,291', '15291元', 'exact'],
  ['income_growth_2022', '7.5%', '7.5%', '7.5%', 'exact'],
  ['income_lifted_2022', '20156元', '¥20,156', '20156元', 'exact'],
  ['fixed_asset_investment_2022', '25.4亿元', '¥2.54 billion', '25.4亿元', 'exact'],
  ['fixed_asset_growth_2022', '15.5%', '15.5%', '15.5%', 'exact'],
  ['sales_consumption_annual', '1亿+元/年', '¥100 million+ a year', '1亿元以上', 'at_least'],
].map(([id, zh, en, source, qualifier]) => ({ id, value: { zh, en }, source, qualifier }));

const SOURCE_TEXT_FRAGMENTS = ['巴林右旗于2019年顺利实现了脱贫摘帽的全面胜利', '合力递交一份人民群众满意合格的答卷'];

const GARBAGE_QUERY = '?lang=xx&view=%3Cscript%3E&foo=1&lang=';

const VIEWPORTS = [
  { width: 375, height: 800 },
  { width: 1280, height: 900 },
];

// ---------------------------------------------------------------- helpers

const searchParams = (page) => new URL(page.url()).searchParams;

/**
 * Wait until `predicate(arg)` holds in the page; on timeout fail with what
 * the page shows instead plus every recorded problem (a wasm panic lands there).
 */
async function waitUntil(page, problems, what, predicate, arg) {
  try {
    await page.waitForFunction(predicate, arg);
  } catch (err) {
    const found = await page
      .evaluate(() => ({
        url: location.href,
        htmlLang: document.documentElement.lang,
        h1: document.querySelector('h1')?.textContent.trim() ?? null,
        body: document.body?.innerText.slice(0, 300) ?? null,
      }))
      .catch((e) => `(page not readable: ${e.message})`);
    const recorded = problems.length ? problems.map((p) => `\n  - ${p}`).join('') : ' none';
    assert.fail(
      `timed out waiting for ${what}: ${err.message.split('\n')[0]}\n` +
        `page state: ${JSON.stringify(found, null, 2)}\nproblems:${recorded}`,
    );
  }
}

function waitForOverview(page, problems, lang) {
  const { htmlLang, title } = LANGS[lang];
  return waitUntil(
    page,
    problems,
    `the ${lang} overview (html lang=${htmlLang}, h1 "${title}")`,
    ([htmlLang, title]) =>
      document.documentElement.lang === htmlLang &&
      document.querySelector('h1')?.textContent.trim() === title &&
      document.querySelector('[data-figure-id]') !== null,
    [htmlLang, title],
  );
}

function waitForParam(page, problems, name, value) {
  return waitUntil(
    page,
    problems,
    value === null ? `URL without "${name}"` : `URL with ${name}=${value}`,
    ([name, value]) => new URLSearchParams(location.search).get(name) === value,
    [name, value],
  );
}

/** Everything the overview shows that can be compared in one go. */
function readOverview(page) {
  return page.evaluate((ids) => {
    const pressed = (lang) =>
      document.querySelector(`button[data-lang="${lang}"]`)?.getAttribute('aria-pressed') ?? null;
    const card = (id) => {
      const el = document.querySelector(`[data-figure-id="${id}"]`);
      if (!el) return null;
      return {
        value: el.querySelector('.figure-value')?.textContent.trim() ?? null,
        hasLabel: Boolean(el.querySelector('.figure-label')?.textContent.trim()),
        qualifier: el.getAttribute('data-qualifier'),
        toggleExpanded: el.querySelector('button.figure-source-toggle')?.getAttribute('aria-expanded') ?? null,
      };
    };
    return {
      htmlLang: document.documentElement.lang,
      title: document.querySelector('h1')?.textContent.trim() ?? null,
      meta: document.querySelector('[data-testid="report-meta"]')?.textContent ?? null,
      langButtons: { zh: pressed('zh'), en: pressed('en') },
      figures: Object.fromEntries(ids.map((id) => [id, card(id)])),
      chartsWithoutSvg: [...document.querySelectorAll('[data-chart-id]')]
        .filter((el) => !el.querySelector('svg'))
        .map((el) => el.getAttribute('data-chart-id')),
    };
  }, FIGURES.map((f) => f.id));
}

/** Compare the overview against the contract; fail with one line per difference. */
async function assertOverview(page, lang) {
  const { htmlLang, title, meta } = LANGS[lang];
  const shown = await readOverview(page);
  const wrong = [];
  const expect = (what, actual, expected) => {
    if (!isDeepStrictEqual(actual, expected)) {
      wrong.push(`${what}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
    }
  };

  expect('<html lang>', shown.htmlLang, htmlLang);
  expect('h1', shown.title, title);
  for (const part of meta) {
    if (!shown.meta?.includes(part)) {
      wrong.push(`[data-testid="report-meta"] ${JSON.stringify(shown.meta)} lacks "${part}"`);
    }
  }
  for (const l of Object.keys(LANGS)) {
    expect(`button[data-lang="${l}"] aria-pressed`, shown.langButtons[l], String(l === lang));
  }
  for (const { id, value, qualifier } of FIGURES) {
    const card = shown.figures[id];
    if (!card) {
      wrong.push(`[data-figure-id="${id}"] is missing`);
      continue;
    }
    expect(`${id} .figure-value`, card.value, value[lang]);
    expect(`${id} has a non-empty .figure-label`, card.hasLabel, true);
    expect(`${id} data-qualifier`, card.qualifier, qualifier);
    expect(`${id} button.figure-source-toggle aria-expanded`, card.toggleExpanded, 'false');
  }
  expect('[data-chart-id] elements without an svg', shown.chartsWithoutSvg, []);

  if (wrong.length) {
    assert.fail(`${lang} overview breaks the DOM contract:\n${wrong.map((w) => `  - ${w}`).join('\n')}`);
  }
}

/** Each card's toggle starts collapsed, expands on click and reveals its quote. */
async function assertSourceToggles(page) {
  for (const { id, source } of FIGURES) {
    const card = page.locator(`[data-figure-id="${id}"]`);
    const toggle = card.locator('button.figure-source-toggle');
    const quote = card.locator('.figure-source');
    assert.equal(await toggle.getAttribute('aria-expanded'), 'false', `${id}: toggle starts expanded`);
    assert.equal(await quote.isVisible(), false, `${id}: source quote visible before toggling`);
    await toggle.click();
    await card.locator('button.figure-source-toggle[aria-expanded="true"]').waitFor();
    await quote.waitFor({ state: 'visible' });
    const text = await quote.textContent();
    assert.ok(text.includes(source), `${id}: source quote ${JSON.stringify(text)} lacks "${source}"`);
  }
}

async function assertSourceText(page, problems) {
  await waitUntil(page, problems, 'a visible [data-testid="source-text"]', () =>
    document.querySelector('[data-testid="source-text"]')?.checkVisibility(),
  );
  const text = await page.locator('[data-testid="source-text"]').textContent();
  for (const fragment of SOURCE_TEXT_FRAGMENTS) {
    assert.ok(text.includes(fragment), `source text lacks "${fragment}"`);
  }
}

/**
 * Open `query` in a fresh page, wait for the `lang` overview (unless lang is
 * null), run `body(page, problems)`, then require that nothing went wrong
 * in the console or on the network. The page is always closed.
 */
async function onPage({ query = '', lang = null, viewport } = {}, body = async () => {}) {
  const { page, problems } = await app.open(query, viewport);
  try {
    if (lang) await waitForOverview(page, problems, lang);
    await body(page, problems);
    await settle(page);
    assertNoProblems(problems);
  } finally {
    await page.close();
  }
}

// ---------------------------------------------------------------- tests

for (const [lang, { query }] of Object.entries(LANGS)) {
  test(`${lang} overview (${query || 'no query'}): title, meta, figures, source quotes`, () =>
    onPage({ query, lang }, async (page) => {
      await assertOverview(page, lang);
      await assertSourceToggles(page);
    }));
}

test('language switch updates URL, html lang and values; survives reload', () =>
  onPage({ lang: 'zh' }, async (page, problems) => {
    await page.click('button[data-lang="en"]');
    await waitForOverview(page, problems, 'en');
    await waitForParam(page, problems, 'lang', 'en');
    await assertOverview(page, 'en');

    await page.reload();
    await appStarted(page);
    await waitForOverview(page, problems, 'en');
    assert.equal(searchParams(page).get('lang'), 'en');
    await assertOverview(page, 'en');

    await page.click('button[data-lang="zh"]');
    await waitForOverview(page, problems, 'zh');
    await waitForParam(page, problems, 'lang', null);
    await assertOverview(page, 'zh');
  }));

test('source link opens the full original text in-app (?view=source)', () =>
  onPage({ lang: 'zh' }, async (page, problems) => {
    await page.click('a[data-testid="source-link"]');
    await waitForParam(page, problems, 'view', 'source');
    await assertSourceText(page, problems);
  }));

test('?view=source deep link shows the full original text', () =>
  onPage({ query: '?view=source' }, assertSourceText));

test('unknown and malformed parameters are ignored', () =>
  onPage({ query: GARBAGE_QUERY, lang: 'zh' }, (page) => assertOverview(page, 'zh')));

for (const [lang, { query }] of Object.entries(LANGS)) {
  for (const viewport of VIEWPORTS) {
    const name = `overview-${lang}-${viewport.width}`;
    test(`${name}: screenshot, no horizontal scroll`, () =>
      onPage({ query, lang, viewport }, async (page) => {
        await shot(page, name);
        const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
        assert.ok(
          scrollWidth <= viewport.width,
          `page scrolls horizontally at ${viewport.width}px: scrollWidth is ${scrollWidth}`,
        );
      }));
  }
}
