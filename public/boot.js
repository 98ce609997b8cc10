// Loads the app. An external module (not Trunk's inline loader) so that dist/ runs under
// `script-src 'self' 'wasm-unsafe-eval'`.
import init from './aid-impact.js';

// If the app cannot start (a wasm file cut short on a bad connection) or traps, show the crash
// message with its reload link (pre-rendered into index.html in both languages) rather than a
// blank or frozen page. A Rust panic shows the same message itself first.
function showCrash() {
  if (document.querySelector('.crash')) return;
  const params = new URLSearchParams(window.location.search);
  const lang = (params.get('lang') ?? params.get('language')) === 'en' ? 'en' : 'zh';
  const template = document.getElementById(`crash-${lang}`);
  if (template) document.body.prepend(template.content.cloneNode(true));
}
const isTrap = (error) => error instanceof WebAssembly.RuntimeError;
window.addEventListener('error', (event) => isTrap(event.error) && showCrash());
window.addEventListener('unhandledrejection', (event) => isTrap(event.reason) && showCrash());

try {
  const wasm = await init({ module_or_path: new URL('aid-impact_bg.wasm', import.meta.url) });
  // The wasm memory, for the benchmark (tests/e2e/bench.mjs) and for debugging.
  window.aidImpact = { memory: wasm.memory };
} catch (error) {
  console.error('aid-impact could not start:', error);
  showCrash();
}
