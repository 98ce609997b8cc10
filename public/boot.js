// Loads the app. An external module (not Trunk's inline loader) so that dist/ runs under
// `script-src 'self' 'wasm-unsafe-eval'`.
import init from './aid-impact.js';

init({ module_or_path: new URL('aid-impact_bg.wasm', import.meta.url) });
