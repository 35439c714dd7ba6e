// What a reader sees and does, against the built dist/ (run `make build` first).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { OUT, open, ready, site } from './support.mjs';

const env = site();

// Every figure of the article, exactly as the key-figures strip prints it.
const KEY_FIGURES = {
  trade_2024: 'US$23.06 bn',
  trade_growth_2024: '+11.1%',
  cpec_jobs: '236,000 jobs',
  cpec_capacity: '8,000 MW',
  cpec_highways: '510 km',
  cpec_transmission: '886 km',
  karot_energy: '3.64 bn kWh',
};

async function checkFigures(page) {
  for (const [id, value] of Object.entries(KEY_FIGURES)) {
    const text = await page.textContent(`.key-figures [data-id="${id}"] .kf-value`);
    assert.equal(text, value, id);
  }
  const people = await page.textContent('table.figures [data-id="karot_people"] td.num');
  assert.equal(people, 'more than 5 million people');
  const body = await page.textContent('body');
  for (const seed of ['23.06', '11.1%', '236,000', '510', '8,000', '886', '3.64', '5 million']) {
    assert.ok(body.includes(seed), `${seed} on the page`);
  }
}

async function svgTexts(page, chart) {
  // The drawing the page shows (each chart is drawn for two widths).
  return page.$$eval(`[data-chart="${chart}"] .drawing`, (ds) => { const d = ds.find((x) => x.getBoundingClientRect().width > 0) ?? ds[0]; return d ? [...d.querySelectorAll('text')].map((t) => t.textContent.trim()) : []; });
}

async function checkCharts(page) {
  assert.equal(await page.locator('.chart-svg > .drawings').count(), 6, 'six charts');

  const trade = await svgTexts(page, 'trade-by-year');
  for (const want of ['2023', '2024', 'US$20.8 bn', 'US$23.06 bn', '+11.1%', 'about +US$2.3 bn']) {
    assert.ok(trade.includes(want), `trade chart shows ${want}: ${trade}`);
  }
  // 2024 reported (one solid rect), 2023 derived (a light fill and an outline).
  const shown = (id) => page.locator(`[data-chart="${id}"] .drawing svg >> visible=true`);
  assert.equal(await shown('trade-by-year').locator('rect').count(), 3);

  const km = await svgTexts(page, 'cpec-km');
  for (const want of ['Highways added', '510 km', 'Core transmission lines built', '886 km', '0', '500', '1,000']) {
    assert.ok(km.includes(want), `km chart shows ${want}: ${km}`);
  }
  assert.equal(await shown('cpec-km').locator('rect').count(), 2, 'two reported bars');

  const karot = await svgTexts(page, 'karot-energy');
  for (const want of ['Karot electricity generated', '3.64 bn kWh', 'Karot output possible at full capacity', '6.31 bn kWh']) {
    assert.ok(karot.includes(want), `Karot chart shows ${want}: ${karot}`);
  }

  // Jobs and megawatts: one number each beside its unit's glyph, no squares to count.
  assert.equal(await page.textContent('[data-chart="cpec-jobs"] .figure-value'), '236,000 jobs');
  assert.equal(await page.textContent('[data-chart="cpec-capacity"] .figure-value'), '8,000 MW');
  assert.equal(await page.locator('[data-chart="cpec-jobs"] rect').count(), 0, 'no squares');
  assert.equal(await shown('relations-timeline').locator('circle').count(), 13, 'a dot per event (13 events in static/data.toml)');
}

test('every seed figure and chart, hydrated, with no console noise and no other host', async () => {
  const { context, page, problems } = await open(env.browser, env.server.url);
  await page.goto(env.server.url);
  await ready(page);
  await checkFigures(page);
  await checkCharts(page);
  assert.deepEqual(problems.console, [], 'no console errors or warnings');
  assert.deepEqual(problems.errors, [], 'no uncaught exceptions');
  assert.deepEqual(problems.foreign, [], 'no request to another host');
  // The wasm preload and the loader's hash-checked fetch are one download.
  const wasm = problems.requested.filter((p) => p.endsWith('.wasm'));
  assert.equal(wasm.length, 1, `the wasm is downloaded once: ${wasm}`);
  await context.close();
});

test('with JavaScript off, the pre-rendered page shows the same figures and charts', async () => {
  const { context, page, problems } = await open(env.browser, env.server.url, { javaScriptEnabled: false });
  await page.goto(env.server.url);
  await checkFigures(page);
  await checkCharts(page);
  assert.equal(await page.getAttribute('body', 'data-ready'), null, 'nothing ran');
  // Nothing that needs JavaScript is offered; every panel is shown instead of tabs.
  // (A chart's downloads are written when its "Download" menu opens: the menu is there.)
  for (const hidden of ['.controls', '.tabs', '.downloads-more', '.embed-code']) {
    assert.ok((await page.locator(hidden).count()) > 0, `${hidden} is in the pre-render`);
    assert.equal(await page.locator(`${hidden}:visible`).count(), 0, `${hidden} is not shown`);
  }
  assert.equal(await page.locator('button:visible, input:visible').count(), 0, 'no visible control');
  for (const card of ['trade', 'cpec', 'karot', 'timeline']) {
    // As the reader scrolls to it: a card out of sight is drawn in the next frame after it
    // comes near (content-visibility), so wait for that frame.
    await page.locator(`#${card}`).scrollIntoViewIfNeeded();
    for (const tab of ['chart', 'table', 'sources']) {
      await page.locator(`#${card}-panel-${tab}`).waitFor({ state: 'visible', timeout: 5000 });
    }
  }
  assert.deepEqual(problems.foreign, []);
  await context.close();
});

for (const [lang, path] of [['en', ''], ['zh', 'zh/'], ['ur', 'ur/']]) for (const width of [1280, 360]) test(`${lang}: the pre-rendered page has the live layout: going live moves nothing (${width} px)`, async () => {
  const { context, page, problems } = await open(env.browser, env.server.url, { viewport: { width, height: 800 } });
  let release;
  const held = new Promise((r) => (release = r));
  await page.route('**/*_bg.wasm', async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(env.server.url + path, { waitUntil: 'domcontentloaded' });
  // The stylesheets first (DOMContentLoaded does not wait for them; a busy machine showed
  // the unstyled page): what is compared is the styled page before the app starts.
  await page.waitForFunction(() => [...document.querySelectorAll('link[rel="stylesheet"]')].every((l) => l.sheet));
  // Cards out of sight are skipped (content-visibility: auto) and their boxes are estimates:
  // draw them all, so that every box compared below is a real one.
  await page.$$eval('.card', (cards) => cards.forEach((c) => (c.style.contentVisibility = 'visible')));
  const layout = () =>
    page.$$eval('.key-figures, .controls, .card, .tabs, .chart-svg, .downloads, .embed-code, .sheet-foot', (els) =>
      els.map((e) => {
        const r = e.getBoundingClientRect();
        return `${e.className} ${Math.round(r.top + scrollY)} ${Math.round(r.height)}`;
      }),
    );
  // Before the app starts: the selected panel only, the controls there but disabled.
  assert.ok(await page.isVisible('#trade-panel-chart'));
  assert.equal(await page.isVisible('#trade-panel-table'), false, 'other panels wait for their tab');
  assert.equal(await page.locator('.panel-heading:visible').count(), 0, 'the tabs name the panels');
  assert.equal(await page.locator('.downloads button:enabled, .controls input:enabled').count(), 0);
  const before = (await layout()).map((l) => l.replace(/ live\b/, ''));
  release();
  await ready(page);
  // The embed codes arrive in a task after the first live render.
  await page.waitForFunction(() => [...document.querySelectorAll('.embed-code textarea')].every((t) => t.value));
  const after = (await layout()).map((l) => l.replace(/ live\b/, ''));
  assert.deepEqual(after, before, 'every box keeps its place and size');
  // A chart's downloads are written when its "Download" menu opens, and work once live.
  await page.click('#chart-trade-by-year .downloads-more > summary');
  await page.locator('#chart-trade-by-year .downloads button:enabled').first().waitFor();
  assert.deepEqual(problems.console, []);
  await context.close();
});

test('on a phone, cards out of sight are drawn when the reader scrolls to them, not at load', async () => {
  const { context, page, problems } = await open(env.browser, env.server.url, { viewport: { width: 360, height: 800 } });
  await page.addInitScript(() => {
    window.__skipped = {};
    document.addEventListener(
      'contentvisibilityautostatechange',
      (e) => (window.__skipped[e.target.id] = e.skipped),
      { capture: true },
    );
  });
  await page.goto(env.server.url);
  await ready(page);
  await page.waitForFunction(() => 'timeline' in window.__skipped);
  assert.equal(await page.evaluate(() => window.__skipped.timeline), true, 'the last card is skipped at load');
  await page.locator('#timeline').scrollIntoViewIfNeeded();
  await page.waitForFunction(() => window.__skipped.timeline === false);
  const chart = await page.locator('#timeline .chart-svg .drawing svg >> visible=true').boundingBox();
  assert.ok(chart && chart.width > 200 && chart.height > 40, `the timeline chart is drawn: ${JSON.stringify(chart)}`);
  assert.deepEqual(problems.console, []);
  await context.close();
});

test('years of relations are recomputed for the reader\'s today', async () => {
  const { context, page } = await open(env.browser, env.server.url);
  await page.clock.setFixedTime(new Date('2051-06-01T12:00:00'));
  await page.goto(env.server.url);
  await ready(page);
  // On the timeline card, with its dated events (no longer a key figure of its own).
  const formula = page.locator('#timeline .formulas [data-id="relations_years"] .formula');
  await formula.filter({ hasText: '= 100 years' }).waitFor({ state: 'attached' });
  assert.match(await formula.textContent(), /to 1 June 2051 = 100 years/);
  assert.equal(await page.textContent('#timeline tr[data-id="relations_years"] td.num'), '100 years');
  assert.equal(await page.locator('.key-figures [data-id="relations_years"]').count(), 0);
  await context.close();
});

test('every card has a source line and formulas for its derived figures', async () => {
  const { context, page } = await open(env.browser, env.server.url);
  await page.goto(env.server.url);
  await ready(page);
  for (const card of ['trade', 'cpec', 'karot']) {
    assert.ok((await page.textContent(`#${card} .sources`)).length > 20, `${card} sources`);
    assert.ok((await page.locator(`#${card} .formulas li`).count()) >= 1, `${card} formulas`);
  }
  assert.match(await page.textContent('#karot .sources'), /Xinhua.*context, not in the article/s);
  const formulas = await page.$$eval('.formula code', (cs) => cs.map((c) => c.textContent));
  assert.ok(formulas.includes('US$23.06 bn ÷ (1 + 11.1%) = about US$20.8 bn (between US$20.74 bn and US$20.77 bn, as the inputs are rounded)'));
  assert.ok(formulas.includes('3.64 bn kWh ÷ 8,760 h = about 416 MW (between 414.9 MW and 416.1 MW, as the inputs are rounded)'));
  assert.ok(formulas.includes('about 416 MW ÷ 720 MW = about 58% (between 57.5% and 57.9%, as the inputs are rounded)'));
  // The data file is published beside the page.
  const data = await page.request.get(new URL('data.toml', env.server.url).href);
  assert.equal(data.status(), 200);
  assert.match(await data.text(), /value = 23\.06/);
  await context.close();
});

for (const width of [320, 1280]) {
  test(`at ${width} px nothing scrolls sideways; screenshot in target/e2e/`, async () => {
    for (const scheme of ['light', 'dark']) {
      const { context, page } = await open(env.browser, env.server.url, {
        viewport: { width, height: 900 },
        colorScheme: scheme,
      });
      await page.goto(env.server.url);
      await ready(page);
      await page.screenshot({ path: join(OUT, `factsheet-${width}-${scheme}.png`), fullPage: true });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 0, `${width}px ${scheme}: ${overflow}px of horizontal overflow`);
      await context.close();
    }
  });
}
