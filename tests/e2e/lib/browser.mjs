// Browser helpers: launch the system Chromium through playwright-core, open
// pages that record everything that should never happen, take screenshots.

import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
export const SCREENSHOT_DIR = join(REPO_ROOT, 'target', 'screenshots');

export const CHROMIUM_PATH = process.env.CHROMIUM ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function launchBrowser() {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}

const ALLOWED_SCHEMES = new Set(['data:', 'blob:']);

/**
 * Open `url` in a fresh browser context (own cookies/storage) of the given
 * viewport size and wait for its `load` event. Listeners are attached before
 * navigation, so nothing from the first request on is missed.
 *
 * `problems` collects, as readable strings:
 *   - console messages of type "error"
 *   - uncaught page errors (exceptions, wasm panics surfacing as errors)
 *   - failed requests (except net::ERR_ABORTED, i.e. cancelled by a
 *     reload/navigation or by the page) and HTTP responses with status >= 400
 *   - requests (and websockets) to any origin other than the page's own;
 *     data: and blob: URLs are fine. Foreign requests are also aborted so
 *     the tests never touch the network.
 *
 * Closing the page also closes its context. Page actions/waits time out
 * after 15 s (the Playwright default of 30 s is needlessly slow to fail).
 */
export async function openPage(
  browser,
  url,
  { width = 1280, height = 900, alsoAllow = [], app = true } = {},
) {
  const origins = new Set([new URL(url).origin, ...alsoAllow.map((u) => new URL(u).origin)]);
  const isForeign = (u) => {
    const parsed = new URL(u);
    return !ALLOWED_SCHEMES.has(parsed.protocol) && !origins.has(parsed.origin);
  };

  const context = await browser.newContext({ viewport: { width, height } });
  // The app starts on the reader's first press (public/prerender.js). Tests of the app start it
  // with every page they load (see appStarted); tests of the pre-rendered page pass `app: false`.
  if (app) {
    await context.addInitScript(() =>
      document.addEventListener('DOMContentLoaded', () => window.aidImpactStart?.()),
    );
  }
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  page.on('close', () => context.close().catch(() => {}));

  const problems = [];
  const foreign = new Set();
  await context.route(
    (u) => isForeign(u.href),
    (route) => {
      const request = route.request();
      foreign.add(request);
      problems.push(`foreign request: ${request.method()} ${request.url()}`);
      return route.abort('blockedbyclient');
    },
  );

  page.on('console', (msg) => {
    if (msg.type() !== 'error') return;
    const { url: at, lineNumber } = msg.location();
    problems.push(`console.error: ${msg.text()}${at ? ` (at ${at}:${lineNumber + 1})` : ''}`);
  });
  page.on('pageerror', (err) => {
    problems.push(`page error: ${err.stack || err.message || err}`);
  });
  page.on('requestfailed', (request) => {
    if (foreign.has(request)) return; // already reported
    // Cancelled, not failed: in-flight requests of a document that is being
    // replaced (reload, goto) or requests the page aborted itself.
    if (request.failure()?.errorText === 'net::ERR_ABORTED') return;
    problems.push(`request failed: ${request.method()} ${request.url()} (${request.failure()?.errorText})`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) {
      problems.push(`HTTP ${response.status()}: ${response.request().method()} ${response.url()}`);
    }
  });
  page.on('websocket', (ws) => {
    const wsHost = new URL(ws.url()).host;
    if (wsHost !== new URL(origin).host) problems.push(`foreign websocket: ${ws.url()}`);
  });

  try {
    await page.goto(url);
    if (app) await appStarted(page);
  } catch (err) {
    await context.close();
    throw err;
  }
  return { page, problems };
}

/** Waits until the app has mounted on the page loaded last (goto, reload). */
export async function appStarted(page) {
  await page.waitForFunction(() => window.aidImpactStarted);
  await page.evaluate(() => window.aidImpactStarted);
}

/**
 * Give late requests/errors a chance to show up: wait for network idle
 * (no requests for 500 ms), but at most `timeout` ms. Chromium counts a
 * fetch() whose body is never read as in flight forever, so idle may never
 * come; that is not an error here.
 */
export async function settle(page, timeout = 3000) {
  await page.waitForLoadState('networkidle', { timeout }).catch(() => {});
}

/** Fail with a numbered list when any problem was recorded. */
export function assertNoProblems(problems, context = 'browser') {
  if (problems.length === 0) return;
  const list = problems.map((p, i) => `  ${i + 1}. ${p}`).join('\n');
  assert.fail(`${problems.length} ${context} problem(s):\n${list}`);
}

/** Full-page PNG into <repo>/target/screenshots/<name>.png; returns the path. */
export async function shot(page, name) {
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  const path = join(SCREENSHOT_DIR, `${name}.png`);
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({ path, fullPage: true, animations: 'disabled' });
  return path;
}

/** Waits until every chart card of the page is drawn or says it has no data. */
export async function chartsSettled(page) {
  await page.waitForFunction(() =>
    [...document.querySelectorAll('[data-chart-id]')].every(
      (c) => c.dataset.empty === 'true' || c.querySelector('svg, table'),
    ),
  );
}
