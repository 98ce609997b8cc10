// docs/performance.md as ./dev bench rewrites it (lib/bench-report.mjs), from a sample of the
// object bench.mjs writes to target/bench/latest.json: no browser.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import {
  ECHARTS_PAGE,
  FLOOR_PAGE,
  HISTORY_END,
  HISTORY_START,
  LATEST_END,
  LATEST_START,
  updatePerformancePage,
} from './lib/bench-report.mjs';
import { REPO_ROOT } from './lib/browser.mjs';

const three = (app, floor, fetched) => ({ app, floor, fetched });
const lhPage = (page, score, fcp, lcp, tti, tbt, bytes) => ({
  page,
  url: `http://127.0.0.1:40000/${page.startsWith('?') ? page : 'static.html'}`,
  okRuns: 3,
  score,
  fcp,
  lcp,
  tti,
  tbt,
  cls: 0,
  bytes,
  bfcachePassed: 3,
  bfcacheFailures: [],
});
const point = (scale, fileBytes, shownMs, projectsMs, trainingMs, marks, wasmMiB) => ({
  scale,
  ok: true,
  shownMs,
  projectsMs,
  trainingMs,
  jsHeapBytes: 4_000_000,
  wasmMemoryBytes: wasmMiB * 1024 * 1024,
  marks,
  errors: [],
  fileBytes,
  counts: { figures: 61 * scale, events: 13 * scale, pairings: 6 * scale },
});

/** A run as bench.mjs writes it (the parts the page reads, and a few more), with the README's figures of 2026-11-30. */
function sampleRun() {
  return {
    date: '2026-12-09T10:20:30.000Z',
    chromium: '156.0.7632.0',
    chromiumPath: '/usr/bin/chromium',
    cores: 2,
    wasm: {
      reader: { file: 'aid-impact-679bd6693ffe7109_bg.wasm', bytes: 1112958, gzipBytes: 434242 },
      editor: { file: 'aid-impact-editor-35f9b5a9e9230028_bg.wasm', bytes: 1472844, gzipBytes: 567653 },
    },
    loadAverage1min: { before: 0.42, after: 1.9 },
    profile: { description: '375×800 @2x, isMobile, hasTouch; 150 ms latency, 1.6 Mbit/s down, 750 kbit/s up, cache disabled; CPU 4× slowdown; gzip' },
    runsRequested: 5,
    firstViews: [
      { name: 'default', address: '', page: 'view-overview.zh' },
      { name: 'fetched', address: '?view=training&lang=en', page: 'view-training.en' },
    ],
    median: {
      firstViewBytes: three(21811, 18330, 26931),
      firstContentfulPaintMs: three(832, 896, 1124),
      firstChartMs: three(900, 1100, 1050),
      allChartsMs: three(945, 1150, 1095),
      layoutShift: three(0, 0, 0),
      pressToReadyMs: three(3165, null, 3043),
      pressToWasmMs: three(2404, null, 2396),
      pressToMountedMs: three(3000, null, 2900),
      appBytes: three(390451, null, 390400),
      viewSwitchMs: three(49.6, null, null),
      langSwitchMs: three(32.4, null, null),
      tooltipMs: three(7.5, null, null),
      tooltipFrames: three(1, null, null),
      jsHeapBytes: three(3.9 * 1024 * 1024, null, null),
      jsHeapAfterGcBytes: three(3.1 * 1024 * 1024, null, null),
      wasmMemoryBytes: three(2.7 * 1024 * 1024, null, null),
      okRuns: { app: 5, floor: 5, fetched: 5 },
    },
    runs: [],
    curve: [
      point(1, 28_600, 1800, 170, 99, 17, 2.1),
      point(10, 250_000, 2000, 166, 119, 90, 3.4),
      { scale: 1000, ok: false, error: 'timed out after 240 s', errors: [], fileBytes: 25_000_000, counts: { figures: 61000, events: 13000, pairings: 6000 } },
    ],
    lighthouse: {
      version: '12.2.3',
      description: "mobile preset, throttling 'simulate': 150 ms RTT, 1.6 Mbit/s, CPU 4× slowdown; 412×823 @1.75x; gzip; app under the strict CSP",
      runsRequested: 3,
      all: false,
      benchmarkIndex: 1234.5,
      median: [
        lhPage(FLOOR_PAGE, 100, 686, 686, 760, 1, 4915),
        lhPage(ECHARTS_PAGE, 85, 650, 650, 3366, 611, 338944),
        lhPage('?', 100, 980, 980, 980, 0, 22426),
        lhPage('?view=print&lang=en', 100, 1018, 1475, 1475, 46, 44851),
        lhPage('?lang=en', 100, 996, 1300, 1300, 0, 32870),
      ],
      runs: [],
    },
    notes: ['1000×: page error: out of memory'],
  };
}

const PAGE = `# Performance

Written by hand, kept.

${LATEST_START}
the previous run's tables
${LATEST_END}

Between the regions, kept.

${HISTORY_START}
| date | Chromium | default page LCP (× floor) | worst LCP (× floor) | first press → app ready | reader wasm (gzip KiB) | editor wasm (gzip KiB) |
|---|---|--:|--:|--:|--:|--:|
| 2026-11-30 | 156 | 1.43× | 2.15× (\`?view=print&lang=en\`) | 3165 ms | 362.4 | 456.6 |
${HISTORY_END}

The end, kept.
`;

/** The text between `start` and `end` in `page`. */
const region = (page, start, end) => page.slice(page.indexOf(start) + start.length, page.indexOf(end));

test("the latest region is the run's tables, in the figures' own formats", () => {
  const latest = region(updatePerformancePage(PAGE, sampleRun()), LATEST_START, LATEST_END);
  assert.ok(!latest.includes("the previous run's tables"));
  const lines = latest.split('\n');
  const has = (line) => assert.ok(lines.includes(line), `no line ${line} in\n${latest}`);
  has(
    'Run of 2026-12-09, Chromium 156.0.7632.0, 2 cores (1-minute load average 0.42 before the start); medians. ' +
      "Wasm after `gzip -9`: the reader's 424.1 KiB (434,242 bytes), the editor's 554.3 KiB (567,653 bytes).",
  );
  // Lighthouse: LCP as a multiple of the floor's, TTI of ECharts'
  has('| page | perf | FCP | LCP (× floor) | TTI (× ECharts) | TBT | CLS | transfer | bf-cache |');
  has('| floor: static SVG | 100 | 686 ms | 686 ms (1.00×) | 760 ms (0.23×) | 1 ms | 0 | 4.8 KiB | yes |');
  has('| ECharts 5.6 (SVG) | 85 | 650 ms | 650 ms (0.95×) | 3366 ms (1.00×) | 611 ms | 0 | 331.0 KiB | yes |');
  has('| `?` (default page) | 100 | 980 ms | 980 ms (1.43×) | 980 ms (0.29×) | 0 ms | 0 | 21.9 KiB | yes |');
  has('| `?view=print&lang=en` | 100 | 1018 ms | 1475 ms (2.15×) | 1475 ms (0.44×) | 46 ms | 0 | 43.8 KiB | yes |');
  // the phone profile: the page's times against its floor's
  has('| metric (median) | default page | its floor (scripts removed) | `?view=training&lang=en` |');
  has('| first-view transfer (gzip) | 21.3 KiB | 17.9 KiB | 26.3 KiB |');
  has('| first contentful paint | 832 ms | 896 ms (page 0.93×) | 1124 ms |');
  has('| all charts painted | 945 ms | 1150 ms (page 0.82×) | 1095 ms |');
  has('| layout shift, first view | 0 | 0 | 0 |');
  has('| first press → app ready (the pressed thing done) | 3165 ms | — | 3043 ms |');
  has("| of which: the app's download arrived | 2404 ms (381.3 KiB) | — | 2396 ms (381.3 KiB) |");
  has('| view switch / language switch, once started | 49.6 / 32.4 ms | — | — |');
  has('| tooltip after hover | 7.5 ms, 1 frame | — | — |');
  has('| JS heap / wasm memory after every view | 3.9 / 2.7 MiB | — | — |');
  // the cost curve, a failed point included
  has('| 1× | 61 / 13 / 6 | 28 KiB | 1.8 s | 170 ms | 99 ms | 17 | 2.1 MiB |');
  has('| 10× | 610 / 130 / 60 | 0.2 MiB | 2.0 s | 166 ms | 119 ms | 90 | 3.4 MiB |');
  has('| 1000× | 61,000 / 13,000 / 6,000 | 23.8 MiB | failed: timed out after 240 s |  |  |  |  |');
  has('- 1000×: page error: out of memory');
});

test('each run adds one history line, and the text outside the two regions is kept', () => {
  const once = updatePerformancePage(PAGE, sampleRun());
  const line = '| 2026-12-09 | 156.0.7632.0 | 1.43× | 2.15× (`?view=print&lang=en`) | 3165 ms | 424.1 | 554.3 |';
  const history = region(once, HISTORY_START, HISTORY_END).trim().split('\n');
  assert.equal(history.length, 4);
  assert.equal(history[2], '| 2026-11-30 | 156 | 1.43× | 2.15× (`?view=print&lang=en`) | 3165 ms | 362.4 | 456.6 |');
  assert.equal(history[3], line);

  const outside = (page) => [
    page.slice(0, page.indexOf(LATEST_START)),
    page.slice(page.indexOf(LATEST_END), page.indexOf(HISTORY_START)),
    page.slice(page.indexOf(HISTORY_END)),
  ];
  assert.deepEqual(outside(once), outside(PAGE));

  const second = sampleRun();
  second.date = '2026-12-10T08:00:00.000Z';
  const twice = updatePerformancePage(once, second);
  assert.deepEqual(outside(twice), outside(PAGE));
  assert.equal(region(twice, LATEST_START, LATEST_END).match(/^Run of /gm).length, 1, 'one latest run');
  assert.deepEqual(region(twice, HISTORY_START, HISTORY_END).trim().split('\n').slice(3), [line, line.replace('2026-12-09', '2026-12-10')]);
});

test('without the anchors (no floor, no ECharts) the ratios are left out, not made up', () => {
  const run = sampleRun();
  run.lighthouse.median = run.lighthouse.median.filter((s) => s.page.startsWith('?'));
  run.wasm.editor = null;
  const page = updatePerformancePage(PAGE, run);
  const latest = region(page, LATEST_START, LATEST_END);
  assert.ok(latest.includes('| `?` (default page) | 100 | 980 ms | 980 ms | 980 ms | 0 ms | 0 | 21.9 KiB | yes |'), latest);
  assert.ok(latest.includes("the editor's not found."));
  assert.ok(page.includes('| 2026-12-09 | 156.0.7632.0 | n/a | n/a | 3165 ms | 424.1 | n/a |\n'));
});

test('a page without the regions is refused', () => {
  assert.throws(() => updatePerformancePage('# Performance\n', sampleRun()), /no <!-- bench:latest/);
  assert.throws(() => updatePerformancePage(PAGE.replace(HISTORY_END, ''), sampleRun()), /no <!-- bench:history/);
});

test('docs/performance.md has both regions, and a run changes nothing else in it', () => {
  const doc = readFileSync(join(REPO_ROOT, 'docs', 'performance.md'), 'utf8');
  const updated = updatePerformancePage(doc, sampleRun());
  const cut = (page) => [page.indexOf(LATEST_START), page.indexOf(LATEST_END), page.indexOf(HISTORY_START), page.indexOf(HISTORY_END)];
  const [a, b, c, d] = cut(updated);
  const [e, f, g, h] = cut(doc);
  assert.equal(updated.slice(0, a), doc.slice(0, e));
  assert.equal(updated.slice(b, c), doc.slice(f, g));
  assert.equal(updated.slice(d), doc.slice(h));
  assert.ok(updated.slice(c, d).trimEnd().endsWith('| 3165 ms | 424.1 | 554.3 |'));
});
