// Embedding: iframes sized by embed.js from a host page on another port, forged messages
// ignored, the embed view and its code, direct mount under a hostile stylesheet, sub-paths.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve, launch, open, ready, fitted, OUT } from './support.mjs';

let app;
let host;
let browser;
let hostDir;

before(async () => {
  app = await serve();
  hostDir = await mkdtemp(join(tmpdir(), 'factsheet-host-'));
  await writeFile(
    join(hostDir, 'iframes.html'),
    `<!doctype html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Host article</title><style>body{margin:0;padding:8px} iframe{display:block;margin:0 0 16px}</style></head><body>
<h1>A news article</h1>
<iframe id="f-trade" src="${app.url}embed-trade.html?layout=full" title="Trade" loading="lazy" data-cpec-factsheet="trade" style="width: 100%; height: 980px; border: 0;"></iframe>
<iframe id="f-karot" src="${app.url}embed-karot.html?energy=gwh" title="Karot" loading="lazy" data-cpec-factsheet="karot" style="width: 100%; height: 1100px; border: 0;"></iframe>
<script src="${app.url}embed.js" defer></script>
</body></html>`,
  );
  await writeFile(
    join(hostDir, 'mount.html'),
    `<!doctype html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Hostile host</title><link rel="icon" href="data:,">
<style>
* { font: 32px serif; box-sizing: content-box; color: rgb(200, 0, 0) }
div { padding: 40px }
svg { display: none }
table { display: none }
button { all: unset }
p { margin: 50px }
</style></head><body>
<p id="host-p">The host page's own paragraph.</p>
<div id="host-div">The host page's own div.</div>
<div data-cpec-factsheet="trade"></div>
<div data-cpec-factsheet="karot" data-lang="zh"></div>
<script type="module" src="${app.url}mount.js"></script>
</body></html>`,
  );
  host = await serve(hostDir);
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await host?.close();
  await app?.close();
});

test('iframes fit their content on load and after the host resizes; forged messages change nothing', async () => {
  const { context, page, problems } = await open(browser, host.url, { viewport: { width: 1280, height: 800 } });
  await page.goto(`${host.url}iframes.html`);
  const frames = ['f-trade', 'f-karot'];
  const frameOf = async (id) => (await page.$(`#${id}`)).contentFrame();
  for (const id of frames) {
    await page.locator(`#${id}`).scrollIntoViewIfNeeded();
    await fitted(await frameOf(id));
  }
  const wide = await page.$$eval('iframe', (fs) => fs.map((f) => f.getBoundingClientRect().height));

  await page.setViewportSize({ width: 360, height: 800 });
  // Chromium pauses rendering in off-screen cross-origin frames: look at each, as a reader would.
  for (const id of frames) {
    await page.locator(`#${id}`).scrollIntoViewIfNeeded();
    await fitted(await frameOf(id));
  }
  const narrow = await page.$$eval('iframe', (fs) => fs.map((f) => f.getBoundingClientRect().height));
  assert.ok(narrow[0] > wide[0], `taller when narrow: ${wide} → ${narrow}`);
  await page.screenshot({ path: join(OUT, 'embed-iframes-360.png'), fullPage: true });

  // The Karot embed honours the permalink's units.
  const karot = await frameOf('f-karot');
  assert.match(await karot.textContent('#karot'), /3,640 GWh/);
  assert.equal(await karot.locator('.sheet-head, .controls, .sheet-foot').count(), 0, 'no page chrome');
  assert.equal(await karot.locator('h1.visually-hidden').count(), 1, 'a heading for screen readers only');
  assert.equal(new URL(karot.url()).search, '?energy=gwh', 'an embed adds no history entries');
  const entries = await page.evaluate(() => history.length);
  await karot.click('#karot-tab-table');
  await karot.locator('#karot-panel-table').waitFor();
  // The embed keeps its view in its address.
  await karot.waitForURL((u) => u.search === '?karot=table&energy=gwh');
  assert.equal(await page.evaluate(() => history.length), entries, 'but adds no history entry to the host');
  const link = karot.locator('.embed-source a');
  assert.equal(await link.getAttribute('target'), '_blank');
  assert.equal(await link.getAttribute('href'), './?karot=table&energy=gwh', 'back to the full sheet in the same view');

  // A message from the host page itself (not an iframe) is ignored.
  const before = await page.$eval('#f-trade', (f) => f.style.height);
  await page.evaluate(
    () =>
      new Promise((done) => {
        window.addEventListener('message', (e) => e.data === 'sentinel' && done());
        window.postMessage({ type: 'factsheet:resize', card: 'trade', height: 5 }, '*');
        window.postMessage({ type: 'factsheet:resize', card: 'trade', height: '<img src=x onerror=alert(1)>' }, '*');
        window.postMessage('sentinel', '*');
      }),
  );
  assert.equal(await page.$eval('#f-trade', (f) => f.style.height), before);
  assert.deepEqual(problems.errors, []);
  await context.close();
});

test('?embed=<card> renders only that card, honouring tabs and units', async () => {
  const { context, page, problems } = await open(browser, app.url);
  await page.goto(`${app.url}?embed=cpec&cpec=table&distance=mi`);
  await ready(page);
  assert.equal(await page.locator('article.card').count(), 1);
  assert.ok(await page.isVisible('#cpec-panel-table'));
  assert.match(await page.textContent('#cpec-panel-table'), /317/);
  assert.equal(await page.locator('.controls').count(), 0);
  assert.equal(await page.getAttribute('.embed-source a', 'href'), './?cpec=table&distance=mi');
  assert.deepEqual(problems.console, []);
  await page.goto(`${app.url}embed-all.html`);
  await ready(page);
  assert.equal(await page.locator('article.card').count(), 4);
  assert.equal(await page.locator('.key-figures').count(), 1);
  await context.close();
});

test('every card offers its embed code for the current view, with a copy button', async () => {
  const { context, page } = await open(browser, app.url);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: app.url });
  await page.goto(`${app.url}?money=usd-mn`);
  await ready(page);
  assert.equal(await page.locator('.embed-code').count(), 4);
  await page.click('#trade .embed-code summary');
  const code = await page.inputValue('#trade-embed-code');
  assert.ok(code.startsWith(`<iframe src="${app.url}embed-trade.html?money=usd-mn" title="Bilateral trade — `), code);
  assert.match(code, /loading="lazy"/);
  assert.match(code, /style="width: 100%; height: \d+px; border: 0;"/);
  assert.ok(code.endsWith(`<script src="${app.url}embed.js" defer></script>`));
  await page.click('#trade .embed-code button');
  await page.locator('.status', { hasText: 'Embed code copied' }).waitFor();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), code);
  await context.close();
});

test('direct mount: the card renders inside a hostile host page, and the host keeps its style', async () => {
  const { context, page, problems } = await open(browser, host.url, { viewport: { width: 1024, height: 900 } });
  await page.goto(`${host.url}mount.html`);
  await page.waitForFunction(() => {
    const root = document.querySelector('[data-cpec-factsheet]').shadowRoot;
    return root && root.querySelector('[data-chart="trade-by-year"] svg');
  });
  await ready(page);
  const inside = await page.evaluate(() => {
    const root = document.querySelector('[data-cpec-factsheet]').shadowRoot;
    const svg = root.querySelector('[data-chart="trade-by-year"] .drawing svg');
    const h2 = root.querySelector('#trade h2');
    const tab = root.querySelector('[role="tab"]');
    return {
      svgDisplay: getComputedStyle(svg).display,
      svgWidth: svg.getBoundingClientRect().width,
      h2Font: getComputedStyle(h2).fontFamily,
      h2Size: getComputedStyle(h2).fontSize,
      h2Color: getComputedStyle(h2).color,
      tabCursor: getComputedStyle(tab).cursor,
      text: root.textContent,
    };
  });
  assert.equal(inside.svgDisplay, 'block');
  assert.ok(inside.svgWidth > 200);
  assert.doesNotMatch(inside.h2Font, /^serif$/);
  assert.notEqual(inside.h2Size, '32px');
  assert.notEqual(inside.h2Color, 'rgb(200, 0, 0)');
  assert.equal(inside.tabCursor, 'pointer', 'buttons keep their style');
  for (const figure of ['US$23.06 bn', 'US$20.8 bn', '+11.1%']) assert.ok(inside.text.includes(figure), figure);
  const hostStyle = await page.evaluate(() => ({
    p: getComputedStyle(document.querySelector('#host-p')).fontSize,
    pColor: getComputedStyle(document.querySelector('#host-p')).color,
    div: getComputedStyle(document.querySelector('#host-div')).paddingTop,
    sheets: document.styleSheets.length,
  }));
  assert.deepEqual(hostStyle, { p: '32px', pColor: 'rgb(200, 0, 0)', div: '40px', sheets: 1 });
  // Interactions work inside the shadow root.
  await page.locator('[data-cpec-factsheet] >> #trade-tab-table').click();
  assert.ok(await page.locator('[data-cpec-factsheet] >> #trade-panel-table').isVisible());
  assert.equal(new URL(page.url()).search, '', 'a mounted card never touches the host address');
  // A second mount point asks for Chinese.
  const zh = await page.evaluate(() => {
    const root = document.querySelectorAll('[data-cpec-factsheet]')[1].shadowRoot;
    return { lang: root.querySelector('.sheet').getAttribute('lang'), text: root.textContent, link: root.querySelector('.embed-source a').href };
  });
  assert.equal(zh.lang, 'zh-CN');
  assert.ok(zh.text.includes('36.4亿千瓦时'), 'Chinese figures');
  assert.ok(zh.link.startsWith(`${app.url}zh/`), zh.link);
  await page.screenshot({ path: join(OUT, 'embed-mount-hostile.png'), fullPage: true });
  assert.deepEqual(problems.errors, []);
  assert.deepEqual(problems.console, []);
  await context.close();
});

test('dist/ works from a sub-path', async () => {
  const sub = await serve(undefined, { prefix: '/graphics/cpec/' });
  try {
    const { context, page, problems } = await open(browser, sub.url);
    await page.goto(sub.url);
    await ready(page);
    assert.equal(await page.textContent('.key-figures [data-id="trade_2024"] .kf-value'), 'US$23.06 bn');
    const data = await page.evaluate(async () => (await fetch(document.querySelector('a[href="data.toml"]').href)).status);
    assert.equal(data, 200);
    await page.goto(`${sub.url}embed-trade.html`);
    await ready(page);
    assert.equal(await page.locator('article.card').count(), 1);
    assert.deepEqual(problems.console, []);
    await context.close();
  } finally {
    await sub.close();
  }
});

test('link previews: Open Graph and Twitter tags with a 1200 × 630 PNG per page', async () => {
  const { context, page } = await open(browser, app.url);
  const pages = [
    ['', 'og-sheet.png', /^China–Pakistan economic cooperation in figures$/],
    ['embed-trade.html', 'og-trade.png', /^Bilateral trade: /],
    ['embed-cpec.html', 'og-cpec.png', /^CPEC output: /],
    ['embed-karot.html', 'og-karot.png', /^Karot hydropower: /],
    ['embed-timeline.html', 'og-timeline.png', /^Timeline of relations: /],
  ];
  for (const [file, image, title] of pages) {
    await page.goto(app.url + file);
    const meta = (key) =>
      page.$eval(`meta[property="${key}"], meta[name="${key}"]`, (m) => m.getAttribute('content'));
    assert.match(await meta('og:title'), title);
    assert.ok((await meta('og:description')).length > 40);
    assert.equal(await meta('og:image'), image);
    assert.equal(await meta('twitter:card'), 'summary_large_image');
    assert.equal(await meta('twitter:image'), image);
    assert.ok((await meta('og:image:alt')).length > 20);
    const png = await page.request.get(new URL(image, app.url).href);
    assert.equal(png.status(), 200);
    const bytes = await png.body();
    assert.equal(bytes.subarray(1, 4).toString(), 'PNG');
    assert.deepEqual([bytes.readUInt32BE(16), bytes.readUInt32BE(20)], [1200, 630], image);
  }
  await context.close();
});
