// Shows the pre-rendered page of the address and starts the app when the reader needs it.
// A tiny blocking script in <head>, before the stylesheet (which blocks rendering anyway), so
// the first paint is already the right page in the right language.
//
// - index.html holds the Chinese overview (`<div id="app">`). Any other view or embed, in any
//   language, is a file pages/<view-…|embed-…>.<lang>.html made at build time (crates/build),
//   fetched here and put in its place. Addresses with no such page (`?data=`, `?compare=`,
//   `?unit=`, `?tab=`, `?view=compare`, `?view=edit`, a chart that does not exist, …) show a
//   loading line and start the app at once. So do care-mode addresses (`?care=on`): their
//   charts are drawn at the larger text size by the app, not at build time; the page is marked
//   `<html data-care="on">` at once, so even the loading line is in care mode's type.
// - The app (boot.js and the wasm) is not part of the first download: it starts on the
//   reader's first click or tap, mouse press, key, changed field or mouse over a chart or
//   control (not a scroll), or at once when the address asks for what only it can
//   show. It mounts the same markup in place; the press that woke it is then replayed on the
//   same element, and the focused element keeps focus (window.aidImpactHandover, for boot.js).
// - An embedded page posts its height to the host page (public/embed.js), before and after the
//   app starts.
(function () {
  'use strict';
  var root = document.documentElement;
  // The address's rules and the pages made at build time, written by the build from the
  // definitions the app reads links with (crates/build, address_meta), so this page and the
  // app never read an address differently: renamed keys, what each key accepts (the first
  // accepted value of a repeated key wins), the defaults, the keys only the app can show.
  var meta = document.querySelector('meta[name="aid-impact-address"]');
  var rules = meta ? JSON.parse(meta.content) : null;

  /** Whether `rule` (codes, an id's shape, a report path) accepts `value`. */
  function admits(rule, value) {
    if (rule.codes.indexOf(value) >= 0) return true;
    // A path is the app's to check (it names one it refuses): any is for the app.
    if (rule.path && value) return true;
    var id = rule.id;
    if (!id || !value || value.length > id.max || id.reserved.indexOf(value) >= 0) return false;
    for (var i = 0; i < value.length; i++) {
      if ((i ? id.rest : id.first).indexOf(value.charAt(i)) < 0) return false;
    }
    return true;
  }

  var params = {};
  if (rules) {
    new URLSearchParams(window.location.search).forEach(function (value, key) {
      key = rules.renamed[key] || key;
      var rule = rules.accepts[key];
      if (rule && !(key in params) && admits(rule, value)) params[key] = value;
    });
  }
  // The address as read, for boot.js (which app to load).
  window.aidImpactAddress = params;
  var lang = params.lang || (rules ? rules.defaults.lang : 'zh');
  if (params.theme) root.setAttribute('data-theme', params.theme);
  // Care mode (关怀版): larger text, spacing and targets from the first paint (style/main.css).
  var care = params.care === 'on';
  if (care) root.setAttribute('data-care', 'on');

  var kind = params.embed ? 'embed' : 'view';
  var code = params.embed || params.view || (rules ? rules.defaults.view : 'overview');
  var pages = rules && rules.pages[lang];
  var file = pages ? pages[kind][code] : undefined;
  var known = typeof file === 'string';
  var has = function (key) { return key in params; };
  var appOnly = !known || care || rules.appOnly.some(has);
  var isDefault = file === '';

  // What wakes the app: a click or tap, a mouse button, a key, a changed field, the mouse on a
  // chart or a control (so its tooltip or the press finds the app ready sooner); not a finger
  // that scrolls, so reading on a phone downloads nothing more.
  var INTENTS = ['click', 'pointerdown', 'pointerover', 'keydown', 'change'];
  // What a replayed click can press.
  var PRESSABLE = 'button, [role="tab"], summary, label, input, select, textarea';
  var started = false;
  var handover = (window.aidImpactHandover = { click: null, tap: null, change: null, focused: null });

  /** Loads and starts the app (boot.js, a module); resolves when it has mounted. */
  function start() {
    if (!started) {
      started = true;
      root.classList.add('app-starting');
      window.aidImpactStarted = import('./boot.js').then(function (boot) { return boot.started; });
    }
    return window.aidImpactStarted;
  }
  // For tests and tools that need the app itself.
  window.aidImpactStart = start;

  /** Where `element` is, as the nearest ancestor id and the element-child steps from it. */
  function pathOf(element) {
    var steps = [];
    while (element && element.id === '' && element.parentElement) {
      steps.unshift(Array.prototype.indexOf.call(element.parentElement.children, element));
      element = element.parentElement;
    }
    return element && element.id ? { id: element.id, steps: steps } : null;
  }

  // What the reader does before the app has mounted: boot.js hands it over (the last press
  // of a control or tap on a chart, the last changed field, the focused element).
  function remember(event) {
    if (window.aidImpact) return;
    var target = event.target instanceof Element ? event.target : null;
    if (!target || target.closest('a[href]')) return;
    if (event.type === 'click') {
      var control = target.closest(PRESSABLE);
      var chart = target.closest('.chart-plot');
      handover.click = control ? pathOf(control) : null;
      handover.tap = !control && chart
        ? { at: pathOf(chart), x: event.clientX, y: event.clientY }
        : null;
    } else if (event.type === 'change') {
      handover.change = { at: pathOf(target), value: target.value };
    } else {
      handover.focused = pathOf(target);
    }
  }
  ['click', 'change', 'focusin'].forEach(function (type) {
    document.addEventListener(type, remember, true);
  });

  function onIntent(event) {
    // Following a link is a new page, pre-rendered too: no app needed for that.
    var target = event.target instanceof Element ? event.target : null;
    if (target && target.closest('a[href]')) return;
    if (event.type === 'pointerdown' && event.pointerType === 'touch') return;
    var aimed = target && target.closest(PRESSABLE + ', .chart-plot');
    if (event.type === 'pointerover' && (event.pointerType !== 'mouse' || !aimed)) return;
    INTENTS.forEach(function (type) {
      window.removeEventListener(type, onIntent, true);
    });
    start();
  }

  // Once the app has started it draws the page itself: nothing arriving late may replace it.
  function showTemplate(id) {
    var template = document.getElementById(id);
    var current = document.getElementById('app');
    if (!template || window.aidImpact) return;
    var content = template.content.cloneNode(true);
    if (current) current.replaceWith(content);
    else document.body.prepend(content);
    root.classList.remove('prerender-off');
  }

  function show(html) {
    if (window.aidImpact) return;
    var holder = document.createElement('template');
    holder.innerHTML = html;
    var fresh = holder.content.firstElementChild;
    if (!fresh || fresh.id !== 'app') throw new Error('not a pre-rendered page');
    if (fresh.dataset.title) document.title = fresh.dataset.title;
    var current = document.getElementById('app');
    if (current) current.replaceWith(fresh);
    else document.body.prepend(fresh);
    root.classList.remove('prerender-off');
  }

  function whenBody(then) {
    if (document.body) then();
    else document.addEventListener('DOMContentLoaded', then);
  }

  if (!isDefault) {
    // The Chinese overview in index.html is not this page: hidden before the first paint.
    root.classList.add('prerender-off');
    root.setAttribute('lang', lang === 'en' ? 'en' : 'zh-CN');
  }
  if (appOnly) {
    whenBody(function () {
      showTemplate('loading-' + (lang === 'en' ? 'en' : 'zh'));
      start();
    });
  } else if (!isDefault) {
    var response = fetch(file).then(function (r) {
      if (!r.ok) throw new Error('HTTP ' + r.status);
      return r.text();
    });
    whenBody(function () {
      response.then(show).catch(function () {
        // Not served after all: the app draws the page itself.
        showTemplate('loading-' + lang);
        start();
      });
    });
  }
  if (!appOnly && rules.appSoon.some(has)) whenBody(start);
  INTENTS.forEach(function (type) {
    window.addEventListener(type, onIntent, { capture: true, passive: true });
  });

  // Embedded: the host page sizes the iframe to the page (public/embed.js).
  if (params.embed && window.parent !== window && 'ResizeObserver' in window) {
    var post = function () {
      window.parent.postMessage(
        { type: 'aid-impact:resize', embed: params.embed, height: root.scrollHeight },
        '*'
      );
    };
    whenBody(function () {
      new ResizeObserver(post).observe(document.body);
    });
  }
})();
