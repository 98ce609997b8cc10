// The example reports (public/reports) made in the authoring view from their published text, as
// an officer makes them: the details typed, each figure selected by its quote and its proposals
// corrected where they are wrong, the headline chosen. The download equals the hosted file, and
// the proposals the form showed are the ones the README's report card counts (replayed natively
// by `state::report_card`), field by field.

import assert from 'node:assert/strict';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { appStarted, assertNoProblems, REPO_ROOT } from './lib/browser.mjs';
import { chooseHeadline, download, fillMeta, makeFigure, startDraft } from './lib/editor.mjs';
import { useApp } from './lib/setup.mjs';

const app = useApp();
const DIR = join(REPO_ROOT, 'public/reports');
const README = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8');

/** The card's fields, in its columns' order, as the form's proposals name them. */
const FIELDS = ['value', 'unit', 'counter', 'qualifier', 'period', 'theme', 'indicator', 'part_of', 'place'];

/** The README card's row for `name`: how many proposals of each field were right. */
function cardRow(name) {
  const row = README.split('\n').find((line) => line.startsWith(`| \`${name}\` |`));
  assert.ok(row, `the report card has ${name}`);
  return row.split('|').slice(3, 3 + FIELDS.length).map((cell) => Number(cell.trim().split('/')[0]));
}

const same = (a, b) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

for (const name of readdirSync(DIR).filter((n) => n.endsWith('.json')).sort()) {
  test(`${name} is made in the editor from its text, and equals the hosted file`, async () => {
    const file = JSON.parse(readFileSync(join(DIR, name), 'utf8'));
    const { page, problems } = await app.open('?view=edit', { width: 1280, height: 900 });
    await appStarted(page);
    await startDraft(page, file.original_text);
    await fillMeta(page, file.meta);
    const right = FIELDS.map(() => 0);
    for (const figure of file.figures) {
      const proposed = await makeFigure(page, figure);
      FIELDS.forEach((key, i) => {
        const made = key === 'place' ? figure.place ?? [] : figure[key];
        if (same(proposed[key], made)) right[i] += 1;
      });
    }
    assert.deepEqual(right, cardRow(name), 'the form proposed what the report card counts');
    if (file.headline) await chooseHeadline(page, file.headline);
    const text = readFileSync(await (await download(page)).path(), 'utf8');
    // Kept for a look when it differs.
    mkdirSync(join(REPO_ROOT, 'target/editor-examples'), { recursive: true });
    writeFileSync(join(REPO_ROOT, 'target/editor-examples', name), text);
    assert.deepEqual(JSON.parse(text), file);
    assertNoProblems(problems, name);
    await page.close();
  });
}
