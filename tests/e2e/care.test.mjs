// Care mode (关怀版, `?care=on`): axe with AAA contrast on every view and embed in both
// languages; every view at 320 px without sideways scrolling, text 1.3× larger (charts too) and
// targets of at least 44 px; the header switch; care kept in share links and embed snippets;
// read aloud through a stubbed speechSynthesis, and what it says when the device has no voice.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { appStarted, assertNoProblems, shot } from './lib/browser.mjs';
import { axeViolations } from './lib/axe.mjs';
import { useApp } from './lib/setup.mjs';

const app = useApp();

const VIEWS = ['overview', 'funds', 'projects', 'training', 'sales', 'outcomes', 'compare', 'source', 'print'];
const LANGS = ['zh', 'en'];
const EMBEDS = ['overview', 'funds-by-source', 'training-pairings', 'projects-timeline'];

/** Waits until every chart on the page is drawn by the app. */
const chartsDrawn = (page) =>
  page.waitForFunction(() =>
    [...document.querySelectorAll('[data-chart-id]')].every(
      (c) => c.dataset.empty === 'true' || c.querySelector('.chart-svg svg'),
    ),
  );

for (const lang of LANGS) {
  for (const theme of ['light', 'dark']) {
    for (const target of [...VIEWS.map((v) => `view=${v}`), ...EMBEDS.map((e) => `embed=${e}`)]) {
      if (theme === 'dark' && target.startsWith('embed=')) continue;
      const query = `?${target}&lang=${lang}&theme=${theme}&care=on`;
      test(`care mode passes axe with AAA contrast on ${query}`, async () => {
        const { page, problems } = await app.open(query);
        await page.waitForSelector('main, .embed');
        await chartsDrawn(page);
        assert.equal(await page.getAttribute('html', 'data-care'), 'on');
        assert.deepEqual(await axeViolations(page, { aaa: true }), []);
        assertNoProblems(problems);
        await page.close();
      });
    }
  }
}

/** Measures the page: sideways scroll, text sizes, chart magnification, small targets. */
const measure = (page) =>
  page.evaluate(() => {
    const visible = (e) => {
      const r = e.getBoundingClientRect();
      return r.width > 0 && r.height > 0 && getComputedStyle(e).visibility !== 'hidden';
    };
    // How much each chart's text is magnified: its drawn width over its laid-out width.
    const zooms = [...document.querySelectorAll('.chart-svg svg')].map(
      (svg) => svg.getBoundingClientRect().width / svg.viewBox.baseVal.width,
    );
    const small = [...document.querySelectorAll('button:not(.chart-mark), select, [role="tab"], .site-nav a')]
      .filter(visible)
      .filter((e) => !e.closest('[hidden], dialog:not([open])'))
      .map((e) => ({ e, r: e.getBoundingClientRect() }))
      .filter(({ r }) => r.width < 43.5 || r.height < 43.5)
      .map(({ e, r }) => `${e.tagName.toLowerCase()}.${e.className} "${e.textContent.trim().slice(0, 20)}" ${Math.round(r.width)}×${Math.round(r.height)}`);
    const texts = [...document.querySelectorAll('main *, header *, footer *')]
      .filter((e) => [...e.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim()))
      .filter(visible)
      .filter((e) => !e.closest('svg, .visually-hidden'));
    const smallestText = Math.min(...texts.map((e) => parseFloat(getComputedStyle(e).fontSize)));
    const lineHeights = texts.map((e) => {
      const style = getComputedStyle(e);
      return parseFloat(style.lineHeight) / parseFloat(style.fontSize);
    });
    return {
      scrollWidth: document.scrollingElement.scrollWidth,
      innerWidth: window.innerWidth,
      rootFont: parseFloat(getComputedStyle(document.documentElement).fontSize),
      zooms,
      small,
      smallestText,
      smallestLineHeight: Math.min(...lineHeights.filter((v) => Number.isFinite(v))),
    };
  });

for (const lang of LANGS) {
  for (const view of VIEWS) {
    test(`care mode: ${view} (${lang}) at 320 px has no sideways scroll, larger text and large targets`, async () => {
      const { page, problems } = await app.open(`?view=${view}&lang=${lang}&care=on`, { width: 320, height: 800 });
      await page.waitForSelector('main');
      await chartsDrawn(page);
      const m = await measure(page);
      assert.ok(m.scrollWidth <= m.innerWidth, `scrollWidth ${m.scrollWidth} > ${m.innerWidth}`);
      assert.ok(m.rootFont >= 16 * 1.3 - 0.01, `root font ${m.rootFont}px`);
      // The smallest text of the normal page is 0.8rem (12.8 px): now at least 1.3× that.
      assert.ok(m.smallestText >= 12.8 * 1.3 - 0.01, `smallest text ${m.smallestText}px`);
      assert.ok(m.smallestLineHeight >= 1.3, `line height ${m.smallestLineHeight}`);
      // Charts too: laid out at their width ÷ 1.3 (crates/charts/src/render) and magnified back.
      // (The compare view without a second report and the source view have no chart.)
      if (!['compare', 'source'].includes(view)) assert.ok(m.zooms.length > 0, 'no chart measured');
      for (const zoom of m.zooms) assert.ok(zoom >= 1.3 - 0.005, `a chart drawn at ${zoom}×`);
      assert.deepEqual(m.small, [], 'targets smaller than 44 px');
      assertNoProblems(problems);
      await page.close();
    });
  }
}

test('care mode screenshots at 320, 375 and 1280 px in both languages', async () => {
  for (const lang of LANGS) {
    for (const width of [320, 375, 1280]) {
      for (const view of ['overview', 'funds', 'projects', 'sales']) {
        const { page, problems } = await app.open(`?view=${view}&lang=${lang}&care=on`, { width, height: 900 });
        await chartsDrawn(page);
        await shot(page, `care-${view}-${lang}-${width}`);
        assertNoProblems(problems);
        await page.close();
      }
    }
  }
});

test('the header switch turns care mode on and off, and links keep it', async () => {
  const { page, problems } = await app.open('?view=funds&lang=en');
  await chartsDrawn(page);
  const before = await page.evaluate(() => document.querySelector('.chart-svg svg').getAttribute('height'));
  const toggle = page.locator('[data-action="care-mode"]');
  assert.equal(await toggle.getAttribute('aria-pressed'), 'false');
  await toggle.click();
  assert.equal(await toggle.getAttribute('aria-pressed'), 'true');
  await page.waitForFunction(() => new URLSearchParams(location.search).get('care') === 'on');
  assert.equal(await page.getAttribute('html', 'data-care'), 'on');
  await page.waitForFunction(
    (h) => document.querySelector('.chart-svg svg').getAttribute('height') !== h,
    before,
  );
  const m = await measure(page);
  for (const zoom of m.zooms) assert.ok(zoom >= 1.29, `a chart drawn at ${zoom}×`);
  // The navigation links keep care mode.
  assert.match(await page.getAttribute('.site-nav a[data-view="training"]', 'href'), /care=on/);
  await toggle.click();
  await page.waitForFunction(() => !new URLSearchParams(location.search).has('care'));
  assert.equal(await page.getAttribute('html', 'data-care'), null);
  assertNoProblems(problems);
  await page.close();
});

test('share links and embed snippets keep care mode; an embed shows it', async () => {
  const { page, problems } = await app.open('?view=funds&lang=en&care=on');
  await chartsDrawn(page);
  await page.click('[data-action="share-page"]');
  const pageLink = await page.locator('[data-testid="share-dialog"] textarea').first().inputValue();
  assert.match(pageLink, /[?&]care=on(&|$)/);
  await page.keyboard.press('Escape');
  const chart = page.locator('[data-chart-id="funds-by-source"]');
  await chart.locator('[data-action="share"]').click();
  assert.match(await chart.locator('[data-testid="share-dialog"] textarea').first().inputValue(), /care=on/);
  await page.keyboard.press('Escape');
  await chart.locator('[data-action="embed"]').click();
  const snippet = await chart.locator('[data-testid="embed-dialog"] textarea').first().inputValue();
  assert.match(snippet, /embed=funds-by-source[^"]*care=on/);
  assertNoProblems(problems);
  await page.close();

  const embed = await app.open('?embed=funds-by-source&lang=en&care=on');
  await chartsDrawn(embed.page);
  assert.equal(await embed.page.getAttribute('html', 'data-care'), 'on');
  const m = await measure(embed.page);
  assert.ok(m.zooms.length === 1 && m.zooms[0] >= 1.29, `embed chart drawn at ${m.zooms[0]}×`);
  assert.equal(await embed.page.locator('[data-action="read-aloud"]').count(), 1);
  assertNoProblems(embed.problems);
  await embed.page.close();
});

/** A speechSynthesis that records what it is asked to say, with the given voices. */
function stubSpeech(voices) {
  const spoken = (window.__spoken = []);
  window.SpeechSynthesisUtterance = class {
    constructor(text) {
      this.text = text;
      this.lang = '';
      this.voice = null;
      this.onend = null;
      this.onerror = null;
    }
  };
  const synth = {
    getVoices: () => voices.map((v) => ({ default: false, localService: true, voiceURI: v.name, ...v })),
    speak: (u) => spoken.push({ text: u.text, lang: u.lang, voice: u.voice && u.voice.lang }),
    cancel: () => {},
  };
  Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
}

/** Opens `query` with speech stubbed before any script runs. */
async function openWithSpeech(query, voices) {
  const opened = await app.open(query);
  await opened.page.addInitScript(stubSpeech, voices);
  await opened.page.reload();
  await appStarted(opened.page);
  await chartsDrawn(opened.page);
  return opened;
}

const VOICES = [
  { lang: 'en-US', name: 'English' },
  { lang: 'zh-CN', name: '中文' },
];

test('read aloud speaks a chart summary and a headline figure with a voice of the language', async () => {
  for (const lang of LANGS) {
    const { page, problems } = await openWithSpeech(`?lang=${lang}&care=on`, VOICES);
    const chart = page.locator('[data-chart-id]').first();
    const summary = (await chart.locator('.chart-summary').textContent()).trim();
    assert.ok(summary.length > 10);
    await chart.locator('[data-action="read-aloud"]').click();
    const spoken = await page.evaluate(() => window.__spoken);
    const wanted = lang === 'zh' ? { lang: 'zh-CN', voice: 'zh-CN' } : { lang: 'en', voice: 'en-US' };
    assert.deepEqual(spoken, [{ text: summary, ...wanted }]);
    // The button now stops the reading.
    assert.equal(await chart.locator('[data-action="read-aloud"]').getAttribute('aria-pressed'), 'true');
    await chart.locator('[data-action="read-aloud"]').click();
    assert.equal(await chart.locator('[data-action="read-aloud"]').getAttribute('aria-pressed'), 'false');

    const card = page.locator('[data-figure-id]').first();
    const label = (await card.locator('.figure-label').textContent()).trim();
    const value = (await card.locator('.figure-value').textContent()).trim();
    await card.locator('[data-action="read-aloud"]').click();
    const said = (await page.evaluate(() => window.__spoken))[1].text;
    assert.ok(said.startsWith(label) && said.includes(value), said);
    assertNoProblems(problems);
    await page.close();
  }
});

test('read aloud says so when the device has no voice for the language', async () => {
  const { page, problems } = await openWithSpeech('?view=funds&care=on', [{ lang: 'en-US', name: 'English' }]);
  const chart = page.locator('[data-chart-id="funds-by-source"]');
  await chart.locator('[data-action="read-aloud"]').click();
  assert.deepEqual(await page.evaluate(() => window.__spoken), []);
  assert.match(await chart.locator('.read-aloud-status').textContent(), /没有中文朗读语音/);
  assert.equal(await chart.locator('[data-action="read-aloud"]').isEnabled(), true);
  assertNoProblems(problems);
  await page.close();
});

test('read-aloud buttons are shown only in care mode', async () => {
  const { page, problems } = await app.open('?lang=en');
  await chartsDrawn(page);
  assert.equal(await page.locator('[data-action="read-aloud"]').count(), 0);
  assertNoProblems(problems);
  await page.close();
});
