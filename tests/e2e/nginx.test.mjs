// The release app behind a real web server: Debian's nginx, run in the foreground on 127.0.0.1
// with its own prefix, config and logs (as the user running the tests; under root its workers
// run as nobody), serving dist/ under /portal/aid/ with deploy/nginx.conf as a portal's admin
// would include it. Checks the headers that config promises, that the app starts under its CSP,
// and a redeploy while a page is open.

import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmod, cp, mkdtemp, readdir, readFile, rename, rm, stat, symlink, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { gzipSync } from 'node:zlib';
import { appStarted, assertNoProblems, launchBrowser, openPage, REPO_ROOT, settle } from './lib/browser.mjs';
import { appFiles, locateDist, STRICT_CSP } from './lib/setup.mjs';

const NGINX = process.env.NGINX ?? '/usr/sbin/nginx';
const CONFIG = join(REPO_ROOT, 'deploy', 'nginx.conf');
/** Where deploy/nginx.conf serves the app, and the folder it names for dist/. */
const PATH = '/portal/aid/';
const FOLDER = '/srv/aid-impact/';
const IMMUTABLE = 'public, max-age=31536000, immutable';

let work; // the server's prefix: its config, logs, and the builds it serves
let server; // { url, close }
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
 * `work/current` (a symlink to a build, swapped for a redeploy) at PATH with deploy/nginx.conf.
 */
async function startNginx() {
  const port = await freePort();
  const snippet = await readFile(CONFIG, 'utf8');
  assert.ok(snippet.includes(`alias ${FOLDER};`), `${CONFIG} serves ${FOLDER} (the test replaces it)`);
  assert.ok(snippet.includes(`location ${PATH} {`), `${CONFIG} serves the app at ${PATH}`);
  await writeFile(join(work, 'aid-impact.conf'), snippet.replaceAll(FOLDER, `${join(work, 'current')}/`));
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
    include ${join(work, 'aid-impact.conf')};
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
  const url = `http://127.0.0.1:${port}${PATH}`;
  for (let tries = 0; ; tries++) {
    const up = await get(url).then(() => true, () => false);
    if (up) break;
    if (tries > 100 || child.exitCode !== null) {
      throw new Error(`nginx did not start:\n${await readFile(join(work, 'error.log'), 'utf8').catch(() => '')}`);
    }
    await new Promise((done) => setTimeout(done, 50));
  }
  return {
    url,
    close: async () => {
      child.kill('SIGQUIT');
      await exited;
    },
  };
}

/** A plain GET of `url`, with the request `headers`: { status, headers, body } (body undecoded). */
function get(url, headers = {}) {
  return new Promise((done, fail) => {
    request(url, { headers }, (response) => {
      const chunks = [];
      response.on('data', (chunk) => chunks.push(chunk));
      response.on('end', () => done({ status: response.statusCode, headers: response.headers, body: Buffer.concat(chunks) }));
    })
      .on('error', fail)
      .end();
  });
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
  const check = async (file, { type, cache }) => {
    const response = await get(server.url + file);
    assert.equal(response.status, 200, file);
    assert.match(response.headers['content-type'], type, `${file}: Content-Type`);
    assert.equal(response.headers['content-security-policy'], STRICT_CSP, `${file}: the tests' strict CSP`);
    assert.equal(response.headers['x-content-type-options'], 'nosniff', file);
    assert.equal(response.headers['cache-control'], cache, `${file}: Cache-Control`);
  };
  const fixed = { cache: 'no-cache' };
  const forGood = { cache: IMMUTABLE };
  await check('', { type: /^text\/html; charset=utf-8$/, ...fixed });
  await check('index.html', { type: /^text\/html; charset=utf-8$/, ...fixed });
  await check('pages/view-funds.en.html', { type: /^text\/html; charset=utf-8$/, ...fixed });
  for (const script of ['boot.js', 'prerender.js', 'embed.js']) {
    await check(script, { type: /^application\/javascript; charset=utf-8$/, ...fixed });
  }
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
  assert.equal((await get(`${server.url}no-such-file.js`)).status, 404);
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
