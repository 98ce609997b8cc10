// The authoring view driven as an officer would, shared by editor.test.mjs and
// editor-structure.test.mjs: a draft started from a text, the details filled in, figures,
// events, derived figures and pairings made from their quotes. Each maker returns what the form
// proposed before it was corrected, so a test can count the proposals that were right.

import { selectInDraft } from './draft.mjs';

export const field = (page, name) => page.locator(`[data-field="${name}"]`).first();

/** Selects the first place of `quote` in the working surface, as a reader's mouse would. */
export async function select(page, quote) {
  await page.evaluate(selectInDraft, quote);
  await page.waitForFunction((quote) => document.querySelector('[data-testid="quote"]')?.textContent === quote, quote);
}

export async function fill(page, name, value) {
  const input = field(page, name);
  if ((await input.evaluate((e) => e.tagName)) === 'SELECT') await input.selectOption(value ?? '');
  else await input.fill(value == null ? '' : String(value));
}

/** Starts a draft from pasted text. */
export async function startDraft(page, text) {
  await page.locator('[data-testid="draft-start"]').waitFor();
  await page.locator('[data-field="paste"]').fill(text);
  await page.click('[data-action="start-text"]');
  await page.locator('[data-testid="draft-text"]').waitFor();
}

/**
 * Fills in the report's details (format 4: places with kinds and codes, the level, the
 * source address) and saves them; returns the kinds proposed for the places, by place id.
 */
export async function fillMeta(page, meta) {
  const details = page.locator('[data-testid="draft-meta"]');
  if (!(await details.evaluate((d) => d.open))) await details.locator('summary').click();
  for (const [name, value] of [
    ['meta-id', meta.id],
    ['title-zh', meta.title.zh],
    ['title-en', meta.title.en],
    ['publisher-zh', meta.publisher.zh],
    ['publisher-en', meta.publisher.en],
    ['published', meta.published],
    ['level', meta.level],
    ['source-url', meta.source_url],
  ]) {
    await fill(page, name, value);
  }
  // Every aided region and partner: the first's fields are there, more are added.
  const kinds = {};
  for (const stem of ['region', 'partner']) {
    for (const [index, place] of meta[stem].entries()) {
      const suffix = index ? `-${index + 1}` : '';
      if (index) await page.click(`[data-action="add-${stem}"]`);
      await fill(page, `${stem}-zh${suffix}`, place.name.zh);
      await fill(page, `${stem}-en${suffix}`, place.name.en);
      // The kind follows the Chinese name's ending.
      kinds[place.id] = await field(page, `${stem}-kind${suffix}`).inputValue();
      await fill(page, `${stem}-kind${suffix}`, place.kind);
      await fill(page, `${stem}-code${suffix}`, place.code);
    }
  }
  await page.click('[data-action="save-meta"]');
  return kinds;
}

/** The place ids ticked in the figure form, in order. */
const ticked = (page) =>
  page.locator('input[name="place"]').evaluateAll((boxes) => boxes.filter((b) => b.checked).map((b) => b.value));

/** Makes a reported figure from its quote; returns what the form proposed before correction. */
export async function makeFigure(page, figure) {
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
    indicator: (await field(page, 'indicator').inputValue()) || undefined,
    part_of: (await field(page, 'part-of').inputValue()) || undefined,
    place: await ticked(page),
    id: await field(page, 'id').inputValue(),
  };
  // The number's own fields, where the officer corrects them (the unit first: the value's
  // read-back follows it).
  if (proposed.unit !== figure.unit) await fill(page, 'unit', figure.unit);
  if (proposed.value !== figure.value) await fill(page, 'value', figure.value);
  if ((proposed.counter ?? null) !== (figure.counter ?? null)) await fill(page, 'counter', figure.counter);
  if (proposed.qualifier !== figure.qualifier) await fill(page, 'qualifier', figure.qualifier);
  await fill(page, 'indicator', figure.indicator);
  await fill(page, 'part-of', figure.part_of);
  for (const box of await page.locator('input[name="place"]').all()) {
    await box.setChecked((figure.place ?? []).includes(await box.getAttribute('value')));
  }
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

export async function makeEvent(page, project, event, isNew) {
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

export async function makeDerived(page, figure) {
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
export async function makePairing(page, pairing) {
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

/** Downloads the draft; returns the download. */
export async function download(page) {
  const [file] = await Promise.all([page.waitForEvent('download'), page.click('[data-action="download-draft"]')]);
  return file;
}

/** The headline chooser and the chart grouping of the edit view. */
export const chooser = (page) => page.locator('[data-testid="headline-chooser"]');
export const grouping = (page) => page.locator('[data-testid="chart-grouping"]');

/** The figure ids of the headline, in order. */
export const headlineIds = (page) =>
  chooser(page).locator('li[data-figure]').evaluateAll((items) => items.map((li) => li.dataset.figure));

/** The id of the chart of the grouping that lists `figure`. */
export const chartOf = (page, figure) =>
  grouping(page).locator(`li[data-figure="${figure}"]`).evaluate((li) => li.closest('[data-chart]').dataset.chart);

/** The ids of the grouping's charts, in order. */
export const chartIds = (page) =>
  grouping(page).locator('[data-chart]').evaluateAll((charts) => charts.map((c) => c.dataset.chart));

/** Moves `figure` to the chart `target` (`+new` for a new one). */
export async function moveFigure(page, figure, target) {
  const row = grouping(page).locator(`li[data-figure="${figure}"]`);
  await row.locator('[data-field="move-target"]').selectOption(target);
  await row.locator('[data-action="move-figure"]').click();
}

/** Makes the headline `ids`, in that order, from whatever it shows: removes the others, adds
 * the missing, then moves each up by the keyboard (the pressed button keeps the focus). */
export async function chooseHeadline(page, ids) {
  const shown = await headlineIds(page);
  for (const id of shown.filter((id) => !ids.includes(id))) {
    await chooser(page).locator(`li[data-figure="${id}"] [data-action="headline-remove"]`).click();
  }
  for (const id of ids.filter((id) => !shown.includes(id))) {
    await chooser(page).locator('[data-field="headline-add"]').selectOption(id);
    await chooser(page).locator('[data-action="headline-add"]').click();
  }
  for (const [target, id] of ids.entries()) {
    while ((await headlineIds(page)).indexOf(id) > target) {
      await chooser(page).locator(`li[data-figure="${id}"] [data-action="headline-up"]`).focus();
      await page.keyboard.press('Enter');
      await page.waitForFunction((id) => document.activeElement?.closest('li')?.dataset.figure === id, id);
    }
  }
}

/** Renames the grouping's chart `id` to `title` (zh and en). */
export async function renameChart(page, id, title) {
  const card = grouping(page).locator(`[data-chart="${id}"]`);
  await card.locator('.grouping-rename summary').click();
  await card.locator('[data-field="chart-title-zh"]').fill(title.zh);
  await card.locator('[data-field="chart-title-en"]').fill(title.en);
  await card.locator('[data-action="save-chart-title"]').click();
  await page.waitForFunction(
    ([id, title]) => document.querySelector(`[data-chart="${id}"] h3`)?.textContent === title,
    [id, title.zh],
  );
}
