// The authoring view (?view=edit): the fictional county's file is made from its text alone, by
// selections and form input, downloaded, and equals the fixture, and so is a report printed in
// Traditional characters; a reload in the middle loses
// nothing; undo and redo; markup stays text; keyboard use; axe; screenshots at 1280 and 768 px.
// The forms: each selection brings its own proposal and nothing of the last; Enter on a marked
// number proposes that number; quotation marks of the fragment stay in the quote; a figure the
// app's checks find a problem at is refused (screenshots of the form in target/screenshots-editor).

import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { appStarted, assertNoProblems, REPO_ROOT, shot } from './lib/browser.mjs';
import { axeViolations } from './lib/axe.mjs';
import { selectInDraft } from './lib/draft.mjs';
import { useApp } from './lib/setup.mjs';

const app = useApp();
const FIXTURE = JSON.parse(readFileSync(join(REPO_ROOT, 'tests/fixtures/fictional-county.json'), 'utf8'));
const TEXT = FIXTURE.original_text;
/** The fixture in the current format: places are lists (format version 2). */
const list = (place) => (Array.isArray(place) ? place : [place]);
const EXPECTED_META = { ...FIXTURE.meta, region: list(FIXTURE.meta.region), partner: list(FIXTURE.meta.partner) };

const field = (page, name) => page.locator(`[data-field="${name}"]`).first();

/** Selects the first place of `quote` in the working surface, as a reader's mouse would. */
async function select(page, quote) {
  await page.evaluate(selectInDraft, quote);
  await page.waitForFunction((quote) => document.querySelector('[data-testid="quote"]')?.textContent === quote, quote);
}

async function fill(page, name, value) {
  const input = field(page, name);
  if ((await input.evaluate((e) => e.tagName)) === 'SELECT') await input.selectOption(value ?? '');
  else await input.fill(value == null ? '' : String(value));
}

/** Starts a draft from pasted text. */
async function startDraft(page, text) {
  await page.locator('[data-testid="draft-start"]').waitFor();
  await page.locator('[data-field="paste"]').fill(text);
  await page.click('[data-action="start-text"]');
  await page.locator('[data-testid="draft-text"]').waitFor();
}

async function fillMeta(page, meta) {
  const details = page.locator('[data-testid="draft-meta"]');
  if (!(await details.evaluate((d) => d.open))) await details.locator('summary').click();
  for (const [name, value] of [
    ['meta-id', meta.id],
    ['title-zh', meta.title.zh],
    ['title-en', meta.title.en],
    ['publisher-zh', meta.publisher.zh],
    ['publisher-en', meta.publisher.en],
    ['published', meta.published],
  ]) {
    await fill(page, name, value);
  }
  // Every aided region and partner: the first's fields are there, more are added.
  for (const stem of ['region', 'partner']) {
    for (const [index, place] of meta[stem].entries()) {
      const suffix = index ? `-${index + 1}` : '';
      if (index) await page.click(`[data-action="add-${stem}"]`);
      await fill(page, `${stem}-zh${suffix}`, place.zh);
      await fill(page, `${stem}-en${suffix}`, place.en);
    }
  }
  await page.click('[data-action="save-meta"]');
}

/** Makes a reported figure from its quote; returns what the form proposed before correction. */
async function makeFigure(page, figure) {
  await select(page, figure.source);
  await page.locator('input[name="item-kind"][value="figure"]').check();
  // Several numbers in the fragment: the one stored is among them.
  const phrases = page.locator('input[name="phrase"]');
  for (let i = 0; i < (await phrases.count()); i++) {
    if (Number(await field(page, 'value').inputValue()) === figure.value) break;
    await phrases.nth(i).check();
  }
  const proposed = {
    value: Number(await field(page, 'value').inputValue()),
    unit: await field(page, 'unit').inputValue(),
    qualifier: await field(page, 'qualifier').inputValue(),
    counter: (await field(page, 'counter').inputValue()) || undefined,
    period: (await field(page, 'period').inputValue()) || null,
    theme: await field(page, 'theme').inputValue(),
  };
  await fill(page, 'period', figure.period);
  await fill(page, 'theme', figure.theme);
  await fill(page, 'project', figure.project);
  await fill(page, 'id', figure.id);
  await fill(page, 'label-zh', figure.label.zh);
  await fill(page, 'label-en', figure.label.en);
  await page.click('[data-action="save-figure"]');
  await page.locator(`[data-testid="draft-items"] li[data-key="${figure.id}"]`).waitFor();
  return proposed;
}

async function makeEvent(page, project, event, isNew) {
  await select(page, event.source);
  await page.locator('input[name="item-kind"][value="event"]').check();
  await fill(page, 'event-project', isNew ? '' : project.id);
  if (isNew) {
    await fill(page, 'project-id', project.id);
    await fill(page, 'project-name-zh', project.name.zh);
    await fill(page, 'project-name-en', project.name.en);
    await fill(page, 'project-status', project.status);
  }
  const proposed = { date: (await field(page, 'event-date').inputValue()) || null, status: await field(page, 'event-status').inputValue() };
  await fill(page, 'event-date', event.date);
  await fill(page, 'event-status', event.status);
  await fill(page, 'event-label-zh', event.label.zh);
  await fill(page, 'event-label-en', event.label.en);
  await page.click('[data-action="save-event"]');
  return proposed;
}

async function makeDerived(page, figure) {
  const details = page.locator('[data-testid="derived-form"]');
  if (!(await details.evaluate((d) => d.open))) await details.locator('summary').click();
  await fill(page, 'input-a', figure.derivation.inputs.a);
  await fill(page, 'input-b', figure.derivation.inputs.b);
  await fill(page, 'formula', figure.derivation.formula);
  await fill(page, 'derived-unit', figure.unit);
  await fill(page, 'derived-period', figure.period);
  await fill(page, 'derived-theme', figure.theme);
  await fill(page, 'derived-project', figure.project);
  await fill(page, 'derived-id', figure.id);
  await fill(page, 'derived-label-zh', figure.label.zh);
  await fill(page, 'derived-label-en', figure.label.en);
  await page.click('[data-action="save-derived"]');
  await page.locator(`[data-testid="draft-items"] li[data-key="${figure.id}"]`).waitFor();
}

/** Makes a pairing from its quote; returns the counts the form proposed before correction. */
async function makePairing(page, pairing) {
  await select(page, pairing.source);
  await page.locator('input[name="item-kind"][value="pairing"]').check();
  const proposed = [await field(page, 'from-number').inputValue(), await field(page, 'to-number').inputValue()];
  for (const [name, value] of [
    ['pairing-id', pairing.id],
    ['from-zh', pairing.from.zh],
    ['from-en', pairing.from.en],
    ['from-number', pairing.from_number],
    ['from-count', pairing.from_count],
    ['to-zh', pairing.to.zh],
    ['to-en', pairing.to.en],
    ['to-number', pairing.to_number],
    ['to-count', pairing.to_count],
    ['pairing-kind', pairing.kind],
  ]) {
    await fill(page, name, value);
  }
  if (pairing.kind_label) {
    await fill(page, 'kind-zh', pairing.kind_label.zh);
    await fill(page, 'kind-en', pairing.kind_label.en);
  }
  await page.click('[data-action="save-pairing"]');
  await page.locator(`[data-testid="draft-items"] li[data-key="${pairing.id}"]`).waitFor();
  return proposed;
}

const byId = (a, b) => a.id.localeCompare(b.id);

test("the fictional county's file is made from its text by selections and form input, and equals the fixture", async () => {
  const { page, problems } = await app.open('?view=edit', { width: 1280, height: 900 });
  await appStarted(page);
  await startDraft(page, TEXT);
  await fillMeta(page, EXPECTED_META);

  const misread = [];
  for (const project of FIXTURE.projects) {
    for (const [i, event] of project.events.entries()) {
      const proposed = await makeEvent(page, project, event, i === 0);
      if (proposed.status !== event.status) misread.push(`${project.id} event ${i}: status ${proposed.status}`);
      if (proposed.date !== event.date) misread.push(`${project.id} event ${i}: date ${proposed.date}`);
    }
  }
  const reported = FIXTURE.figures.filter((f) => !f.derivation);
  for (const figure of reported) {
    const proposed = await makeFigure(page, figure);
    // The number, its unit and qualifier are read from the text, never typed.
    assert.equal(proposed.value, figure.value, `${figure.id}: value`);
    assert.equal(proposed.unit, figure.unit, `${figure.id}: unit`);
    assert.equal(proposed.qualifier, figure.qualifier, `${figure.id}: qualifier`);
    assert.equal(proposed.counter, figure.counter, `${figure.id}: measure word`);
    if (proposed.period !== figure.period) misread.push(`${figure.id}: period ${proposed.period}`);
    if (proposed.theme !== figure.theme) misread.push(`${figure.id}: theme ${proposed.theme}`);
  }
  for (const figure of FIXTURE.figures.filter((f) => f.derivation)) await makeDerived(page, figure);
  console.log(`# proposals corrected by hand: ${misread.length} of ${reported.length * 2 + 6} periods, themes, dates and statuses`);
  console.log(misread.map((m) => `#   ${m}`).join('\n'));

  // Nothing left: every number of the text is quoted, no problem, English complete.
  assert.match(await page.locator('[data-testid="problem-count"]').innerText(), /未发现问题/);
  assert.match(await page.locator('[data-testid="missing-english"]').innerText(), /英文齐全/);
  await shot(page, 'editor-made-1280-zh');

  const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-action="download-draft"]')]);
  assert.equal(download.suggestedFilename(), `${FIXTURE.meta.id}.json`);
  const made = JSON.parse(readFileSync(await download.path(), 'utf8'));
  assert.equal(made.schema_version, 3);
  assert.deepEqual(made.meta, EXPECTED_META);
  assert.equal(made.original_text, TEXT);
  assert.deepEqual([...made.figures].sort(byId), [...FIXTURE.figures].sort(byId));
  assert.deepEqual([...made.projects].sort(byId), [...FIXTURE.projects].sort(byId));
  assert.deepEqual(made.pairings, FIXTURE.pairings);

  // It reopens in the editor unchanged: the file downloaded again is the same bytes.
  await page.click('[data-action="discard"]');
  await page.click('[data-action="discard"]');
  await page.locator('[data-testid="draft-file"]').setInputFiles(await download.path());
  await page.locator('[data-testid="draft-text"]').waitFor();
  const [again] = await Promise.all([page.waitForEvent('download'), page.click('[data-action="download-draft"]')]);
  assert.equal(readFileSync(await again.path(), 'utf8'), readFileSync(await download.path(), 'utf8'));

  // The file validates: the app opens it as it opens any report.
  await page.goto(new URL('?view=funds', page.url()).href);
  await appStarted(page);
  await page.click('[data-action="open-report"]');
  await page.locator('[data-testid="open-file"]').setInputFiles(await download.path());
  await page.keyboard.press('Escape');
  await page.waitForFunction(() => document.title.includes('青山县'));
  assertNoProblems(problems);
  await page.close();
});

test("the district's pairings are made from their quotes, the counts proposed from the numbers in them", async () => {
  const district = JSON.parse(readFileSync(join(REPO_ROOT, 'tests/fixtures/fictional-district-pairing.json'), 'utf8'));
  const { page, problems } = await app.open('?view=edit&lang=en', { width: 1280, height: 900 });
  await appStarted(page);
  await startDraft(page, district.original_text);
  // A report on two banners (fillMeta adds the second); a place added by mistake is removed.
  const details = page.locator('[data-testid="draft-meta"]');
  if (!(await details.evaluate((d) => d.open))) await details.locator('summary').click();
  const focused = () => page.evaluate(() => document.activeElement?.dataset.field ?? document.activeElement?.dataset.action);
  await page.click('[data-action="add-partner"]');
  await page.waitForFunction(() => document.activeElement?.dataset.field === 'partner-zh-2');
  await page.keyboard.type('多余的区');
  await page.click('[data-action="remove-partner-2"]');
  assert.equal(await page.locator('[data-field^="partner-zh"]').count(), 1);
  // The removed row's button is gone: focus is on the add button, not lost.
  await page.waitForFunction(() => document.activeElement?.dataset.action === 'add-partner').catch(() => {});
  assert.equal(await focused(), 'add-partner');
  await fillMeta(page, district.meta);
  const counts = new Set(district.pairings.flatMap((p) => [p.from_count, p.to_count]).filter(Boolean));
  for (const figure of district.figures.filter((f) => counts.has(f.id))) await makeFigure(page, figure);
  const proposed = [];
  for (const pairing of district.pairings) proposed.push(await makePairing(page, pairing));
  // Numbers in the quote are proposed (两个旗 → 2, 3个乡镇…3个苏木 → 3 and 3); none, none.
  assert.deepEqual(proposed, [['2', '2'], ['3', '3'], ['', '']]);
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-action="download-draft"]')]);
  const made = JSON.parse(readFileSync(await download.path(), 'utf8'));
  assert.deepEqual(made.pairings, district.pairings);
  assert.deepEqual(made.meta, district.meta);
  await shot(page, 'editor-pairings-1280-en');
  assertNoProblems(problems);
  await page.close();
});

test("a report printed in Traditional characters is made into its file from its text, every value, unit, measure word, qualifier and period as its sentences say", async () => {
  const report = JSON.parse(readFileSync(join(REPO_ROOT, 'tests/fixtures/fictional-traditional.json'), 'utf8'));
  const { page, problems } = await app.open('?view=edit', { width: 1280, height: 900 });
  await appStarted(page);
  await startDraft(page, report.original_text);
  // Every number of the text is marked before any figure is made (萬, 億, 個 read).
  const marked = await page.locator('.number-todo').allInnerTexts();
  for (const figure of report.figures) {
    assert.ok(marked.some((m) => figure.source.includes(m)), `${figure.id} marked: ${marked.join(' ')}`);
  }
  await fillMeta(page, report.meta);
  const themes = [];
  for (const figure of report.figures) {
    const proposed = await makeFigure(page, figure);
    assert.deepEqual(
      [proposed.value, proposed.unit, proposed.counter, proposed.qualifier, proposed.period],
      [figure.value, figure.unit, figure.counter, figure.qualifier, figure.period],
      figure.id,
    );
    if (proposed.theme !== figure.theme) themes.push(figure.id);
  }
  console.log(`# themes corrected by hand: ${themes.length} of ${report.figures.length} (${themes.join(', ')})`);
  for (const pairing of report.pairings) assert.deepEqual(await makePairing(page, pairing), ['3', '3']);
  assert.match(await page.locator('[data-testid="problem-count"]').innerText(), /未发现问题/);
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-action="download-draft"]')]);
  const made = JSON.parse(readFileSync(await download.path(), 'utf8'));
  assert.equal(made.schema_version, 3);
  assert.equal(made.original_text, report.original_text);
  assert.deepEqual(made.meta, report.meta);
  assert.deepEqual(made.figures, report.figures);
  assert.deepEqual(made.pairings, report.pairings);
  await shot(page, 'editor-traditional-1280-zh');
  assertNoProblems(problems);
  await page.close();
});

test('a reload in the middle loses nothing; undo and redo step through the changes', async () => {
  const { page, problems } = await app.open('?view=edit&lang=en', { width: 768, height: 1000 });
  await appStarted(page);
  await startDraft(page, TEXT);
  const [first, second] = FIXTURE.figures;
  await makeFigure(page, first);
  await makeFigure(page, second);
  const items = page.locator('[data-testid="draft-items"] > ul:first-of-type > li');
  assert.equal(await items.count(), 2);
  await page.click('[data-action="undo"]');
  assert.equal(await items.count(), 1);
  await page.click('[data-action="redo"]');
  assert.equal(await items.count(), 2);
  // Keyboard, outside a field: Ctrl+Z undoes.
  await page.locator('h1').click();
  await page.keyboard.press('Control+z');
  assert.equal(await items.count(), 1);
  await page.keyboard.press('Control+Shift+z');
  assert.equal(await items.count(), 2);

  await page.reload();
  await appStarted(page);
  await page.locator('[data-testid="draft-text"]').waitFor();
  assert.equal(await items.count(), 2, 'both figures survive the reload');
  assert.deepEqual(
    await items.evaluateAll((li) => li.map((l) => l.dataset.key)),
    [first.id, second.id],
  );
  // The numbers they quote are no longer marked as still to do.
  const todo = await page.locator('.number-todo').allInnerTexts();
  assert.ok(!todo.includes('8640万元'), `quoted numbers are not marked: ${todo.join(' ')}`);
  await shot(page, 'editor-768-en');
  assertNoProblems(problems);
  await page.close();
});

test('a marked number is chosen by keyboard; markup pasted into the text or a label stays text', async () => {
  const { page, problems } = await app.open('?view=edit', { width: 1280, height: 900 });
  await appStarted(page);
  const hostile = '<img src=x onerror="window.pwned=1">2022年,投入资金<b>100万元</b>。';
  await startDraft(page, hostile);
  assert.equal(await page.locator('[data-testid="draft-text"] img, [data-testid="draft-text"] b').count(), 0);
  assert.ok((await page.locator('[data-testid="draft-text"]').innerText()).includes('<img src=x'));
  // Tab to the marked number, Enter: the clause is the fragment.
  await page.locator('.number-todo').first().focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelector('[data-testid="quote"]')?.textContent.includes('100万元'));
  assert.equal(await field(page, 'value').inputValue(), '1000000');
  await fill(page, 'label-zh', '<script>window.pwned=2</script>资金');
  await fill(page, 'label-en', '<i>Funds</i>');
  await page.click('[data-action="save-figure"]');
  const item = page.locator('[data-testid="draft-items"] li').first();
  await item.waitFor();
  assert.match(await item.innerText(), /<script>window\.pwned=2<\/script>资金/);
  assert.equal(await page.locator('[data-testid="draft-items"] script, [data-testid="draft-items"] i').count(), 0);
  assert.equal(await page.evaluate(() => window.pwned), undefined);
  await shot(page, 'editor-1280-zh');
  await page.click('button[data-lang="en"]');
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  await shot(page, 'editor-1280-en');
  assert.deepEqual(await axeViolations(page), []);
  await page.click('[data-action="discard"]');
  await page.click('[data-action="discard"]');
  await page.locator('[data-testid="draft-start"]').waitFor();
  // The page shows a draft, not the bundled report: no footer citing that report.
  assert.equal(await page.locator('.site-footer').count(), 0);
  await page.setViewportSize({ width: 768, height: 1000 });
  await shot(page, 'editor-start-768-en');
  assert.deepEqual(await axeViolations(page), []);
  assertNoProblems(problems);
  await page.close();
});

test('a .txt saved in GB18030 opens in the editor with its Chinese intact, and the encoding is said', async () => {
  const { page, problems } = await app.open('?view=edit', { width: 768, height: 1000 });
  await appStarted(page);
  const gb18030 = execFileSync('iconv', ['-f', 'UTF-8', '-t', 'GB18030'], { input: TEXT });
  await page.locator('[data-testid="draft-file"]').setInputFiles({ name: 'qingshan.txt', mimeType: 'text/plain', buffer: gb18030 });
  await page.locator('[data-testid="draft-text"]').waitFor();
  assert.equal(await page.locator('[data-testid="draft-text"]').textContent(), TEXT);
  assert.match(await page.locator('[data-testid="draft-encoding"]').innerText(), /GB18030/);
  await shot(page, 'editor-768-zh');
  assertNoProblems(problems);
  await page.close();
});

// The forms, on a short text of their own.
const FORM_TEXT = [
  '2022年，引导120家企业投资，积极开展合作。',
  '2023年，投入资金1500万元实施项目9个。',
  '同时，开展“万企兴万村”行动带动120家企业，援助资金2.36亿元。',
].join('\n');
const EDITOR_SHOTS = join(REPO_ROOT, 'target', 'screenshots-editor');

/** A screenshot of the selection and its form, in target/screenshots-editor. */
async function formShot(page, name) {
  mkdirSync(EDITOR_SHOTS, { recursive: true });
  await page.evaluate(() => document.fonts.ready);
  await page.locator('[data-testid="selection-form"]').screenshot({ path: join(EDITOR_SHOTS, `${name}.png`), animations: 'disabled' });
}

/** Every field of the figure form, by its data-field. */
const FIGURE_FIELDS = ['value', 'unit', 'counter', 'qualifier', 'period', 'theme', 'project', 'id', 'label-zh', 'label-en'];
async function figureFields(page) {
  const values = {};
  for (const name of FIGURE_FIELDS) values[name] = await field(page, name).inputValue();
  return values;
}

for (const [width, lang] of [[1280, 'zh'], [375, 'zh'], [1280, 'en'], [375, 'en']]) {
  test(`each selection brings its own proposal and nothing of the last (${width} px, ${lang})`, async () => {
    const { page, problems } = await app.open(`?view=edit&lang=${lang}`, { width, height: 900 });
    await appStarted(page);
    await startDraft(page, FORM_TEXT);
    await select(page, '引导120家企业投资');
    const first = await figureFields(page);
    assert.deepEqual([first.value, first.unit, first.counter, first.qualifier, first['label-zh']], ['120', 'count', '家', 'exact', '引导']);
    // The read-back says the report's measure word.
    if (lang === 'zh') assert.equal(await page.locator('[data-testid="read-back"]').innerText(), '读作：120家');
    // What the officer typed does not survive either.
    await fill(page, 'id', 'firms_guided');
    await fill(page, 'label-en', 'Firms guided');
    await fill(page, 'period', '2022');
    await formShot(page, `figure-form-number-${width}-${lang}`);

    await select(page, '积极开展合作');
    const none = await figureFields(page);
    assert.deepEqual(
      { ...none, period: undefined, theme: undefined },
      { value: '', unit: 'count', counter: '', qualifier: 'exact', period: undefined, theme: undefined, project: '', id: '', 'label-zh': '', 'label-en': '' },
    );
    assert.equal(await page.locator('[data-testid="read-back"]').innerText(), '');
    assert.ok(await page.locator('[data-action="save-figure"]').isDisabled(), 'Add is disabled without a value');
    assert.match(await page.locator('[data-testid="no-number"]').innerText(), lang === 'zh' ? /没有读出数字/ : /No number is read/);
    await formShot(page, `figure-form-new-selection-${width}-${lang}`);

    // A number typed by hand enables Add again; the next selection empties it.
    await fill(page, 'value', '5');
    assert.ok(!(await page.locator('[data-action="save-figure"]').isDisabled()));
    await select(page, '投入资金1500万元');
    assert.equal(await field(page, 'value').inputValue(), '15000000');
    assert.equal(await page.locator('[data-testid="no-number"]').count(), 0);

    // The pairing and event forms start afresh with each selection too.
    await page.locator('input[name="item-kind"][value="pairing"]').check();
    await fill(page, 'pairing-id', 'typed_pairing');
    await fill(page, 'from-zh', '北京');
    await select(page, '引导120家企业投资');
    assert.deepEqual(
      [await field(page, 'pairing-id').inputValue(), await field(page, 'from-zh').inputValue(), await field(page, 'from-number').inputValue()],
      ['', '', '120'],
    );
    await page.locator('input[name="item-kind"][value="event"]').check();
    await fill(page, 'event-label-zh', '开展合作');
    await fill(page, 'project-id', 'typed_project');
    await select(page, '积极开展合作');
    assert.deepEqual([await field(page, 'event-label-zh').inputValue(), await field(page, 'project-id').inputValue()], ['', '']);
    assertNoProblems(problems);
    await page.close();
  });
}

test('Enter on a marked number proposes that number, with its clause as the quote', async () => {
  const { page, problems } = await app.open('?view=edit', { width: 1280, height: 900 });
  await appStarted(page);
  await startDraft(page, FORM_TEXT);
  // Tab from the clause's first marked number to its second, and Enter.
  await page.locator('.number-todo', { hasText: '1500万元' }).focus();
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.textContent), '9个');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelector('[data-testid="quote"]')?.textContent === '投入资金1500万元实施项目9个');
  const proposed = await figureFields(page);
  assert.deepEqual([proposed.value, proposed.unit, proposed.qualifier, proposed['label-zh']], ['9', 'count', 'exact', '实施项目']);
  assert.ok(await page.locator('input[name="phrase"][data-phrase="1"]').isChecked(), 'the second number is the one chosen');
  // The first number of the clause, by Enter on it: its own proposal again.
  await page.locator('.number-todo', { hasText: '1500万元' }).focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelector('[data-field="value"]')?.value === '15000000');
  assert.equal(await field(page, 'unit').inputValue(), 'yuan');
  // Added, the figure is the one proposed: 9 projects quoting the clause.
  await page.locator('.number-todo', { hasText: '9个' }).focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelector('[data-field="value"]')?.value === '9');
  await fill(page, 'id', 'projects_2023');
  await fill(page, 'label-en', 'Projects');
  await page.click('[data-action="save-figure"]');
  await page.locator('[data-testid="draft-items"] li[data-key="projects_2023"]').waitFor();
  assert.match(await page.locator('[data-testid="draft-items"] li[data-key="projects_2023"]').innerText(), /9/);
  assertNoProblems(problems);
  await page.close();
});

test('a quotation mark closed inside the selection stays in the quote', async () => {
  const { page, problems } = await app.open('?view=edit', { width: 1280, height: 900 });
  await appStarted(page);
  await startDraft(page, FORM_TEXT);
  // select() waits for the quote to be exactly the selection, its opening mark included.
  await select(page, '“万企兴万村”行动带动120家企业');
  assert.equal(await field(page, 'value').inputValue(), '120');
  await fill(page, 'id', 'firms_village');
  await fill(page, 'label-en', 'Firms in the campaign');
  await page.click('[data-action="save-figure"]');
  await page.locator('[data-testid="draft-items"] li[data-key="firms_village"]').waitFor();
  assert.equal(await page.locator('mark.quoted').first().textContent(), '“万企兴万村”行动带动120家企业');
  // A mark whose partner is outside the selection is still trimmed.
  await page.evaluate(selectInDraft, '“万企兴万村');
  await page.waitForFunction(() => document.querySelector('[data-testid="quote"]')?.textContent === '万企兴万村');
  assertNoProblems(problems);
  await page.close();
});

test('a figure the app’s checks find a problem at is not added, and the form says where, in both languages', async () => {
  const { page, problems } = await app.open('?view=edit', { width: 1280, height: 900 });
  await appStarted(page);
  await startDraft(page, FORM_TEXT);
  await select(page, '援助资金2.36亿元');
  assert.equal(await field(page, 'value').inputValue(), '236000000');
  await fill(page, 'label-en', 'Aid funds');
  // A measure word the quote does not write.
  await fill(page, 'counter', '家');
  await fill(page, 'id', 'Aid-Funds');
  await page.click('[data-action="save-figure"]');
  const refused = page.locator('[data-testid="figure-refused"]');
  await refused.waitFor();
  const said = await refused.innerText();
  assert.match(said, /量词：量词为“家”，但引文中这个数字的量词是“元”/);
  assert.match(said, /编号：编号“Aid-Funds”只能用小写字母/);
  assert.equal(await field(page, 'counter').getAttribute('aria-invalid'), 'true');
  assert.equal(await page.locator('[data-testid="draft-items"] li').count(), 0, 'nothing is added');
  await page.click('button[data-lang="en"]');
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  assert.match(await refused.innerText(), /Measure word: the measure word is "家", but the quote counts this number in "元"/);
  await formShot(page, 'figure-form-refused-1280-en');
  // Corrected, it is added.
  await fill(page, 'counter', '');
  await fill(page, 'id', 'aid_funds');
  await page.click('[data-action="save-figure"]');
  await page.locator('[data-testid="draft-items"] li[data-key="aid_funds"]').waitFor();
  assertNoProblems(problems);
  await page.close();
});

// The validator's rule that a figure's value is one reading of a number phrase of its quote
// (data::stated), applied to the candidate figure.
test(
  'a value typed by hand that the quote does not state is not added',
  async () => {
    const { page, problems } = await app.open('?view=edit', { width: 1280, height: 900 });
    await appStarted(page);
    await startDraft(page, FORM_TEXT);
    await select(page, '援助资金2.36亿元');
    await fill(page, 'value', '2360000000');
    await fill(page, 'id', 'aid_funds');
    await fill(page, 'label-en', 'Aid funds');
    await page.click('[data-action="save-figure"]');
    const refused = page.locator('[data-testid="figure-refused"]');
    await refused.waitFor({ timeout: 3000 });
    assert.match(await refused.innerText(), /数值：/);
    assert.equal(await field(page, 'value').getAttribute('aria-invalid'), 'true');
    assert.equal(await page.locator('[data-testid="draft-items"] li').count(), 0, 'nothing is added');
    await formShot(page, 'figure-form-value-refused-1280-zh');
    await fill(page, 'value', '236000000');
    await page.click('[data-action="save-figure"]');
    await page.locator('[data-testid="draft-items"] li[data-key="aid_funds"]').waitFor();
    assertNoProblems(problems);
    await page.close();
  },
);
