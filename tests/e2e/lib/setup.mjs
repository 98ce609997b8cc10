// Shared before/after for a test file: one static server over dist/ and one
// browser, both started in `before` and closed in `after`.
//
//   const app = useApp();                       // at top level of a test file
//   test('x', async () => {
//     const { page, problems } = await app.open('?lang=en', { width: 375, height: 800 });
//     ...
//   });
//
// dist is $DIST (resolved against the current directory) or <repo>/dist.

import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { after, before } from 'node:test';
import { launchBrowser, openPage, REPO_ROOT } from './browser.mjs';
import { serve } from './server.mjs';

export function locateDist() {
  const dist = process.env.DIST ? resolve(process.env.DIST) : join(REPO_ROOT, 'dist');
  if (!existsSync(join(dist, 'index.html'))) {
    throw new Error(
      `No built app at ${dist} (index.html missing): run \`./dev build\` first ` +
        '(or point DIST at a built dist directory).',
    );
  }
  return dist;
}

/**
 * The content-hashed base name of an app's files in a built dist (`aid-impact-1a2b…`, for
 * `.js` and `_bg.wasm`), as the build names it in index.html for boot.js.
 */
export function appFiles(dist, app = 'aid-impact') {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const name = new RegExp(`<meta name="app:${app}" content="([^"]+)">`).exec(html)?.[1];
  if (!name) throw new Error(`${dist}/index.html names no files of ${app}`);
  return name;
}

/**
 * The Content-Security-Policy of a strict government portal. Every test serves the app under
 * it, so any inline script or style, or any request elsewhere, shows up as a console error.
 */
export const STRICT_CSP =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; " +
  "img-src 'self' data: blob:; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors *";

/**
 * Register before/after hooks on the current test file and return a handle.
 * `serverOptions` are passed to serve() (e.g. { gzip: true, headers: {...}, files: {...} }); the strict CSP
 * header is added unless `headers` names its own.
 */
export function useApp(serverOptions = {}) {
  const app = {
    dist: undefined,
    url: undefined,
    browser: undefined,
    /** Open `path` (relative to the app root, e.g. '?lang=en') in a fresh page. */
    open(path = '', viewport) {
      if (!app.browser) throw new Error('useApp(): browser not started (did `before` fail?)');
      return openPage(app.browser, new URL(path, app.url).href, viewport);
    },
  };
  let server;

  before(async () => {
    app.dist = locateDist();
    const headers = { 'Content-Security-Policy': STRICT_CSP, ...serverOptions.headers };
    server = await serve({ ...serverOptions, headers, root: app.dist });
    app.url = server.url;
    app.browser = await launchBrowser();
  });

  after(async () => {
    await app.browser?.close();
    await server?.close();
  });

  return app;
}
