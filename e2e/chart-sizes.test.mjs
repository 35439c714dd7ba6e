// Charts sized for reading (issue 31): at every width from a small phone to a wide screen, in
// each language, chart text is 11-16 CSS px as the reader sees it (each chart is drawn for a
// phone's column and a wider one, and never stretched past its drawn width by more than the
// text allows), charts are 560-720 px wide on desktop layouts, and cards fit a screen or so.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { open, ready, site } from './support.mjs';

const env = site();

/** Each visible chart's width and the rendered size of each of its texts. */
function measure() {
  const charts = [...document.querySelectorAll('.card .chart-svg .drawing svg')].filter(
    (s) => s.getBoundingClientRect().width > 0,
  );
  return charts.map((svg) => ({
    chart: svg.closest('[data-chart]').dataset.chart,
    width: svg.getBoundingClientRect().width,
    texts: [...svg.querySelectorAll('text')].map((t) => ({
      text: t.textContent.trim(),
      px: parseFloat(getComputedStyle(t).fontSize) * t.getScreenCTM().a,
    })),
  }));
}

for (const lang of ['', 'zh/', 'ur/']) {
  for (const width of [320, 390, 768, 1280, 1600]) {
    test(`${lang || 'en/'} at ${width} px: chart text is 11-16 px`, async () => {
      const { context, page } = await open(env.browser, env.server.url, { viewport: { width, height: 900 } });
      await page.goto(`${env.server.url}${lang}`);
      await ready(page);
      const charts = await page.evaluate(measure);
      assert.ok(charts.length >= 4, `${charts.length} charts shown`);
      const wrong = charts.flatMap((c) =>
        c.texts.filter((t) => t.px < 10.95 || t.px > 16.05).map((t) => `${c.chart} "${t.text}": ${t.px.toFixed(1)} px`),
      );
      assert.deepEqual(wrong, []);
      if (width >= 1280) {
        const bars = charts.filter((c) => c.chart !== 'relations-timeline');
        for (const c of bars) assert.ok(c.width >= 540 && c.width <= 720, `${c.chart} is ${c.width} px wide`);
      }
      await context.close();
    });
  }
  test(`${lang || 'en/'}: the cards with charts are no taller than a screen or so`, async () => {
    for (const [width, limit] of [[1280, 900], [390, 1300]]) {
      const { context, page } = await open(env.browser, env.server.url, { viewport: { width, height: 900 } });
      await page.goto(`${env.server.url}${lang}`);
      await ready(page);
      // Each card drawn first (out of sight, a card is only its estimated height).
      for (const id of ['trade', 'karot', 'cpec']) await page.locator(`#${id}`).scrollIntoViewIfNeeded();
      const heights = await page.$$eval('#trade, #karot, #cpec', (cards) =>
        cards.map((c) => [c.id, Math.round(c.getBoundingClientRect().height)]),
      );
      for (const [id, h] of heights) assert.ok(h <= limit, `${id} is ${h} px tall at ${width} px (limit ${limit})`);
      await context.close();
    }
  });
}
