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
