// Shared end-to-end set-up: a static server for dist/ on 127.0.0.1 (correct MIME types, no
// compression) and Debian's Chromium driven by playwright-core. Never downloads a browser.
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { after, before } from 'node:test';
import { mkdir } from 'node:fs/promises';
import { chromium } from 'playwright-core';
import { fontconfig } from './fonts.mjs';

export const DIST = resolve(import.meta.dirname, '..', 'dist');
export const OUT = resolve(import.meta.dirname, '..', 'target', 'e2e');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.toml': 'application/toml; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.pdf': 'application/pdf',
};

/**
 * Serves `root` on 127.0.0.1 at a free port (or `port`) under `prefix` (e.g. "/graphics/cpec/"), with
 * CORS open (a host page on another port may load the app as a module). Resolves to
 * { url, close }, `url` including the prefix.
 */
export async function serve(root = DIST, { prefix = '/', port: wanted = 0 } = {}) {
  const server = createServer(async (req, res) => {
    try {
      let path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
      if (!path.startsWith(prefix)) throw new Error('outside prefix');
      path = '/' + path.slice(prefix.length);
      let file = normalize(join(root, path));
      if (!file.startsWith(root)) throw new Error('outside root');
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      res.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'access-control-allow-origin': '*',
      });
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
    }
  });
  await new Promise((ok) => server.listen(wanted, '127.0.0.1', ok));
  const { port } = server.address();
  return { url: `http://127.0.0.1:${port}${prefix}`, close: () => new Promise((ok) => server.close(ok)) };
}

/**
 * Debian's Chromium, headless, with the flags that keep it off the (closed) network, and the
 * fonts of `fonts` (see fonts.mjs: 'noto', 'dejavu' or 'wide') whatever the machine has.
 */
export async function launch({ fonts = 'noto' } = {}) {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    env: { ...process.env, FONTCONFIG_FILE: await fontconfig(fonts) },
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/**
 * Opens `url` in a fresh context and records what a reader would not want: console errors and
 * warnings, uncaught exceptions, and requests to any host but 127.0.0.1.
 */
export async function open(browser, url, options = {}) {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  const problems = { console: [], errors: [], foreign: [], requested: [] };
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.console.push(`${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.errors.push(String(e)));
  page.on('request', (r) => {
    const u = new URL(r.url());
    if (!['http:', 'https:'].includes(u.protocol)) return;
    problems.requested.push(u.pathname);
    if (u.hostname !== '127.0.0.1') problems.foreign.push(r.url());
  });
  return { context, page, problems };
}

/**
 * Resolves once every island of the page is live (body[data-live="all"]; the first
 * viewport's islands set data-ready="1" before that).
 */
export async function ready(page) {
  await page.waitForSelector('body[data-live="all"]', { timeout: 20000, state: 'attached' });
}

/** Waits until the frame's iframe is as tall as its document, with no scrollbar. */
export async function fitted(frame) {
  await frame.waitForLoadState();
  await frame.waitForFunction(
    () =>
      document.body.dataset.ready === '1' &&
      Math.abs(window.innerHeight - document.documentElement.scrollHeight) <= 2 &&
      Math.abs(window.innerHeight - document.body.getBoundingClientRect().height) <= 2 &&
      document.documentElement.scrollWidth <= window.innerWidth,
    null,
    { timeout: 15000 },
  ).catch(async (e) => {
    const state = await frame.evaluate(() => ({
      url: location.href,
      ready: document.body?.dataset.ready,
      inner: [innerWidth, innerHeight],
      scroll: [document.documentElement.scrollWidth, document.documentElement.scrollHeight],
      body: document.body?.getBoundingClientRect().height,
    }));
    throw new Error(`${e.message}: ${JSON.stringify(state)}`);
  });
}

/**
 * What a reader of a host page sees of one embed (`iframe`, a locator in the host `page`):
 * the iframe fits its card at 1280 px and at 360 px, and again after a switch to the card's
 * Sources tab, which changes the card's height. Each frame is scrolled into view first, as a
 * reader would: Chromium may throttle off-screen cross-origin frames. Returns the heights.
 */
export async function walkEmbed(page, iframe, card) {
  const frame = async () => {
    await iframe.scrollIntoViewIfNeeded();
    const f = await (await iframe.elementHandle()).contentFrame();
    await fitted(f);
    return f;
  };
  const height = () => iframe.evaluate((f) => f.getBoundingClientRect().height);
  await page.setViewportSize({ width: 1280, height: 800 });
  await frame();
  const wide = await height();
  await page.setViewportSize({ width: 360, height: 800 });
  const f = await frame();
  const narrow = await height();
  await f.click(`#${card}-tab-sources`);
  await f.locator(`#${card}-panel-sources`).waitFor();
  await frame();
  const sources = await height();
  assert.notEqual(sources, narrow, 'the Sources tab changes the height');
  return { wide, narrow, sources };
}

/**
 * Runs Debian's nginx with deploy/nginx.conf (the README's configuration) on a free port,
 * serving `root`. Resolves to { url, close }.
 */
export async function nginx(root = DIST) {
  const { spawn } = await import('node:child_process');
  const { mkdtemp, readFile: read, writeFile: write } = await import('node:fs/promises');
  const { tmpdir } = await import('node:os');
  const net = await import('node:net');
  const port = await new Promise((ok) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const p = s.address().port;
      s.close(() => ok(p));
    });
  });
  const tmp = await mkdtemp(join(tmpdir(), 'factsheet-nginx-'));
  const conf = (await read(resolve(import.meta.dirname, '..', 'deploy', 'nginx.conf'), 'utf8'))
    .replaceAll('__ROOT__', root)
    .replaceAll('__PORT__', String(port))
    .replaceAll('__TMP__', tmp);
  await write(join(tmp, 'nginx.conf'), conf);
  const proc = spawn('/usr/sbin/nginx', ['-c', join(tmp, 'nginx.conf'), '-g', 'daemon off;'], {
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}/`;
  // Ready when it answers.
  for (;;) {
    if (proc.exitCode !== null) throw new Error(`nginx exited with ${proc.exitCode}`);
    const up = await fetch(url).then(() => true, () => false);
    if (up) break;
    await new Promise((ok) => proc.once('spawn', ok).once('error', ok) && setImmediate(ok));
  }
  return {
    url,
    close: () =>
      new Promise((ok) => {
        proc.once('exit', ok);
        proc.kill('SIGQUIT');
      }),
  };
}

/**
 * For a test file: serves dist/ and launches the browser before its tests, stops both after.
 * Returns an object whose `server` and `browser` are set once the tests run.
 */
export function site() {
  const env = {};
  before(async () => {
    env.server = await serve();
    env.browser = await launch();
    await mkdir(OUT, { recursive: true });
  });
  after(async () => {
    await env.browser?.close();
    await env.server?.close();
  });
  return env;
}

/** A port free on 127.0.0.1 now (for a build that must know its address before it is served). */
export async function freePort() {
  const { createServer: net } = await import('node:net');
  const server = net();
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address();
  await new Promise((ok) => server.close(ok));
  return port;
}

/**
 * PNG `bytes` decoded by the page's browser: its size, the colour of the pixel at (5, 5), and
 * how many pixels are the bars' blue.
 */
export function pngStats(page, bytes) {
  return page.evaluate(async (b64) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const c = document.createElement('canvas');
    c.width = img.width;
    c.height = img.height;
    const ctx = c.getContext('2d');
    ctx.drawImage(img, 0, 0);
    const d = ctx.getImageData(0, 0, c.width, c.height).data;
    let blue = 0;
    for (let i = 0; i < d.length; i += 4) if (d[i + 2] > 180 && d[i] < 100) blue++;
    const at = (5 * c.width + 5) * 4;
    return { width: c.width, height: c.height, corner: [...d.slice(at, at + 4)], blue };
  }, bytes.toString('base64'));
}
