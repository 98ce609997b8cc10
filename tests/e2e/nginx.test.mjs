// The release app behind a real web server: Debian's nginx, run in the foreground on 127.0.0.1
// with its own prefix, config and logs (as the user running the tests; under root its workers
// run as nobody), serving dist/ under /portal/aid/ with deploy/'s three files as a portal's
// admin would include them, beside a page of the portal's own. Checks the headers they promise
// (the portal's and the app's) on every file of the app, that the app starts under its CSP,
// that another site can embed a chart, and a redeploy while a page is open.

import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmod, cp, mkdir, mkdtemp, readdir, readFile, rename, rm, stat, symlink, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { after, before, test } from 'node:test';
import { gzipSync } from 'node:zlib';
import { appStarted, assertNoProblems, launchBrowser, openPage, REPO_ROOT, settle } from './lib/browser.mjs';
import { appFiles, locateDist, STRICT_CSP } from './lib/setup.mjs';

const NGINX = process.env.NGINX ?? '/usr/sbin/nginx';
const DEPLOY = join(REPO_ROOT, 'deploy');
const CONFIG = join(DEPLOY, 'nginx.conf');
/** Where deploy/nginx.conf serves the app, and the folder it names for dist/. */
const PATH = '/portal/aid/';
const FOLDER = '/srv/aid-impact/';
const IMMUTABLE = 'public, max-age=31536000, immutable';
/** What deploy/portal-headers.conf sends: the portal's own headers, on every response. */
const PORTAL_HEADERS = {
  'strict-transport-security': 'max-age=31536000',
  'referrer-policy': 'strict-origin-when-cross-origin',
};
/** What deploy/aid-impact-headers.conf adds on every response of the app. */
const APP_HEADERS = {
  'content-security-policy': STRICT_CSP,
  'x-content-type-options': 'nosniff',
  'permissions-policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
  'cross-origin-opener-policy': 'same-origin',
};

let work; // the server's prefix: its config, logs, and the builds it serves
let server; // { origin, url, elsewhere, close }
let browser;

/** A free TCP port on 127.0.0.1 (for nginx, which cannot be asked for any port). */
function freePort() {
  return new Promise((done, fail) => {
    const probe = createServer().once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => done(port));
    });
  });
}

/**
 * nginx in the foreground with its own prefix, config and logs under `work`, serving
 * `work/current` (a symlink to a build, swapped for a redeploy) at PATH with deploy/'s files in
 * `work/snippets/` (where relative includes are looked for, beside the main config, as in
 * /etc/nginx/), and the portal's page /other. The server includes the portal's headers as a
 * portal does, at its level. A second server, another origin, serves a page that embeds a chart.
 */
async function startNginx() {
  const port = await freePort();
  let otherPort;
  do otherPort = await freePort();
  while (otherPort === port);
  const origin = `http://127.0.0.1:${port}`;
  const url = `${origin}${PATH}`;
  await mkdir(join(work, 'elsewhere'));
  await chmod(join(work, 'elsewhere'), 0o755);
  await writeFile(
    join(work, 'elsewhere', 'index.html'),
    `<!doctype html>
<title>Another site</title>
<iframe src="${url}?embed=funds-by-source&amp;lang=en" title="A chart" width="300" height="100"></iframe>
<script src="${url}embed.js"></script>
<img src="${url}preview.png" alt="">
`,
  );
  const snippet = await readFile(CONFIG, 'utf8');
  assert.ok(snippet.includes(`alias ${FOLDER};`), `${CONFIG} serves ${FOLDER} (the test replaces it)`);
  assert.ok(snippet.includes(`location ${PATH} {`), `${CONFIG} serves the app at ${PATH}`);
  const snippets = join(work, 'snippets');
  await mkdir(snippets);
  await writeFile(join(snippets, 'aid-impact.conf'), snippet.replaceAll(FOLDER, `${join(work, 'current')}/`));
  for (const file of ['aid-impact-headers.conf', 'portal-headers.conf']) {
    await cp(join(DEPLOY, file), join(snippets, file));
  }
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']
    .map((kind) => `${kind}_temp_path ${join(work, `${kind}_temp`)};`)
    .join('\n  ');
  await writeFile(
    join(work, 'nginx.conf'),
    `daemon off;
worker_processes 1;
pid ${join(work, 'nginx.pid')};
error_log ${join(work, 'error.log')} warn;
events { worker_connections 64; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log ${join(work, 'access.log')};
  ${temp}
  server {
    listen 127.0.0.1:${port};
    include snippets/portal-headers.conf;
    include snippets/aid-impact.conf;
    location = /other {
      return 200 "A page of the portal's own";
    }
  }
  server {
    listen 127.0.0.1:${otherPort};
    root ${join(work, 'elsewhere')};
  }
}
`,
  );
  const args = ['-p', `${work}/`, '-c', join(work, 'nginx.conf'), '-e', join(work, 'error.log')];
  const check = spawn(NGINX, [...args, '-t'], { stdio: ['ignore', 'ignore', 'pipe'] });
  let said = '';
  check.stderr.on('data', (chunk) => (said += chunk));
  const status = await new Promise((done) => check.on('close', done));
  assert.equal(status, 0, `nginx -t refuses the config:\n${said}`);
  // (a duplicate MIME type, say, is only a warning)
  const warnings = said.split('\n').filter((line) => /\[(warn|emerg|alert)\]/.test(line));
  assert.deepEqual(warnings, [], 'nginx -t warns of nothing');

  const child = spawn(NGINX, args, { stdio: 'ignore' });
  const exited = new Promise((done) => child.on('exit', done));
  for (let tries = 0; ; tries++) {
    const up = await get(url).then(() => true, () => false);
    if (up) break;
    if (tries > 100 || child.exitCode !== null) {
      throw new Error(`nginx did not start:\n${await readFile(join(work, 'error.log'), 'utf8').catch(() => '')}`);
    }
    await new Promise((done) => setTimeout(done, 50));
  }
  return {
    origin,
    url,
    elsewhere: `http://127.0.0.1:${otherPort}/`,
    close: async () => {
      child.kill('SIGQUIT');
      await exited;
    },
  };
}

/**
 * A plain GET of `url`, with the request `headers`: { status, headers, raw, body } (body
 * undecoded; `raw` the header lines as sent, [name, value, name, value, …]).
 */
function get(url, headers = {}) {
  return new Promise((done, fail) => {
    request(url, { headers }, (response) => {
      const chunks = [];
      response.on('data', (chunk) => chunks.push(chunk));
      response.on('end', () =>
        done({ status: response.statusCode, headers: response.headers, raw: response.rawHeaders, body: Buffer.concat(chunks) }),
      );
    })
      .on('error', fail)
      .end();
  });
}

/** The values of the header lines named `name` in `response`, in their order. */
function sent(response, name) {
  return response.raw.filter((_, i) => i % 2 === 1 && response.raw[i - 1].toLowerCase() === name);
}

/**
 * Asserts that `response` carries the portal's headers and the app's, each exactly once, and
 * the Cache-Control and Cross-Origin-Resource-Policy given (where given).
 */
function assertAppHeaders(response, label, { cache, corp } = {}) {
  const expected = { ...PORTAL_HEADERS, ...APP_HEADERS };
  if (cache) expected['cache-control'] = cache;
  if (corp) expected['cross-origin-resource-policy'] = corp;
  for (const [name, value] of Object.entries(expected)) {
    assert.deepEqual(sent(response, name), [value], `${label}: ${name}`);
  }
}

/** Every file under `dir`, as paths relative to it. */
async function allFiles(dir) {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => relative(dir, join(entry.parentPath, entry.name)));
}

/** What dist's index.html names: the stylesheet and both apps' files (content-hashed names). */
async function hashedNames(dir) {
  const html = await readFile(join(dir, 'index.html'), 'utf8');
  const css = /<link rel="stylesheet" href="(?:\.\/)?([^"]+\.css)"/.exec(html)?.[1];
  assert.ok(css, 'index.html links its stylesheet');
  const names = [css];
  for (const app of ['aid-impact', 'aid-impact-editor']) {
    const base = appFiles(dir, app);
    names.push(`${base}.js`, `${base}_bg.wasm`);
  }
  return names;
}

/** A copy of `from` at `to` that the server's workers (nobody, when run as root) can read. */
async function copyBuild(from, to) {
  await cp(from, to, { recursive: true });
  await chmod(to, 0o755);
}

/** Serves the build in folder `name` of `work` from now on: an atomic swap of `work/current`. */
async function deploy(name) {
  const next = join(work, 'current.next');
  await symlink(join(work, name), next);
  await rename(next, join(work, 'current'));
}

before(async () => {
  const dist = locateDist();
  work = await mkdtemp(join(tmpdir(), 'aid-impact-nginx-'));
  await chmod(work, 0o755);
  await copyBuild(dist, join(work, 'build-1'));
  await deploy('build-1');
  server = await startNginx();
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.close();
  if (work) await rm(work, { recursive: true, force: true });
});

test('nginx sends the CSP, no-cache pages, immutable hashed files, gzip and application/wasm', async () => {
  const build = join(work, 'build-1');
  const hashed = await hashedNames(build);
  const [css, readerJs, readerWasm] = hashed;
  const check = async (file, { type, ...headers }) => {
    const response = await get(server.url + file);
    assert.equal(response.status, 200, file);
    assert.match(response.headers['content-type'], type, `${file}: Content-Type`);
    assert.equal(response.headers['content-security-policy'], STRICT_CSP, `${file}: the tests' strict CSP`);
    assertAppHeaders(response, file, headers);
  };
  const fixed = { cache: 'no-cache', corp: 'same-origin' };
  const forGood = { cache: IMMUTABLE, corp: 'same-origin' };
  await check('', { type: /^text\/html; charset=utf-8$/, ...fixed });
  await check('index.html', { type: /^text\/html; charset=utf-8$/, ...fixed });
  await check('pages/view-funds.en.html', { type: /^text\/html; charset=utf-8$/, ...fixed });
  for (const script of ['boot.js', 'prerender.js']) {
    await check(script, { type: /^application\/javascript; charset=utf-8$/, ...fixed });
  }
  // (embed.js is loaded by pages that embed a chart, on any origin)
  await check('embed.js', { type: /^application\/javascript; charset=utf-8$/, ...fixed, corp: 'cross-origin' });
  await check('preview.png', { type: /^image\/png$/, ...fixed });
  await check(css, { type: /^text\/css; charset=utf-8$/, ...forGood });
  for (const file of hashed.filter((name) => name.endsWith('.js'))) {
    await check(file, { type: /^application\/javascript; charset=utf-8$/, ...forGood });
  }
  for (const file of hashed.filter((name) => name.endsWith('_bg.wasm'))) {
    await check(file, { type: /^application\/wasm$/, ...forGood });
  }

  // The config tells hashed names by their form: exactly the files index.html names have it.
  const files = (await readdir(build)).filter((f) => /(\.js|\.css|_bg\.wasm)$/.test(f));
  for (const file of files) {
    const { headers } = await get(server.url + file);
    assert.equal(headers['cache-control'] === IMMUTABLE, hashed.includes(file), `${file}: cached for good iff hashed`);
  }

  // The precompressed copy, sent as it is (its exact length), to browsers that take gzip only.
  for (const file of ['', 'boot.js', css, readerJs, readerWasm, 'pages/view-funds.en.html']) {
    const path = join(build, file || 'index.html');
    const gzipped = await stat(`${path}.gz`).catch(() => null);
    assert.ok(gzipped, `${path}.gz exists (made by ./dev build)`);
    const zipped = await get(server.url + file, { 'Accept-Encoding': 'gzip, deflate, br' });
    assert.equal(zipped.headers['content-encoding'], 'gzip', `${file}: gzipped`);
    assert.equal(zipped.body.length, gzipped.size, `${file}: the .gz file itself`);
    assert.match(zipped.headers.vary ?? '', /Accept-Encoding/, `${file}: Vary`);
    const plain = await get(server.url + file, { 'Accept-Encoding': 'gzip;q=0' });
    assert.equal(plain.headers['content-encoding'], undefined, `${file}: not gzipped when refused`);
    assert.equal(plain.body.length, (await stat(path)).size, `${file}: the file itself`);
  }

  // The address without its slash is redirected into the app's folder; nothing else is served.
  const bare = await get(server.url.replace(/\/$/, ''));
  assert.equal(bare.status, 301);
  assert.equal(new URL(bare.headers.location).pathname, PATH);
  assertAppHeaders(bare, 'the redirect into the folder');
  const missing = await get(`${server.url}no-such-file.js`);
  assert.equal(missing.status, 404);
  assertAppHeaders(missing, 'a file not in the folder (404)', fixed);
  // (a folder's address without its slash: nginx's own redirect, within the app's folder)
  const folder = await get(`${server.url}pages`);
  assert.equal(folder.status, 301);
  assert.equal(new URL(folder.headers.location).pathname, `${PATH}pages/`);
  assertAppHeaders(folder, 'the redirect to pages/', fixed);
});

test("every file of the app, gzipped or not, carries the portal's headers and the app's", async () => {
  const build = join(work, 'build-1');
  const hashed = await hashedNames(build);
  const expected = (file) => ({
    cache: hashed.includes(file) ? IMMUTABLE : 'no-cache',
    corp: file === 'embed.js' ? 'cross-origin' : 'same-origin',
  });
  const files = await allFiles(build);
  const url = (file) => server.url + file.split('/').map(encodeURIComponent).join('/');
  for (const file of files) {
    const response = await get(url(file), { 'Accept-Encoding': 'gzip;q=0' });
    assert.equal(response.status, 200, file);
    assert.equal(response.headers['content-encoding'], undefined, `${file}: as it is`);
    assertAppHeaders(response, file, expected(file));
  }
  const zipped = files.filter((file) => file.endsWith('.gz')).map((file) => file.slice(0, -'.gz'.length));
  assert.ok(zipped.includes('index.html') && zipped.some((file) => file.endsWith('_bg.wasm')), 'the build has gzipped copies');
  for (const file of zipped) {
    const response = await get(url(file), { 'Accept-Encoding': 'gzip' });
    assert.equal(response.status, 200, file);
    assert.equal(response.headers['content-encoding'], 'gzip', `${file}: its .gz copy`);
    assertAppHeaders(response, `${file} (gzipped)`, expected(file));
  }

  // The portal's own page: its headers, none of the app's.
  const other = await get(`${server.origin}/other`);
  assert.equal(other.status, 200);
  for (const [name, value] of Object.entries(PORTAL_HEADERS)) {
    assert.deepEqual(sent(other, name), [value], `/other: ${name}`);
  }
  for (const name of Object.keys(APP_HEADERS)) {
    assert.deepEqual(sent(other, name), [], `/other: no ${name}`);
  }
});

test('the app starts from nginx under its CSP: default page, a fetched page, the editor', async () => {
  for (const query of ['', '?view=funds&lang=en', '?view=edit']) {
    const { page, problems } = await openPage(browser, server.url + query);
    assert.ok(await page.evaluate(() => window.aidImpact?.memory instanceof WebAssembly.Memory), `${query}: the app runs`);
    await settle(page);
    // (a CSP violation is a console error, so a problem)
    assertNoProblems(problems, `nginx ${query || '(default page)'}`);
    await page.close();
  }
});

/**
 * A second build with a visible change, made from the first without cargo (too slow for a
 * test): what is simulated is the build, not the deploy. Its stylesheet gains a visible rule
 * (so its hashed name changes, as Trunk's would), the reader's app is the same bytes under
 * another hash (as a rebuilt app would be under a new one), and index.html names both; the
 * gzipped copies follow. The editor's files are left as they are.
 */
async function secondBuild(from, to) {
  await copyBuild(from, to);
  const [css, readerJs, readerWasm] = await hashedNames(to);
  const base = readerJs.replace(/\.js$/, '');
  // (another hash of the same length: its digits reversed)
  const reversed = (name) => name.replace(/-([0-9a-f]+)(\.css)?$/, (_, hash, end = '') => `-${[...hash].reverse().join('')}${end}`);
  const [newBase, newCss] = [reversed(base), reversed(css)];
  assert.ok(newBase !== base && newCss !== css, 'new names');
  const replaceFile = async (oldName, newName, content) => {
    const data = content ?? (await readFile(join(to, oldName)));
    await rm(join(to, oldName));
    await rm(join(to, `${oldName}.gz`));
    await writeFile(join(to, newName), data);
    await writeFile(join(to, `${newName}.gz`), gzipSync(data, { level: 9 }));
  };
  const style = `${await readFile(join(to, css), 'utf8')}\nbody::after { content: "build 2"; }\n`;
  await replaceFile(css, newCss, style);
  await replaceFile(readerJs, `${newBase}.js`);
  await replaceFile(readerWasm, `${newBase}_bg.wasm`);
  let html = await readFile(join(to, 'index.html'), 'utf8');
  const link = new RegExp(`href="\\./${css}" integrity="sha384-[^"]+"`);
  assert.match(html, link, 'index.html links the stylesheet with its hash (subresource integrity)');
  const integrity = createHash('sha384').update(style).digest('base64');
  html = html
    .replace(link, `href="./${newCss}" integrity="sha384-${integrity}"`)
    .replace(`content="${base}"`, `content="${newBase}"`);
  await replaceFile('index.html', 'index.html', html);
  return { css: newCss, js: `${newBase}.js`, wasm: `${newBase}_bg.wasm` };
}

test('another site embeds a chart and sizes it with embed.js; the other files are for the app only', async () => {
  const { page, problems } = await openPage(browser, server.elsewhere, { app: false, alsoAllow: [server.url] });
  const frame = page.locator('iframe');
  await page.waitForFunction(() => document.querySelector('iframe').style.height !== '');
  assert.ok((await frame.boundingBox()).height > 100, 'embed.js gave the frame its content\'s height');
  assert.equal(await page.locator('img').evaluate((img) => img.naturalWidth), 0, 'preview.png is refused to another site');
  const refused = `${server.url}preview.png`;
  assert.ok(problems.some((p) => p.includes(refused) && p.includes('ERR_BLOCKED_BY_RESPONSE.NotSameOrigin')), 'refused by its header');
  assert.deepEqual(
    problems.filter((p) => !p.includes(refused)),
    [],
    'nothing else fails',
  );
  await page.close();
});

test('a redeploy while pages are open: a reload gives the new version whole, an old page reloads itself', async () => {
  const first = await hashedNames(join(work, 'build-1'));
  const second = await secondBuild(join(work, 'build-1'), join(work, 'build-2'));
  const hashedRequests = (page) => {
    const seen = [];
    page.on('request', (r) => /-[0-9a-f]+(\.js|\.css|_bg\.wasm)$/.test(r.url()) && seen.push(r.url().slice(server.url.length)));
    return seen;
  };
  const marker = (page) => page.evaluate(() => getComputedStyle(document.body, '::after').content);

  // A reader with the app running, and one still on the pre-rendered page (the app not loaded).
  const running = await openPage(browser, `${server.url}?view=training&lang=en`);
  const reading = await openPage(browser, `${server.url}?view=funds`, { app: false });
  assert.equal(await marker(running.page), 'none', 'build 1 is shown');

  // The new build replaces the old one whole: the old hashed files are gone (the worst case;
  // deploy/nginx.conf advises keeping them a while).
  await deploy('build-2');
  await rm(join(work, 'build-1'), { recursive: true });

  // Reloaded, the running page is the new version, from the new build's files only.
  const requested = hashedRequests(running.page);
  await running.page.reload();
  await appStarted(running.page);
  assert.equal(await marker(running.page), '"build 2"', 'the new version is shown');
  for (const file of Object.values(second)) {
    assert.equal((await get(server.url + file)).headers['cache-control'], IMMUTABLE, `${file}: cached for good`);
  }
  assert.deepEqual(
    [...new Set(requested)].sort(),
    Object.values(second).sort(),
    'the new build\'s stylesheet and app are requested, nothing of the old build',
  );
  assertNoProblems(running.problems, 'reloaded page');

  // The page still on build 1 asks for build 1's app, which is gone: it reloads itself into
  // build 2 instead of crashing, and then starts it.
  const loaded = reading.page.waitForEvent('load');
  await reading.page.evaluate(() => {
    window.aidImpactStart();
  });
  await loaded;
  await reading.page.evaluate(() => window.aidImpactStart());
  assert.equal(await marker(reading.page), '"build 2"', 'the old page reloaded into the new version');
  assert.equal(await reading.page.locator('.crash').count(), 0, 'no crash message');
  assert.ok(await reading.page.evaluate(() => window.aidImpact?.memory instanceof WebAssembly.Memory), 'the new app runs');
  const gone = `${server.url}${first[1]}`;
  assert.ok(reading.problems.some((p) => p.includes(gone)), 'it asked for the old app first');
  assert.deepEqual(
    reading.problems.filter((p) => !p.includes(gone)),
    [],
    'the only problem is the old app that is gone (404)',
  );
  await running.page.close();
  await reading.page.close();
});
