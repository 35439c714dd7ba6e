// Start-up as islands: each part a reader can change hydrates on its own, the rest of the
// pre-rendered page is never touched, and what a reader does before the page is live is not
// lost. Against the built dist/, in every language.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { open, ready, site } from './support.mjs';

const env = site();
const LANGS = [
  ['en', ''],
  ['zh', 'zh/'],
  ['ur', 'ur/'],
];

/** Records, from the moment the document is parsed, every DOM change outside the islands. */
function watchOutsideIslands() {
  window.__outside = [];
  const start = () => {
  const describe = (n) => (n.nodeType === 1 ? `<${n.tagName.toLowerCase()} class="${n.className}">` : `#${n.nodeName} in <${n.parentNode?.nodeName}>`);
  new MutationObserver((records) => {
    for (const r of records) {
      const node = r.target.nodeType === 1 ? r.target : r.target.parentNode;
      if (!node || node.closest?.('[data-island]') || node === document.body || node === document.documentElement) continue;
      if (node.closest?.('head')) continue;
      window.__outside.push(`${r.type} ${describe(r.target)} ${r.attributeName ?? ''}`);
    }
  }).observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
  };
  // Registered before the page's own scripts, so it runs before the app can start.
  document.addEventListener('DOMContentLoaded', start, { once: true });
}

for (const [lang, path] of LANGS) {
  test(`${lang}: every island hydrates, in order, with no warning, and nothing outside the islands changes`, async () => {
    const { context, page, problems } = await open(env.browser, env.server.url, { viewport: { width: 1280, height: 900 } });
    await page.addInitScript(watchOutsideIslands);
    await page.addInitScript(() => {
      window.__marks = [];
      new MutationObserver(() => {
        const b = document.body;
        if (b?.dataset.ready && !window.__marks.includes('ready')) window.__marks.push('ready');
        if (b?.dataset.live && !window.__marks.includes('live')) window.__marks.push('live');
      }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-ready', 'data-live'] });
    });
    await page.goto(env.server.url + path);
    await ready(page);
    assert.deepEqual(await page.evaluate(() => window.__marks), ['ready', 'live'], 'data-ready comes first');
    const islands = await page.$$eval('[data-island]', (els) => els.map((e) => e.dataset.island));
    // The view options follow the cards (the charts come first on the first screen).
    // Trade and Karot, one chart each, share the first row; CPEC and the timeline span it.
    assert.deepEqual(islands, ['languages', 'key-figures', 'trade', 'karot', 'cpec', 'timeline', 'controls', 'data-links']);
    // Live: every control works, every chart takes the pointer and the keyboard.
    assert.equal(await page.locator('[data-island] button:disabled, [data-island] input:disabled').count(), 0);
    assert.equal(await page.locator('.chart-svg.live').count(), 6);
    // The static text is plain HTML the app never rewrote: the title, the subtitle, each
    // card's title and intro, the footer (the printed address aside, written once live).
    const outside = (await page.evaluate(() => window.__outside)).filter((m) => !m.includes('print-only'));
    assert.deepEqual(outside, []);
    assert.deepEqual(problems.console, []);
    assert.deepEqual(problems.errors, []);
    await context.close();
  });
}

test('a tab pressed right after first paint, before the page is live, takes effect, and a unit after it', async () => {
  const { context, page, problems } = await open(env.browser, env.server.url, { viewport: { width: 1280, height: 900 } });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 });
  await page.goto(env.server.url, { waitUntil: 'commit' });
  await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0, null, { polling: 'raf' });
  // Pressed as a reader does: by position, without waiting for the control to be enabled.
  const press = async (selector) => {
    const box = await page.locator(selector).boundingBox();
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  };
  await press('#trade-tab-table');
  assert.equal(await page.getAttribute('body', 'data-live'), null, 'pressed before the page was live');
  // The view options follow the cards, off the first screen: the reader scrolls to them.
  await page.locator('label[for="unit-money-usd-mn"]').scrollIntoViewIfNeeded();
  await press('label[for="unit-money-usd-mn"]');
  await ready(page);
  await page.locator('#trade-panel-table').waitFor({ state: 'visible' });
  assert.equal(await page.getAttribute('#trade-tab-table', 'aria-selected'), 'true');
  await page.waitForFunction(() => document.querySelector('.key-figures [data-id="trade_2024"] .kf-value').textContent.includes('23,060'));
  assert.ok(await page.isChecked('#unit-money-usd-mn'));
  await page.waitForFunction(() => location.search.includes('trade=table') && location.search.includes('money=usd-mn'));
  assert.deepEqual(problems.console, []);
  await context.close();
});

test('a control pressed while its island waits to hydrate makes it live at once', async () => {
  const { context, page, problems } = await open(env.browser, env.server.url, { viewport: { width: 1280, height: 900 } });
  // Hold the page between data-ready and data-live: the timeline (out of sight) is not live.
  await page.addInitScript(() => {
    window.__pressedAt = null;
    new MutationObserver((_, mo) => {
      if (document.body?.dataset.ready && !window.__pressedAt) {
        mo.disconnect();
        const tab = document.querySelector('#timeline-tab-sources');
        window.__pressedAt = { disabled: tab.disabled, live: document.body.dataset.live ?? null };
        tab.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true }));
        queueMicrotask(() => setTimeout(() => tab.click()));
      }
    }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-ready'] });
  });
  await page.goto(env.server.url);
  await ready(page);
  assert.deepEqual(await page.evaluate(() => window.__pressedAt), { disabled: true, live: null });
  assert.equal(await page.getAttribute('#timeline-tab-sources', 'aria-selected'), 'true');
  assert.ok(await page.isVisible('#timeline-panel-sources'));
  assert.deepEqual(problems.console, []);
  await context.close();
});
