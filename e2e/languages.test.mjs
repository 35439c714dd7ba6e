// The three languages as a reader meets them: each pre-rendered page says its language and
// direction, reads without JavaScript, hydrates without noise, fits 320 px, and the language
// links carry the view from one language to the next. The Urdu page is mirrored.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { launch, open, ready, site, OUT } from './support.mjs';
import { PROFILES } from './fonts.mjs';

const env = site();

const LANGS = [
  { tag: 'en', dir: 'ltr', path: '', trade: 'US$23.06 bn', jobs: '236,000 jobs', date: '21 May 1951', tab: 'Table' },
  { tag: 'zh-CN', dir: 'ltr', path: 'zh/', trade: '230.6亿美元', jobs: '23.6万个就业岗位', date: '1951年5月21日', tab: '表格' },
  { tag: 'ur-PK', dir: 'rtl', path: 'ur/', trade: '23.06 ارب امریکی ڈالر', jobs: '2.36 لاکھ ملازمتیں', date: '21 مئی، 1951', tab: 'جدول' },
];

const kf = (page, id) => page.textContent(`.kf[data-id="${id}"] .kf-value`);

for (const l of LANGS) {
  test(`${l.tag}: the page says its language and direction, hydrated without console noise`, async () => {
    const { context, page, problems } = await open(env.browser, env.server.url);
    await page.goto(env.server.url + l.path);
    await ready(page);
    assert.equal(await page.getAttribute('html', 'lang'), l.tag);
    assert.equal(await page.getAttribute('html', 'dir'), l.dir);
    assert.equal(await kf(page, 'trade_2024'), l.trade);
    assert.equal(await kf(page, 'cpec_jobs'), l.jobs);
    assert.ok((await page.textContent('#timeline')).includes(l.date), 'dates in the language');
    assert.equal(await page.textContent('#trade-tab-table'), l.tab);
    // hreflang alternates must be absolute: without FACTSHEET_URL there are none.
    assert.equal(await page.locator('link[rel="alternate"][hreflang]').count(), 0);
    const { console: noise, errors, foreign } = problems;
    assert.deepEqual({ noise, errors, foreign }, { noise: [], errors: [], foreign: [] });
    await context.close();
  });

  test(`${l.tag}: with JavaScript off the page reads in the language, charts included`, async () => {
    const { context, page } = await open(env.browser, env.server.url, { javaScriptEnabled: false });
    await page.goto(env.server.url + l.path);
    assert.equal(await kf(page, 'trade_2024'), l.trade);
    assert.equal(await page.locator('.chart-svg > .drawings').count(), 6);
    // The stylesheet was found one directory down too.
    const bg = await page.evaluate(() => getComputedStyle(document.querySelector('.card')).borderTopStyle);
    assert.notEqual(bg, 'none', 'styled');
    await context.close();
  });

  test(`${l.tag}: at 320 px the document is exactly as wide as the viewport`, async () => {
    for (const file of ['', 'embed-all.html']) {
      const { context, page } = await open(env.browser, env.server.url, { viewport: { width: 320, height: 700 } });
      await page.goto(env.server.url + l.path + file + '?trade=table&cpec=sources&karot=table');
      await ready(page);
      const [doc, view] = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
      assert.equal(doc, view, `${l.path}${file}: ${doc} px wide in a ${view} px viewport`);
      await context.close();
    }
  });
}

test('language links keep the view and land on the other language, back to English', async () => {
  const { context, page } = await open(env.browser, env.server.url);
  await page.goto(env.server.url + '?money=usd-mn&trade=table');
  await ready(page);
  await page.click('nav.languages a[hreflang="zh-CN"]');
  await page.waitForURL(/\/zh\/\?/);
  await ready(page);
  assert.match(page.url(), /\/zh\/\?trade=table&money=usd-mn$/);
  assert.equal(await kf(page, 'trade_2024'), '23,060百万美元');
  assert.equal(await page.getAttribute('#trade-tab-table', 'aria-selected'), 'true');
  await page.click('nav.languages a[hreflang="ur-PK"]');
  await page.waitForURL(/\/ur\/\?/);
  await ready(page);
  assert.equal(await page.getAttribute('html', 'dir'), 'rtl');
  assert.equal(await page.getAttribute('nav.languages a[aria-current="page"]', 'hreflang'), 'ur-PK');
  await page.click('nav.languages a[hreflang="en"]');
  await page.waitForURL((u) => !/\/(zh|ur)\//.test(u.pathname));
  await ready(page);
  assert.equal(await kf(page, 'trade_2024'), 'US$23,060 mn');
  await context.close();
});

test('Urdu: charts are mirrored (bars grow from the right, axis on the right), time still runs left to right', async () => {
  const { context, page } = await open(env.browser, env.server.url, { viewport: { width: 1280, height: 900 } });
  await page.goto(env.server.url + 'ur/');
  await ready(page);
  const km = await page.$eval('[data-chart="cpec-km"] svg', (svg) => ({
    dir: svg.getAttribute('direction'),
    width: svg.viewBox.baseVal.width,
    bars: [...svg.querySelectorAll('rect')].map((r) => [+r.getAttribute('x'), +r.getAttribute('width')]).filter(([, w]) => w > 20),
  }));
  assert.equal(km.dir, 'rtl');
  for (const [x, w] of km.bars) assert.ok(Math.abs(x + w - (km.width - 2)) <= 2, `bar ends at the right edge: ${x}+${w}`);
  // Trade: 2023 left of 2024.
  const years = await page.$$eval('[data-chart="trade-by-year"] svg text', (ts) =>
    ts.filter((t) => /^20\d\d$/.test(t.textContent.trim())).map((t) => [t.textContent.trim(), +t.getAttribute('x')]));
  const x = Object.fromEntries(years);
  assert.ok(x['2023'] < x['2024'], `2023 at ${x['2023']}, 2024 at ${x['2024']}`);
  // A signed amount with its unit's words reads "+2.3", the sign left of its digits, in the
  // drawing as the reader sees it (glyph positions).
  const signs = await page.$$eval('[data-chart="trade-by-year"] svg text', (ts) =>
    ts
      // In the drawing shown (the other is display: none, without glyphs).
      .filter((t) => t.textContent.includes('2.3 ') && t.getNumberOfChars() > 0)
      .map((t) => {
        // Addressable characters: the text as drawn, its surrounding newlines collapsed away.
        const text = t.textContent.trim();
        if (t.getNumberOfChars() !== [...text].length) return [text, NaN, NaN];
        const at = (i) => t.getExtentOfChar(i).x;
        return [text, at(text.indexOf('+')), at(text.indexOf('2.3'))];
      }),
  );
  assert.equal(signs.length, 1, 'the change in the drawing shown');
  for (const [text, plus, digit] of signs) assert.ok(plus < digit, `"${text}": the sign at ${plus}, its digits at ${digit}`);
  // Quotes stay English, marked so, with the translation beside them.
  const quote = page.locator('#timeline .quote-pair').first();
  assert.equal(await quote.locator('blockquote').getAttribute('lang'), 'en');
  assert.ok((await quote.locator('.quote-translation').textContent()).includes('21 مئی، 1951'));
  await page.screenshot({ path: `${OUT}/rtl-ur-1280.png` });
  await page.setViewportSize({ width: 320, height: 800 });
  await page.screenshot({ path: `${OUT}/rtl-ur-320.png` });
  await context.close();
});

test('Chinese counts billions in 亿 on axes and in tables; Urdu counts thousands in ہزار', async () => {
  const { context, page } = await open(env.browser, env.server.url, { viewport: { width: 1280, height: 900 } });
  await page.goto(env.server.url + 'zh/?trade=table');
  await ready(page);
  assert.match(await page.textContent('#chart-trade-by-year .chart-title'), /亿美元/);
  assert.doesNotMatch(await page.textContent('#trade'), /十亿/);
  const ticks = await page.$$eval('[data-chart="trade-by-year"] svg text', (ts) => ts.map((t) => t.textContent.trim()).slice(0, 4));
  assert.deepEqual(ticks, ['0', '100', '200', '300']);
  const cells = await page.$$eval('#trade-panel-table td', (tds) => tds.map((td) => td.textContent.trim()));
  assert.ok(cells.includes('230.6') && cells.includes('208'), cells.join('|'));
  // The link preview is drawn in Chinese, beside the Chinese pages.
  const image = await page.getAttribute('meta[property="og:image"]', 'content');
  assert.equal(image, 'og-sheet.png');
  const png = await page.request.get(env.server.url + 'zh/' + image);
  assert.equal(png.status(), 200);
  assert.equal(png.headers()['content-type'], 'image/png');
  await page.goto(env.server.url + 'ur/');
  await ready(page);
  assert.equal(await page.textContent('#chart-cpec-jobs .figure-value'), '2.36 لاکھ ملازمتیں');
  assert.ok((await page.textContent('#cpec')).includes('2.36 لاکھ ملازمتیں'));
  await context.close();
});

test('the embed code on a Chinese page points at the Chinese embed and the shared embed.js', async () => {
  const { context, page } = await open(env.browser, env.server.url);
  await page.goto(env.server.url + 'zh/?money=usd-mn');
  await ready(page);
  await page.click('#trade .embed-code summary');
  const code = await page.inputValue('#trade-embed-code');
  assert.ok(code.includes(`src="${env.server.url}zh/embed-trade.html?money=usd-mn"`), code);
  assert.ok(code.includes(`<script src="${env.server.url}embed.js"`), code);
  const frame = await context.newPage();
  await frame.goto(`${env.server.url}zh/embed-trade.html?money=usd-mn`);
  await ready(frame);
  assert.equal(await frame.getAttribute('html', 'lang'), 'zh-CN');
  assert.ok((await frame.textContent('#trade')).includes('百万美元'));
  await context.close();
});

// Tooltips are sized from their text as the reader's browser measures it: they must hold it
// in any font, so each language is tried with DejaVu only (a fresh Debian machine), Noto,
// and a font half again as wide as DejaVu (fonts.mjs), with a screenshot of one tooltip each.
for (const fonts of PROFILES) {
  describe(`tooltips with ${fonts} fonts`, () => {
    const browser = {};
    before(async () => {
      browser.it = await launch({ fonts });
    });
    after(async () => {
      await browser.it?.close();
    });
    for (const path of ['', 'ur/', 'zh/']) {
      test(`${path || 'en'}, ${fonts} fonts: every tooltip fits inside its box and its chart, and the box fits its text`, async () => {
        const { context, page } = await open(browser.it, env.server.url, { viewport: { width: 1280, height: 900 } });
        await page.goto(env.server.url + path);
        await ready(page);
        const bad = [];
        for (const chart of ['trade-by-year', 'cpec-km', 'karot-energy', 'cpec-jobs', 'relations-timeline']) {
          await page.focus(`[data-chart="${chart}"]`);
          for (let i = 0; i < 12; i++) {
            const out = await page.evaluate((c) => {
              const o = document.querySelector(`[data-chart="${c}"] .chart-overlay`);
              if (!o) return null;
              const t = o.querySelector('.tip-text').getBBox();
              const b = o.querySelector('.tip-box').getBBox();
              const v = o.viewBox.baseVal;
              const inside = (a, z) => a.x >= z.x - 1 && a.y >= z.y - 1 && a.x + a.width <= z.x + z.width + 1 && a.y + a.height <= z.y + z.height + 1;
              // Sized from the text: no more than the padding (8 px a side) and a pixel of rounding.
              const snug = b.width <= t.width + 18 || b.width >= v.width - 1;
              return inside(t, b) && inside(b, { x: 0, y: 0, width: v.width, height: v.height }) && snug
                ? ''
                : `${c}: ${o.textContent} (text ${JSON.stringify([t.x, t.y, t.width, t.height])}, box ${JSON.stringify([b.x, b.y, b.width, b.height])})`;
            }, chart);
            if (out) bad.push(out);
            if (chart === 'trade-by-year' && i === 0) {
              await page.locator(`[data-chart="${chart}"]`).screenshot({ path: `${OUT}/tooltip-${path.replace('/', '') || 'en'}-${fonts}.png` });
            }
            await page.keyboard.press('ArrowRight');
          }
        }
        assert.deepEqual([...new Set(bad)], []);
        await context.close();
      });
    }
  });
}
