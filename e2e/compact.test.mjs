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

// Every embed of one card or one chart, and the limit an article's column holds it to at
// 640 px (and, for the cards, at 360 px).
const FORMS = [
  ['trade', 650, 900],
  ['karot', 650, 900],
  ['cpec-km', 650],
  ['cpec-jobs', 650],
  ['cpec-capacity', 650],
  ['timeline', 900],
];

for (const lang of ['', 'zh/', 'ur/']) {
  for (const [name, ...limits] of FORMS) {
    const at = limits.map((l, i) => `${l} px at ${[640, 360][i]} px`).join(' and ');
    test(`${lang || 'en/'}embed-${name}: at most ${at}`, async (t) => {
      for (const [width, limit] of [[640, limits[0]], [360, limits[1]]]) {
        if (limit === undefined) continue;
        const { context, page, height } = await card(lang, name, width);
        t.diagnostic(`${lang || 'en/'}embed-${name} at ${width} px: ${Math.ceil(height)} px`);
        if (width === 640) {
          await page.screenshot({ path: join(OUT, `compact-${lang.replace('/', '') || 'en'}-${name}-640.png`) });
        }
        assert.ok(height <= limit, `${height} px at ${width} px`);
        await context.close();
      }
    });
  }
}

test('a chart\'s embed shows that chart alone, with the source line, "Cite this" and the link back', async () => {
  for (const chart of ['cpec-km', 'cpec-jobs', 'cpec-capacity']) {
    const { context, page } = await card('', chart, 640);
    assert.deepEqual(await page.$$eval('.card [data-chart]', (cs) => cs.map((c) => c.dataset.chart)), [chart]);
    for (const selector of ['.card h2', '.card-foot .sources li', '.card-foot > .cite > summary', '.embed-source a']) {
      assert.ok(await page.locator(selector).first().isVisible(), `${chart}: ${selector} is shown`);
    }
    // The table is the chart's alone.
    await page.click('#cpec-tab-table');
    assert.equal(await page.locator('#cpec-panel-table table').count(), 1, `${chart}: one table`);
    assert.equal(await page.getAttribute('.embed-source a', 'href'), './?cpec=table');
    await context.close();
  }
});

test('the compact timeline is its chart, "Cite this" and the link back; layout=full adds the list of events', async () => {
  const { context, page, height: compact } = await card('ur/', 'timeline', 640);
  // The chart (the wide drawing, at this width) is shown.
  await page.locator('[data-chart="relations-timeline"] .drawing.wide svg').waitFor({ state: 'visible', timeout: 5000 });
  // Its events are the article's (quoted in "Method and sources"): "Cite this" and the link back.
  for (const selector of ['.card-foot > .cite > summary', '.embed-source a']) {
    assert.ok(await page.locator(selector).first().isVisible(), selector);
  }
  assert.equal(await page.locator('.events').isVisible(), false, 'the list gives way');
  await context.close();
  const { context: c2, page: full, height } = await card('ur/', 'timeline', 640, '?layout=full');
  assert.ok(await full.locator('.events').isVisible(), 'the full card lists the events');
  assert.ok(height > compact, `${compact} → ${height} px`);
  await c2.close();
});

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

test('the Embed dialog of the CPEC card offers the whole card or one chart', async () => {
  const { context, page } = await open(env.browser, env.server.url, { viewport: { width: 1280, height: 900 } });
  await page.goto(`${env.server.url}zh/`);
  await ready(page);
  await page.click('#cpec .embed-code > summary');
  const code = page.locator('#cpec-embed-code');
  const choices = page.locator('#cpec .embed-which input[type="radio"]');
  assert.equal(await choices.count(), 4, 'the whole card and its three charts');
  assert.ok(await choices.nth(0).isChecked(), 'the whole card by default');
  assert.match(await code.inputValue(), /zh\/embed-cpec\.html" .*data-cpec-factsheet="cpec"/);
  for (const [i, chart] of [[1, 'cpec-km'], [2, 'cpec-jobs'], [3, 'cpec-capacity']]) {
    await choices.nth(i).check();
    const value = await code.inputValue();
    assert.match(value, new RegExp(`zh/embed-${chart}\\.html" `), value);
    assert.match(value, new RegExp(`data-cpec-factsheet="${chart}"`));
  }
  // The chart's iframe is named after the chart, not the card.
  assert.match(await code.inputValue(), /title="中巴经济走廊新增电力装机容量——/);
  await page.check('#cpec .embed-full input');
  assert.match(await code.inputValue(), /embed-cpec-capacity\.html\?layout=full"/);
  // A card of one chart offers no choice.
  await page.click('#trade .embed-code > summary');
  assert.equal(await page.locator('#trade .embed-which').count(), 0);
  await context.close();
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
