// Synthetic reports for measuring how cost grows with work: the bundled report with every
// figure, project and pairing repeated `scale` times under new ids (copy k of `aid_funds_total`
// is `aid_funds_total_x2`, …), derivations and references renamed to match, and the bundled
// original text so every quote still checks. Generated on the fly for tests and the benchmark;
// never bundled, never committed as data.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from './browser.mjs';

const BUNDLED = JSON.parse(readFileSync(join(REPO_ROOT, 'crates/report/src/report.json'), 'utf8'));
const TEXT = readFileSync(join(REPO_ROOT, 'crates/report/src/report-2023-05-25.zh.txt'), 'utf8');

/** How many figures, project events and pairings `syntheticReport(scale)` holds. */
export function syntheticCounts(scale) {
  const events = BUNDLED.projects.reduce((n, p) => n + p.events.length, 0);
  return { figures: BUNDLED.figures.length * scale, events: events * scale, pairings: BUNDLED.pairings.length * scale };
}

/** The report repeated `scale` times, as compact JSON text. */
export function syntheticReport(scale) {
  const rename = (id, k) => (k === 1 ? id : `${id}_x${k}`);
  const tag = (text, k) => (k === 1 ? text : { zh: `${text.zh}（副本${k}）`, en: `${text.en} (copy ${k})` });
  const figures = [];
  const projects = [];
  const pairings = [];
  for (let k = 1; k <= scale; k++) {
    for (const f of BUNDLED.figures) {
      const copy = { ...f, id: rename(f.id, k), label: tag(f.label, k) };
      if (f.project) copy.project = rename(f.project, k);
      if (f.derivation) {
        copy.derivation = {
          formula: f.derivation.formula,
          inputs: Object.fromEntries(Object.entries(f.derivation.inputs).map(([n, id]) => [n, rename(id, k)])),
        };
      }
      figures.push(copy);
    }
    for (const p of BUNDLED.projects) {
      const events = p.events.map((e) => ({ ...e, id: e.id && rename(e.id, k) }));
      projects.push({ ...p, id: rename(p.id, k), name: tag(p.name, k), events });
    }
    for (const p of BUNDLED.pairings) {
      pairings.push({
        ...p,
        id: rename(p.id, k),
        from_count: p.from_count && rename(p.from_count, k),
        to_count: p.to_count && rename(p.to_count, k),
      });
    }
  }
  const meta = {
    ...BUNDLED.meta,
    id: `synthetic-${scale}x`,
    title: { zh: `合成测试报告 ×${scale}（测试数据）`, en: `Synthetic test report ×${scale} (test data)` },
  };
  return JSON.stringify({ meta, figures, projects, pairings, original_text: TEXT });
}
