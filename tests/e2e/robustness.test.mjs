// Reliability in the browser: a couple of hundred generated query strings each open a working
// page; every view survives 320 px and 200 % zoom without sideways scrolling.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { appStarted, assertNoProblems, openPage } from './lib/browser.mjs';
import { serve } from './lib/server.mjs';
import { appFiles, STRICT_CSP, useApp } from './lib/setup.mjs';

const app = useApp();

/** Deterministic generator (mulberry32), so a failing case can be replayed. */
function generator(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PIECES = ['lang', 'view', 'unit', 'theme', 'chart', 'tab', 'item', 'embed', 'language', 'page', '=', '&',
  'en', 'zh', 'funds', 'print', 'source', 'wan', 'dark', 'funds-by-source', 'table', 'aid_funds_eda', 'overview',
  '%3Cscript%3Ealert(1)%3C%2Fscript%3E', '%00', '%E8%AF%AD', '%', '%%', '#', '..', '/', '\u202e', '😀'];

function randomQuery(random) {
  let query = '?';
  const parts = Math.floor(random() * 14);
  for (let i = 0; i < parts; i++) {
    const r = random();
    if (r < 0.1) query += 'x'.repeat(Math.floor(random() * 3000));
    else if (r < 0.2) query += String.fromCharCode(Math.floor(random() * 0xffff));
    else query += PIECES[Math.floor(random() * PIECES.length)];
  }
  return query;
}

test('200 generated query strings each open a working page', async () => {
  const random = generator(20230525);
  const { page, problems } = await app.open('');
  for (let i = 0; i < 200; i++) {
    const query = randomQuery(random);
    let url;
    try {
      url = new URL(query, app.url).href;
    } catch {
      continue;
    }
    await page.goto(url);
    // Wait for the app itself (the pre-rendered page has a <main> too), so a panic while
    // mounting is seen.
    await appStarted(page);
    const state = await page.evaluate(() => ({
      text: document.querySelector('main#main')?.textContent.trim().length ?? 0,
      crashed: !!document.querySelector('.crash'),
      mounted: !!window.aidImpact,
    }));
    assert.ok(state.text > 20 && !state.crashed && state.mounted, `case ${i}: ${query.slice(0, 200)}`);
    assertNoProblems(problems, `case ${i}: ${query.slice(0, 200)}`);
  }
  await page.close();
});

const VIEWS = ['overview', 'funds', 'projects', 'training', 'sales', 'outcomes', 'source', 'print'];

// 1280 × 900 at 200 % zoom lays out like a 640 × 450 window.
for (const [label, viewport] of [['320 px', { width: 320, height: 640 }], ['200 % zoom', { width: 640, height: 450 }]]) {
  test(`every view fits at ${label} without sideways scrolling`, async () => {
    for (const lang of ['zh', 'en']) {
      const { page, problems } = await app.open(`?lang=${lang}`, viewport);
      for (const view of VIEWS) {
        await page.goto(new URL(`?view=${view}&lang=${lang}`, app.url).href);
        await appStarted(page);
        await page.waitForFunction(() =>
          [...document.querySelectorAll('[data-chart-id]')].every((c) => c.querySelector('.chart-svg svg')),
        );
        const width = await page.evaluate(() => document.documentElement.scrollWidth);
        assert.ok(width <= viewport.width, `${view} (${lang}) is ${width}px wide at ${label}`);
      }
      assertNoProblems(problems);
      await page.close();
    }
  });
}

test('an app that cannot start shows the crash message with a reload link, never a blank page', async () => {
  // The wasm cut in half, as a bad mobile connection might deliver it.
  const name = `${appFiles(app.dist)}_bg.wasm`;
  const wasm = readFileSync(join(app.dist, name));
  const broken = await serve({
    root: app.dist,
    headers: { 'Content-Security-Policy': STRICT_CSP },
    files: { [`/${name}`]: wasm.subarray(0, wasm.length >> 1) },
  });
  try {
    for (const [query, words] of [
      ['?view=funds&lang=en', /Something went wrong/i],
      ['', /出错/],
    ]) {
      const { page, problems } = await openPage(app.browser, `${broken.url}${query}`);
      const crash = page.locator('.crash[role="alert"]');
      await crash.waitFor();
      assert.match(await crash.innerText(), words);
      assert.equal(await crash.locator('a').getAttribute('href'), '', 'the link reloads the page');
      assert.deepEqual(
        problems.filter((p) => !p.includes('could not start')),
        [],
        'the only problem is the failed start',
      );
      await page.close();
    }
  } finally {
    await broken.close();
  }
});
