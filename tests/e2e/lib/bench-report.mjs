// docs/performance.md from a benchmark run (the object bench.mjs writes to
// target/bench/latest.json): the latest run's tables between the bench:latest comments, and one
// more line in the table between the bench:history comments. The rest of the page is kept as
// it is.

/** The names of the two anchor pages among Lighthouse's pages (the app's pages are addresses, `?…`). */
export const FLOOR_PAGE = 'floor: static SVG';
export const ECHARTS_PAGE = 'ECharts 5.6 (SVG)';

export const LATEST_START = '<!-- bench:latest: written by ./dev bench (tests/e2e/lib/bench-report.mjs) -->';
export const LATEST_END = '<!-- /bench:latest -->';
export const HISTORY_START = '<!-- bench:history: ./dev bench adds a line -->';
export const HISTORY_END = '<!-- /bench:history -->';

const KiB = 1024;
const MiB = 1024 * 1024;

const num = (v, digits = 0) => (v == null ? 'n/a' : v.toFixed(digits));
const ms = (v, digits = 0) => (v == null ? 'n/a' : `${v.toFixed(digits)} ms`);
const kib = (bytes) => (bytes == null ? 'n/a' : `${(bytes / KiB).toFixed(1)} KiB`);
const mib = (bytes) => (bytes == null ? 'n/a' : (bytes / MiB).toFixed(1));
/** A layout shift: 0, or three decimals without trailing zeros. */
const shift = (v) => (v == null ? 'n/a' : String(Number(v.toFixed(3))));
const ratio = (v, base) => (v != null && base ? `${(v / base).toFixed(2)}×` : null);
const withRatio = (text, r) => (r ? `${text} (${r})` : text);
const count = (n) => n.toLocaleString('en-US');

function row(cells) {
  return `| ${cells.join(' | ')} |`;
}

function table(header, align, rows) {
  return [row(header), `|${align.map((a) => (a === 'r' ? '--:' : '---')).join('|')}|`, ...rows.map(row)].join('\n');
}

const isAppPage = (s) => s.page.startsWith('?');
const pageLabel = (s) => (s.page === '?' ? '`?` (default page)' : isAppPage(s) ? `\`${s.page}\`` : s.page);

function lighthouseTable(summary) {
  const floor = summary.find((s) => s.page === FLOOR_PAGE);
  const echarts = summary.find((s) => s.page === ECHARTS_PAGE);
  const bf = (s) => (s.okRuns === 0 ? 'n/a' : s.bfcachePassed === s.okRuns ? 'yes' : s.bfcachePassed === 0 ? 'no' : `${s.bfcachePassed}/${s.okRuns}`);
  const rows = summary.map((s) => [
    pageLabel(s),
    num(s.score),
    ms(s.fcp),
    withRatio(ms(s.lcp), ratio(s.lcp, floor?.lcp)),
    withRatio(ms(s.tti), ratio(s.tti, echarts?.tti)),
    ms(s.tbt),
    shift(s.cls),
    kib(s.bytes),
    bf(s),
  ]);
  const header = ['page', 'perf', 'FCP', 'LCP (× floor)', 'TTI (× ECharts)', 'TBT', 'CLS', 'transfer', 'bf-cache'];
  return table(header, ['l', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r'], rows);
}

function phoneTable(m, fetchedAddress) {
  /** The default page, its floor (for a time, with the page's ratio to it), the fetched page. */
  const first = (label, metric, format) => [
    label,
    format(metric.app),
    withRatio(format(metric.floor), format === ms && metric.floor ? `page ${ratio(metric.app, metric.floor) ?? 'n/a'}` : null),
    format(metric.fetched),
  ];
  const frames = m.tooltipFrames.app;
  const rows = [
    first('first-view transfer (gzip)', m.firstViewBytes, kib),
    first('first contentful paint', m.firstContentfulPaintMs, ms),
    first('all charts painted', m.allChartsMs, ms),
    first('layout shift, first view', m.layoutShift, shift),
    ['first press → app ready (the pressed thing done)', ms(m.pressToReadyMs.app), '—', ms(m.pressToReadyMs.fetched)],
    [
      "of which: the app's download arrived",
      `${ms(m.pressToWasmMs.app)} (${kib(m.appBytes.app)})`,
      '—',
      `${ms(m.pressToWasmMs.fetched)} (${kib(m.appBytes.fetched)})`,
    ],
    ['view switch / language switch, once started', `${num(m.viewSwitchMs.app, 1)} / ${num(m.langSwitchMs.app, 1)} ms`, '—', '—'],
    [
      'tooltip after hover',
      m.tooltipMs.app == null ? 'n/a' : `${ms(m.tooltipMs.app, 1)}, ${num(frames, frames % 1 ? 1 : 0)} frame${frames === 1 ? '' : 's'}`,
      '—',
      '—',
    ],
    ['JS heap / wasm memory after every view', `${mib(m.jsHeapBytes.app)} / ${mib(m.wasmMemoryBytes.app)} MiB`, '—', '—'],
  ];
  const header = ['metric (median)', 'default page', 'its floor (scripts removed)', `\`${fetchedAddress}\``];
  return table(header, ['l', 'r', 'r', 'r'], rows);
}

function curveTable(curve) {
  const file = (bytes) => (bytes < 100 * KiB ? `${(bytes / KiB).toFixed(0)} KiB` : `${(bytes / MiB).toFixed(1)} MiB`);
  const rows = curve.map((p) => {
    const items = `${count(p.counts.figures)} / ${count(p.counts.events)} / ${count(p.counts.pairings)}`;
    if (!p.ok) return [`${p.scale}×`, items, file(p.fileBytes), `failed: ${p.error.replaceAll('|', '\\|')}`, '', '', '', ''];
    return [
      `${p.scale}×`,
      items,
      file(p.fileBytes),
      `${(p.shownMs / 1000).toFixed(1)} s`,
      ms(p.projectsMs),
      ms(p.trainingMs),
      String(p.marks),
      `${mib(p.wasmMemoryBytes)} MiB`,
    ];
  });
  const header = [
    'scale',
    'figures / events / pairings',
    'file',
    'report shown',
    'switch to projects',
    'switch to training',
    'chart marks',
    'wasm memory',
  ];
  return table(header, ['l', 'l', 'r', 'r', 'r', 'r', 'r', 'r'], rows);
}

const wasmKiB = (w) => (w == null ? 'n/a' : (w.gzipBytes / KiB).toFixed(1));

/** The markdown between LATEST_START and LATEST_END: the run's circumstances and its three tables. */
export function latestMarkdown(run) {
  const lh = run.lighthouse;
  const m = run.median;
  const wasm = (w) => (w == null ? 'not found' : `${wasmKiB(w)} KiB (${count(w.gzipBytes)} bytes)`);
  const index = lh.benchmarkIndex;
  const fetched = run.firstViews.find((v) => v.name === 'fetched');
  const lines = [
    `Run of ${run.date.slice(0, 10)}, Chromium ${run.chromium}, ${run.cores} cores ` +
      `(1-minute load average ${run.loadAverage1min.before.toFixed(2)} before the start); medians. ` +
      `Wasm after \`gzip -9\`: the reader's ${wasm(run.wasm.reader)}, the editor's ${wasm(run.wasm.editor)}.`,
    '',
    `**Lighthouse ${lh.version}** (${lh.description}), ${lh.runsRequested} runs of each page` +
      `${index == null ? '' : `; Lighthouse's benchmark index of this machine: ${index.toFixed(0)}`}:`,
    '',
    lighthouseTable(lh.median),
    '',
    `**Phone profile** in Playwright (${run.profile.description}), ${run.runsRequested} rounds ` +
      `(finished: ${m.okRuns.app} default page, ${m.okRuns.floor} floor, ${m.okRuns.fetched} fetched page):`,
    '',
    phoneTable(m, fetched.address),
    '',
    '**How cost grows with work**, one run at each scale:',
    '',
    curveTable(run.curve),
  ];
  if (run.notes.length) lines.push('', 'Notes from the run:', '', ...run.notes.map((n) => `- ${n}`));
  return lines.join('\n');
}

/** The history line: date, Chromium, LCP × floor (default page, worst page), first press, wasm sizes. */
export function historyLine(run) {
  const summary = run.lighthouse.median;
  const floor = summary.find((s) => s.page === FLOOR_PAGE)?.lcp;
  const app = summary.filter(isAppPage).filter((s) => s.lcp != null);
  const byDefault = app.find((s) => s.page === '?');
  const worst = floor ? app.reduce((w, s) => (w === null || s.lcp > w.lcp ? s : w), null) : null;
  return row([
    run.date.slice(0, 10),
    run.chromium,
    (byDefault && ratio(byDefault.lcp, floor)) ?? 'n/a',
    worst ? `${ratio(worst.lcp, floor)} (\`${worst.page}\`)` : 'n/a',
    ms(run.median.pressToReadyMs.app),
    wasmKiB(run.wasm.reader),
    wasmKiB(run.wasm.editor),
  ]);
}

function between(page, start, end) {
  const from = page.indexOf(start);
  const to = from < 0 ? -1 : page.indexOf(end, from + start.length);
  if (from < 0 || to < 0) throw new Error(`no ${start} … ${end} region`);
  return { head: page.slice(0, from + start.length), body: page.slice(from + start.length, to), tail: page.slice(to) };
}

/** `page` (the text of docs/performance.md) with `run`'s latest tables and one more history line. */
export function updatePerformancePage(page, run) {
  const latest = between(page, LATEST_START, LATEST_END);
  const withLatest = `${latest.head}\n${latestMarkdown(run)}\n${latest.tail}`;
  const history = between(withLatest, HISTORY_START, HISTORY_END);
  return `${history.head}${history.body.trimEnd()}\n${historyLine(run)}\n${history.tail}`;
}
