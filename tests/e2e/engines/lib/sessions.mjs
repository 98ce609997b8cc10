// The three browser engines behind one small interface, so that every cross-engine test drives
// them the same way and reads them with the same function run in the page:
//
//   chromium  Debian's Chromium through playwright-core (CDP), the reference the others must equal
//   firefox   Debian's Firefox ESR through puppeteer-core over WebDriver BiDi (no geckodriver)
//   webkit    WebKitGTK's MiniBrowser through Debian's WebKitWebDriver (W3C WebDriver), with
//             selenium-webdriver as the client; MiniBrowser has no headless mode: run under
//             xvfb-run (the npm script does)
//
//   const engine = await launch('firefox');
//   const page = await engine.newPage();        // fresh storage, 1280 px wide
//   await page.goto(url);                       // resolves after the load event
//   const title = await page.run(() => document.title);
//   await page.click('button[data-action="share"]'); await page.press('Escape');
//   await page.close(); await engine.close();
//
// Input is the engine's own (WebDriver actions, CDP, BiDi input): real clicks and keys, not
// events made up in the page. Nothing is downloaded: the browsers are Debian's.

import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { setTimeout as delay } from 'node:timers/promises';
import { launchBrowser } from '../../lib/browser.mjs';

export const ENGINES = ['chromium', 'webkit', 'firefox'];

export const FIREFOX_PATH = process.env.FIREFOX ?? '/usr/bin/firefox-esr';
export const WEBKIT_DRIVER = process.env.WEBKIT_DRIVER ?? 'WebKitWebDriver';
const MINIBROWSER_CANDIDATES = [
  '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
  '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
  '/usr/lib/x86_64-linux-gnu/webkitgtk-6.0/MiniBrowser',
  '/usr/lib/aarch64-linux-gnu/webkitgtk-6.0/MiniBrowser',
  '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.0/MiniBrowser',
];
export const MINIBROWSER_PATH = process.env.MINIBROWSER ?? MINIBROWSER_CANDIDATES.find((p) => existsSync(p));

export const VIEWPORT = { width: 1280, height: 900 };

/** How long page actions and waits may take before they fail. */
export const TIMEOUT = 15_000;

/**
 * `fn` applied to `args` in the page, as a string every client evaluates the same way. The
 * result crosses as JSON text, so each client hands back the same plain data.
 */
function script(fn, args) {
  return `(async () => JSON.stringify((await (${fn})(...${JSON.stringify(args)})) ?? null))()`;
}

/** Polls `page.run(fn, ...args)` until it is truthy; returns that value. */
async function waitFor(page, fn, args, { timeout = TIMEOUT, what = String(fn).slice(0, 120) } = {}) {
  const deadline = Date.now() + timeout;
  let last;
  for (;;) {
    last = await page.run(fn, ...args);
    if (last) return last;
    if (Date.now() > deadline) throw new Error(`${page.engine}: timed out after ${timeout} ms waiting for ${what}`);
    await delay(50);
  }
}

/** Shared by every engine's page: waiting on top of `run`. */
const pageBase = {
  /** Polls `fn(...args)` in the page until it returns something truthy, and returns it. */
  waitFor(fn, ...args) {
    return waitFor(this, fn, args);
  },
  /** Like waitFor, with a description for the timeout's message. */
  waitForWhat(what, fn, ...args) {
    return waitFor(this, fn, args, { what });
  },
  /**
   * Like waitForWhat, for the app's start: it compiles the wasm and draws every chart, which
   * in WebKit on a loaded 2-core machine has taken longer than TIMEOUT for the print view.
   */
  waitForStart(what, fn, ...args) {
    return waitFor(this, fn, args, { what, timeout: 3 * TIMEOUT });
  },
};

// ---------------------------------------------------------------- Chromium (playwright-core)

async function launchChromium() {
  const browser = await launchBrowser();
  return {
    name: 'chromium',
    version: browser.version(),
    async newPage() {
      const context = await browser.newContext({ viewport: VIEWPORT });
      const page = await context.newPage();
      page.setDefaultTimeout(TIMEOUT);
      return {
        ...pageBase,
        engine: 'chromium',
        playwright: page,
        goto: (url) => page.goto(url, { waitUntil: 'load' }),
        run: async (fn, ...args) => JSON.parse(await page.evaluate(script(fn, args))),
        click: (selector) => page.click(selector),
        press: (key) => page.keyboard.press(key),
        frame: (selector) => frameOf(page, selector),
        close: () => context.close(),
      };
    },
    close: () => browser.close(),
  };
}

/** A playwright page's frame shown by the iframe at `selector`, with the page interface. */
async function frameOf(page, selector) {
  const frame = await (await page.waitForSelector(selector)).contentFrame();
  return {
    ...pageBase,
    engine: 'chromium',
    run: async (fn, ...args) => JSON.parse(await frame.evaluate(script(fn, args))),
    click: (sel) => frame.click(sel),
    press: (key) => page.keyboard.press(key),
  };
}

// ---------------------------------------------------------------- Firefox ESR (puppeteer-core, WebDriver BiDi)

async function launchFirefox() {
  // Never download a browser: only Debian's Firefox ESR is used.
  process.env.PUPPETEER_SKIP_DOWNLOAD = '1';
  const { default: puppeteer } = await import('puppeteer-core');
  if (!existsSync(FIREFOX_PATH)) throw new Error(`no Firefox at ${FIREFOX_PATH} (Debian's firefox-esr)`);
  const browser = await puppeteer.launch({
    browser: 'firefox',
    protocol: 'webDriverBiDi',
    executablePath: FIREFOX_PATH,
    headless: true,
    defaultViewport: VIEWPORT,
    extraPrefsFirefox: {
      // No requests of its own to the outside: updates, telemetry, remote settings.
      'app.update.enabled': false,
      'browser.safebrowsing.malware.enabled': false,
      'browser.safebrowsing.phishing.enabled': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      'toolkit.telemetry.enabled': false,
      'network.captive-portal-service.enabled': false,
      'network.connectivity-service.enabled': false,
    },
  });
  return {
    name: 'firefox',
    version: await browser.version(),
    async newPage() {
      const context = await browser.createBrowserContext();
      const page = await context.newPage();
      page.setDefaultTimeout(TIMEOUT);
      await page.setViewport(VIEWPORT);
      return {
        ...pageBase,
        engine: 'firefox',
        goto: (url) => page.goto(url, { waitUntil: 'load' }),
        run: async (fn, ...args) => JSON.parse(await page.evaluate(script(fn, args))),
        click: (selector) => page.click(selector),
        press: (key) => page.keyboard.press(key),
        async frame(selector) {
          const frame = await (await page.waitForSelector(selector)).contentFrame();
          return {
            ...pageBase,
            engine: 'firefox',
            run: async (fn, ...args) => JSON.parse(await frame.evaluate(script(fn, args))),
            click: (sel) => frame.click(sel),
            press: (key) => page.keyboard.press(key),
          };
        },
        close: () => context.close(),
      };
    },
    close: () => browser.close(),
  };
}

// ---------------------------------------------------------------- WebKit (WebKitWebDriver + MiniBrowser)

function freePort() {
  return new Promise((ok, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => ok(port));
    });
  });
}

// Driver processes still running when this process exits (a crash, an interrupted run) are
// ended with it; their MiniBrowsers lose their X server when xvfb-run ends.
const drivers = new Set();
process.once('exit', () => {
  for (const child of drivers) child.kill();
});

/** A WebKitWebDriver process on a free port; it serves one session at a time. */
async function startWebKitDriver() {
  const port = await freePort();
  const child = spawn(WEBKIT_DRIVER, [`--port=${port}`], { stdio: ['ignore', 'ignore', 'pipe'] });
  let log = '';
  child.stderr.on('data', (chunk) => {
    log = (log + chunk).slice(-4000);
  });
  child.once('error', (error) => {
    log += `${error.message} (Debian's webkit2gtk-driver installs ${WEBKIT_DRIVER})`;
  });
  const exited = new Promise((done) => child.once('close', done));
  drivers.add(child);
  exited.then(() => drivers.delete(child));
  const url = `http://127.0.0.1:${port}`;
  for (let tries = 0; ; tries++) {
    const ready = await fetch(`${url}/status`).then((r) => r.ok, () => false);
    if (ready) break;
    if (tries > 200 || child.exitCode !== null || child.pid === undefined) {
      child.kill();
      throw new Error(`WebKitWebDriver did not start: ${log}`);
    }
    await delay(50);
  }
  return {
    url,
    async stop() {
      child.kill();
      await exited;
    },
  };
}

async function launchWebKit() {
  if (!MINIBROWSER_PATH) throw new Error("no MiniBrowser found (Debian's webkit2gtk-driver brings it)");
  if (!process.env.DISPLAY) throw new Error('MiniBrowser needs an X display: run under xvfb-run');
  const { Builder, By, Key } = await import('selenium-webdriver');
  const KEYS = {
    Tab: Key.TAB,
    ArrowDown: Key.ARROW_DOWN,
    ArrowUp: Key.ARROW_UP,
    End: Key.END,
    Home: Key.HOME,
    Escape: Key.ESCAPE,
    Enter: Key.ENTER,
    Shift: Key.SHIFT,
  };
  const capabilities = {
    browserName: 'MiniBrowser',
    'webkitgtk:browserOptions': { binary: MINIBROWSER_PATH, args: ['--automation'] },
  };
  /** A MiniBrowser of its own (WebKitWebDriver allows one session per process). */
  async function session() {
    const server = await startWebKitDriver();
    try {
      const driver = await new Builder().usingServer(server.url).withCapabilities(capabilities).build();
      return { driver, server };
    } catch (error) {
      await server.stop();
      throw error;
    }
  }
  const probe = await session();
  const version = (await probe.driver.getCapabilities()).get('browserVersion');
  await probe.driver.quit();
  await probe.server.stop();

  return {
    name: 'webkit',
    version: `MiniBrowser (WebKitGTK ${version})`,
    async newPage() {
      // A session per page: each has its own ephemeral storage, like a fresh browser context.
      const { driver, server } = await session();
      await driver.manage().setTimeouts({ script: TIMEOUT, pageLoad: TIMEOUT });
      await driver.manage().window().setRect({ x: 0, y: 0, ...VIEWPORT });
      const press = async (key) => {
        const code = KEYS[key] ?? key;
        // A modifier alone is a press and a release; other keys are typed.
        if (key === 'Shift') await driver.actions().keyDown(code).keyUp(code).perform();
        else await driver.actions().sendKeys(code).perform();
      };
      const run = async (fn, ...args) => JSON.parse(await driver.executeScript(`return ${script(fn, args)};`));
      const click = async (selector) => {
        const element = await driver.findElement(By.css(selector));
        await element.click();
      };
      return {
        ...pageBase,
        engine: 'webkit',
        goto: (url) => driver.get(url),
        run,
        click,
        press,
        async frame(selector) {
          await driver.switchTo().frame(await driver.findElement(By.css(selector)));
          return { ...pageBase, engine: 'webkit', run, click, press, leave: () => driver.switchTo().defaultContent() };
        },
        async close() {
          await driver.quit().catch(() => {});
          await server.stop();
        },
      };
    },
    async close() {},
  };
}

/** Starts `name` (one of ENGINES). */
export function launch(name) {
  if (name === 'chromium') return launchChromium();
  if (name === 'firefox') return launchFirefox();
  if (name === 'webkit') return launchWebKit();
  throw new Error(`unknown engine ${name}`);
}
