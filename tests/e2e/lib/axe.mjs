// axe-core run inside a page (evaluate is not subject to the page's CSP).

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * WCAG 2.1 A/AA violations of the page, and the heading outline, as readable lines. With
 * `{ aaa: true }` also AAA's enhanced text contrast (7:1, axe's `color-contrast-enhanced`).
 */
export async function axeViolations(page, { aaa = false } = {}) {
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async (aaa) => {
    const result = await window.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
      // Not tagged WCAG by axe, but a screen reader's outline depends on it.
      rules: {
        'heading-order': { enabled: true },
        ...(aaa ? { 'color-contrast-enhanced': { enabled: true } } : {}),
      },
    });
    const ran = [...result.passes, ...result.violations, ...result.incomplete, ...result.inapplicable];
    if (aaa && !ran.some((r) => r.id === 'color-contrast-enhanced')) {
      return ['color-contrast-enhanced did not run'];
    }
    return result.violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`);
  }, aaa);
}
