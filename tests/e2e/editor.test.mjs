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
import { field, fill, fillMeta, makeDerived, makeEvent, makeFigure, makePairing, select, startDraft } from './lib/editor.mjs';
import { useApp } from './lib/setup.mjs';

const app = useApp();
const FIXTURE = JSON.parse(readFileSync(join(REPO_ROOT, 'tests/fixtures/fictional-county.json'), 'utf8'));
const TEXT = FIXTURE.original_text;

const byId = (a, b) => a.id.localeCompare(b.id);

test("the fictional county's file is made from its text by selections and form input, and equals the fixture", async () => {
  const { page, problems } = await app.open('?view=edit', { width: 1280, height: 900 });
  await appStarted(page);
  await startDraft(page, TEXT);
  const kinds = await fillMeta(page, FIXTURE.meta);
  // The places' kinds are proposed by their names' endings (县, 区).
  assert.deepEqual(kinds, { qingshan_county_fictional: 'county', yunhe_district_beijing_fictional: 'district' });

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
    if (proposed.indicator !== figure.indicator) misread.push(`${figure.id}: indicator ${proposed.indicator}`);
    if (proposed.part_of !== figure.part_of) misread.push(`${figure.id}: part of ${proposed.part_of}`);
    // A report on one place: its figures name none, and the form asks none.
    assert.deepEqual(proposed.place, [], `${figure.id}: place`);
  }
  for (const figure of FIXTURE.figures.filter((f) => f.derivation)) await makeDerived(page, figure);
  console.log(`# proposals corrected by hand: ${misread.length} of ${reported.length * 4 + 6} periods, themes, indicators, parts, dates and statuses`);
  console.log(misread.map((m) => `#   ${m}`).join('\n'));

  // Nothing left: every number of the text is quoted, no problem, English complete.
  assert.match(await page.locator('[data-testid="problem-count"]').innerText(), /未发现问题/);
  assert.match(await page.locator('[data-testid="missing-english"]').innerText(), /英文齐全/);
  await shot(page, 'editor-made-1280-zh');

  const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-action="download-draft"]')]);
  assert.equal(download.suggestedFilename(), `${FIXTURE.meta.id}.json`);
  const made = JSON.parse(readFileSync(await download.path(), 'utf8'));
  assert.equal(made.schema_version, 4);
  assert.deepEqual(made.meta, FIXTURE.meta);
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
  const kinds = await fillMeta(page, district.meta);
  assert.deepEqual(kinds, { baihe_banner_fictional: 'banner', hongshan_banner_fictional: 'banner', dongping_district_beijing_fictional: 'district' });
  const counts = new Set(district.pairings.flatMap((p) => [p.from_count, p.to_count]).filter(Boolean));
  const countFigures = district.figures.filter((f) => counts.has(f.id));
  for (const figure of countFigures) await makeFigure(page, figure);
  const proposed = [];
  for (const pairing of district.pairings) proposed.push(await makePairing(page, pairing));
  // Numbers in the quote are proposed (两个旗 → 2, 3个乡镇…3个苏木 → 3 and 3); none, none.
  assert.deepEqual(proposed, [['2', '2'], ['3', '3'], ['', '']]);
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-action="download-draft"]')]);
  const made = JSON.parse(readFileSync(await download.path(), 'utf8'));
  assert.deepEqual(made.pairings, district.pairings);
  assert.deepEqual(made.meta, district.meta);
  // The counts' figures: the sumus' of both banners, the district's townships of none.
  assert.deepEqual(made.figures, countFigures);
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
  // The fixture is a version 3 file; the editor writes version 4, its places with ids and kinds.
  const meta = {
    ...report.meta,
    region: [{ id: 'qinglan_county_fictional', name: report.meta.region[0], kind: 'county' }],
    partner: [{ id: 'donghu_district_fictional', name: report.meta.partner[0], kind: 'district' }],
  };
  assert.deepEqual(await fillMeta(page, meta), { qinglan_county_fictional: 'county', donghu_district_fictional: 'district' });
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
  assert.equal(made.schema_version, 4);
  assert.equal(made.original_text, report.original_text);
  assert.deepEqual(made.meta, meta);
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
const FIGURE_FIELDS = ['value', 'unit', 'counter', 'qualifier', 'indicator', 'part-of', 'period', 'theme', 'project', 'id', 'label-zh', 'label-en'];
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
      { value: '', unit: 'count', counter: '', qualifier: 'exact', indicator: '', 'part-of': '', period: undefined, theme: undefined, project: '', id: '', 'label-zh': '', 'label-en': '' },
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
