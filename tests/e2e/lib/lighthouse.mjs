// Lighthouse (npm lighthouse@12.2.3, its default config: the mobile preset, i.e. a 412×823
// phone, simulated slow 4G and 4× CPU slowdown) on Debian's Chromium, for `./dev bench`. One
// Chromium for all runs; each run is a fresh Lighthouse navigation (storage and cache cleared).
//
//   const lh = await startLighthouse();
//   const m = await lh.run('http://127.0.0.1:8080/?lang=en');   // → metrics(lhr) below
//   lh.close();

import { createRequire } from 'node:module';
import { launch } from 'chrome-launcher';
import lighthouse, { defaultConfig } from 'lighthouse';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './browser.mjs';

/** What the numbers were measured with, for the benchmark's JSON. */
export const LIGHTHOUSE_SETTINGS = (() => {
  const { formFactor, throttlingMethod, throttling, screenEmulation } = defaultConfig.settings;
  const { version } = createRequire(import.meta.url)('lighthouse/package.json');
  return { version, chromiumFlags: CHROMIUM_ARGS, formFactor, throttlingMethod, throttling, screenEmulation };
})();

/**
 * The numbers kept from one Lighthouse report (milliseconds, bytes; score 0–100). A run that
 * Lighthouse could not finish (e.g. no paint) has `error` and null metrics, never zeros.
 */
export function metrics(lhr) {
  const audit = (id) => lhr.audits[id]?.numericValue ?? null;
  const score = lhr.categories.performance?.score;
  const bf = lhr.audits['bf-cache'];
  return {
    score: score == null ? null : Math.round(score * 100),
    fcp: audit('first-contentful-paint'),
    lcp: audit('largest-contentful-paint'),
    tti: audit('interactive'),
    tbt: audit('total-blocking-time'),
    cls: audit('cumulative-layout-shift'),
    bytes: audit('total-byte-weight'),
    bfcache: bf?.score ?? null,
    // Chromium's reasons for not restoring the page from the back/forward cache.
    bfcacheFailures: bf?.errorMessage ? [bf.errorMessage] : (bf?.details?.items ?? []).map((i) => i.protocolReason ?? i.reason),
    // Lighthouse's CPU speed estimate of this machine at the time of the run (noise check).
    benchmarkIndex: lhr.environment?.benchmarkIndex ?? null,
    ...(lhr.runtimeError ? { error: `${lhr.runtimeError.code}: ${lhr.runtimeError.message}` } : {}),
    ...(lhr.runWarnings?.length ? { warnings: lhr.runWarnings } : {}),
  };
}

/** Starts Chromium; `run(url)` audits one page (performance only), `close()` ends. */
export async function startLighthouse() {
  const chrome = await launch({ chromePath: CHROMIUM_PATH, chromeFlags: CHROMIUM_ARGS, logLevel: 'silent' });
  return {
    async run(url) {
      const result = await lighthouse(
        url,
        { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] },
        defaultConfig,
      );
      if (!result) throw new Error('Lighthouse returned no result');
      return metrics(result.lhr);
    },
    close: () => chrome.kill(),
  };
}
