// Hardening: the site under a strict Content-Security-Policy served by deploy/nginx.conf;
// privacy (no other hosts, cookies or storage); hostile URLs and messages; a wasm that fails.
import { createHash } from 'node:crypto';
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve, nginx, launch, open, ready, OUT } from './support.mjs';

let site;
let plain;
let browser;

before(async () => {
  site = await nginx();
  const hostDir = await mkdtemp(join(tmpdir(), 'factsheet-host-'));
  await writeFile(
    join(hostDir, 'host.html'),
    `<!doctype html><meta charset="utf-8"><title>Host</title>` +
      `<iframe id="f" src="${site.url}embed-trade.html" data-cpec-factsheet="trade" style="width:100%;height:500px;border:0"></iframe>` +
      `<script src="${site.url}embed.js"></script>`,
  );
  plain = await serve(hostDir);
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await plain?.close();
  await site?.close();
});

/** Opens a page that records CSP violations, dialogs and new script elements. */
async function watched(url, options) {
  const session = await open(browser, url, options);
  const { page } = session;
  session.dialogs = [];
  page.on('dialog', (d) => {
    session.dialogs.push(d.message());
    d.dismiss().catch(() => {});
  });
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      window.__violations.push(`${e.violatedDirective}: ${e.blockedURI}`),
    );
  });
  return session;
}

test('served by deploy/nginx.conf: headers as documented', async () => {
  const index = await fetch(site.url);
  const csp = index.headers.get('content-security-policy');
  const html = await index.text();
  // The page's one inline style is allowed by its SHA-256, and nothing else inline.
  const styles = [...html.matchAll(/<style>([^]*?)<\/style>/g)].map((m) => m[1]);
  assert.equal(styles.length, 1, 'the stylesheet, inlined once');
  const hash = createHash('sha256').update(styles[0]).digest('base64');
  assert.equal(
    csp,
    `default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self' 'sha256-${hash}'; img-src 'self' data: blob:; connect-src 'self'; object-src 'none'; base-uri 'none'; require-trusted-types-for 'script'; trusted-types factsheet; frame-ancestors *`,
  );
  assert.equal(index.headers.get('cache-control'), 'no-cache');
  const wasm = html.match(/boot-[0-9a-f]{16}\.js/)[0];
  const boot = await fetch(site.url + wasm);
  assert.equal(boot.headers.get('cache-control'), 'public, max-age=31536000, immutable');
  const glue = (await boot.text()).match(/cpec-factsheet-(?:[a-z]{2}-)?[0-9a-f]{12,16}_bg\.wasm/)[0];
  const w = await fetch(site.url + glue);
  assert.equal(w.headers.get('content-type'), 'application/wasm');
  assert.equal(w.headers.get('cache-control'), 'public, max-age=31536000, immutable');
});

test('under the strict CSP: hydrated, interactive, downloads work, zero violations', async () => {
  const { context, page, problems } = await watched(site.url);
  await page.goto(site.url);
  await ready(page);
  await page.click('#trade-tab-table');
  assert.ok(await page.isVisible('#trade-panel-table'));
  await page.click('#trade-tab-chart');
  await page.click('label[for="unit-money-usd-mn"]');
  await page.locator('.key-figures [data-id="trade_2024"] .kf-value', { hasText: 'US$23,060 mn' }).waitFor();
  await page.focus('[data-chart="trade-by-year"]');
  await page.locator('[data-chart="trade-by-year"] .tip-text').waitFor();
  await page.click('#chart-trade-by-year .downloads-more > summary');
  for (const format of ['SVG', 'PNG', 'CSV, as shown', 'CSV, data file units']) {
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      page.click(`#chart-trade-by-year button:has-text("${format}")`),
    ]);
    const path = join(OUT, `csp-${file.suggestedFilename()}`);
    await file.saveAs(path);
    assert.ok((await readFile(path)).length > 100, `${format} saved`);
  }
  const [json] = await Promise.all([page.waitForEvent('download'), page.click('text=Download all figures with sources (JSON)')]);
  assert.equal(json.suggestedFilename(), 'china-pakistan-figures.json');
  // The image options, and printing everything: the appendix is written under the policy too.
  await page.click('#chart-trade-by-year .image-options summary');
  await page.click('label[for="trade-by-year-size-1"]');
  const [slide] = await Promise.all([page.waitForEvent('download'), page.click('#chart-trade-by-year button:has-text("PNG")')]);
  const slidePath = join(OUT, `csp-slide-${slide.suggestedFilename()}`);
  await slide.saveAs(slidePath);
  assert.equal((await readFile(slidePath)).readUInt32BE(16), 2400, 'a slide at 2×');
  await page.click('label[for="print-all"]');
  assert.ok((await page.$eval('#print-appendix', (a) => a.textContent)).includes('Highways added'));
  const pdf = await page.pdf({ format: 'A4' });
  assert.ok(pdf.length > 10000);
  assert.deepEqual(await page.evaluate(() => window.__violations), []);
  assert.deepEqual(problems.console.filter((m) => /Content Security Policy/i.test(m)), []);
  assert.deepEqual(problems.errors, []);
  assert.equal(await page.locator('script:not([src])').count(), 0, 'no inline script');
  assert.equal(await page.locator('[style]').count(), 0, 'no inline style');
  await context.close();
});

test('privacy: no other host, no cookies, nothing stored', async () => {
  const { context, page, problems } = await watched(site.url);
  await page.goto(site.url + '?trade=sources&theme=dark');
  await ready(page);
  await page.click('#cpec-tab-table');
  await page.click('label[for="unit-power-gw"]');
  await page.click('#trade .embed-code summary');
  assert.deepEqual(problems.foreign, []);
  assert.deepEqual(await context.cookies(), []);
  const stored = await page.evaluate(async () => ({
    local: localStorage.length,
    session: sessionStorage.length,
    idb: (await indexedDB.databases()).length,
    caches: (await caches.keys()).length,
  }));
  assert.deepEqual(stored, { local: 0, session: 0, idb: 0, caches: 0 });
  await context.close();
});

const HOSTILE = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  'javascript:alert(1)',
  '"\'><svg onload=alert(1)>',
  'A'.repeat(10 * 1024),
  '%E0%A4%A',
  '\u202Etable',
  '1e309',
  '-1e309',
  '-99999999999999999999',
];

const figures = (page) =>
  page.$$eval('.key-figures .kf-value', (vs) => vs.map((v) => v.textContent).join('|'));

test(`${HOSTILE.length} hostile inputs as URLs: nothing runs, defaults, figures unchanged`, async () => {
  const { context, page, problems, dialogs } = await watched(site.url);
  await page.goto(site.url);
  await ready(page);
  const clean = await figures(page);
  for (const payload of HOSTILE) {
    const v = payload === '%E0%A4%A' ? payload : encodeURIComponent(payload);
    // A long value goes in once (the server's header limit is 64 KB); short ones everywhere,
    // repeated.
    const keys = payload.length > 1000
      ? ['trade']
      : ['trade', 'cpec', 'money', 'energy', 'distance', 'power', 'theme', 'embed', 'trade', 'money'];
    await page.goto(`${site.url}?${keys.map((k) => `${k}=${v}`).join('&')}`);
    await ready(page);
    const scripts = await page.evaluate(() => document.scripts.length);
    assert.equal(scripts, 1, `only the loader script (${payload.slice(0, 20)})`);
    assert.equal(await figures(page), clean, 'figures unchanged');
    assert.equal(await page.getAttribute('#trade-tab-chart', 'aria-selected'), 'true');
    assert.equal(await page.getAttribute('html', 'data-theme'), null);
    assert.equal(await page.locator('article.card').count(), 4, 'not an embed');
    assert.equal(await page.locator('img[src="x"]').count(), 0);
  }
  assert.deepEqual(dialogs, []);
  assert.deepEqual(problems.errors, []);
  assert.deepEqual(problems.console, []);
  assert.deepEqual(await page.evaluate(() => window.__violations), []);
  await context.close();
});

test(`${HOSTILE.length} hostile inputs as messages, to the page and from an embed: ignored`, async () => {
  const { context, page, problems, dialogs } = await watched(plain.url);
  await page.goto(`${plain.url}host.html`);
  const frame = await (await page.$('#f')).contentFrame();
  await frame.waitForSelector('body[data-ready="1"]');
  await page.waitForFunction(() => document.querySelector('#f').style.height !== '500px');
  const fitted = await page.$eval('#f', (f) => f.style.height);
  const clean = await frame.$$eval('#trade table.figures td.num', (c) => c.map((x) => x.textContent).join('|'));
  const messages = HOSTILE.flatMap((p) => [
    p,
    { type: 'factsheet:resize', card: 'trade', height: p },
    { type: p, card: 'trade', height: 10 },
    { type: 'factsheet:resize', card: p, height: 10 },
    { type: 'factsheet:resize', card: 'trade', height: Number(p) },
    { figures: [{ id: 'trade_2024', value: 1 }], trade: p },
  ]);
  // To the app, from the host page; and to the host page, from inside the embed.
  await frame.evaluate((ms) => ms.forEach((m) => window.postMessage(m, '*')), messages);
  await frame.evaluate((ms) => ms.forEach((m) => parent.postMessage(m, '*')), messages);
  await page.evaluate(
    () =>
      new Promise((done) => {
        window.addEventListener('message', (e) => e.data === 'sentinel' && done());
        document.querySelector('#f').contentWindow.postMessage('sentinel', '*');
        window.postMessage('sentinel', '*');
      }),
  );
  assert.equal(await page.$eval('#f', (f) => f.style.height), fitted, 'height unchanged');
  assert.equal(
    await frame.$$eval('#trade table.figures td.num', (c) => c.map((x) => x.textContent).join('|')),
    clean,
    'figures unchanged',
  );
  assert.equal(await frame.evaluate(() => document.scripts.length), 1);
  assert.deepEqual(dialogs, []);
  assert.deepEqual(problems.errors, []);
  assert.deepEqual(await frame.evaluate(() => window.__violations), []);
  await context.close();
});

for (const [name, respond] of [
  ['is missing (404)', (route) => route.fulfill({ status: 404, body: 'not found' })],
  [
    'is corrupted',
    (route) =>
      route.fulfill({ status: 200, contentType: 'application/wasm', body: Buffer.from('\0asm corrupted bytes') }),
  ],
]) {
  test(`when the wasm ${name}, the page stays whole and says so politely`, async () => {
    const { context, page } = await watched(site.url);
    await page.route('**/*_bg.wasm', respond);
    await page.goto(site.url);
    const notice = page.locator('.failure-notice[role="status"]');
    await notice.waitFor();
    assert.match(await notice.textContent(), /interactive features .* could not load/);
    assert.equal(await page.getAttribute('body', 'data-ready'), null);
    assert.equal(await page.textContent('.key-figures [data-id="trade_2024"] .kf-value'), 'US$23.06 bn');
    assert.equal(await page.locator('.chart-svg > .drawings').count(), 6, 'every chart still there');
    assert.equal(
      await page.locator('.controls input:enabled, .controls button:enabled, .tabs button:enabled').count(),
      0,
      'no control that would not work',
    );
    assert.ok(await page.isVisible('#trade-panel-sources'), 'every panel readable');
    await context.close();
  });
}
