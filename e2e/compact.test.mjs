// Embeds that fit an article: by default an embedded card shows its title, its chart (or
// table), the legend and one source line, with the downloads behind one "Download", the
// formulas in the "Method and sources" tab, "Cite this" closed on the source line's row and
// the summary for screen readers only; `layout=full` (or the Embed dialog's choice) gives the
// whole card as the sheet shows it (its intro too).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { open, ready, site, OUT } from './support.mjs';

const env = site();

async function card(lang, name, width, query = '') {
  const session = await open(env.browser, env.server.url, { viewport: { width, height: 900 } });
  await session.page.goto(`${env.server.url}${lang}embed-${name}.html${query}`);
  await ready(session.page);
  const height = await session.page.evaluate(() => document.body.getBoundingClientRect().height);
  return { ...session, height };
}

for (const lang of ['', 'zh/', 'ur/']) {
  for (const [name, limits] of [['trade', [650, 900]], ['karot', [650, 900]]]) {
    test(`${lang || 'en/'}embed-${name}: at most ${limits[0]} px tall at 640 px and ${limits[1]} px at 360 px`, async () => {
      for (const [width, limit] of [[640, limits[0]], [360, limits[1]]]) {
        const { context, page, height } = await card(lang, name, width);
        if (width === 640) {
          await page.screenshot({ path: join(OUT, `compact-${lang.replace('/', '') || 'en'}-${name}-640.png`) });
        }
        assert.ok(height <= limit, `${height} px at ${width} px`);
        await context.close();
      }
    });
  }
}

test('a compact embed keeps its title, chart, legend and source line, and hides the rest behind disclosures a reader opens', async () => {
  const { context, page, height: compact } = await card('', 'trade', 640);
  const visible = (selector) => page.locator(selector).first().isVisible();
  for (const selector of ['.card h2', '.chart-svg .drawing svg >> visible=true', '.legend', '.sources li', '.embed-source a']) {
    assert.ok(await visible(selector), `${selector} is shown`);
  }
  assert.equal(await visible('.card .intro'), false, 'the intro gives way');
  assert.equal(await visible('.formulas'), false, '"How this is computed" is closed');
  assert.equal(await visible('.downloads'), false, 'the downloads are closed');
  // "Cite this" is a closed disclosure on the source line's row, not a row of its own.
  assert.ok(await visible('.card-foot > .cite > summary'), '"Cite this" is offered');
  assert.equal(await visible('.cite .cite-text'), false, 'and closed');
  const row = async (selector) => (await page.locator(selector).first().boundingBox()).y;
  assert.ok(Math.abs((await row('.card-foot > .cite > summary')) - (await row('.card-foot .sources li'))) < 12,
    'on the source line\'s row');
  // The summary stays the chart's description for screen readers.
  const described = await page.$eval('.chart-svg.live', (c) => document.getElementById(c.getAttribute('aria-describedby'))?.textContent ?? '');
  assert.match(described, /Bar chart of bilateral trade/);
  const tree = await page.locator('.chart-summary').first().ariaSnapshot();
  assert.match(tree, /Bar chart of bilateral trade/, 'the summary is in the accessibility tree');

  await page.click('#trade-tab-sources');
  assert.ok(await visible('.formulas'), 'the formulas are in "Method and sources"');
  await page.click('#trade-tab-chart');
  await page.click('.chart-foot details.more > summary');
  // Written when the menu opens.
  await page.locator('.downloads button').first().waitFor();
  assert.ok(await visible('.downloads button'), 'the downloads too');
  const opened = await page.evaluate(() => document.body.getBoundingClientRect().height);
  assert.ok(opened > compact + 50, `${compact} → ${opened} px`);
  // The citation names the card on the sheet (its permalink), not the embed page.
  await page.click('.cite > summary');
  const apa = page.locator('.cite .cite-text').first();
  assert.ok(await apa.isVisible(), 'the citation opens');
  assert.match(await apa.textContent(), /China–Pakistan economic cooperation in figures/);
  assert.match(await apa.textContent(), /http:\/\/127\.0\.0\.1:\d+\/#trade/);
  assert.doesNotMatch(await apa.textContent(), /embed-trade/);
  await context.close();
});

test('layout=full gives the whole card, as the sheet shows it', async () => {
  const { context, page, height } = await card('', 'trade', 640, '?layout=full');
  const { context: c2, height: compact } = await card('', 'trade', 640);
  await c2.close();
  assert.ok(await page.locator('.card .intro').isVisible());
  // As on the sheet: the chart, its key and one Download; the description for screen readers.
  assert.ok((await page.locator('.chart-summary').first().boundingBox()).width <= 1, 'the description is for screen readers');
  assert.equal(await page.locator('.downloads').first().isVisible(), false);
  assert.ok(await page.locator('.chart-foot details.more > summary').first().isVisible());
  assert.ok(height > compact, `${compact} → ${height} px`);
  // "Cite this", as on the sheet: the permalink of the card on the sheet, not the embed page.
  await page.click('.cite > summary');
  const apa = await page.locator('.cite .cite-text').first().textContent();
  assert.match(apa, /China–Pakistan economic cooperation in figures/);
  assert.match(apa, /http:\/\/127\.0\.0\.1:\d+\/#trade/);
  assert.doesNotMatch(apa, /embed-trade/);
  await context.close();
});

test('the CPEC card is compact too, and the sheet shows each chart with one Download', async () => {
  const { context, height } = await card('', 'cpec', 640);
  assert.ok(height < 800, `${height} px for a chart and two figures`);
  await context.close();
  const { context: c2, page } = await open(env.browser, env.server.url, { viewport: { width: 1280, height: 900 } });
  await page.goto(env.server.url);
  await ready(page);
  const charts = await page.locator('.card .chart').count();
  assert.equal(await page.locator('.chart-foot details.more').count(), charts, 'one Download a chart');
  const widths = await page.$$eval('.chart-summary', (ps) => ps.map((p) => p.getBoundingClientRect().width));
  assert.ok(widths.length > 0 && widths.every((w) => w <= 1), `descriptions for screen readers: ${widths}`);
  assert.ok(await page.locator('#trade .intro').isVisible());
  await c2.close();
});

test("the Embed dialog offers the whole card instead of the compact one", async () => {
  const { context, page } = await open(env.browser, env.server.url, { viewport: { width: 1280, height: 900 } });
  await page.goto(env.server.url);
  await ready(page);
  await page.click('#trade .embed-code > summary');
  const code = page.locator('#trade-embed-code');
  assert.doesNotMatch(await code.inputValue(), /layout=full/);
  await page.check('#trade .embed-full input');
  assert.match(await code.inputValue(), /embed-trade\.html\?layout=full"/);
  await page.uncheck('#trade .embed-full input');
  assert.doesNotMatch(await code.inputValue(), /layout=full/);
  await context.close();
});
