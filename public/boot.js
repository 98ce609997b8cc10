// Loads the app. An external module (not Trunk's inline loader) so that dist/ runs under
// `script-src 'self' 'wasm-unsafe-eval'`.
import init from './aid-impact.js';

const wasm = await init({ module_or_path: new URL('aid-impact_bg.wasm', import.meta.url) });
// The wasm memory, for the benchmark (tests/e2e/bench.mjs) and for debugging.
window.aidImpact = { memory: wasm.memory };
