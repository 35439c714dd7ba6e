// A keyboard-only walk from the top of the page: every task a reader has, done with Tab,
// Shift+Tab, arrows, Enter, Space and Escape only; focus is always visible (an outline of at
// least 2 px at 3:1 against the background) and never trapped. Also: no single-key shortcuts,
// and pointer targets of at least 24 x 24 px.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { open, ready, site } from './support.mjs';

const env = site();

/** What has focus, and whether its focus indicator is visible enough. */
function focusInfo() {
  const el = document.activeElement;
  if (!el || el === document.body) return { none: true };
  const parse = (c) => (c.match(/[\d.]+/g) || []).map(Number);
  const lum = ([r, g, b]) => {
    const f = (v) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
    return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
  };
  const background = (node) => {
    for (let n = node; n; n = n.parentElement) {
      const c = parse(getComputedStyle(n).backgroundColor);
      if (c.length === 3 || (c.length === 4 && c[3] > 0.5)) return c.slice(0, 3);
    }
    return [255, 255, 255];
  };
  // A radio's ring is drawn on its label.
  const ringOn = el.matches('input[type="radio"]') ? document.querySelector(`label[for="${el.id}"]`) : el;
  const s = getComputedStyle(ringOn);
  const ring = parse(s.outlineColor).slice(0, 3);
  const [a, b] = [lum(ring), lum(background(ringOn.parentElement))];
  const contrast = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
  return {
    none: false,
    name: `${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''}${el.dataset.chart ? '[chart=' + el.dataset.chart + ']' : ''}`,
    outline: s.outlineStyle !== 'none' ? parseFloat(s.outlineWidth) : 0,
    contrast: Math.round(contrast * 100) / 100,
  };
}

async function press(page, key, seen) {
  await page.keyboard.press(key);
  const info = await page.evaluate(focusInfo);
  if (!info.none) {
    assert.ok(info.outline >= 2, `${info.name}: focus outline ${info.outline}px`);
    assert.ok(info.contrast >= 3, `${info.name}: focus ring contrast ${info.contrast}:1`);
    seen?.add(info.name);
  }
  return info;
}

/** Presses Tab (or Shift+Tab) until `selector` has focus. */
async function tabTo(page, selector, { back = false, max = 250 } = {}) {
  for (let i = 0; i < max; i++) {
    await press(page, back ? 'Shift+Tab' : 'Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s), selector)) return;
  }
  assert.fail(`${selector} never got focus`);
}

const focused = (page, selector) => page.evaluate((s) => document.activeElement?.matches(s), selector);

test('keyboard only: tabs, tooltip, units, download, embed code, language', async () => {
  const { context, page, problems } = await open(env.browser, env.server.url, {
    permissions: ['clipboard-read', 'clipboard-write'],
    acceptDownloads: true,
  });
  await page.goto(env.server.url);
  await ready(page);

  // The first stop is the language switcher, at the top.
  await press(page, 'Tab');
  assert.ok(await focused(page, 'nav.languages a[hreflang="en"]'));

  // Change a unit: the money group is one tab stop; an arrow picks the next option.
  await tabTo(page, '#unit-money-usd-bn');
  await press(page, 'ArrowRight');
  await page.waitForFunction(() => document.querySelector('.kf[data-id="trade_2024"] .kf-value').textContent === 'US$23,060 mn');
  await page.waitForURL(/money=usd-mn/);
  // Said once, politely, in the status line.
  assert.equal(await page.textContent('.controls .status'), 'Trade in: US$ million');

  // Switch tab: arrows move along the trade card's tabs and select.
  await tabTo(page, '#trade-tab-chart');
  await press(page, 'ArrowRight');
  assert.ok(await focused(page, '#trade-tab-table'));
  await page.waitForSelector('#trade-panel-table:not([hidden])');
  await press(page, 'ArrowLeft');
  assert.ok(await focused(page, '#trade-tab-chart'));
  await page.waitForSelector('#trade-panel-chart:not([hidden])');

  // Read a tooltip: one tab stop on the chart, arrows move, Escape closes.
  await tabTo(page, '[data-chart="trade-by-year"]');
  const tip = page.locator('[data-chart="trade-by-year"] .tip-text');
  await tip.waitFor();
  assert.equal(await tip.textContent(), '2023: about US$20,800 mn (derived)');
  await press(page, 'ArrowRight');
  await page.waitForFunction(() => document.querySelector('[data-chart="trade-by-year"] .tip-text')?.textContent.startsWith('2024'));
  await press(page, 'Escape');
  await tip.waitFor({ state: 'detached' });

  // Download: Enter opens the chart's Download menu, Enter on a button saves.
  await tabTo(page, '#chart-trade-by-year .downloads-more > summary');
  await press(page, 'Enter');
  await tabTo(page, '#chart-trade-by-year button[aria-label$="CSV, data file units"]');
  const [download] = await Promise.all([page.waitForEvent('download'), press(page, 'Enter')]);
  assert.match(download.suggestedFilename(), /^china-pakistan-trade-2023-2024\.csv$/);

  // The image's size: its options behind a disclosure, then one tab stop for the radio group,
  // arrow keys between its options.
  await tabTo(page, '#chart-trade-by-year .image-options summary');
  await press(page, 'Enter');
  await tabTo(page, '#trade-by-year-size-0');
  await press(page, 'ArrowRight');
  assert.equal(await page.isChecked('#trade-by-year-size-1'), true);
  await tabTo(page, '#chart-trade-by-year button[aria-label$="SVG"]', { back: true });
  const [slide] = await Promise.all([page.waitForEvent('download'), press(page, 'Enter')]);
  assert.match(await readFile(await slide.path(), 'utf8'), /^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="1200"/);

  // Open the embed code: Enter on the summary, Space on the copy button.
  await tabTo(page, '#trade .embed-code summary');
  await press(page, 'Enter');
  assert.equal(await page.getAttribute('#trade .embed-code', 'open'), '');
  await tabTo(page, '#trade .embed-code button');
  await press(page, 'Space');
  await page.waitForFunction(() => /copied|Could not copy/.test(document.querySelector('.controls .status').textContent));

  // Change language: back up to the switcher and follow the link.
  await tabTo(page, 'nav.languages a[hreflang="zh-CN"]', { back: true });
  // (No focus check here: Enter leaves the page.)
  await Promise.all([page.waitForURL(/\/zh\//), page.keyboard.press('Enter')]);
  await ready(page);
  assert.equal(await page.getAttribute('html', 'lang'), 'zh-CN');
  assert.equal(await page.textContent('.kf[data-id="trade_2024"] .kf-value'), '23,060百万美元');
  assert.deepEqual(problems.errors, []);
  await context.close();
});

for (const path of ['', 'ur/']) {
  test(`keyboard only (${path || 'en'}): Tab visits every control once, with a visible ring, and leaves the page`, async () => {
    const { context, page } = await open(env.browser, env.server.url);
    await page.goto(env.server.url + path);
    await ready(page);
    const seen = new Set();
    let steps = 0;
    for (;;) {
      const info = await press(page, 'Tab', seen);
      steps += 1;
      if (info.none && steps > 1) break;
      assert.ok(steps < 400, 'focus must leave the page: no keyboard trap');
    }
    // One stop per chart (6), per tab list, per radio group (5), plus links and buttons.
    const charts = [...seen].filter((n) => n.includes('[chart='));
    assert.equal(charts.length, 6, charts.join(' '));
    assert.ok(seen.has('input#unit-money-usd-bn') && !seen.has('input#unit-money-usd-mn'), 'one stop per radio group');
    await context.close();
  });
}

test('no single-key shortcuts: letters and digits typed on the page change nothing', async () => {
  const { context, page } = await open(env.browser, env.server.url);
  await page.goto(env.server.url);
  await ready(page);
  const before = [page.url(), await page.content()];
  for (const key of ['t', 's', 'd', 'u', 'l', 'e', '1', '?', 'ArrowRight', 'Escape']) await page.keyboard.press(key);
  assert.deepEqual([page.url(), await page.content()], before);
  await context.close();
});

for (const width of [320, 1280]) {
  test(`pointer targets are at least 24 x 24 px at ${width} px (en, ur)`, async () => {
    for (const path of ['', 'ur/']) {
      const { context, page } = await open(env.browser, env.server.url, { viewport: { width, height: 800 } });
      await page.goto(env.server.url + path);
      await ready(page);
      await page.click('#trade .embed-code summary');
      const small = await page.$$eval(
        'button, [role="tab"], summary, .switch-option label, nav.languages a, .embed-source a, .data-links a',
        (els) => els
          .filter((e) => e.getClientRects().length)
          .map((e) => [e.textContent.trim().slice(0, 20), e.getBoundingClientRect()])
          .filter(([, r]) => r.width < 24 || r.height < 24)
          .map(([t, r]) => `${t}: ${Math.round(r.width)}x${Math.round(r.height)}`),
      );
      assert.deepEqual(small, [], `${path || 'en'} at ${width}px`);
      await context.close();
    }
  });
}
