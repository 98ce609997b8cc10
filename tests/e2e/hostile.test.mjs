// What a careless or hostile file, link or browser state can do to a reader's page, against the
// release build under the strict CSP: texts no layout expects (unbroken, a megabyte long, with
// direction controls and invisible characters), a refused address of 100 KB, a file served
// compressed that is larger than its Content-Length says, and drafts that cannot be kept
// (unreadable, storage full, two tabs on one draft, a paste far longer than a report).

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { appStarted, assertNoProblems, REPO_ROOT, shot } from './lib/browser.mjs';
import { makeFigure, startDraft } from './lib/editor.mjs';
import { useApp } from './lib/setup.mjs';

const FIXTURE_TEXT = readFileSync(join(REPO_ROOT, 'tests/fixtures/fictional-county.json'), 'utf8');
const FIXTURE = JSON.parse(FIXTURE_TEXT);

/** The fictional county with the texts no layout expects. */
function hostileReport() {
  const report = structuredClone(FIXTURE);
  const both = (text) => ({ zh: text, en: text });
  report.meta.title = both('T'.repeat(100_000));
  report.meta.publisher = both('P'.repeat(5_000));
  report.meta.region[0].name = both('N'.repeat(300));
  report.figures[0].label = both('W'.repeat(63));
  report.figures[1].label = both('x'.repeat(1_000_000));
  // A direction override and a zero-width space: "abc" then "fed" shown reversed inside it.
  report.figures[2].label = both('abc\u202edef\u200b');
  return report;
}

const HOSTILE = JSON.stringify(hostileReport());
/** 40 MiB of JSON that gzip makes 40 KB: its Content-Length is far under the limit. */
const HUGE = Buffer.from(`{"padding": "${'x'.repeat(40 * 1024 * 1024)}"}`);

const app = useApp({
  gzip: true,
  files: { '/reports/hostile.json': HOSTILE, '/reports/huge.json': HUGE },
});

const error = (page) => page.locator('[data-testid="load-error"]');

for (const lang of ['zh', 'en']) {
  test(`the longest texts a file may hold wrap or are shortened within a 320 px page (${lang})`, async () => {
    for (const view of ['overview', 'funds', 'source']) {
      const { page, problems } = await app.open(`?data=reports/hostile.json&lang=${lang}&view=${view}`, {
        width: 320,
        height: 800,
      });
      await page.waitForFunction(() => document.title.includes('TTT'));
      const layout = await page.evaluate(() => {
        // Every element that holds text ends inside the page and inside its own box, but in a
        // row that scrolls sideways by design (the views' tabs).
        const scrolls = (e) => {
          for (let up = e.parentElement; up; up = up.parentElement) {
            if (up.scrollWidth > up.clientWidth && getComputedStyle(up).overflowX !== 'visible') return true;
          }
          return false;
        };
        const spilled = [...document.querySelectorAll('main *, header *, footer *')]
          .filter((e) => [...e.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim()))
          .filter((e) => {
            const box = e.getBoundingClientRect();
            const spills = box.right > innerWidth + 0.5 || e.scrollWidth > e.clientWidth + 1;
            return box.width > 0 && spills && getComputedStyle(e).overflowX === 'visible' && !scrolls(e);
          })
          .map((e) => `${e.tagName}.${e.className} ${Math.round(e.getBoundingClientRect().right)}`);
        return {
          width: document.scrollingElement.scrollWidth,
          height: document.scrollingElement.scrollHeight,
          spilled: spilled.slice(0, 5),
        };
      });
      assert.ok(layout.width <= 320, `${view}: the page is ${layout.width} px wide`);
      assert.deepEqual(layout.spilled, [], `${view}: texts spill out of their boxes`);
      // A megabyte of label is shortened on screen, not set as 25,000 lines.
      assert.ok(layout.height < 40_000, `${view}: the page is ${layout.height} px tall`);
      if (view === 'funds') await shot(page, `hostile-texts-funds-320-${lang}`);
      assertNoProblems(problems);
      await page.close();
    }
  });
}

test('a very long label is whole in the table and the source, shortened in the chart', async () => {
  const { page, problems } = await app.open('?data=reports/hostile.json&lang=en&view=funds');
  await page.waitForFunction(() => document.title.includes('TTT'));
  const card = page.locator('[data-chart-id]', { hasText: 'xxx' }).first();
  const drawn = await card.evaluate((c) => Math.max(...[...c.querySelectorAll('svg text')].map((t) => t.textContent.length)));
  assert.ok(drawn < 400, `the chart draws a text of ${drawn} characters`);
  await card.locator('button.chart-tab[data-tab="table"]').click();
  const cell = await card.evaluate((c) => Math.max(...[...c.querySelectorAll('table td, table th')].map((t) => t.textContent.length)));
  assert.ok(cell >= 1_000_000, `the table holds the whole label (${cell})`);
  assertNoProblems(problems);
  await page.close();
});

test('a direction override stays within its label, on screen and in the SVG; invisible characters are named', async () => {
  const { page, problems } = await app.open('?data=reports/hostile.json&lang=en&view=funds');
  await page.waitForFunction(() => document.title.includes('TTT'));
  const found = await page.evaluate(() => {
    const drawn = [...document.querySelectorAll('svg text')].find((t) => t.textContent.includes('abc'));
    const shown = [...document.querySelectorAll('main *')].filter((e) => [...e.childNodes].some((n) => n.nodeType === 3 && n.textContent.includes('abc\u202e')));
    return {
      svg: drawn?.textContent.trim() ?? null,
      isolated: shown.length > 0 && shown.every((e) => getComputedStyle(e).unicodeBidi === 'isolate'),
    };
  });
  assert.ok(found.svg?.startsWith('\u2068') && found.svg.endsWith('\u2069'), `the SVG text is isolated: ${JSON.stringify(found.svg)}`);
  assert.ok(found.isolated, 'every element showing the label isolates it');
  assertNoProblems(problems);
  await page.close();

  // An id that differs by an invisible character is named with it.
  const report = structuredClone(FIXTURE);
  report.figures[0].id = 'aid_funds\u200btotal';
  const opened = await app.open('?lang=en');
  await opened.page.click('[data-action="open-report"]');
  await opened.page.locator('[data-testid="open-file"]').setInputFiles({ name: 'id.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(report)) });
  await opened.page.keyboard.press('Escape');
  await error(opened.page).waitFor();
  assert.match(await error(opened.page).innerText(), /aid_funds⟨U\+200B⟩total/);
  assertNoProblems(opened.problems);
  await opened.page.close();
});

for (const [lang, words] of [['zh', /不是本应用旁的报告文件/], ['en', /is not a report file beside the app/]]) {
  test(`a refused 100 KB report path is named shortened (${lang})`, async () => {
    const { page, problems } = await app.open(`?lang=${lang}&data=${'x'.repeat(100_000)}.json`);
    await error(page).waitFor();
    const text = await error(page).innerText();
    assert.match(text, words);
    assert.ok(text.length < 1_000, `the message is ${text.length} characters`);
    assert.match(text, /x…x/);
    assertNoProblems(problems);
    await page.close();
  });
}

test('a file larger than the limit is given up at the limit, though its Content-Length is small', async () => {
  for (const [lang, words] of [['zh', /文件超过上限 32 MiB，已停止读取/], ['en', /larger than the limit of 32 MiB; reading stopped there/]]) {
    const { page, problems } = await app.open(`?lang=${lang}&data=reports/huge.json`);
    await error(page).waitFor({ timeout: 30_000 });
    assert.match(await error(page).innerText(), words);
    assert.match(await page.title(), lang === 'zh' ? /巴林右旗/ : /Bairin/);
    assertNoProblems(problems);
    await page.close();
  }
});

const KEY = 'aid-impact:draft';
const ASIDE = 'aid-impact:draft-unreadable';

/** Drafts that cannot be read back: cut off, of a newer format, a value of the wrong type. */
const UNREADABLE = {
  'cut off': FIXTURE_TEXT.slice(0, 500),
  'a newer format': JSON.stringify({ ...FIXTURE, schema_version: 99 }),
  'a value of the wrong type': JSON.stringify({ ...FIXTURE, figures: 'none' }),
};

for (const [what, stored] of Object.entries(UNREADABLE)) {
  test(`a kept draft that cannot be read back (${what}) is set aside and said, with its download`, async () => {
    const { page, problems } = await app.open('?view=edit&lang=en');
    await page.evaluate(([key, text]) => localStorage.setItem(key, text), [KEY, stored]);
    await page.reload();
    await appStarted(page);
    const notice = page.locator('[data-testid="draft-aside"]');
    await notice.waitFor();
    assert.match(await notice.innerText(), /could not be read back/);
    assert.equal(await page.evaluate((key) => localStorage.getItem(key), ASIDE), stored, 'kept aside as it was');
    // A new draft does not replace it, and a reload still says it.
    await startDraft(page, FIXTURE.original_text);
    await page.reload();
    await appStarted(page);
    await notice.waitFor();
    await page.locator('[data-testid="draft-text"]').waitFor();
    const [file] = await Promise.all([page.waitForEvent('download'), page.click('[data-action="download-aside"]')]);
    assert.equal(readFileSync(await file.path(), 'utf8'), stored, 'the download is the stored draft');
    await page.click('[data-action="delete-aside"]');
    await notice.waitFor({ state: 'detached' });
    assert.equal(await page.evaluate((key) => localStorage.getItem(key), ASIDE), null);
    assertNoProblems(problems);
    await page.close();
  });
}

test('a draft the browser cannot keep (storage full) is said at once, with its download', async () => {
  const { page, problems } = await app.open('?view=edit&lang=en');
  // Fills this origin's storage as a long-used browser's may be.
  await page.evaluate(() => {
    let size = 1 << 20;
    for (let i = 0; size >= 16; i++) {
      try {
        localStorage.setItem(`filler-${i}`, 'x'.repeat(size));
      } catch {
        size >>= 1;
      }
    }
  });
  await startDraft(page, FIXTURE.original_text);
  const notice = page.locator('[data-testid="draft-not-saved"]');
  await notice.waitFor();
  assert.match(await notice.innerText(), /could not be kept in this browser/);
  await shot(page, 'hostile-draft-not-saved-en');
  const [file] = await Promise.all([page.waitForEvent('download'), notice.locator('[data-action="download-as-it-is"]').click()]);
  const saved = JSON.parse(readFileSync(await file.path(), 'utf8'));
  assert.ok(saved.original_text.startsWith(FIXTURE.original_text.slice(0, 40)), 'the download holds the draft');
  assertNoProblems(problems);
  await page.close();
});

test('two tabs on one draft never overwrite each other unseen', async () => {
  const first = await app.open('?view=edit&lang=en');
  await startDraft(first.page, FIXTURE.original_text);
  const second = await first.page.context().newPage();
  await second.goto(first.page.url());
  await appStarted(second);
  await second.locator('[data-testid="draft-text"]').waitFor();
  const stored = () => first.page.evaluate((key) => JSON.parse(localStorage.getItem(key)).figures.map((f) => f.id), KEY);

  // The second tab adds a figure: the first is told, and stops saving.
  await makeFigure(second, FIXTURE.figures[0]);
  const changed = first.page.locator('[data-testid="draft-changed-elsewhere"]');
  await changed.waitFor();
  assert.match(await changed.innerText(), /changed in another tab or window/);
  await shot(first.page, 'hostile-draft-two-tabs-en');
  await makeFigure(first.page, FIXTURE.figures[4]);
  assert.deepEqual(await stored(), [FIXTURE.figures[0].id], "the first tab's change did not overwrite the second's");

  // Keeping the first tab's draft is a choice, and the second tab is told in turn.
  await first.page.click('[data-action="keep-this"]');
  await changed.waitFor({ state: 'detached' });
  assert.deepEqual(await stored(), [FIXTURE.figures[4].id]);
  await second.locator('[data-testid="draft-changed-elsewhere"]').waitFor();
  await second.click('[data-action="take-other"]');
  await second.locator('[data-testid="draft-changed-elsewhere"]').waitFor({ state: 'detached' });
  assert.deepEqual(
    await second.locator('[data-testid="draft-items"] > ul:first-of-type > li').evaluateAll((li) => li.map((l) => l.dataset.key)),
    [FIXTURE.figures[4].id],
  );
  assertNoProblems(first.problems);
  await first.page.close();
});

test('a paste longer than a draft takes is refused with the limit said', async () => {
  for (const [lang, words] of [['zh', /超过上限 100,000（约 50 页）/], ['en', /more than the 100,000 \(about 50 pages\) a draft takes/]]) {
    const { page, problems } = await app.open(`?view=edit&lang=${lang}`);
    await page.locator('[data-field="paste"]').fill('本'.repeat(100_001));
    await page.click('[data-action="start-text"]');
    const refused = page.locator('[data-testid="draft-refused"]');
    await refused.waitFor();
    assert.match(await refused.innerText(), words);
    assert.equal(await page.locator('[data-testid="draft-text"]').count(), 0);
    assertNoProblems(problems);
    await page.close();
  }
});
