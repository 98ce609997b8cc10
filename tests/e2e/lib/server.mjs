// Tiny static file server for the built app (dist/). node:http only, no deps.
//
//   import { serve } from './lib/server.mjs';
//   const { url, port, close } = await serve({ root: 'dist', gzip: true,
//     headers: { 'Content-Security-Policy': "default-src 'self'" },
//     files: { '/reports/extra.json': '{…}' },   // extra files served beside root's
//     delays: { '/reports/extra.json': 2000 } });  // answered after so many ms
//
// CLI: node tests/e2e/lib/server.mjs --root dist [--port 8080] [--gzip]
//        [--header 'Name: value']...

import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

export const MIME_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.woff2': 'font/woff2',
};

// Already-compressed formats gain nothing from gzip.
const INCOMPRESSIBLE = new Set(['.png', '.ico', '.woff2']);

/** True when an Accept-Encoding header allows gzip (honours `gzip;q=0`). */
export function acceptsGzip(header = '') {
  for (const part of header.split(',')) {
    const [coding, ...params] = part.trim().toLowerCase().split(';');
    if (coding !== 'gzip' && coding !== '*') continue;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    return !q || Number(q.slice(2)) > 0;
  }
  return false;
}

/**
 * Map a request path to a file under root, or null when it is malformed or
 * escapes root. Directories resolve to their index.html.
 */
async function resolveFile(root, rawPath) {
  let pathname;
  try {
    pathname = decodeURIComponent(rawPath);
  } catch {
    return null;
  }
  if (pathname.includes('\0')) return null;
  const file = resolve(root, `.${sep}${pathname}`);
  if (file !== root && !file.startsWith(root + sep)) return null;
  try {
    const info = await stat(file);
    if (info.isFile()) return file;
    if (info.isDirectory()) {
      const index = join(file, 'index.html');
      if ((await stat(index)).isFile()) return index;
    }
  } catch {
    // missing: fall through
  }
  return null;
}

/**
 * The path of a request target, or null when it cannot be parsed. An
 * origin-form target ("/a/b?q") is appended to a fixed origin rather than
 * resolved against it: resolving would read "//x?q" as a scheme-relative URL
 * with host "x" (and "//?q" as an invalid one).
 */
export function requestPath(target = '') {
  try {
    const base = 'http://localhost';
    return new URL(target.startsWith('/') ? base + target : target, base).pathname;
  } catch {
    return null;
  }
}

/**
 * Start the server on 127.0.0.1. port 0 picks a free port.
 * @returns {Promise<{url: string, port: number, close: () => Promise<void>}>}
 */
export async function serve({ root, port = 0, gzip = false, headers = {}, files = {}, delays = {} } = {}) {
  if (!root) throw new Error('serve(): `root` is required');
  const rootDir = resolve(root);
  const rootInfo = await stat(rootDir).catch(() => null);
  if (!rootInfo?.isDirectory()) throw new Error(`serve(): root ${rootDir} is not a directory`);

  // Addresses up to 256 KiB, as browsers send them (node refuses over 16 KiB by default).
  const server = createServer({ maxHeaderSize: 256 * 1024 }, async (req, res) => {
    const send = (status, body, extra = {}) => {
      res.writeHead(status, {
        // Always revalidated, so a rebuilt dist/ is never served stale; not `no-store`, which
        // no static host sends by default and which keeps pages out of the back/forward cache.
        'Cache-Control': 'no-cache',
        'X-Content-Type-Options': 'nosniff',
        ...headers,
        ...extra,
      });
      res.end(req.method === 'HEAD' ? undefined : body);
    };
    const text = { 'Content-Type': 'text/plain; charset=utf-8' };

    try {
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        return send(405, 'Method Not Allowed\n', { ...text, Allow: 'GET, HEAD' });
      }
      const pathname = requestPath(req.url);
      if (pathname === null) return send(400, 'Bad Request\n', text);
      if (Object.hasOwn(delays, pathname)) await new Promise((done) => setTimeout(done, delays[pathname]));
      const extraFile = Object.hasOwn(files, pathname) ? files[pathname] : undefined;
      const file = extraFile === undefined ? await resolveFile(rootDir, pathname) : pathname;
      if (!file) return send(404, 'Not Found\n', text);

      const ext = extname(file).toLowerCase();
      let body = extraFile === undefined ? await readFile(file) : Buffer.from(extraFile);
      const extra = { 'Content-Type': MIME_TYPES[ext] ?? 'application/octet-stream' };
      if (gzip && !INCOMPRESSIBLE.has(ext)) {
        extra.Vary = 'Accept-Encoding';
        if (acceptsGzip(req.headers['accept-encoding'])) {
          body = gzipSync(body);
          extra['Content-Encoding'] = 'gzip';
        }
      }
      extra['Content-Length'] = body.length;
      return send(200, body, extra);
    } catch (err) {
      return send(500, `Internal Server Error\n${err?.message ?? err}\n`, text);
    }
  });

  await new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', fail);
      ok();
    });
  });
  const actualPort = server.address().port;

  return {
    url: `http://127.0.0.1:${actualPort}/`,
    port: actualPort,
    close: () =>
      new Promise((ok) => {
        server.close(() => ok());
        server.closeAllConnections();
      }),
  };
}

function parseArgs(argv) {
  const opts = { root: 'dist', port: 8080, gzip: false, headers: {} };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      if (i + 1 >= argv.length) throw new Error(`${arg} needs a value`);
      return argv[++i];
    };
    if (arg === '--root') opts.root = value();
    else if (arg === '--port') opts.port = Number(value());
    else if (arg === '--gzip') opts.gzip = true;
    else if (arg === '--header') {
      const h = value();
      const colon = h.indexOf(':');
      if (colon < 1) throw new Error(`--header expects 'Name: value', got ${JSON.stringify(h)}`);
      opts.headers[h.slice(0, colon).trim()] = h.slice(colon + 1).trim();
    } else if (arg === '--help' || arg === '-h') {
      console.log('usage: node server.mjs --root DIR [--port N] [--gzip] [--header "Name: value"]...');
      process.exit(0);
    } else throw new Error(`unknown argument ${arg}`);
  }
  if (!Number.isInteger(opts.port) || opts.port < 0 || opts.port > 65535) {
    throw new Error('--port must be an integer 0..65535');
  }
  return opts;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  try {
    const opts = parseArgs(process.argv.slice(2));
    const { url, close } = await serve(opts);
    console.log(`serving ${resolve(opts.root)} at ${url}${opts.gzip ? ' (gzip)' : ''}`);
    const stop = () => close().then(() => process.exit(0));
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  } catch (err) {
    console.error(`server.mjs: ${err.message}`);
    process.exit(1);
  }
}
