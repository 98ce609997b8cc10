// Performance benchmark (a script, not a test), in two parts; one run prints both.
//
//   cd tests/e2e && node bench.mjs [--runs N] [--lh-runs M] [--all]
//
// 1. Playwright, on a throttled mobile profile (CDP: 150 ms latency, 1.6 Mbit/s down,
//    750 kbit/s up, no cache, 4× CPU slowdown, 375×800 @2×, touch), a fresh context per run.
//    Every shareable address is a page pre-rendered at build time (crates/build) and the app is
//    not loaded with it (public/prerender.js); two of them are measured (FIRST_VIEWS):
//    - the default address, its page in index.html, against its "floor": the same index.html
//      with every script removed (plain HTML + CSS + inline SVG);
//    - ?view=training&lang=en, whose page prerender.js fetches from pages/ (no floor).
//    First view: FCP, first chart and all charts painted (the page's chart cards, counted in
//    its pre-rendered file, each with a laid-out SVG: the time of the animation frame that
//    paints it, while FCP is when its frame reached the screen, a little later), layout shift,
//    transfer. Then press → app ready: a tap on a control only the app can handle (the overview
//    has no chart tabs: a figure's source toggle there; the first chart's Table tab on the
//    training view) starts the app (boot.js, the wasm), which mounts and replays the tap; the
//    time until it has done so, and the bytes the app adds. Then, on the default page only,
//    with the app running: view switches, language switches, a tooltip, memory after every
//    view. N rounds (default 5) of default page, floor, training page. Timestamps are taken in
//    the page (performance.now(), i.e. since navigation start) by a recorder installed with
//    addInitScript. Last, a cost curve over synthetic reports of growing size (`?data=`
//    addresses, which start the app at once).
// 2. Lighthouse (lib/lighthouse.mjs: 12.2.3, mobile preset) side by side with two anchors, the
//    same charts drawn by ECharts 5.6 (SVG renderer) and as static SVG without any script (the
//    floor), built from <repo>/../shared/anchors (or $ANCHORS; skipped, with a note, when it is
//    missing). M runs of each page (default 3), in rounds of floor, ECharts, app pages, so the
//    machine's noise spreads over all of them. The app's pages are served with the strict CSP
//    of the browser tests; by default a representative set of addresses (LH_PAGES), with --all
//    every shareable one: the overview and each view, and the embed of each chart and of the
//    overview, in zh and en.
//
// Both serve a private copy of dist ($DIST or <repo>/dist) with gzip on 127.0.0.1; the reader's
// and the editor's wasm are also measured after `gzip -9`, as ./dev build compresses them. Prints
// medians and ratios, writes every number to <repo>/target/bench/latest.json, and rewrites the
// latest run in <repo>/docs/performance.md, adding a line to its history (lib/bench-report.mjs).
// Exits 0 whatever the numbers are; exits 1 only when there is no built app to measure.

import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { ECHARTS_PAGE, FLOOR_PAGE, updatePerformancePage } from './lib/bench-report.mjs';
import { CHROMIUM_ARGS, CHROMIUM_PATH, launchBrowser, REPO_ROOT } from './lib/browser.mjs';
import { LIGHTHOUSE_SETTINGS, startLighthouse } from './lib/lighthouse.mjs';
import { serve } from './lib/server.mjs';
import { STRICT_CSP } from './lib/setup.mjs';
import { syntheticCounts, syntheticReport } from './lib/synthetic.mjs';

const DIST = process.env.DIST ? resolve(process.env.DIST) : join(REPO_ROOT, 'dist');
const OUT_DIR = join(REPO_ROOT, 'target', 'bench');
const PERFORMANCE_PAGE = join(REPO_ROOT, 'docs', 'performance.md');
const RUN_TIMEOUT_MS = 90_000;
const PRESS_TIMEOUT_MS = 45_000;
const SETTLE_MS = 500;
const MiB = 1024 * 1024;

export const PROFILE = {
  name: 'mobile (throttled)',
  viewport: { width: 375, height: 800 },
  deviceScaleFactor: 2,
  isMobile: true,
  hasTouch: true,
  network: {
    offline: false,
    latency: 150,
    downloadThroughput: (1.6 * 1024 * 1024) / 8,
    uploadThroughput: (750 * 1024) / 8,
  },
  cpuThrottlingRate: 4,
  cacheDisabled: true,
};

/**
 * The first views measured. `page` is the pre-rendered page the address shows (the
 * `data-page` of its `<div id="app">`, file pages/<page>.html); `press` is what the reader taps
 * first, and `pressed` the attribute the app sets to "true" once it has done it (and shown what
 * the control's aria-controls names). Only the default page has a floor and is used further.
 */
const DEFAULT_VIEW = {
  name: 'default',
  address: '',
  page: 'view-overview.zh',
  press: '#app .figure-source-toggle',
  pressed: 'aria-expanded',
};
const FETCHED_VIEW = {
  name: 'fetched',
  address: '?view=training&lang=en',
  page: 'view-training.en',
  press: '#app [data-chart-id] [data-tab="table"]',
  pressed: 'aria-selected',
};
const FIRST_VIEWS = [DEFAULT_VIEW, FETCHED_VIEW];

/** The views switched to once the app has started, in this order (all in Chinese, as the default). */
const VIEW_SWITCHES = ['funds', 'projects', 'training', 'sales', 'outcomes'];
/** Every page whose chart cards are counted (pages/<page>.html): what the runs wait for. */
const COUNTED_PAGES = [
  ...new Set([...FIRST_VIEWS.map((v) => v.page), ...VIEW_SWITCHES.map((v) => `view-${v}.zh`), 'view-print.zh']),
];

/** The cost curve: synthetic reports with this many copies of every figure, project, pairing. */
const SCALES = [1, 10, 100, 1000];
const SCALE_TIMEOUT_MS = 240_000;

/** Lighthouse's default app addresses: the first screen in both languages, and one of each kind of page. */
const LH_PAGES = [
  '?',
  '?lang=en',
  '?view=training&lang=en',
  '?view=funds',
  '?view=source',
  '?view=print&lang=en',
  '?embed=outcomes-income&lang=en',
  '?embed=overview',
];
/** With --all, these views besides the overview (compare needs a second report: not a page of its own). */
const LH_VIEWS = ['funds', 'projects', 'training', 'sales', 'outcomes', 'source', 'print'];

const E2E_DIR = dirname(fileURLToPath(import.meta.url));
const ANCHORS = process.env.ANCHORS ? resolve(process.env.ANCHORS) : join(REPO_ROOT, '..', 'shared', 'anchors');
const ANCHOR_FILES = ['echarts.html', 'charts.js', 'make-static.js'];

// ---------------------------------------------------------------------------------------------
// arguments, dist

const USAGE = `usage: node bench.mjs [--runs N] [--lh-runs M] [--all]
  --runs N      Playwright: N rounds of the default page, its floor and ${FETCHED_VIEW.address} (default 5)
  --lh-runs M   Lighthouse: M runs of each page (default 3)
  --all         Lighthouse on every shareable address, not only a representative set`;

function parseArgs(argv) {
  const opts = { runs: 5, lhRuns: 3, all: false };
  const counts = { '--runs': 'runs', '--lh-runs': 'lhRuns' };
  for (let i = 0; i < argv.length; i++) {
    const eq = argv[i].indexOf('=');
    const [arg, inline] = argv[i].startsWith('--') && eq > 0 ? [argv[i].slice(0, eq), argv[i].slice(eq + 1)] : [argv[i], undefined];
    if (arg === '--help' || arg === '-h') {
      console.log(USAGE);
      process.exit(0);
    } else if (arg === '--all' && inline === undefined) opts.all = true;
    else if (Object.hasOwn(counts, arg)) {
      const value = inline ?? argv[++i];
      const n = Number(value);
      if (!Number.isInteger(n) || n < 1) {
        console.error(`bench.mjs: ${arg} needs a positive integer, got ${JSON.stringify(value)}`);
        process.exit(2);
      }
      opts[counts[arg]] = n;
    } else {
      console.error(`bench.mjs: unknown argument ${argv[i]}\n${USAGE}`);
      process.exit(2);
    }
  }
  return opts;
}

// (the stylesheet and the app have content-hashed names, which index.html gives)
const REQUIRED = ['index.html', 'favicon.svg', 'prerender.js', 'boot.js'];

function missingFromDist() {
  return REQUIRED.filter((f) => !existsSync(join(DIST, f)));
}

/**
 * A private copy of dist/, so a rebuild during the benchmark cannot mix two builds. Retries a
 * few times when files vanish mid-copy (someone is rebuilding).
 */
async function snapshotDist(into) {
  let lastError;
  for (let attempt = 0; attempt < 5; attempt++) {
    const missing = missingFromDist();
    if (missing.length === 0) {
      try {
        await rm(into, { recursive: true, force: true });
        await cp(DIST, into, { recursive: true });
        if (REQUIRED.every((f) => existsSync(join(into, f)))) return;
        lastError = new Error('files vanished during the copy');
      } catch (err) {
        lastError = err;
      }
    } else lastError = new Error(`missing ${missing.join(', ')}`);
    await new Promise((ok) => setTimeout(ok, 3000));
  }
  throw lastError;
}

/**
 * The reader's and the editor's wasm in `appDir`: file, bytes, and bytes after `gzip -9` (what
 * ./dev build leaves beside them for servers that send them as they are); null when missing.
 */
async function wasmSizes(appDir) {
  const files = await readdir(appDir);
  const measure = async (pattern) => {
    const file = files.find((f) => pattern.test(f));
    if (!file) return null;
    const path = join(appDir, file);
    const { stdout } = await promisify(execFile)('gzip', ['-9', '--no-name', '--stdout', path], { encoding: 'buffer', maxBuffer: 256 * MiB });
    return { file, bytes: (await stat(path)).size, gzipBytes: stdout.length };
  };
  return { reader: await measure(/^aid-impact-[0-9a-f]+_bg\.wasm$/), editor: await measure(/^aid-impact-editor-[0-9a-f]+_bg\.wasm$/) };
}

/**
 * The number of chart cards of each pre-rendered page in `appDir` (pages/<page>.html): what the
 * first view waits for, and the app's views after it (the same components draw both).
 */
async function chartCounts(appDir) {
  const counts = {};
  for (const page of COUNTED_PAGES) {
    const file = join('pages', `${page}.html`);
    const html = await readFile(join(appDir, file), 'utf8').catch(() => null);
    if (html === null) throw new Error(`no ${file}`);
    if (!html.includes(`data-page="${page}"`)) throw new Error(`${file} is not the pre-rendered page ${page}`);
    counts[page] = (html.match(/data-chart-id=/g) ?? []).length;
    if (counts[page] === 0) throw new Error(`${file} has no chart`);
  }
  return counts;
}

/**
 * The floor page: dist's index.html without any <script> element and without module/resource
 * preloads, plus its stylesheet and icon. It must hold the default page, with its charts.
 */
async function buildFloor(appDir, floorDir, charts) {
  await mkdir(floorDir, { recursive: true });
  const html = await readFile(join(appDir, 'index.html'), 'utf8');
  // (its content-hashed name, as index.html links it)
  const css = /<link rel="stylesheet" href="(?:\.\/)?([^"]+\.css)"/.exec(html)?.[1];
  if (!css) throw new Error('index.html links no stylesheet');
  await cp(join(appDir, css), join(floorDir, css));
  await cp(join(appDir, 'favicon.svg'), join(floorDir, 'favicon.svg'));
  const floor = html
    .replace(/[ \t]*<script\b[^>]*>[\s\S]*?<\/script\s*>[ \t]*\r?\n?/gi, '')
    .replace(/[ \t]*<link\b(?=[^>]*\brel\s*=\s*["']?(?:modulepreload|preload)\b)[^>]*>[ \t]*\r?\n?/gi, '');
  const problems = [];
  if (/<script\b/i.test(floor)) problems.push('a <script> is left');
  if (/\brel\s*=\s*["']?(?:modulepreload|preload)\b/i.test(floor)) problems.push('a preload is left');
  if (!floor.includes('id="app"')) problems.push('no <div id="app"> (no pre-rendered page)');
  if (!floor.includes(`data-page="${DEFAULT_VIEW.page}"`)) problems.push(`not the page ${DEFAULT_VIEW.page}`);
  const found = (floor.match(/data-chart-id=/g) ?? []).length;
  const expected = charts[DEFAULT_VIEW.page];
  if (found !== expected) problems.push(`${found} pre-rendered charts, pages/${DEFAULT_VIEW.page}.html has ${expected}`);
  await writeFile(join(floorDir, 'index.html'), floor);
  return { bytes: Buffer.byteLength(floor), problems };
}

// ---------------------------------------------------------------------------------------------
// in-page code (serialised by Playwright: must not close over anything)

/**
 * Installed before any page script. Records when the reader first presses and when the app has
 * mounted (boot.js sets window.aidImpact), and adds wait helpers. With `first`
 * ({ page, charts }), also the first view of that pre-rendered page: FCP, when it is shown,
 * when its first chart and all `charts` charts are painted (checked in every animation frame:
 * a chart card with a laid-out SVG), and its layout shift before the press.
 */
function recorder(first) {
  if (window !== window.top) return;
  const bench = (window.__bench = {
    fcp: null,
    domContentLoaded: null,
    shown: null,
    firstChart: null,
    allCharts: null,
    layoutShift: 0,
    pressAt: null,
    mountedAt: null,
  });
  addEventListener('DOMContentLoaded', () => (bench.domContentLoaded = performance.now()), { once: true });
  // The press's own time stamp: when the input came in, however busy the page then was.
  for (const type of ['pointerdown', 'touchstart', 'mousedown', 'keydown']) {
    addEventListener(type, (event) => (bench.pressAt ??= event.timeStamp), { capture: true, passive: true });
  }
  let app;
  Object.defineProperty(window, 'aidImpact', {
    configurable: true,
    get: () => app,
    set: (value) => {
      app = value;
      bench.mountedAt ??= performance.now();
    },
  });
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (e.name === 'first-contentful-paint') bench.fcp = e.startTime;
    }).observe({ type: 'paint', buffered: true });
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        if (!e.hadRecentInput && e.startTime < (bench.pressAt ?? Infinity)) bench.layoutShift += e.value;
      }
    }).observe({ type: 'layout-shift', buffered: true });
  } catch {
    // no paint or layout-shift timing: fcp stays null, layoutShift 0
  }

  if (first) {
    const drawn = (card) => [...card.querySelectorAll('.chart-svg svg')].some((svg) => svg.getBoundingClientRect().width > 0);
    const frame = () => {
      const root = document.getElementById('app');
      // This page, laid out (index.html's overview is hidden while another address's page loads).
      if (root?.dataset.page === first.page && root.getBoundingClientRect().height > 0) {
        const now = performance.now();
        bench.shown ??= now;
        const n = [...root.querySelectorAll('[data-chart-id]')].filter(drawn).length;
        if (n > 0) bench.firstChart ??= now;
        if (n >= first.charts) bench.allCharts = now;
      }
      if (bench.allCharts === null) requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  }

  /** performance.now() when cond() first holds (checked now, on every DOM change and frame). */
  window.__benchUntil = (cond, timeoutMs = 20_000, what = 'condition') =>
    new Promise((ok, fail) => {
      let settled = false;
      let mo;
      let timer;
      const finish = (value, error) => {
        if (settled) return;
        settled = true;
        mo?.disconnect();
        clearTimeout(timer);
        if (error) fail(error);
        else ok(value);
      };
      const test = () => {
        if (settled) return;
        let hit = false;
        try {
          hit = cond();
        } catch {
          hit = false;
        }
        if (hit) finish(performance.now());
      };
      test();
      if (settled) return;
      mo = new MutationObserver(test);
      mo.observe(document, { childList: true, subtree: true, attributes: true, characterData: true });
      const frame = () => {
        test();
        if (!settled) requestAnimationFrame(frame);
      };
      requestAnimationFrame(frame);
      timer = setTimeout(() => finish(null, new Error(`timed out waiting for ${what}`)), timeoutMs);
    });
  window.__benchChartsIn = (root, n) => {
    let drawn = 0;
    for (const chart of root?.querySelectorAll('[data-chart-id]') ?? []) if (chart.querySelector('.chart-svg svg')) drawn++;
    return drawn >= n;
  };
}

/**
 * Before the first press: window.__benchPressed resolves to the time the app has done it (it
 * has mounted, `press` has `pressed`="true" and what it controls is shown, with content).
 */
function armPress({ press, pressed, timeoutMs }) {
  const done = () => {
    const control = document.querySelector(press);
    const shows = control && document.getElementById(control.getAttribute('aria-controls'));
    return (
      !!window.aidImpact &&
      control.getAttribute(pressed) === 'true' &&
      !!shows &&
      !shows.hidden &&
      shows.childElementCount > 0 &&
      shows.getBoundingClientRect().height > 0
    );
  };
  if (window.aidImpact) throw new Error('the app had started before the press');
  if (!document.querySelector(press)) throw new Error(`nothing to press: no ${press}`);
  window.__benchPressed = window.__benchUntil(done, timeoutMs, `the app to do the press (${press} ${pressed}="true")`);
  window.__benchPressed.catch(() => {}); // awaited by the benchmark, which reports a timeout
}

/** Click a view link in-page; ms from the click until the view's charts exist. */
async function switchView({ view, charts }) {
  const link = document.querySelector(`nav.site-nav a[data-view="${view}"]`);
  if (!link) throw new Error(`no nav.site-nav a[data-view="${view}"]`);
  const done = () => window.__benchChartsIn(document.querySelector(`section.theme-view[data-view="${view}"]`), charts);
  const t0 = performance.now();
  link.click();
  const t1 = await window.__benchUntil(done, 20_000, `${charts} charts of view ${view}`);
  return t1 - t0;
}

/** Click a language button in-page; ms until the first chart's title changed and the charts exist. */
async function switchLang({ lang, charts }) {
  const section = () => document.querySelector('section.theme-view');
  const title = () => section()?.querySelector('[data-chart-id] .chart-title')?.textContent ?? null;
  const svg = () => section()?.querySelector('[data-chart-id] .chart-svg svg') ?? null;
  const before = title();
  const svgBefore = svg();
  const button = document.querySelector(`button[data-lang="${lang}"]`);
  if (!button) throw new Error(`no button[data-lang="${lang}"]`);
  if (button.getAttribute('aria-pressed') === 'true') throw new Error(`language ${lang} is already on`);
  const t0 = performance.now();
  button.click();
  const t1 = await window.__benchUntil(
    () => title() !== null && title() !== before && window.__benchChartsIn(section(), charts),
    20_000,
    `title change to ${lang}`,
  );
  // Also note whether the first chart's drawing had been replaced by then (it is redrawn with
  // the other language's labels).
  return { ms: t1 - t0, svgReplaced: svg() !== svgBefore };
}

/** Hover the first item of the first chart in-page; ms and animation frames until the tooltip shows. */
async function hoverTooltip() {
  const chart = document.querySelector('section.theme-view [data-chart-id]');
  const plot = chart?.querySelector('.chart-plot');
  const mark = chart?.querySelector('.chart-mark[data-item="0"]');
  const tip = chart?.querySelector('.chart-tooltip');
  if (!plot || !mark || !tip) throw new Error('no chart with .chart-plot, .chart-mark[data-item="0"] and .chart-tooltip');
  if (!tip.hidden) throw new Error('tooltip already shown before the hover');
  const box = mark.getBoundingClientRect();
  const event = new PointerEvent('pointermove', {
    bubbles: true,
    cancelable: true,
    composed: true,
    clientX: box.left + box.width / 2,
    clientY: box.top + box.height / 2,
    pointerType: 'mouse',
    pointerId: 1,
    isPrimary: true,
  });
  return new Promise((ok, fail) => {
    let shownAt = null;
    let frames = 0;
    const mo = new MutationObserver(() => {
      if (shownAt === null && !tip.hidden) shownAt = performance.now();
    });
    mo.observe(tip, { attributes: true, attributeFilter: ['hidden'] });
    const t0 = performance.now();
    plot.dispatchEvent(event);
    if (!tip.hidden) {
      // shown synchronously, before any frame
      mo.disconnect();
      ok({ ms: performance.now() - t0, frames: 0, chart: chart.dataset.chartId });
      return;
    }
    const frame = () => {
      frames++;
      if (!tip.hidden) {
        mo.disconnect();
        ok({ ms: (shownAt ?? performance.now()) - t0, frames, chart: chart.dataset.chartId });
      } else if (frames > 600) {
        mo.disconnect();
        fail(new Error('tooltip still hidden after 600 frames'));
      } else requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  });
}

/** Go to a view by a link on the page (or, when there is none, through the history). Untimed. */
async function visitView({ view, selector, readySel, n }) {
  const link = document.querySelector(selector);
  if (link) link.click();
  else {
    const url = new URL(location.href);
    url.searchParams.set('view', view);
    history.pushState(null, '', url);
    dispatchEvent(new PopStateEvent('popstate'));
  }
  await window.__benchUntil(() => document.querySelectorAll(readySel).length >= n, 30_000, `view ${view}`);
}

// ---------------------------------------------------------------------------------------------
// runs

async function newProfiledPage(browser, errors) {
  const context = await browser.newContext({
    viewport: PROFILE.viewport,
    deviceScaleFactor: PROFILE.deviceScaleFactor,
    isMobile: PROFILE.isMobile,
    hasTouch: PROFILE.hasTouch,
  });
  const page = await context.newPage();
  page.setDefaultTimeout(30_000);
  page.on('pageerror', (err) => errors.push(`page error: ${err.message}`));
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(`console.error: ${msg.text()}`);
  });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: PROFILE.cacheDisabled });
  await cdp.send('Network.emulateNetworkConditions', PROFILE.network);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: PROFILE.cpuThrottlingRate });
  return { context, page, cdp };
}

/** Records every response's transferred size (CDP encodedDataLength), in the order asked. */
function trackTransfer(cdp) {
  const requests = new Map();
  cdp.on('Network.requestWillBeSent', (e) => {
    requests.set(e.requestId, { url: e.request.url, type: e.type, bytes: null, failed: null });
  });
  cdp.on('Network.loadingFinished', (e) => {
    const r = requests.get(e.requestId);
    if (r) r.bytes = e.encodedDataLength;
  });
  cdp.on('Network.loadingFailed', (e) => {
    const r = requests.get(e.requestId);
    if (r) r.failed = e.errorText;
  });
  return {
    /** How many requests so far: where a later snapshot starts. */
    count: () => requests.size,
    /** The requests from the `from`th on, and their bytes. */
    snapshot(from = 0) {
      const list = [...requests.values()].slice(from).map((r) => ({
        file: new URL(r.url).pathname.replace(/^\//, '') || 'index.html',
        type: r.type,
        bytes: r.bytes,
        ...(r.failed ? { failed: r.failed } : {}),
      }));
      return { bytes: list.reduce((sum, r) => sum + (r.bytes ?? 0), 0), requests: list };
    },
  };
}

/** Open the page, wait until all of its charts are painted (+ settle); first-view metrics. */
async function loadFirstView(page, transfer, url, first) {
  await page.addInitScript(recorder, first);
  await page.goto(url, { waitUntil: 'commit' });
  await page.waitForFunction(() => window.__bench?.allCharts != null, null, { timeout: 45_000, polling: 50 });
  await page.waitForTimeout(SETTLE_MS);
  const marks = await page.evaluate(() => ({
    ...window.__bench,
    htmlResponseEnd: performance.getEntriesByType('navigation')[0]?.responseEnd ?? null,
    // when each subresource finished arriving (ms since navigation start)
    resourceEnd: Object.fromEntries(
      performance.getEntriesByType('resource').map((e) => [new URL(e.name).pathname.replace(/^\//, ''), Math.round(e.responseEnd)]),
    ),
  }));
  const { bytes, requests } = transfer.snapshot();
  return {
    bytes,
    fcpMs: marks.fcp,
    firstChartMs: marks.firstChart,
    allChartsMs: marks.allCharts,
    layoutShift: marks.layoutShift,
    shownMs: marks.shown,
    htmlResponseEndMs: marks.htmlResponseEnd,
    domContentLoadedMs: marks.domContentLoaded,
    resourceResponseEndMs: marks.resourceEnd,
    requests,
  };
}

/**
 * The reader's first press on the painted page: a tap on `view.press`. Ms from the tap (its
 * input time stamp) until the app has mounted and done what was pressed, with the wasm's arrival
 * and the mount on the way, and what the app's download added to the transfer.
 */
async function firstPress(page, transfer, view) {
  const from = transfer.count();
  await page.evaluate(armPress, { press: view.press, pressed: view.pressed, timeoutMs: PRESS_TIMEOUT_MS });
  await page.tap(view.press);
  const readyAt = await page.evaluate(() => window.__benchPressed);
  await page.waitForTimeout(SETTLE_MS);
  const marks = await page.evaluate(() => ({
    pressAt: window.__bench.pressAt,
    mountedAt: window.__bench.mountedAt,
    wasmEnd: performance.getEntriesByType('resource').find((e) => e.name.endsWith('.wasm'))?.responseEnd ?? null,
  }));
  if (marks.pressAt === null) throw new Error('the tap reached no pointerdown or touchstart listener');
  const sincePress = (t) => (t === null ? null : t - marks.pressAt);
  const download = transfer.snapshot(from);
  return {
    pressToReadyMs: sincePress(readyAt),
    pressToWasmMs: sincePress(marks.wasmEnd),
    pressToMountedMs: sincePress(marks.mountedAt),
    appBytes: download.bytes,
    appRequests: download.requests,
  };
}

/** With the app running (on the default page): switches, a tooltip, then memory after every view. */
async function appInteractions(page, cdp, charts) {
  const out = {};
  out.viewSwitchMs = [];
  for (const view of VIEW_SWITCHES) {
    out.viewSwitchMs.push({ view, ms: await page.evaluate(switchView, { view, charts: charts[`view-${view}.zh`] }) });
  }
  // now on the last view switched to
  out.langSwitch = [];
  for (const lang of ['en', 'zh']) {
    out.langSwitch.push({ lang, ...(await page.evaluate(switchLang, { lang, charts: charts[`view-${VIEW_SWITCHES.at(-1)}.zh`] })) });
  }
  out.tooltip = await page.evaluate(hoverTooltip);

  // Overview (for its link to the source text), source, print: every view has now been seen.
  const visits = [
    ['overview', 'nav.site-nav a[data-view="overview"]', 'section.themes [data-chart-id] .chart-svg:has(svg)', charts[DEFAULT_VIEW.page]],
    ['source', 'a[data-view="source"]', '.source-view .original-text', 1],
    ['print', 'a[data-view="print"]', '.print-view [data-chart-id] .chart-svg:has(svg)', charts['view-print.zh']],
  ];
  for (const [view, selector, readySel, n] of visits) {
    await page.evaluate(visitView, { view, selector, readySel, n });
  }
  await page.waitForTimeout(SETTLE_MS);
  const heap = await cdp.send('Runtime.getHeapUsage');
  out.jsHeapBytes = heap.usedSize;
  out.jsHeapTotalBytes = heap.totalSize;
  out.wasmMemoryBytes = await page.evaluate(() => {
    const bytes = window.aidImpact?.memory?.buffer?.byteLength;
    return typeof bytes === 'number' ? bytes : null;
  });
  await cdp.send('HeapProfiler.collectGarbage').catch(() => {});
  out.jsHeapAfterGcBytes = (await cdp.send('Runtime.getHeapUsage')).usedSize;
  return out;
}

/**
 * One run of `view` ('app': as served, then its first press, and on the default page the
 * interactions; 'floor': its first view only).
 */
async function oneRun(browser, view, mode, url, charts) {
  const errors = [];
  const started = Date.now();
  let context;
  let timer;
  const work = (async () => {
    const opened = await newProfiledPage(browser, errors);
    context = opened.context;
    const { page, cdp } = opened;
    const transfer = trackTransfer(cdp);
    const first = await loadFirstView(page, transfer, url, { page: view.page, charts: charts[view.page] });
    if (mode === 'floor') return first;
    const press = await firstPress(page, transfer, view);
    const interactions = view === DEFAULT_VIEW ? await appInteractions(page, cdp, charts) : {};
    return { ...first, ...press, ...interactions };
  })();
  const timeout = new Promise((_, fail) => {
    timer = setTimeout(() => fail(new Error(`run timed out after ${RUN_TIMEOUT_MS / 1000} s`)), RUN_TIMEOUT_MS);
  });
  const base = { view: view.name, address: view.address, mode };
  try {
    const result = await Promise.race([work, timeout]);
    return { ...base, ok: true, wallMs: Date.now() - started, ...result, errors };
  } catch (err) {
    return { ...base, ok: false, wallMs: Date.now() - started, error: String(err?.message ?? err).split('\n')[0], errors };
  } finally {
    clearTimeout(timer);
    await context?.close().catch(() => {});
    work.catch(() => {}); // a timed-out run rejects later, once its context is gone
  }
}

/**
 * One point of the cost curve: open `?data=synthetic-<scale>x.json` (CPU 4× slower, network not
 * throttled: the curve is the app's own cost of reading, checking and drawing a bigger report;
 * such an address starts the app at once), then switch to the projects view (timeline: the
 * crowded chart) and the training view (pairings), and read memory. The synthetic report has at
 * least the bundled report's charts in each view.
 */
async function scalePoint(browser, url, scale, charts) {
  const errors = [];
  const context = await browser.newContext({ viewport: PROFILE.viewport, deviceScaleFactor: 2, isMobile: true });
  let timer;
  try {
    const page = await context.newPage();
    page.setDefaultTimeout(SCALE_TIMEOUT_MS);
    page.on('pageerror', (err) => errors.push(`page error: ${err.message}`));
    page.on('console', (msg) => msg.type() === 'error' && errors.push(`console.error: ${msg.text()}`));
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: PROFILE.cpuThrottlingRate });
    await page.addInitScript(recorder, null);
    const work = (async () => {
      await page.goto(`${url}?data=synthetic-${scale}x.json`, { waitUntil: 'commit' });
      const shownMs = await page.evaluate(
        ({ scale, charts }) =>
          window.__benchUntil(
            () => document.title.includes(`×${scale}`) && window.__benchChartsIn(document.querySelector('section.themes'), charts),
            200_000,
            'the synthetic report',
          ),
        { scale, charts: charts[DEFAULT_VIEW.page] },
      );
      const projectsMs = await page.evaluate(switchView, { view: 'projects', charts: charts['view-projects.zh'] });
      const trainingMs = await page.evaluate(switchView, { view: 'training', charts: charts['view-training.zh'] });
      await page.waitForTimeout(SETTLE_MS);
      const heap = await cdp.send('Runtime.getHeapUsage');
      const wasm = await page.evaluate(() => window.aidImpact?.memory?.buffer?.byteLength ?? null);
      const drawn = await page.evaluate(() => document.querySelectorAll('.chart-mark').length);
      return { shownMs, projectsMs, trainingMs, jsHeapBytes: heap.usedSize, wasmMemoryBytes: wasm, marks: drawn };
    })();
    const timeout = new Promise((_, fail) => {
      timer = setTimeout(() => fail(new Error(`timed out after ${SCALE_TIMEOUT_MS / 1000} s`)), SCALE_TIMEOUT_MS);
    });
    return { scale, ok: true, ...(await Promise.race([work, timeout])), errors };
  } catch (err) {
    return { scale, ok: false, error: String(err?.message ?? err).split('\n')[0], errors };
  } finally {
    clearTimeout(timer);
    await context.close().catch(() => {});
  }
}

function curveTable(points, sizes) {
  const fmt = (v, d = 0) => (v == null ? 'n/a' : v.toFixed(d));
  const header = ['scale', 'file (MiB)', 'report shown (ms)', 'to projects (ms)', 'to training (ms)', 'marks', 'wasm (MiB)', 'JS heap (MiB)'];
  const rows = points.map((p) =>
    p.ok
      ? [`${p.scale}×`, fmt(sizes[p.scale] / MiB, 2), fmt(p.shownMs), fmt(p.projectsMs), fmt(p.trainingMs), String(p.marks), fmt(p.wasmMemoryBytes / MiB, 1), fmt(p.jsHeapBytes / MiB, 1)]
      : [`${p.scale}×`, fmt(sizes[p.scale] / MiB, 2), `FAILED: ${p.error}`, '', '', '', '', ''],
  );
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)) + 3);
  const line = (cells) => cells.map((c, i) => c.padEnd(widths[i])).join('').trimEnd();
  return [line(header), ...rows.map(line)].join('\n');
}

// ---------------------------------------------------------------------------------------------
// Lighthouse, side by side with the anchors

/**
 * The anchors in `into`: echarts.html with charts.js and the npm package's echarts.min.js, and
 * static.html (the floor), written by make-static.js beside itself (hence run from the copy).
 * Returns the ECharts version, or the reason there are no anchors.
 */
async function buildAnchors(into) {
  const missing = ANCHOR_FILES.filter((f) => !existsSync(join(ANCHORS, f)));
  if (missing.length) return { problem: `no anchors at ${ANCHORS} (missing ${missing.join(', ')}; set ANCHORS to their directory)` };
  const modules = join(E2E_DIR, 'node_modules');
  try {
    await mkdir(into, { recursive: true });
    for (const f of ANCHOR_FILES) await cp(join(ANCHORS, f), join(into, f));
    await cp(join(modules, 'echarts', 'dist', 'echarts.min.js'), join(into, 'echarts.min.js'));
    await promisify(execFile)(process.execPath, [join(into, 'make-static.js')], {
      cwd: into,
      env: { ...process.env, NODE_PATH: modules },
    });
    const { version } = JSON.parse(await readFile(join(modules, 'echarts', 'package.json'), 'utf8'));
    return { echartsVersion: version };
  } catch (err) {
    return { problem: `could not build the anchors from ${ANCHORS}: ${String(err?.message ?? err).split('\n')[0]}` };
  }
}

/** The app's chart ids, as its print view (which draws every chart) lists them; [] if it cannot. */
async function chartIds(browser, url) {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(`${url}?view=print`);
    await page.locator('.print-view [data-chart-id]').first().waitFor({ timeout: 30_000 });
    return await page.evaluate(() => [
      ...new Set(Array.from(document.querySelectorAll('.print-view [data-chart-id]'), (e) => e.dataset.chartId)),
    ]);
  } catch {
    return [];
  } finally {
    await context.close().catch(() => {});
  }
}

/** Every shareable address: the overview, each view and each embed, each in zh (the default) and en. */
function everyAddress(charts) {
  const pages = ['', ...LH_VIEWS.map((v) => `view=${v}`), ...[...charts, 'overview'].map((id) => `embed=${id}`)];
  return pages.flatMap((p) => [`?${p}`, `?${[p, 'lang=en'].filter(Boolean).join('&')}`]);
}

/** `runs` rounds over all pages, each round in the pages' order. */
async function lighthouseRuns(pages, runs) {
  const lh = await startLighthouse();
  const width = Math.max(...pages.map((p) => p.name.length));
  const results = [];
  try {
    for (let run = 1; run <= runs; run++) {
      for (const { name, url } of pages) {
        const started = Date.now();
        let m;
        try {
          m = await lh.run(url);
        } catch (err) {
          m = { error: String(err?.message ?? err).split('\n')[0] };
        }
        results.push({ page: name, url, run, wallMs: Date.now() - started, ...m });
        const brief = m.score == null
          ? `FAILED: ${m.error ?? 'no performance score'}`
          : `perf ${m.score}, LCP ${m.lcp?.toFixed(0)}, TTI ${m.tti?.toFixed(0)} ms, ${(m.bytes / 1024).toFixed(0)} KiB, bf-cache ${m.bfcache}`;
        console.log(`  run ${run} ${name.padEnd(width)}  ${brief} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
      }
    }
  } finally {
    lh.close();
  }
  return results;
}

/** Per page, the medians of its runs (runs Lighthouse could not finish left out). */
function lhSummarize(pages, runs) {
  return pages.map(({ name, url }) => {
    const ok = runs.filter((r) => r.page === name && r.score != null);
    const pick = (key) => median(ok.map((r) => r[key]));
    return {
      page: name,
      url,
      okRuns: ok.length,
      score: pick('score'),
      fcp: pick('fcp'),
      lcp: pick('lcp'),
      tti: pick('tti'),
      tbt: pick('tbt'),
      cls: pick('cls'),
      bytes: pick('bytes'),
      bfcachePassed: ok.filter((r) => r.bfcache === 1).length,
      bfcacheFailures: [...new Set(ok.flatMap((r) => r.bfcacheFailures))],
    };
  });
}

/** A Markdown table (also readable as is), LCP as a ratio to the floor's and TTI to ECharts'. */
function lhTable(summary) {
  const fmt = (v, d = 0) => (v == null ? 'n/a' : v.toFixed(d));
  const floor = summary.find((s) => s.page === FLOOR_PAGE);
  const echarts = summary.find((s) => s.page === ECHARTS_PAGE);
  const withRatio = (v, base) => (v != null && base ? `${fmt(v)} (${(v / base).toFixed(2)}×)` : fmt(v));
  const bf = (s) => (s.okRuns === 0 ? 'n/a' : s.bfcachePassed === s.okRuns ? 'yes' : s.bfcachePassed === 0 ? 'no' : `${s.bfcachePassed}/${s.okRuns}`);
  const header = ['page', 'perf', 'FCP (ms)', 'LCP (ms, ×floor)', 'TTI (ms, ×ECharts)', 'TBT (ms)', 'CLS', 'transfer (KiB)', 'bf-cache'];
  const rows = summary.map((s) => [
    s.page,
    fmt(s.score),
    fmt(s.fcp),
    withRatio(s.lcp, floor?.lcp),
    withRatio(s.tti, echarts?.tti),
    fmt(s.tbt),
    fmt(s.cls, 3),
    fmt(s.bytes == null ? null : s.bytes / 1024, 1),
    bf(s),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells) => `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(' | ')} |`;
  const rule = `|${widths.map((w, i) => (i === 0 ? '-'.repeat(w + 2) : `${'-'.repeat(w + 1)}:`)).join('|')}|`;
  return [line(header), rule, ...rows.map(line)].join('\n');
}

/** Failed runs, Lighthouse's warnings, and why pages were kept out of the back/forward cache. */
function lhNotes(runs, summary) {
  const out = [];
  for (const r of runs.filter((r) => r.error)) out.push(`lighthouse ${r.page} run ${r.run}: ${r.error}`);
  for (const w of new Set(runs.flatMap((r) => r.warnings ?? []))) out.push(`lighthouse warning: ${w}`);
  for (const s of summary.filter((s) => s.bfcacheFailures.length)) {
    out.push(`bf-cache ${s.page}: ${s.bfcachePassed}/${s.okRuns} restored; not restored because ${s.bfcacheFailures.join(', ')}`);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// report

function median(values) {
  const v = values.filter((x) => typeof x === 'number' && Number.isFinite(x)).sort((a, b) => a - b);
  if (v.length === 0) return null;
  const mid = v.length >> 1;
  return v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
}

/** Medians of the successful runs: the default page as served (`app`), its floor, the fetched page. */
function summarize(runs) {
  const groups = {
    app: runs.filter((r) => r.view === DEFAULT_VIEW.name && r.mode === 'app' && r.ok),
    floor: runs.filter((r) => r.view === DEFAULT_VIEW.name && r.mode === 'floor' && r.ok),
    fetched: runs.filter((r) => r.view === FETCHED_VIEW.name && r.ok),
  };
  const of = (f) => Object.fromEntries(Object.entries(groups).map(([name, list]) => [name, median(list.map(f))]));
  const perRun = (f) => (r) => median((f(r) ?? []).map((x) => x.ms));
  return {
    firstViewBytes: of((r) => r.bytes),
    firstContentfulPaintMs: of((r) => r.fcpMs),
    firstChartMs: of((r) => r.firstChartMs),
    allChartsMs: of((r) => r.allChartsMs),
    layoutShift: of((r) => r.layoutShift),
    pressToReadyMs: of((r) => r.pressToReadyMs),
    pressToWasmMs: of((r) => r.pressToWasmMs),
    pressToMountedMs: of((r) => r.pressToMountedMs),
    appBytes: of((r) => r.appBytes),
    viewSwitchMs: of(perRun((r) => r.viewSwitchMs)),
    langSwitchMs: of(perRun((r) => r.langSwitch)),
    tooltipMs: of((r) => r.tooltip?.ms),
    tooltipFrames: of((r) => r.tooltip?.frames),
    jsHeapBytes: of((r) => r.jsHeapBytes),
    jsHeapAfterGcBytes: of((r) => r.jsHeapAfterGcBytes),
    wasmMemoryBytes: of((r) => r.wasmMemoryBytes),
    okRuns: Object.fromEntries(Object.entries(groups).map(([name, list]) => [name, list.length])),
  };
}

/** The default page, its floor, their ratio, the fetched page; '—' where a number has no meaning. */
function table(s) {
  const fmt = (v, digits = 0) => (v === null || v === undefined ? 'n/a' : v.toFixed(digits));
  const ratio = ({ app, floor }) => (app != null && floor != null && floor !== 0 ? `${(app / floor).toFixed(2)}×` : '—');
  const KiB = (v) => (v == null ? null : v / 1024);
  const MiBs = (v) => (v == null ? null : v / MiB);
  /** A row of the first view, measured on all three. */
  const all = (label, m, digits = 0, scale = (v) => v) => [
    label,
    fmt(scale(m.app), digits),
    fmt(scale(m.floor), digits),
    ratio(m),
    fmt(scale(m.fetched), digits),
  ];
  /** A row of the app: not on the floor. */
  const app = (label, m, digits = 0, scale = (v) => v) => [label, fmt(scale(m.app), digits), '—', '', fmt(scale(m.fetched), digits)];
  /** A row of the interactions: on the default page only. */
  const after = (label, cell) => [label, cell, '—', '', '—'];
  const frames = s.tooltipFrames.app;
  const rows = [
    all('first-view transfer (KiB)', s.firstViewBytes, 1, KiB),
    all('first contentful paint (ms)', s.firstContentfulPaintMs),
    all('first chart painted (ms)', s.firstChartMs),
    all('all charts painted (ms)', s.allChartsMs),
    all('layout shift, first view', s.layoutShift, 3),
    app('press → app ready (ms)', s.pressToReadyMs),
    app('  press → wasm arrived (ms)', s.pressToWasmMs),
    app('  press → app mounted (ms)', s.pressToMountedMs),
    app('app download on the press (KiB)', s.appBytes, 1, KiB),
    after('view switch (ms)', fmt(s.viewSwitchMs.app, 1)),
    after('language switch (ms)', fmt(s.langSwitchMs.app, 1)),
    after('tooltip after hover (ms / frames)', s.tooltipMs.app == null ? 'n/a' : `${fmt(s.tooltipMs.app, 1)} / ${fmt(frames, frames % 1 ? 1 : 0)}`),
    after('JS heap after all views (MiB)', fmt(MiBs(s.jsHeapBytes.app), 1)),
    after('  same, after a forced GC (MiB)', fmt(MiBs(s.jsHeapAfterGcBytes.app), 1)),
    after('wasm memory after all views (MiB)', fmt(MiBs(s.wasmMemoryBytes.app), 1)),
  ];
  const header = ['metric (median)', 'default page', 'its floor', 'page/floor', FETCHED_VIEW.address];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)) + 3);
  const line = (cells) => cells.map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i]))).join('').trimEnd();
  return [line(header), ...rows.map(line)].join('\n');
}

/** One run, on one line. */
function brief(r) {
  if (!r.ok) return `FAILED: ${r.error}`;
  const ms = (v) => (v == null ? 'n/a' : v.toFixed(0));
  const first =
    `FCP ${ms(r.fcpMs)}, first chart ${ms(r.firstChartMs)}, all charts ${ms(r.allChartsMs)} ms, ` +
    `${(r.bytes / 1024).toFixed(1)} KiB`;
  if (r.mode === 'floor') return first;
  return (
    `${first}; press → ready ${ms(r.pressToReadyMs)} ms (wasm ${ms(r.pressToWasmMs)}, mounted ${ms(r.pressToMountedMs)}), ` +
    `+${(r.appBytes / 1024).toFixed(1)} KiB`
  );
}

const APP_FILES = /(?:^|\/)(?:boot\.js|aid-impact-[0-9a-f]+(?:\.js|_bg\.wasm))$/;

function notes(runs, summary, load) {
  const out = [];
  const cores = availableParallelism();
  // (only the load before the start: the benchmark's own Chromium raises it during the runs)
  if (load.before > cores / 2) {
    out.push(
      `the machine was busy before the start (1-min load average ${load.before.toFixed(2)}, ${cores} cores): ` +
        'timings are noisy, rerun when it is idle',
    );
  }
  for (const r of runs.filter((r) => !r.ok)) out.push(`${r.view} ${r.mode} run ${r.round} failed: ${r.error}`);
  const errorCount = runs.reduce((n, r) => n + r.errors.length, 0);
  if (errorCount) {
    const first = [...new Set(runs.flatMap((r) => r.errors))].slice(0, 3);
    out.push(`${errorCount} page/console error(s), e.g. ${first.join(' | ')}`);
  }
  for (const view of FIRST_VIEWS) {
    for (const mode of ['app', 'floor']) {
      const twice = runs
        .filter((r) => r.ok && r.view === view.name && r.mode === mode)
        .map((r) => {
          const counts = {};
          for (const q of r.requests) counts[q.file] = (counts[q.file] ?? 0) + 1;
          return Object.entries(counts).filter(([, n]) => n > 1);
        })
        .find((list) => list.length);
      if (twice) out.push(`${view.name} ${mode}: fetched more than once in the first view: ${twice.map(([f, n]) => `${f} ×${n}`).join(', ')}`);
    }
  }
  const early = runs.find((r) => r.ok && r.requests.some((q) => APP_FILES.test(q.file)));
  if (early) out.push(`${early.view} ${early.mode}: the app was loaded in the first view, before any press`);
  const pending = (list) => list.filter((q) => q.bytes === null && !q.failed).map((q) => q.file);
  const stillLoading = runs.find((r) => r.ok && pending(r.requests).length);
  if (stillLoading) {
    out.push(`${stillLoading.view} ${stillLoading.mode}: still loading when first-view bytes were counted: ${pending(stillLoading.requests).join(', ')}`);
  }
  const appPending = runs.find((r) => r.ok && r.appRequests && pending(r.appRequests).length);
  if (appPending) out.push(`${appPending.view}: still loading when the app's bytes were counted: ${pending(appPending.appRequests).join(', ')}`);
  const svgKept = runs.some((r) => r.langSwitch?.some((l) => !l.svgReplaced));
  if (svgKept) out.push('language switch: the first chart\'s SVG was not yet redrawn when its title had changed');
  if (summary.okRuns.app && summary.wasmMemoryBytes.app == null) out.push('wasm memory: window.aidImpact.memory is not exposed (boot.js), so n/a');
  return out;
}

// ---------------------------------------------------------------------------------------------

async function main() {
  const { runs: n, lhRuns, all } = parseArgs(process.argv.slice(2));
  if (!existsSync(DIST) || missingFromDist().length) {
    console.error(
      `bench.mjs: no built app at ${DIST} (${existsSync(DIST) ? `missing ${missingFromDist().join(', ')}` : 'directory missing'}).\n` +
        'Build it first with `./dev build` (or point DIST at a built dist directory).',
    );
    process.exit(1);
  }

  const work = await mkdtemp(join(tmpdir(), 'aid-impact-bench-'));
  const servers = [];
  let browser;
  try {
    const appDir = join(work, 'app');
    const floorDir = join(work, 'floor');
    try {
      await snapshotDist(appDir);
    } catch (err) {
      console.error(`bench.mjs: could not copy ${DIST}: ${err.message}. Build it with \`./dev build\`.`);
      process.exitCode = 1;
      return;
    }
    let charts;
    try {
      charts = await chartCounts(appDir);
    } catch (err) {
      console.error(`bench.mjs: ${DIST} has no usable pre-rendered pages: ${err.message}`);
      process.exitCode = 1;
      return;
    }
    const floorInfo = await buildFloor(appDir, floorDir, charts);
    if (floorInfo.problems.length) {
      console.error(`bench.mjs: cannot build the floor page from dist/index.html: ${floorInfo.problems.join('; ')}`);
      process.exitCode = 1;
      return;
    }
    const wasm = await wasmSizes(appDir);

    const synthetic = Object.fromEntries(SCALES.map((scale) => [scale, syntheticReport(scale)]));
    const appServer = await serve({
      root: appDir,
      gzip: true,
      files: Object.fromEntries(SCALES.map((scale) => [`/synthetic-${scale}x.json`, synthetic[scale]])),
    });
    servers.push(appServer);
    const floorServer = await serve({ root: floorDir, gzip: true });
    servers.push(floorServer);
    const lhAppServer = await serve({ root: appDir, gzip: true, headers: { 'Content-Security-Policy': STRICT_CSP } });
    servers.push(lhAppServer);
    const anchors = await buildAnchors(join(work, 'anchors'));
    const anchorServer = anchors.problem ? null : await serve({ root: join(work, 'anchors'), gzip: true });
    if (anchorServer) servers.push(anchorServer);
    browser = await launchBrowser();
    const chromium = browser.version();

    const load = { before: loadavg()[0], after: null };
    console.log(
      `aid-impact bench: ${n} rounds of the default page, its floor and ${FETCHED_VIEW.address} ` +
        `(${charts[DEFAULT_VIEW.page]} and ${charts[FETCHED_VIEW.page]} charts), Chromium ${chromium}`,
    );
    const runs = [];
    const plan = [
      [DEFAULT_VIEW, 'app', appServer.url],
      [DEFAULT_VIEW, 'floor', floorServer.url],
      [FETCHED_VIEW, 'app', appServer.url + FETCHED_VIEW.address],
    ];
    for (let i = 0; i < n; i++) {
      for (const [view, mode, url] of plan) {
        const r = await oneRun(browser, view, mode, url, charts);
        runs.push({ round: i + 1, ...r });
        console.log(`  run ${i + 1} ${`${view.name} ${mode}`.padEnd(13)} ${brief(r)} (${(r.wallMs / 1000).toFixed(1)} s)`);
      }
    }

    console.log('');
    console.log('cost curve: synthetic reports (every figure, project and pairing repeated), one run each');
    const curve = [];
    for (const scale of SCALES) {
      const point = await scalePoint(browser, appServer.url, scale, charts);
      curve.push(point);
      console.log(`  ${scale}×: ${point.ok ? `shown ${point.shownMs.toFixed(0)} ms, projects ${point.projectsMs.toFixed(0)} ms` : `FAILED: ${point.error}`}`);
    }
    const sizes = Object.fromEntries(SCALES.map((scale) => [scale, Buffer.byteLength(synthetic[scale])]));

    const chartIdList = all ? await chartIds(browser, lhAppServer.url) : [];
    // Lighthouse starts its own Chromium: this one closes first, so that one has the machine.
    await browser.close();
    browser = undefined;
    const lhPages = [
      ...(anchorServer
        ? [
            { name: FLOOR_PAGE, url: `${anchorServer.url}static.html` },
            { name: ECHARTS_PAGE, url: `${anchorServer.url}echarts.html` },
          ]
        : []),
      ...(all ? everyAddress(chartIdList) : LH_PAGES).map((address) => ({ name: address, url: lhAppServer.url + address })),
    ];
    console.log('');
    console.log(`Lighthouse ${LIGHTHOUSE_SETTINGS.version}, ${LIGHTHOUSE_SETTINGS.formFactor} preset: ${lhRuns} rounds over ${lhPages.length} pages`);
    if (anchors.problem) console.log(`  ${anchors.problem}: no floor and ECharts rows`);
    const lhRunList = await lighthouseRuns(lhPages, lhRuns);
    const lhSummary = lhSummarize(lhPages, lhRunList);

    load.after = loadavg()[0];
    const summary = summarize(runs);
    const date = new Date();
    const profileText =
      `${PROFILE.viewport.width}×${PROFILE.viewport.height} @${PROFILE.deviceScaleFactor}x, isMobile, hasTouch; ` +
      `${PROFILE.network.latency} ms latency, ${((PROFILE.network.downloadThroughput * 8) / 1024 / 1024).toFixed(1)} Mbit/s down, ` +
      `${((PROFILE.network.uploadThroughput * 8) / 1024).toFixed(0)} kbit/s up, cache disabled; ` +
      `CPU ${PROFILE.cpuThrottlingRate}× slowdown; gzip`;
    console.log('');
    console.log(`date      ${date.toISOString()}`);
    console.log(`chromium  ${chromium} (${CHROMIUM_PATH})`);
    console.log(`profile   ${profileText}`);
    const wasmText = (w) => (w ? `${(w.gzipBytes / 1024).toFixed(1)} KiB (${w.file})` : 'not found');
    console.log(`wasm      gzip -9: reader ${wasmText(wasm.reader)}, editor ${wasmText(wasm.editor)}`);
    console.log(
      `runs      ${summary.okRuns.app}/${n} default page, ${summary.okRuns.floor}/${n} floor, ${summary.okRuns.fetched}/${n} ${FETCHED_VIEW.address} ` +
        '(in rounds; view/language switch = median per run, then over runs)',
    );
    console.log(
      `press     a tap on ${DEFAULT_VIEW.press} (default page), on ${FETCHED_VIEW.press} (${FETCHED_VIEW.address}); ` +
        'ready = the app has mounted and done it',
    );
    console.log('');
    console.log(table(summary));
    console.log('');
    console.log(curveTable(curve, sizes));
    const { throttling: t, screenEmulation: screen } = LIGHTHOUSE_SETTINGS;
    const lhProfile =
      `${LIGHTHOUSE_SETTINGS.formFactor} preset, throttling '${LIGHTHOUSE_SETTINGS.throttlingMethod}': ${t.rttMs} ms RTT, ` +
      `${(t.throughputKbps / 1024).toFixed(1)} Mbit/s, CPU ${t.cpuSlowdownMultiplier}× slowdown; ` +
      `${screen.width}×${screen.height} @${screen.deviceScaleFactor}x; gzip; app under the strict CSP`;
    console.log('');
    const benchmarkIndex = median(lhRunList.map((r) => r.benchmarkIndex));
    console.log(`lighthouse ${LIGHTHOUSE_SETTINGS.version}, ${lhProfile}`);
    console.log(`           medians of ${lhRuns} runs; Lighthouse's benchmark index of this machine: ${benchmarkIndex?.toFixed(0) ?? 'n/a'}`);
    console.log(lhTable(lhSummary));
    const remarks = notes(runs, summary, load);
    for (const p of curve.filter((p) => p.errors.length)) remarks.push(`${p.scale}×: ${p.errors.slice(0, 2).join(' | ')}`);
    if (anchors.problem) remarks.push(anchors.problem);
    if (all && chartIdList.length === 0) remarks.push('no chart ids found in ?view=print: no chart embeds measured');
    remarks.push(...lhNotes(lhRunList, lhSummary));
    if (remarks.length) {
      console.log('');
      for (const r of remarks) console.log(`note: ${r}`);
    }

    const result = {
      date: date.toISOString(),
      chromium,
      chromiumPath: CHROMIUM_PATH,
      chromiumArgs: CHROMIUM_ARGS,
      profile: { ...PROFILE, description: profileText },
      runsRequested: n,
      dist: DIST,
      firstViews: FIRST_VIEWS,
      charts,
      floorIndexHtmlBytes: floorInfo.bytes,
      cores: availableParallelism(),
      wasm,
      loadAverage1min: load,
      units: 'bytes and milliseconds (performance.now(), since navigation start; press → … since the tap)',
      median: summary,
      runs,
      curve: curve.map((p) => ({ ...p, fileBytes: sizes[p.scale], counts: syntheticCounts(p.scale) })),
      lighthouse: {
        ...LIGHTHOUSE_SETTINGS,
        description: lhProfile,
        units: 'score 0–100, milliseconds, bytes (total-byte-weight); bfcache 1 = restored',
        runsRequested: lhRuns,
        all,
        benchmarkIndex,
        anchors: { dir: ANCHORS, ...anchors },
        median: lhSummary,
        runs: lhRunList,
      },
      notes: remarks,
    };
    await mkdir(OUT_DIR, { recursive: true });
    const jsonPath = join(OUT_DIR, 'latest.json');
    await writeFile(jsonPath, `${JSON.stringify(result, null, 2)}\n`);
    console.log(`\nwrote ${jsonPath}`);
    try {
      await writeFile(PERFORMANCE_PAGE, updatePerformancePage(await readFile(PERFORMANCE_PAGE, 'utf8'), result));
      console.log(`updated ${PERFORMANCE_PAGE}`);
    } catch (err) {
      console.error(`bench.mjs: could not update ${PERFORMANCE_PAGE}: ${err.message}`);
    }
  } finally {
    await browser?.close().catch(() => {});
    await Promise.all(servers.map((s) => s.close().catch(() => {})));
    await rm(work, { recursive: true, force: true }).catch(() => {});
  }
}

main().catch((err) => {
  console.error(`bench.mjs: ${err?.stack ?? err}`);
  process.exit(1);
});
