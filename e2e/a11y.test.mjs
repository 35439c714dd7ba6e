// axe-core (WCAG 2.2 A/AA rules) on the states a reader can reach, in each language: zero
// violations in each. 8 states x 3 languages = 24 runs (the count is in the test names).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { AxeBuilder } from '@axe-core/playwright';
import { open, ready, site } from './support.mjs';

const env = site();

const LANGS = [['en', ''], ['zh-CN', 'zh/'], ['ur-PK', 'ur/']];
const STATES = [
  ['default, light', '', { colorScheme: 'light' }],
  ['default, dark', '', { colorScheme: 'dark' }],
  ['tables, dark theme, other units', '?trade=table&cpec=table&karot=table&timeline=table&theme=dark&money=usd-mn&distance=mi', {}],
  ['sources, light theme', '?trade=sources&cpec=sources&karot=sources&timeline=sources&theme=light', {}],
  ['320 px', '', { viewport: { width: 320, height: 800 } }],
  ['embed: trade', 'embed-trade.html', {}],
  ['embed: all', 'embed-all.html', {}],
];

async function violations(page) {
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze();
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`);
}

let count = 0;
for (const [lang, path] of LANGS) {
  for (const [name, query, options] of STATES) {
    count += 1;
    test(`axe state ${count}/24: no violations (${lang}, ${name})`, async () => {
      const { context, page } = await open(env.browser, env.server.url, options);
      await page.goto(env.server.url + path + query);
      await ready(page);
      assert.equal(await page.getAttribute('html', 'lang'), lang);
      assert.deepEqual(await violations(page), []);
      await context.close();
    });
  }
  count += 1;
  test(`axe state ${count}/24: no violations (${lang}, JavaScript off)`, async () => {
    // The app's scripts are blocked (axe itself needs script to run).
    const { context, page } = await open(env.browser, env.server.url);
    await page.route(/\.(js|wasm)$/, (route) => route.abort());
    await page.goto(env.server.url + path);
    assert.equal(await page.getAttribute('body', 'data-ready'), null);
    assert.deepEqual(await violations(page), []);
    await context.close();
  });
}

for (const scheme of ['light', 'dark']) {
  test(`non-text contrast (${scheme}): bars, axes and chart text reach 3:1 against the card`, async () => {
    const { context, page } = await open(env.browser, env.server.url, { colorScheme: scheme });
    await page.goto(env.server.url);
    await ready(page);
    const low = await page.evaluate(() => {
      const parse = (c) => (c.match(/[\d.]+/g) || []).map(Number);
      // The nearest background that is painted.
      const background = (node) => {
        for (let n = node; n; n = n.parentElement) {
          const c = parse(getComputedStyle(n).backgroundColor);
          if (c.length === 3 || (c.length === 4 && c[3] > 0.5)) return c.slice(0, 3);
        }
        return [255, 255, 255];
      };
      const lum = ([r, g, b]) => {
        const f = (v) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
        return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
      };
      const ratio = (a, b) => (Math.max(lum(a), lum(b)) + 0.05) / (Math.min(lum(a), lum(b)) + 0.05);
      const out = [];
      for (const svg of document.querySelectorAll('.chart-svg svg')) {
        const bg = background(svg);
        const marks = [
          ...[...svg.querySelectorAll('rect')].filter((r) => r.getAttribute('width') > 4).map((r) => ['bar', getComputedStyle(r).fill]),
          ...[...svg.querySelectorAll('polyline[stroke="#222222"]')].map((l) => ['axis', getComputedStyle(l).stroke]),
          ...[...svg.querySelectorAll('text')].map((t) => ['text', getComputedStyle(t).fill]),
        ];
        for (const [kind, colour] of marks) {
          if (colour === 'none') continue;
          const r = ratio(parse(colour).slice(0, 3), bg);
          if (r < 3) out.push(`${svg.closest('[data-chart]').dataset.chart} ${kind} ${colour}: ${r.toFixed(2)}:1`);
        }
      }
      return out;
    });
    assert.deepEqual(low, []);
    await context.close();
  });
}
