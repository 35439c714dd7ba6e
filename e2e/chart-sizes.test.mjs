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

/**
 * Where a gridline (a light line behind the bars) crosses a text's box in one shown drawing,
 * in the drawing's own coordinates, each box shrunk by a pixel (a halo covers a touch).
 */
function crossings() {
  const found = [];
  let gridlines = 0;
  for (const svg of document.querySelectorAll('.card .chart-svg .drawing svg')) {
    if (svg.getBoundingClientRect().width === 0) continue;
    const chart = svg.closest('[data-chart]').dataset.chart;
    const grid = [...svg.querySelectorAll('polyline, line, path')].filter((l) => {
      const opacity = parseFloat(l.getAttribute('stroke-opacity') ?? l.getAttribute('opacity') ?? '1');
      return opacity < 0.5;
    });
    gridlines += grid.length;
    // A label's box is where its glyphs are: across, its advance; up and down, its ink as the
    // canvas measures it in the same font from its baseline (a Nastaliq font's line box is
    // twice as tall as its letters, and would make every nearby line "cross" it).
    const ctx = document.createElement('canvas').getContext('2d');
    const boxes = [...svg.querySelectorAll('text')]
      .filter((t) => t.textContent.trim())
      .map((t) => {
        const style = getComputedStyle(t);
        ctx.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
        const ink = ctx.measureText(t.textContent.trim());
        const baseline = t.getStartPositionOfChar(0).y;
        const across = t.getBBox();
        const b = { x: across.x, width: across.width, y: baseline - ink.actualBoundingBoxAscent, height: ink.actualBoundingBoxAscent + ink.actualBoundingBoxDescent };
        return { text: t.textContent.trim(), b };
      });
    for (const line of grid) {
      const length = line.getTotalLength();
      // Sampled every half pixel along the line: gridlines are straight, labels at least 8 px.
      for (let d = 0; d <= length; d += 0.5) {
        const p = line.getPointAtLength(d);
        const hit = boxes.find(({ b }) => p.x > b.x + 1 && p.x < b.x + b.width - 1 && p.y > b.y + 1 && p.y < b.y + b.height - 1);
        if (hit) {
          found.push(`${chart}: a gridline crosses "${hit.text}" at ${p.x.toFixed(0)},${p.y.toFixed(0)}`);
          break;
        }
      }
    }
  }
  return { gridlines, found };
}

for (const lang of ['', 'zh/', 'ur/']) {
  test(`${lang || 'en/'}: no gridline crosses a label, at 390 and 1280 px, in every unit`, async () => {
    for (const width of [390, 1280]) {
      const { context, page } = await open(env.browser, env.server.url, { viewport: { width, height: 900 } });
      // The units whose labels are widest (US$ million, GWh, miles) as well as the default.
      for (const query of ['', '?money=usd-mn&energy=gwh&distance=mi']) {
        await page.goto(`${env.server.url}${lang}${query}`);
        await ready(page);
        const { gridlines, found } = await page.evaluate(crossings);
        assert.ok(gridlines >= 2, `${gridlines} gridlines found at ${width} px`);
        assert.deepEqual(found, [], `${width} px ${query}`);
      }
      await context.close();
    }
  });
}
