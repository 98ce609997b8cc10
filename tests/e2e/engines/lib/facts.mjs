// What a reader can read off the page, extracted by functions that run in the page of every
// engine alike (each is sent as source text, so it uses nothing from this module's scope).
//
// Facts are text and structure, never layout: headings, chart titles, notes and summaries, the
// items of every chart (their accessible labels carry label, value, qualifier and period), table
// cells, source quotes, tooltips, dialogs, downloaded files, compare rows, problems with a file.
// Pixel positions, sizes and the SVG's axis labels (they follow the chart's width, which follows
// fonts and scrollbars) are left out; "drawn" only says the chart has a non-empty drawing.

/**
 * Installed after the page has loaded and before the app starts (or at once, for addresses that
 * start it themselves): records errors, rejections, console errors and CSP violations in
 * window.__xe.problems, and prepares window.__xe.downloads. Returns true.
 */
export function recordProblems() {
  if (window.__xe) return true;
  const problems = [];
  window.__xe = { problems, downloads: [] };
  const original = console.error;
  console.error = function (...args) {
    problems.push(`console.error: ${args.map(String).join(' ')}`);
    return original.apply(this, args);
  };
  window.addEventListener('error', (event) => {
    // Not an error: a ResizeObserver callback changed a size, so some notifications wait for
    // the next frame (Chromium reports it as an error event; the app redraws charts there).
    if (/^ResizeObserver loop/.test(event.message)) return;
    problems.push(`error: ${event.message}`);
  });
  window.addEventListener('unhandledrejection', (event) => problems.push(`unhandled rejection: ${event.reason}`));
  document.addEventListener('securitypolicyviolation', (event) =>
    problems.push(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`),
  );
  return true;
}

/** What recordProblems recorded (null when it was never installed). */
export function problems() {
  return window.__xe ? window.__xe.problems : null;
}

/**
 * Catches files the app hands to the browser: it makes a Blob's object URL and clicks an
 * `<a download>` (src/export/download.rs). The Blob behind the clicked link is kept in
 * window.__xe.downloads; with `passThrough` the click then goes on to a real download (for the
 * check, in Chromium, that what is caught is what the browser saves), else it stops there.
 * The same in every engine, so what is compared is the file, not each engine's download UI.
 */
export function interceptDownloads(passThrough = false) {
  const blobs = new Map();
  const create = URL.createObjectURL;
  URL.createObjectURL = function (object) {
    const url = create.call(URL, object);
    if (object instanceof Blob) blobs.set(url, object);
    return url;
  };
  const click = HTMLAnchorElement.prototype.click;
  HTMLAnchorElement.prototype.click = function () {
    const blob = this.hasAttribute('download') ? blobs.get(this.href) : undefined;
    if (blob) window.__xe.downloads.push({ name: this.download, blob });
    if (!blob || passThrough) return click.call(this);
    return undefined;
  };
  return true;
}

/** The caught files: name, MIME type, size, first three bytes and the text (BOM kept). */
export async function readDownloads() {
  return Promise.all(
    window.__xe.downloads.map(async ({ name, blob }) => {
      const bytes = new Uint8Array(await blob.arrayBuffer());
      return {
        name,
        type: blob.type,
        size: blob.size,
        head: [...bytes.slice(0, 3)],
        text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes),
      };
    }),
  );
}

/** Whether the app has mounted, is loading, or shows its crash message. */
export function appState() {
  return {
    // prerender.js has asked for the app (the address needs it, or a reader's press).
    requested: Boolean(window.aidImpactStarted),
    started: Boolean(window.aidImpact),
    starting: document.documentElement.classList.contains('app-starting'),
    crashed: Boolean(document.querySelector('.crash')),
  };
}

/**
 * True once the app has mounted and drawn: no pre-rendered drawing left, and every chart card
 * either says it has no data or holds the app's drawing with a size.
 */
export function appDrawn() {
  if (!window.aidImpact || document.documentElement.classList.contains('app-starting')) return false;
  if (document.querySelector('.crash')) return 'crashed';
  if (document.querySelector('.prerender-svg')) return false;
  return [...document.querySelectorAll('[data-chart-id]')].every((card) => {
    if (card.dataset.empty === 'true') return true;
    const svg = card.querySelector('.chart-svg > svg');
    const box = svg && svg.getBoundingClientRect();
    return Boolean(box && box.width > 0 && box.height > 0 && svg.querySelector('path, rect, line, circle, polygon'));
  });
}

/** True when the card of chart `id` shows its tab `tab`, filled. */
export function tabFilled(id, tab) {
  const content = { chart: '.chart-svg > svg', table: 'table.chart-table tbody tr', source: 'ul.source-list li' }[tab];
  const card = document.querySelector(`[data-chart-id="${id}"]`);
  const panel = card && card.querySelector('[role="tabpanel"]:not([hidden])');
  return Boolean(
    card &&
      card.querySelector(`button.chart-tab[data-tab="${tab}"][aria-selected="true"]`) &&
      panel &&
      panel.querySelector(content),
  );
}

/**
 * Everything a reader reads on the page, as plain data. `parts` picks what to add to the
 * always-read core: 'tables', 'sources' (the open tab's contents), 'sourceText' (the full
 * original of the source view).
 */
export function pageFacts(parts = []) {
  const norm = (s) => (s == null ? null : String(s).replace(/\s+/g, ' ').trim());
  const text = (el) => (el ? norm(el.textContent) : null);
  const all = (selector, root = document) => [...root.querySelectorAll(selector)];
  const want = new Set(parts);
  const chart = (card) => {
    const svg = card.querySelector('.chart-svg > svg');
    const box = svg && svg.getBoundingClientRect();
    const facts = {
      id: card.dataset.chartId,
      empty: card.dataset.empty === 'true',
      title: text(card.querySelector('.chart-title')),
      note: text(card.querySelector('.chart-note')),
      summary: text(card.querySelector('.chart-summary')),
      drawn: Boolean(box && box.width > 0 && box.height > 0 && svg.querySelector('path, rect, line, circle, polygon')),
      tabs: all('button.chart-tab', card).map((b) => `${b.dataset.tab}${b.getAttribute('aria-selected') === 'true' ? '*' : ''}`),
      marks: all('.chart-plot button.chart-mark', card).map((m) => m.getAttribute('aria-label')),
      tabbable: all('.chart-plot button.chart-mark[tabindex="0"]', card).map((m) => m.dataset.item),
      legend: all('.chart-legend li', card).map(text),
      tools: all('.chart-tools [data-action]', card).map((b) => `${b.dataset.action}: ${text(b)}`),
    };
    if (want.has('tables')) {
      facts.table = all('table.chart-table tr', card).map((tr) => [
        tr.dataset.key ?? null,
        tr.dataset.qualifier ?? null,
        ...all('th, td', tr).map(text),
      ]);
    }
    if (want.has('sources')) {
      facts.sources = all('ul.source-list > li', card).map((li) => ({
        item: text(li.querySelector('.source-item')),
        quotes: all('blockquote.figure-source mark', li).map((m) => m.textContent),
        formula: text(li.querySelector('p.formula')),
      }));
      facts.original = all('details.highlighted-original mark', card).map((m) => m.textContent);
    }
    return facts;
  };
  const compare = document.querySelector('[data-testid="compare-table"]');
  const facts = {
    lang: document.documentElement.lang,
    title: document.title,
    url: location.search,
    view: document.querySelector('section[data-view]')?.dataset.view ?? null,
    nav: all('nav.site-nav a').map((a) => `${a.dataset.view}: ${text(a)}${a.getAttribute('aria-current') ? '*' : ''}`),
    headings: all('main h1, main h2, main h3').map(text),
    report: text(document.querySelector('[data-testid="report-shown"]')),
    figures: all('[data-figure-id]').map((el) => [el.dataset.figureId, text(el)]),
    charts: all('[data-chart-id]').map(chart),
    paragraphs: all('main > section > p, main .view-head p, main .view-intro').map(text),
    noData: text(document.querySelector('[data-testid="view-no-data"]')),
    loadError: text(document.querySelector('[data-testid="load-error"]')),
    compare: compare && {
      head: all('thead th', compare).map(text),
      rows: all('tbody tr', compare).map((tr) => [tr.dataset.figureId ?? null, ...all('th, td', tr).map(text)]),
      counts: text(document.querySelector('[data-testid="compare-counts"]')),
    },
    footer: all('footer [data-action]').map((b) => `${b.dataset.action}: ${text(b)}`),
  };
  if (want.has('sourceText')) {
    const source = document.querySelector('[data-testid="source-text"]');
    facts.sourceText = source && { text: text(source), paragraphs: all('p', source).length };
  }
  return facts;
}

/** The tooltip of chart `id` as shown (null when hidden), and which item has focus. */
export function tooltipFacts(id) {
  const card = document.querySelector(`[data-chart-id="${id}"]`);
  const tip = card.querySelector('.chart-tooltip[role="tooltip"]');
  const active = document.activeElement;
  const norm = (el) => (el ? el.textContent.replace(/\s+/g, ' ').trim() : null);
  return {
    focused: card.contains(active) && active.matches('.chart-mark') ? active.dataset.item : null,
    focusedLabel: card.contains(active) && active.matches('.chart-mark') ? active.getAttribute('aria-label') : null,
    tabbable: [...card.querySelectorAll('.chart-mark[tabindex="0"]')].map((m) => m.dataset.item),
    tooltip: tip.hidden
      ? null
      : {
          label: norm(tip.querySelector('.tooltip-label')),
          value: norm(tip.querySelector('.tooltip-value')),
          period: norm(tip.querySelector('.tooltip-period')),
          quotes: [...tip.querySelectorAll('blockquote.figure-source mark')].map((m) => m.textContent),
          formula: norm(tip.querySelector('p.formula')),
          text: norm(tip),
        },
  };
}

/** The open dialog `testid` (null when none), its contents and where focus is. */
export function dialogFacts(testid) {
  const dialog = document.querySelector(`[data-testid="${testid}"]`);
  const norm = (el) => (el ? el.textContent.replace(/\s+/g, ' ').trim() : null);
  const active = document.activeElement;
  if (!dialog) return { dialog: null, focus: active?.dataset.action ?? active?.tagName.toLowerCase() ?? null };
  // A string hash of the QR code's drawing: equal drawings, equal hashes.
  const hash = (s) => {
    let h = 0x811c9dc5;
    for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193) >>> 0;
    return h.toString(16);
  };
  const qr = dialog.querySelector('[data-testid="qr-code"]');
  const shareSheet = Boolean(dialog.querySelector('button.share-sheet'));
  return {
    dialog: {
      element: dialog.tagName.toLowerCase(),
      open: dialog.open === true,
      modal: dialog.matches(':modal'),
      heading: norm(dialog.querySelector('h2')),
      fields: [...dialog.querySelectorAll('textarea, input')].map((f) => f.value),
      // The system share sheet is offered where the browser has one (phones): it must follow
      // the browser, which differs between engines, so only that agreement is a fact here.
      shareSheetFollowsBrowser: shareSheet === 'share' in navigator,
      buttons: [...dialog.querySelectorAll('button:not(.share-sheet)')].map(norm),
      qr: qr && { paths: qr.querySelectorAll('svg path').length, hash: hash(qr.innerHTML) },
      text: norm(dialog).replace(norm(dialog.querySelector('button.share-sheet')) ?? '\u0000', ''),
      focusInside: dialog.contains(active),
    },
    focus: active?.dataset.action ?? active?.tagName.toLowerCase() ?? null,
  };
}

/**
 * Drops a file on the page as a reader drags it from their desktop: a DataTransfer holding a
 * File, through dragover and drop on the body (the app listens on the window).
 */
export function dropFile(name, contents) {
  const transfer = new DataTransfer();
  transfer.items.add(new File([contents], name, { type: 'application/json' }));
  const init = { dataTransfer: transfer, bubbles: true, cancelable: true };
  document.body.dispatchEvent(new DragEvent('dragenter', init));
  document.body.dispatchEvent(new DragEvent('dragover', init));
  document.body.dispatchEvent(new DragEvent('drop', init));
  return transfer.types.includes('Files');
}
