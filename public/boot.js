// Loads the app, when public/prerender.js asks for it. An external module (not Trunk's inline
// loader) so that dist/ runs under `script-src 'self' 'wasm-unsafe-eval'`. The authoring view
// (`?view=edit`) is a second build of the app with the editor in it, so readers never download
// the editor; the view is read as src/state reads it (first value, old name `page`).
const params = new URLSearchParams(window.location.search);
const APP = (params.get('view') ?? params.get('page')) === 'edit' ? 'aid-impact-editor' : 'aid-impact';

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
  if (APP === 'aid-impact') return (await import('./aid-impact.js')).default;
  await new Promise((loaded, failed) => {
    const script = document.createElement('script');
    script.src = new URL(`${APP}.js`, import.meta.url).href;
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

async function boot() {
  try {
    const init = await loader();
    const wasm = await init({ module_or_path: new URL(`${APP}_bg.wasm`, import.meta.url) });
    // The wasm memory, for the benchmark (tests/e2e/bench.mjs) and for debugging.
    window.aidImpact = { memory: wasm.memory };
    document.documentElement.classList.remove('app-starting');
  } catch (error) {
    console.error('aid-impact could not start:', error);
    showCrash();
    return;
  }
  await handOver();
}

/** Resolves once the app has mounted (or could not start). */
export const started = boot();
