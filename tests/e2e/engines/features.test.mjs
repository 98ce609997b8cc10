// The README's "Supported browsers" states the wasm features the release build emits and the
// oldest browser versions that follow from them and from the web features the app uses. This
// checks the statement against dist/:
//
// - the features binaryen finds in the app's wasm (`wasm-opt --print-features`, which reads the
//   module's target_features section and validates every instruction against it; binaryen's old
//   `--detect-features` flag is now a no-op, as detection is what it always does) are exactly
//   the README's table of wasm features, so a build that starts emitting another feature fails
//   here until the README says which browsers that costs;
// - the README's "oldest supported" row is, for each browser, the newest version any of its
//   rows asks for.

import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { REPO_ROOT } from '../lib/browser.mjs';
import { locateDist } from '../lib/setup.mjs';

const WASM_OPT = join(REPO_ROOT, 'tests/e2e/node_modules/.bin/wasm-opt');
const SECTION = 'Supported browsers';

/** The README section `title`, from its heading to the next one of the same level. */
function readmeSection(title) {
  const readme = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8');
  const start = readme.indexOf(`\n## ${title}\n`);
  assert.ok(start >= 0, `README.md has no "## ${title}" section`);
  const end = readme.indexOf('\n## ', start + 1);
  return readme.slice(start, end < 0 ? undefined : end);
}

/** The Markdown tables of `text`: each a list of rows, each a list of trimmed cells. */
function tables(text) {
  const found = [];
  let current = null;
  for (const line of text.split('\n')) {
    if (!line.trim().startsWith('|')) {
      current = null;
      continue;
    }
    const cells = line.trim().replace(/^\||\|$/g, '').split('|').map((c) => c.trim());
    if (cells.every((c) => /^:?-+:?$/.test(c))) continue; // the alignment row
    if (!current) found.push((current = []));
    current.push(cells);
  }
  return found;
}

/** The wasm features binaryen reports for `wasm` (starting from none: MVP). */
function emittedFeatures(wasm) {
  let out;
  try {
    out = execFileSync(WASM_OPT, [wasm, '--mvp-features', '--print-features'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      maxBuffer: 64 * 1024 * 1024,
    });
  } catch (error) {
    // A wasm that uses a feature it does not declare fails binaryen's validation.
    throw new Error(`wasm-opt could not read ${wasm}: ${String(error.stderr ?? error.message).slice(0, 2000)}`);
  }
  return out
    .split('\n')
    .map((line) => /^--enable-([a-z0-9-]+)$/.exec(line.trim())?.[1])
    .filter(Boolean);
}

/** "15.4" < "16" etc. */
const newer = (a, b) => {
  const [x, y] = [a, b].map((v) => v.split('.').map(Number));
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    if ((x[i] ?? 0) !== (y[i] ?? 0)) return (x[i] ?? 0) > (y[i] ?? 0) ? a : b;
  }
  return a;
};

test('the README lists exactly the wasm features the release build emits', () => {
  const dist = locateDist();
  // The reader's app and the editor's (aid-impact-editor_bg.wasm), built alike.
  const wasm = readdirSync(dist).filter((f) => f.endsWith('_bg.wasm'));
  assert.equal(wasm.length, 2, `two *_bg.wasm in ${dist}: ${wasm.join(', ')}`);
  const table = tables(readmeSection(SECTION)).find((t) => /wasm feature/i.test(t[0][0]));
  assert.ok(table, `README "${SECTION}" has a table whose first column is "wasm feature"`);
  const listed = table.slice(1).map((row) => /^`([a-z0-9-]+)`/.exec(row[0])?.[1] ?? row[0]);
  for (const file of wasm) {
    const emitted = emittedFeatures(join(dist, file));
    assert.ok(emitted.length > 0, 'binaryen reports the features of the build');
    assert.deepEqual(
      [...listed].sort(),
      [...emitted].sort(),
      `README "${SECTION}" must list the wasm features \`wasm-opt --print-features\` reports for ${file} ` +
        '(with the oldest Chrome, Firefox, Safari and iOS that have each)',
    );
  }
});

test('the README\'s oldest supported versions follow from the features it lists', () => {
  const section = readmeSection(SECTION);
  const all = tables(section);
  const summary = all.find((t) => t.some((row) => /oldest supported/i.test(row[0])));
  assert.ok(summary, `README "${SECTION}" has a table with an "oldest supported" row`);
  const browsers = summary[0].slice(1);
  const oldest = summary.find((row) => /oldest supported/i.test(row[0])).slice(1);
  const version = (cell) => /\d+(\.\d+)?/.exec(cell)?.[0];
  // Every row of every table with the same browser columns asks for a version of each browser.
  const rows = all
    .filter((t) => JSON.stringify(t[0].slice(1)) === JSON.stringify(browsers))
    .flatMap((t) => t.slice(1))
    .filter((row) => !/oldest supported/i.test(row[0]));
  assert.ok(rows.length > 8, 'the rows the versions come from');
  const needed = browsers.map((_, i) =>
    rows.map((row) => version(row[i + 1])).filter(Boolean).reduce((a, b) => newer(a, b), '0'),
  );
  assert.deepEqual(
    oldest.map(version),
    needed,
    `"oldest supported" (${browsers.join(', ')}) must be the newest version any row needs`,
  );
});
