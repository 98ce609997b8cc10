// The pre-rendered pages (crates/build, public/prerender.js): every shareable address paints
// from static HTML, in its language, without the app; the first view stays small; the app
// starts on the reader's first press and takes the page over without moving it.

import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { assertNoProblems, shot } from './lib/browser.mjs';
import { useApp } from './lib/setup.mjs';

const app = useApp({ gzip: true });

/** Every pre-rendered page, as its address: pages/view-training.en.html → ?view=training&lang=en. */
function addresses(dist) {
  // (not the gzipped copies ./dev build leaves beside them)
  const pages = readdirSync(join(dist, 'pages')).filter((file) => file.endsWith('.html'));
  return pages.map((file) => {
    const [, kind, name, lang] = file.match(/^(view|embed)-([a-z0-9-]+)\.(zh|en)\.html$/);
    const params = new URLSearchParams();
    if (kind === 'embed') params.set('embed', name);
    else if (name !== 'overview') params.set('view', name);
    if (lang === 'en') params.set('lang', lang);
    return { file, kind, name, lang, query: `?${params}` };
  });
}

/** What the reader sees once the page has painted, read without the app. */
const shown = (page) =>
  page.evaluate(() => {
    const root = document.getElementById('app');
    const cards = [...root.querySelectorAll('[data-chart-id]')];
    return {
      lang: document.documentElement.lang,
      title: document.title,
      embed: root.querySelector('[data-embed]')?.dataset.embed ?? null,
      visible: root.getBoundingClientRect().height > 0,
      cards: cards.length,
      drawn: cards.filter((c) => [...c.querySelectorAll('.chart-svg svg')].some((s) => s.getBoundingClientRect().width > 0)).length,
      text: root.textContent,
      app: !!window.aidImpact,
    };
  });

test('every shareable address paints its own page, in its language, with no app and no flash of another', async () => {
  const pages = addresses(app.dist);
  assert.ok(pages.length >= 40, `${pages.length} pre-rendered pages`);
  const { page, problems } = await app.open('', { app: false, width: 375, height: 800 });
  // Which pre-rendered page each frame showed before it was painted: only the address's own
  // (prerender.js hides index.html's Chinese overview before the first paint).
  await page.context().addInitScript(() => {
    window.__painted = new Set();
    const look = () => {
      const root = document.getElementById('app');
      if (root && root.getBoundingClientRect().height > 0) window.__painted.add(root.dataset.page);
      requestAnimationFrame(look);
    };
    requestAnimationFrame(look);
  });
  const requested = [];
  page.on('request', (r) => requested.push(new URL(r.url()).pathname));
  for (const address of pages) {
    requested.length = 0;
    await page.goto(new URL(address.query, app.url).href);
    await page.waitForFunction(() => !document.documentElement.classList.contains('prerender-off'));
    const state = await shown(page);
    const where = address.query;
    assert.equal(state.lang, address.lang === 'en' ? 'en' : 'zh-CN', where);
    assert.ok(state.visible, `${where}: nothing shown`);
    if (address.kind === 'embed') assert.equal(state.embed, address.name, where);
    assert.equal(state.drawn, state.cards, `${where}: a chart is not drawn`);
    if (address.name !== 'overview' && address.name !== 'source') assert.ok(state.cards > 0, `${where}: no chart`);
    // The page's own words, in its language.
    const fragment = readFileSync(join(app.dist, 'pages', address.file), 'utf8');
    const heading = fragment.match(/<h[12][^>]*>([^<]+)</)[1];
    assert.ok(state.text.includes(heading.replaceAll('&amp;', '&')), `${where}: ${heading}`);
    assert.equal(state.app, false, where);
    // At least one frame drawn since the page was shown (a loaded machine may not have had one).
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    const painted = await page.evaluate(() => [...window.__painted]);
    assert.deepEqual(painted, [address.file.replace('.html', '')], `${where}: painted ${painted}`);
    assert.ok(!requested.some((p) => p.endsWith('.wasm') || p.endsWith('boot.js')), `${where}: the app was loaded`);
  }
  assertNoProblems(problems);
  await page.close();
});

test("the first view's whole transfer stays under 150 KiB on every address", async () => {
  const { page, problems } = await app.open('', { app: false });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  let bytes = 0;
  cdp.on('Network.loadingFinished', (event) => {
    bytes += event.encodedDataLength;
  });
  const worst = { bytes: 0, query: '' };
  for (const address of addresses(app.dist)) {
    bytes = 0;
    await page.goto(new URL(address.query, app.url).href, { waitUntil: 'networkidle' });
    if (bytes > worst.bytes) Object.assign(worst, { bytes, query: address.query });
  }
  assert.ok(worst.bytes > 10_000, `measured ${worst.bytes} bytes`);
  assert.ok(worst.bytes <= 150 * 1024, `${worst.query}: ${(worst.bytes / 1024).toFixed(1)} KiB`);
  assertNoProblems(problems);
  await page.close();
});

test('the first press starts the app, which takes the page over and does what was pressed', async () => {
  const { page, problems } = await app.open('?view=training&lang=en', { app: false, width: 375, height: 800 });
  assert.equal(await page.evaluate(() => !!window.aidImpact), false);
  await page.click('#training-by-group-tab-table');
  await page.waitForFunction(() => window.aidImpact);
  await page.waitForFunction(() => new URLSearchParams(location.search).get('tab') === 'table');
  assert.equal(await page.getAttribute('#training-by-group-tab-table', 'aria-selected'), 'true');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'training-by-group-tab-table');
  await page.locator('#training-by-group-table table').waitFor();
  assertNoProblems(problems);
  await page.close();
});

test('a unit chosen before the app has started is applied when it has', async () => {
  const { page, problems } = await app.open('?view=funds&lang=en', { app: false });
  await page.selectOption('[data-testid="unit-select"]', 'yuan');
  await page.waitForFunction(() => new URLSearchParams(location.search).get('unit') === 'yuan');
  assert.equal(await page.inputValue('[data-testid="unit-select"]'), 'yuan');
  assertNoProblems(problems);
  await page.close();
});

for (const [width, height] of [[375, 800], [1280, 900]]) {
  test(`the app takes the page over without moving it (${width} px)`, async () => {
    for (const query of ['?', '?view=funds&lang=en', '?view=projects', '?embed=outcomes-income&lang=en']) {
      const { page, problems } = await app.open(query, { app: false, width, height });
      await page.waitForFunction(() => !document.documentElement.classList.contains('prerender-off'));
      await page.evaluate(() => {
        window.__shift = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__shift += entry.value;
        }).observe({ type: 'layout-shift' });
      });
      await page.evaluate(() => window.aidImpactStart());
      // Charts are redrawn at their measured width after the first frame.
      await page.waitForTimeout(500);
      const shift = await page.evaluate(() => window.__shift);
      assert.ok(shift <= 0.02, `${query} at ${width} px: layout shift ${shift.toFixed(3)}`);
      if (query === '?view=funds&lang=en') await shot(page, `takeover-funds-en-${width}`);
      assertNoProblems(problems);
      await page.close();
    }
  });
}

test('an address with no pre-rendered page shows a loading line in its language, then the app', async () => {
  const { page, problems } = await app.open('?view=compare&lang=en', { app: false });
  await page.waitForFunction(() => window.aidImpact);
  await page.locator('.compare-view').waitFor();
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
  assertNoProblems(problems);
  await page.close();
});

test('a tap on a chart before the app has started shows its tooltip once it has', async () => {
  const { page, problems } = await app.open('?view=funds&lang=en', { app: false, width: 375, height: 800 });
  await page.waitForFunction(() => !document.documentElement.classList.contains('prerender-off'));
  const plot = page.locator('[data-chart-id="funds-by-source"] .chart-plot');
  const box = await plot.boundingBox();
  // A finger touching down to scroll does not load the app; a tap does.
  await plot.dispatchEvent('pointerdown', { pointerType: 'touch' });
  assert.equal(await page.evaluate(() => window.aidImpactStarted), undefined);
  await page.mouse.click(box.x + box.width / 2, box.y + 40);
  await page.waitForFunction(() => window.aidImpact);
  await page.locator('[data-chart-id="funds-by-source"] .chart-tooltip:not([hidden])').waitFor();
  assert.equal(await page.locator('.crash').count(), 0);
  assertNoProblems(problems);
  await page.close();
});

test('a page that arrives after the app has started does not replace it', async () => {
  const page = await app.browser.newPage();
  const problems = [];
  page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
  // The page is slow; the address names a chart, so the app starts at once and draws it.
  await page.route('**/pages/view-training.en.html', async (route) => {
    await new Promise((ok) => setTimeout(ok, 3000));
    await route.continue();
  });
  await page.goto(new URL('?view=training&lang=en&chart=training-by-group', app.url).href);
  await page.waitForFunction(() => window.aidImpact);
  await page.waitForTimeout(3500);
  await page.click('#training-by-group-tab-table');
  await page.locator('#training-by-group-table table').waitFor();
  assert.equal(await page.evaluate(() => document.getElementById('app').dataset.page), undefined);
  assert.deepEqual(problems, []);
  await page.close();
});

test("the app's page carries the language it shows, not the pre-rendered one's", async () => {
  const { page, problems } = await app.open('?view=funds', { app: false });
  await page.click('.lang-switch button[data-lang="en"]');
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  const root = await page.evaluate(() => document.getElementById('app').getAttribute('lang'));
  assert.ok(root === null || root === 'en', `#app lang=${root}`);
  assertNoProblems(problems);
  await page.close();
});

test('a link as WeChat shares it, and an old link, still paint their pre-rendered page', async () => {
  const { page, problems } = await app.open('', { app: false });
  for (const [query, expected] of [
    ['?view=funds&lang=en&from=singlemessage&isappinstalled=0', 'view-funds.en'],
    ['?page=training&language=en', 'view-training.en'],
    ['?embed=outcomes-income&theme=dark', 'embed-outcomes-income.zh'],
  ]) {
    await page.goto(new URL(query, app.url).href);
    await page.waitForFunction(() => !document.documentElement.classList.contains('prerender-off'));
    assert.equal(await page.evaluate(() => document.getElementById('app').dataset.page), expected, query);
    assert.equal(await page.evaluate(() => !!window.aidImpactStarted), false, query);
  }
  assertNoProblems(problems);
  await page.close();
});

/** The page as the document shows it: its language, colours and care mode, and what it is. */
const reading = (page) =>
  page.evaluate(() => {
    const root = document.documentElement;
    const embed = document.querySelector('main[data-embed]')?.dataset.embed;
    const view = document.querySelector('section.theme-view[data-view]')?.dataset.view;
    return {
      lang: root.lang,
      theme: root.dataset.theme ?? 'auto',
      care: root.dataset.care === 'on',
      shows: embed ? `embed ${embed}` : view ?? (document.querySelector('.report-head') ? 'overview' : null),
    };
  });

test('repeated and invalid keys paint the page the app then shows, before and after it starts', async () => {
  // The address; the pre-rendered page it paints (null: the loading line, the app's to draw);
  // what both then show.
  const cases = [
    ['?care=x&care=on', null, { lang: 'zh-CN', theme: 'auto', care: true, shows: 'overview' }],
    ['?theme=x&theme=dark', 'view-overview.zh', { lang: 'zh-CN', theme: 'dark', care: false, shows: 'overview' }],
    ['?lang=fr&lang=en', 'view-overview.en', { lang: 'en', theme: 'auto', care: false, shows: 'overview' }],
    ['?view=nope&view=funds&lang=en', 'view-funds.en', { lang: 'en', theme: 'auto', care: false, shows: 'funds' }],
    ['?embed=Funds&embed=overview', 'embed-overview.zh', { lang: 'zh-CN', theme: 'auto', care: false, shows: 'embed overview' }],
    ['?language=en&lang=zh&page=sales', 'view-sales.en', { lang: 'en', theme: 'auto', care: false, shows: 'sales' }],
    ['?embed=funds-by-source&view=edit', 'embed-funds-by-source.zh', { lang: 'zh-CN', theme: 'auto', care: false, shows: 'embed funds-by-source' }],
  ];
  for (const [query, painted, expected] of cases) {
    const { page, problems } = await app.open(query, { app: false });
    await page.waitForFunction(() => !document.documentElement.classList.contains('prerender-off') || window.aidImpactStarted);
    const before = await page.evaluate(() => document.getElementById('app')?.dataset.page ?? null);
    assert.equal(before, painted, `${query}: the page painted`);
    if (painted) {
      assert.deepEqual(await reading(page), expected, `${query}: before the app starts`);
      await page.evaluate(() => window.aidImpactStart());
    }
    await page.waitForFunction(() => window.aidImpact && !document.documentElement.classList.contains('app-starting'));
    assert.deepEqual(await reading(page), expected, `${query}: once the app has started`);
    const editor = await page.evaluate(() => performance.getEntriesByType('resource').some((r) => r.name.includes('aid-impact-editor')));
    assert.equal(editor, false, `${query}: the editor is not downloaded`);
    assertNoProblems(problems);
    await page.close();
  }
});

test('the mouse over a chart starts the app, whose tooltip then follows it; over text it does not', async () => {
  const { page, problems } = await app.open('?view=funds&lang=en', { app: false });
  await page.waitForFunction(() => !document.documentElement.classList.contains('prerender-off'));
  const heading = await page.locator('h1').boundingBox();
  await page.mouse.move(heading.x + 5, heading.y + 5);
  await page.waitForTimeout(200);
  assert.equal(await page.evaluate(() => window.aidImpactStarted), undefined, 'started over a heading');
  const plot = await page.locator('[data-chart-id="funds-by-source"] .chart-plot').boundingBox();
  await page.mouse.move(plot.x + plot.width / 2, plot.y + 40);
  await page.waitForFunction(() => window.aidImpact);
  await page.waitForTimeout(100);
  await page.mouse.move(plot.x + plot.width / 2 - 20, plot.y + 40);
  await page.locator('[data-chart-id="funds-by-source"] .chart-tooltip:not([hidden])').waitFor();
  assertNoProblems(problems);
  await page.close();
});
