// Loads the app, when public/prerender.js asks for it. An external module (not Trunk's inline
// loader) so that dist/ runs under `script-src 'self' 'wasm-unsafe-eval'`. The authoring view
// (`?view=edit`, not embedded) is a second build of the app with the editor in it, so readers
// never download the editor; the address is read by prerender.js with the app's own rules
// (window.aidImpactAddress), so both load the page the app will show.
const address = window.aidImpactAddress ?? {};
const APP = address.view === 'edit' && !address.embed ? 'aid-impact-editor' : 'aid-impact';

/**
 * The base name of the app's files (`aid-impact-1a2b…`, for `.js` and `_bg.wasm`) that the
 * document `page` names, as the build wrote it into index.html (crates/build/src/main.rs). It
 * changes with their content, so they are cached for good and a browser never pairs one build's
 * JS with another's wasm.
 */
const filesOf = (page) => page.querySelector(`meta[name="app:${APP}"]`)?.content;
const FILES = filesOf(document);

// If the app cannot start (a wasm file cut short on a bad connection) or traps, show the crash
// message with its reload link (pre-rendered into index.html in both languages) rather than a
// frozen page. A Rust panic shows the same message itself first.
function showCrash() {
  if (document.querySelector('.crash')) return;
  const lang = document.documentElement.lang === 'en' ? 'en' : 'zh';
  const template = document.getElementById(`crash-${lang}`);
  if (template) document.body.prepend(template.content.cloneNode(true));
}
const isTrap = (error) => error instanceof WebAssembly.RuntimeError;
window.addEventListener('error', (event) => isTrap(event.error) && showCrash());
window.addEventListener('unhandledrejection', (event) => isTrap(event.reason) && showCrash());

/**
 * The app's wasm-bindgen loader. The reader's app is an ES module; the editor's, Trunk's second
 * build target (of its "worker" type, as Trunk builds one main target only), is a classic
 * script that defines the loader as the global `wasm_bindgen`.
 */
async function loader() {
  const src = new URL(`${FILES}.js`, import.meta.url).href;
  if (APP === 'aid-impact') return (await import(src)).default;
  await new Promise((loaded, failed) => {
    const script = document.createElement('script');
    script.src = src;
    script.onload = loaded;
    script.onerror = () => failed(new Error(`${script.src} did not load`));
    document.head.append(script);
  });
  return wasm_bindgen; // eslint-disable-line no-undef
}

/** The element at `path` ({ id, steps } from prerender.js), in the page the app drew. */
function find(path) {
  let element = document.getElementById(path.id);
  for (const step of path.steps) element = element?.children[step];
  return element ?? null;
}

/** Gives the app what the reader did to the pre-rendered page while it loaded. */
async function handOver() {
  const handover = window.aidImpactHandover ?? {};
  window.aidImpactHandover = null;
  try {
    if (handover.focused) find(handover.focused)?.focus({ preventScroll: true });
    const field = handover.change && find(handover.change.at);
    if (field && 'value' in field) {
      field.value = handover.change.value;
      field.dispatchEvent(new Event('change', { bubbles: true }));
    }
    if (handover.click) find(handover.click)?.click();
    // A tap on a chart: the app shows that item's tooltip, once it has measured and drawn the
    // chart (the frame after it mounted).
    await new Promise((frame) => requestAnimationFrame(() => requestAnimationFrame(frame)));
    const chart = handover.tap && find(handover.tap.at);
    const { x: clientX, y: clientY } = handover.tap ?? {};
    chart?.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, clientX, clientY }));
  } catch (error) {
    // The page changed under the reader's hand: the app runs, the press is lost.
    console.warn('aid-impact: could not replay the first press:', error);
  }
}

/**
 * True when the site now serves another build than the one this page was loaded from: the app
 * was redeployed while the page was open and this page's files may be gone. Reloading then gives
 * the new build whole. Once per build, so a cache that keeps serving the old page cannot loop.
 */
async function redeployed() {
  try {
    const response = await fetch(new URL('./', import.meta.url), { cache: 'no-cache' });
    if (!response.ok) return false;
    const now = filesOf(new DOMParser().parseFromString(await response.text(), 'text/html'));
    const key = 'aid-impact-reloaded-for';
    if (!now || now === FILES || sessionStorage.getItem(key) === now) return false;
    sessionStorage.setItem(key, now);
    return true;
  } catch {
    return false; // offline, or no storage: the crash message's link reloads
  }
}

async function boot() {
  try {
    const init = await loader();
    const wasm = await init({ module_or_path: new URL(`${FILES}_bg.wasm`, import.meta.url) });
    // The wasm memory, for the benchmark (tests/e2e/bench.mjs) and for debugging.
    window.aidImpact = { memory: wasm.memory };
    document.documentElement.classList.remove('app-starting');
  } catch (error) {
    if (await redeployed()) {
      console.warn('aid-impact: a new version was deployed, reloading:', error);
      window.location.reload();
      return;
    }
    console.error('aid-impact could not start:', error);
    showCrash();
    return;
  }
  await handOver();
}

/** Resolves once the app has mounted (or could not start). */
export const started = boot();
