// Files as county officers save them with Windows editors: GB18030 (Notepad's "ANSI" on Chinese
// Windows), UTF-16 with a byte order mark (its "Unicode"), UTF-8 with one; valid JSON the
// parser cannot read, a number too large for a double and nesting too deep; and files named
// for what they are, an empty one, an image renamed .json, half a character escaped. Each is opened by
// link (?data=) and by the file picker: the report opens with its Chinese intact and the
// encoding said, or the real problem is named. The GB18030 bytes are made with iconv (glibc's),
// as node has no GB18030 encoder.

import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { assertNoProblems, REPO_ROOT, shot } from './lib/browser.mjs';
import { useApp } from './lib/setup.mjs';

const FICTIONAL = readFileSync(join(REPO_ROOT, 'tests/fixtures/fictional-county.json'), 'utf8');
const TITLE = '青山县（虚构）';
const SOURCE_START = '本文为测试用虚构数据';

const utf16le = Buffer.from(`\ufeff${FICTIONAL}`, 'utf16le');
const gb18030 = execFileSync('iconv', ['-f', 'UTF-8', '-t', 'GB18030'], { input: FICTIONAL });

/** Files that open: name, bytes, the encoding the note names (none for UTF-8). */
const READABLE = [
  ['gb18030', gb18030, 'GB18030'],
  ['utf-16le', utf16le, 'UTF-16LE'],
  ['utf-16be', Buffer.from(utf16le).swap16(), 'UTF-16BE'],
  ['utf-8-bom', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(FICTIONAL)]), null],
];

/** The line of the fixture on which `text` first stands. */
const lineOf = (text) => FICTIONAL.slice(0, FICTIONAL.indexOf(text)).split('\n').length;
const [VALUE_LINE, META_LINE] = [lineOf('"value": 86400000'), lineOf('"meta": ')];

/** Files refused: name, bytes, the problem as it reads in Chinese and in English. */
const REFUSED = [
  [
    'huge-number',
    Buffer.from(FICTIONAL.replace('"value": 86400000', '"value": 1e400')),
    new RegExp(`第${VALUE_LINE}行第\\d+列的数字太大`),
    new RegExp(`the number at line ${VALUE_LINE}, column \\d+ is too large to be held`),
  ],
  [
    'deep',
    Buffer.from(FICTIONAL.replace('"meta": ', `"meta": ${'['.repeat(100_000)}, "was": `)),
    new RegExp(`列表和对象嵌套超过127层（第${META_LINE}行第\\d+列）`),
    new RegExp(`lists and objects are nested more than 127 levels deep \\(at line ${META_LINE}, column \\d+\\)`),
  ],
  // Not JSON either, but each said as what it is: nothing, an image, half a character.
  ['empty', Buffer.alloc(0), /文件是空的：里面没有内容/, /the file is empty: there is nothing in it/],
  [
    'png',
    Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489', 'hex'),
    /这不是文本文件，而是一张 PNG 图片/,
    /this is not a text file but a PNG image/,
  ],
  [
    'half-emoji',
    Buffer.from(FICTIONAL.replace('"zh": "', '"zh": "\\ud83d')),
    /转义只有半个字符/,
    /is half a character \(such as \\ud83d without its second half\)/,
  ],
  // "café" as Windows-1252 saves it: neither UTF-8 nor GB18030, refused rather than garbled.
  [
    'latin-1',
    Buffer.from('{"meta": {"title": {"zh": "café"}}}', 'latin1'),
    /文件无法按 GB18030 编码读取/,
    /the file cannot be read as GB18030 text/,
  ],
];

const files = Object.fromEntries(
  [...READABLE, ...REFUSED].map(([name, bytes]) => [`/reports/${name}.json`, bytes]),
);
const app = useApp({ files });

const note = (page) => page.locator('[data-testid="load-encoding"]');
const error = (page) => page.locator('[data-testid="load-error"]');

/** Opens a file through the header's "Open a report" dialog. */
async function openFile(page, name, buffer) {
  await page.click('[data-action="open-report"]');
  await page.locator('[data-testid="open-file"]').setInputFiles({ name, mimeType: 'application/json', buffer });
  await page.keyboard.press('Escape');
}

/** The report is on screen with its Chinese intact, and the encoding said when not UTF-8. */
async function assertOpened(page, name, encoding) {
  await page.waitForFunction((title) => document.title.includes(title), TITLE);
  assert.doesNotMatch(await page.title(), /\ufffd/, `${name}: no replacement characters`);
  if (encoding) {
    await note(page).waitFor();
    assert.match(await note(page).innerText(), new RegExp(`不是 UTF-8 编码，已按 ${encoding} 编码读取`), name);
  } else {
    assert.equal(await note(page).count(), 0, `${name}: UTF-8 needs no note`);
  }
}

test('GB18030, UTF-16 and UTF-8-with-BOM reports open by link, with their Chinese intact', async () => {
  for (const [name, , encoding] of READABLE) {
    const { page, problems } = await app.open(`?data=reports/${name}.json&view=source`);
    await assertOpened(page, name, encoding);
    const text = await page.locator('[data-testid="source-text"]').innerText();
    assert.ok(text.startsWith(SOURCE_START), `${name}: the original text reads: ${text.slice(0, 40)}`);
    assert.ok(page.url().includes(`data=reports/${name}.json`), `${name}: the link keeps the report`);
    if (name === 'gb18030') {
      await shot(page, 'encoding-gb18030-zh');
      // In English, too; the note is the same status, only reworded.
      await page.click('button[data-lang="en"]');
      await page.waitForFunction(() => document.querySelector('[data-testid="load-encoding"]')?.innerText.includes('read as GB18030'));
      assert.match(await note(page).innerText(), /is not in UTF-8: it was read as GB18030/);
      await note(page).locator('button').click();
      await note(page).waitFor({ state: 'detached' });
    }
    assertNoProblems(problems);
    await page.close();
  }
});

test('the same files open from the file picker', async () => {
  const { page, problems } = await app.open('');
  for (const [name, bytes, encoding] of READABLE) {
    // Back to the bundled report first, so each file's title is seen to arrive.
    await page.click('[data-action="open-report"]');
    const back = page.locator('[data-action="use-bundled"]');
    if (await back.count()) await back.click();
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => document.title.includes('巴林右旗'));
    await openFile(page, `${name}.json`, bytes);
    await assertOpened(page, name, encoding);
  }
  assertNoProblems(problems);
  await page.close();
});

test('a number too large, nesting too deep, an unknown encoding, an empty file, an image and half a character are named, by picker and by link', async () => {
  const { page, problems } = await app.open('?view=funds');
  for (const [name, bytes, zh] of REFUSED) {
    await openFile(page, `${name}.json`, bytes);
    await error(page).waitFor();
    const text = await error(page).innerText();
    assert.match(text, zh, name);
    assert.doesNotMatch(text, /不是有效的 JSON/, `${name}: it is valid JSON`);
    assert.match(await page.title(), /巴林右旗/, `${name}: the bundled report is still shown`);
    if (name === 'deep') await shot(page, 'encoding-deep-zh');
    await error(page).locator('button').click();
    await error(page).waitFor({ state: 'detached' });
  }
  assertNoProblems(problems);
  await page.close();

  for (const [name, , , en] of REFUSED) {
    const linked = await app.open(`?lang=en&data=reports/${name}.json`);
    await error(linked.page).waitFor();
    const text = await error(linked.page).innerText();
    assert.match(text, en, name);
    assert.doesNotMatch(text, /not valid JSON/, `${name}: it is valid JSON`);
    assert.match(await linked.page.title(), /Bairin/);
    assertNoProblems(linked.problems);
    await linked.page.close();
  }
});
