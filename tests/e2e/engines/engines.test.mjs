// The release app in WebKit and Firefox ESR reads the same as in Chromium.
//
// Every scenario of lib/scenarios.mjs (every view in both languages, a keyboard tooltip, the
// share dialog, CSV downloads, embeds posting their height, `?data=`, a refused file, the compare
// view) runs in the three engines at once. Chromium's facts must say what the scenario expects;
// WebKit's (MiniBrowser through WebKitWebDriver) and Firefox ESR's (WebDriver BiDi) must equal
// them. Served like every browser test: dist/ ($DIST, or <repo>/dist) on 127.0.0.1 under the
// strict portal CSP; the embed's host page is served from another port (another origin).
//
//   xvfb-run -a node --test engines/   (what `npm run test:engines` does; MiniBrowser needs X)
//   ENGINES=firefox ...                 only some of the compared engines
//   ONLY='share dialog' ...             only the scenarios whose name contains this

import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { serve } from '../lib/server.mjs';
import { locateDist, STRICT_CSP } from '../lib/setup.mjs';
import { interceptDownloads, readDownloads, recordProblems } from './lib/facts.mjs';
import { hostPage, REPORT_FILES, SCENARIOS } from './lib/scenarios.mjs';
import { launch } from './lib/sessions.mjs';

const COMPARED = (process.env.ENGINES ?? 'webkit,firefox').split(',').filter(Boolean);
const ONLY = process.env.ONLY;

const ctx = {};
const engines = {};
const sharedPages = {};
let server;
let host;

before(async () => {
  server = await serve({ root: locateDist(), headers: { 'Content-Security-Policy': STRICT_CSP }, files: REPORT_FILES });
  ctx.url = server.url;
  const hostRoot = mkdtempSync(join(tmpdir(), 'xe-host-'));
  writeFileSync(join(hostRoot, 'index.html'), hostPage(server.url));
  host = await serve({ root: hostRoot });
  ctx.hostUrl = host.url;
  for (const name of ['chromium', ...COMPARED]) {
    engines[name] = await launch(name);
    console.log(`${name}: ${engines[name].version}`);
  }
});

after(async () => {
  for (const name of Object.keys(engines)) {
    await sharedPages[name]?.close().catch(() => {});
    await engines[name].close().catch(() => {});
  }
  await host?.close();
  await server?.close();
});

/** Runs `scenario` in `engine`: in a fresh page, or in the engine's shared one. */
async function runIn(name, scenario) {
  if (scenario.shared) {
    sharedPages[name] ??= await engines[name].newPage();
    return scenario.run(sharedPages[name], ctx);
  }
  const page = await engines[name].newPage();
  try {
    return await scenario.run(page, ctx);
  } finally {
    await page.close().catch(() => {});
  }
}

/** Where `actual` differs from `expected`: one line per differing leaf (at most `limit`). */
function differences(actual, expected, path = '', out = [], limit = 12) {
  if (out.length >= limit) return out;
  const isObject = (v) => v !== null && typeof v === 'object';
  if (isObject(actual) && isObject(expected) && Array.isArray(actual) === Array.isArray(expected)) {
    const keys = new Set([...Object.keys(expected), ...Object.keys(actual)]);
    if (Array.isArray(actual) && actual.length !== expected.length) {
      out.push(`${path || '(top)'}: ${actual.length} entries, Chromium has ${expected.length}`);
    }
    for (const key of keys) {
      differences(actual[key], expected[key], Array.isArray(actual) ? `${path}[${key}]` : `${path}.${key}`, out, limit);
    }
  } else if (JSON.stringify(actual) !== JSON.stringify(expected)) {
    const show = (v) => (v === undefined ? 'nothing' : JSON.stringify(v)).slice(0, 300);
    out.push(`${path || '(top)'}: ${show(actual)}, Chromium: ${show(expected)}`);
  }
  return out;
}

for (const scenario of SCENARIOS) {
  if (ONLY && !scenario.name.includes(ONLY)) continue;
  test(scenario.name, async (t) => {
    // All engines at once; Chromium's facts are the reference.
    const runs = Object.fromEntries(['chromium', ...COMPARED].map((name) => [name, runIn(name, scenario)]));
    try {
      const reference = await runs.chromium;
      scenario.check(reference);
      for (const name of COMPARED) {
        await t.test(`${name} reads the same as Chromium`, async () => {
          const facts = await runs[name];
          const diff = differences(facts, reference);
          assert.ok(diff.length === 0, `${name} differs from Chromium in "${scenario.name}":\n  ${diff.join('\n  ')}`);
        });
      }
    } finally {
      // Nothing of this scenario may still run in the next one.
      await Promise.allSettled(Object.values(runs));
    }
  });
}

// The downloads above are caught in the page, the same way in every engine. That this is the
// file the browser saves is checked once, in Chromium, where Playwright can read the download.
test('Chromium: a caught CSV is the file the browser saves', { skip: ONLY ? 'ONLY is set' : false }, async () => {
  const page = await engines.chromium.newPage();
  try {
    await page.goto(new URL('?view=funds', ctx.url).href);
    await page.run(recordProblems);
    await page.run(interceptDownloads, true);
    const [download] = await Promise.all([
      page.playwright.waitForEvent('download'),
      page.click('[data-chart-id="funds-by-source"] [data-action="download-csv"]'),
    ]);
    const saved = readFileSync(await download.path());
    await page.waitFor(() => window.__xe.downloads.length === 1);
    const [caught] = await page.run(readDownloads);
    assert.equal(caught.name, download.suggestedFilename());
    assert.equal(Buffer.from(caught.text, 'utf8').equals(saved), true, 'same bytes');
  } finally {
    await page.close();
  }
});
