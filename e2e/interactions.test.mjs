// What a reader does: tabs, tooltips, unit switches, permalinks, back/forward, theme, share,
// downloads, the timeline by keyboard, print. Against the built dist/ in Chromium.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { OUT, open, pngStats, ready, site } from './support.mjs';

const env = site();

async function live(query = '', options = {}) {
  const session = await open(env.browser, env.server.url, options);
  await session.page.goto(env.server.url + query);
  await ready(session.page);
  return session;
}

const kf = (page, id) => page.textContent(`.key-figures [data-id="${id}"] .kf-value`);
const svgTexts = (page, chart) =>
  page.$$eval(`[data-chart="${chart}"] .drawing`, (ds) => { const d = ds.find((x) => x.getBoundingClientRect().width > 0) ?? ds[0]; return d ? [...d.querySelectorAll('text')].map((t) => t.textContent.trim()) : []; });

test('tabs by mouse: each panel shows alone and the URL keeps it', async () => {
  const { context, page, problems } = await live();
  for (const tab of ['table', 'sources', 'chart']) {
    await page.click(`#trade-tab-${tab}`);
    assert.equal(await page.getAttribute(`#trade-tab-${tab}`, 'aria-selected'), 'true');
    for (const other of ['chart', 'table', 'sources']) {
      assert.equal(await page.isVisible(`#trade-panel-${other}`), other === tab, `${tab}: ${other} panel`);
    }
    assert.equal(await page.getAttribute(`#trade-panel-${tab}`, 'aria-labelledby'), `trade-tab-${tab}`);
  }
  await page.click('#cpec-tab-table');
  // The address follows a task after the switch is painted.
  await page.waitForURL((u) => u.search === '?cpec=table');
  assert.match(await page.textContent('#cpec-panel-table'), /Highways added\s*510\s*Reported/);
  await page.click('#karot-tab-sources');
  const sources = await page.textContent('#karot-panel-sources');
  assert.match(sources, /According to China Three Gorges Corporation, the Karot Hydropower Project generated 3\.64 billion/);
  assert.match(sources, /Derived: 3\.64 bn kWh ÷ 8,760 h = about 416 MW \(between 414\.9 MW and 416\.1 MW/);
  assert.match(sources, /Context, not in the article: .*Xinhua/);
  assert.deepEqual(problems.console, []);
  await context.close();
});

test('tabs by keyboard: arrows, Home and End move focus and selection', async () => {
  const { context, page } = await live();
  await page.focus('#trade-tab-chart');
  await page.keyboard.press('ArrowRight');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'trade-tab-table');
  assert.ok(await page.isVisible('#trade-panel-table'));
  await page.keyboard.press('End');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'trade-tab-sources');
  await page.keyboard.press('ArrowRight');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'trade-tab-chart', 'wraps around');
  await page.keyboard.press('ArrowLeft');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'trade-tab-sources');
  await page.keyboard.press('Home');
  assert.ok(await page.isVisible('#trade-panel-chart'));
  // One tab stop: Tab leaves the tab list for the panel.
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'trade-panel-chart');
  await context.close();
});

test('tooltip by hover shows the exact value and its origin', async () => {
  const { context, page } = await live();
  const chart = page.locator('[data-chart="trade-by-year"]');
  await chart.scrollIntoViewIfNeeded();
  // The bars of the drawing shown: 2023's light fill and outline, then 2024.
  const bars = chart.locator('.drawing svg >> visible=true').locator('rect');
  const centre = async (i) => {
    const b = await bars.nth(i).boundingBox();
    return [b.x + b.width / 2, b.y + b.height / 2];
  };
  await page.mouse.move(...(await centre(2)));
  await page.locator('[data-chart="trade-by-year"] .tip-text').waitFor();
  assert.equal(await page.textContent('[data-chart="trade-by-year"] .tip-text'), '2024: US$23.06 bn (reported)');
  await page.mouse.move(...(await centre(0)));
  await page.locator('.tip-text', { hasText: '2023' }).waitFor();
  assert.equal(await page.textContent('[data-chart="trade-by-year"] .tip-text'), '2023: about US$20.8 bn (derived)');
  // The tooltip's text is visible on its box (light on dark, or the reverse).
  const [tipFill, boxFill] = await page.evaluate(() => [
    getComputedStyle(document.querySelector('[data-chart="trade-by-year"] .tip-text')).fill,
    getComputedStyle(document.querySelector('[data-chart="trade-by-year"] .tip-box')).fill,
  ]);
  assert.notEqual(tipFill, boxFill, `tooltip text ${tipFill} on box ${boxFill}`);
  // The live region says it in words, for screen readers.
  assert.equal(await page.textContent('#chart-trade-by-year .tooltip-live'), '2023: about 20.8 billion US dollars (derived)');
  await page.mouse.move(0, 0);
  await page.locator('[data-chart="trade-by-year"] .tip-text').waitFor({ state: 'detached' });
  await context.close();
});

test('tooltip by tap on a touch screen, tap again to close', async () => {
  const { context, page } = await live('', { hasTouch: true, isMobile: true, viewport: { width: 390, height: 844 } });
  const chart = page.locator('[data-chart="trade-by-year"]');
  await chart.scrollIntoViewIfNeeded();
  const bar = await chart.locator('.drawing svg >> visible=true').locator('rect').nth(2).boundingBox();
  const [x, y] = [bar.x + bar.width / 2, bar.y + bar.height / 2];
  await page.touchscreen.tap(x, y);
  const tip = page.locator('[data-chart="trade-by-year"] .tip-text');
  await tip.waitFor();
  assert.equal(await tip.textContent(), '2024: US$23.06 bn (reported)');
  await page.touchscreen.tap(x, y);
  await tip.waitFor({ state: 'detached' });
  await context.close();
});

test('tooltip by keyboard focus: one tab stop per chart, arrows inside', async () => {
  const { context, page } = await live();
  await page.focus('#trade-panel-chart');
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.dataset.chart), 'trade-by-year');
  const tip = page.locator('[data-chart="trade-by-year"] .tip-text');
  await tip.waitFor();
  assert.equal(await tip.textContent(), '2023: about US$20.8 bn (derived)');
  await page.keyboard.press('ArrowRight');
  await page.locator('.tip-text', { hasText: '2024' }).waitFor();
  await page.keyboard.press('Escape');
  await tip.waitFor({ state: 'detached' });
  // The next Tab leaves the chart (its Download menu comes next), not the next bar.
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Download');
  await context.close();
});

test('each unit switch changes the numbers, the chart and its axis', async () => {
  const { context, page } = await live();
  assert.deepEqual((await svgTexts(page, 'trade-by-year')).slice(0, 4), ['0', '10', '20', '30']);
  // Only the trade chart's labels change: its SVG stays in place, its texts are rewritten.
  const mark = (id) => page.$eval(`[data-chart="${id}"] > .drawings`, (d) => (d.dataset.seen = '1'));
  const kept = (id) => page.$eval(`[data-chart="${id}"] > .drawings`, (d) => d.dataset.seen === '1');
  await mark('trade-by-year');
  await mark('cpec-km');
  await page.click('label[for="unit-money-usd-mn"]');
  await page.locator('.key-figures [data-id="trade_2024"] .kf-value', { hasText: 'US$23,060 mn' }).waitFor();
  let texts = await svgTexts(page, 'trade-by-year');
  assert.ok(texts.includes('US$23,060 mn') && texts.includes('30,000'), texts.join('|'));
  assert.ok(await kept('trade-by-year'), 'the trade chart was patched, not replaced');
  assert.match(await page.textContent('#chart-trade-by-year .chart-title'), /US\$23,060 mn/);
  assert.match(await page.textContent('#chart-trade-by-year .chart-subtitle'), /US\$ million/);

  await page.click('label[for="unit-energy-gwh"]');
  await page.locator('.key-figures [data-id="karot_energy"] .kf-value', { hasText: '3,640 GWh' }).waitFor();
  texts = await svgTexts(page, 'karot-energy');
  assert.ok(texts.includes('3,640 GWh') && texts.includes('6,310 GWh'), texts.join('|'));
  await page.click('label[for="unit-energy-twh"]');
  await page.locator('.key-figures [data-id="karot_energy"] .kf-value', { hasText: '3.64 TWh' }).waitFor();

  await page.click('label[for="unit-distance-mi"]');
  await page.locator('.key-figures [data-id="cpec_highways"] .kf-value', { hasText: '317 mi' }).waitFor();
  texts = await svgTexts(page, 'cpec-km');
  assert.ok(texts.includes('551 mi'), texts.join('|'));
  assert.equal(await kept('cpec-km'), false, 'miles rescale the bars: a new drawing, labels filled in');

  await page.click('label[for="unit-power-gw"]');
  await page.locator('.key-figures [data-id="cpec_capacity"] .kf-value', { hasText: '8 GW' }).waitFor();
  await page.waitForURL((u) => u.search === '?money=usd-mn&energy=twh&distance=mi&power=gw');
  await context.close();
});

test('hidden panels catch up with a unit switch, and a panel selected at once shows the new units', async () => {
  const { context, page } = await live();
  const table = '#trade-panel-table';
  assert.match(await page.textContent(table), /23\.06/);
  await page.click('label[for="unit-money-usd-mn"]');
  // Out of sight, the table follows a task after the switch is painted.
  await page.waitForFunction((sel) => document.querySelector(sel).textContent.includes('23,060'), table);
  assert.ok(!(await page.isVisible(table)), 'still hidden');
  // Back to billions and straight to the table, in one task: read the table the moment it
  // is shown (before anything could catch up): billions already.
  const shown = await page.evaluate(() => new Promise((done) => {
    const panel = document.querySelector('#trade-panel-table');
    const seen = new MutationObserver(() => {
      if (!panel.hidden) {
        seen.disconnect();
        done(panel.textContent);
      }
    });
    seen.observe(panel, { attributes: true, attributeFilter: ['hidden'] });
    document.querySelector('label[for="unit-money-usd-bn"]').click();
    document.querySelector('#trade-tab-table').click();
  }));
  assert.match(shown, /23\.06/);
  assert.ok(!shown.includes('23,060'), shown);
  await context.close();
});

test('a permalink restores tabs, units and theme in a fresh page; back and forward work', async () => {
  const query = '?trade=table&karot=sources&money=usd-mn&energy=gwh&distance=mi&power=gw&theme=dark';
  const { context, page } = await live(query);
  assert.equal(await page.getAttribute('#trade-tab-table', 'aria-selected'), 'true');
  assert.ok(await page.isVisible('#trade-panel-table'));
  assert.ok(await page.isVisible('#karot-panel-sources'));
  assert.equal(await page.getAttribute('html', 'data-theme'), 'dark');
  assert.equal(await kf(page, 'trade_2024'), 'US$23,060 mn');
  assert.equal(await kf(page, 'karot_energy'), '3,640 GWh');
  assert.equal(await kf(page, 'cpec_transmission'), '551 mi');
  assert.equal(await kf(page, 'cpec_capacity'), '8 GW');
  assert.ok(await page.isChecked('#unit-money-usd-mn'));
  const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  assert.equal(bg, 'rgb(21, 23, 26)');

  await page.click('#trade-tab-sources');
  await page.waitForURL(/trade=sources/);
  await page.goBack();
  await page.locator('#trade-tab-table[aria-selected="true"]').waitFor();
  await page.goForward();
  await page.locator('#trade-tab-sources[aria-selected="true"]').waitFor();
  await context.close();
});

test('malformed and hostile URL values fall back to defaults silently', async () => {
  const { context, page, problems } = await live(
    '?trade=%3Cscript%3Ealert(1)%3C/script%3E&theme=%22%3E%3Cimg%20src=x%20onerror=alert(1)%3E&money=javascript:alert(1)&energy=%E0%A4%A&power=-1e309&trade=table&trade=bogus',
  );
  let dialogs = 0;
  page.on('dialog', () => dialogs++);
  assert.equal(await page.getAttribute('#trade-tab-table', 'aria-selected'), 'true', 'last valid value wins');
  assert.equal(await page.getAttribute('html', 'data-theme'), null);
  assert.equal(await kf(page, 'trade_2024'), 'US$23.06 bn');
  assert.equal(await page.locator('img[src="x"]').count(), 0);
  assert.equal(dialogs, 0);
  assert.deepEqual(problems.console, []);
  assert.deepEqual(problems.errors, []);
  await context.close();
});

test('theme: light, dark and system, chosen in the page', async () => {
  const { context, page } = await live('', { colorScheme: 'dark' });
  const bg = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  assert.equal(await bg(), 'rgb(21, 23, 26)', 'follows the system (dark)');
  await page.click('label[for="unit-theme-light"]');
  await page.locator('html[data-theme="light"]').waitFor();
  assert.equal(await bg(), 'rgb(255, 255, 255)');
  await page.waitForURL(/theme=light/);
  await page.click('label[for="unit-theme-system"]');
  await page.locator('html:not([data-theme])').waitFor();
  assert.equal(await bg(), 'rgb(21, 23, 26)');
  await context.close();
});

test('share copies the link to the view', async () => {
  const { context, page } = await live('?cpec=sources');
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: env.server.url });
  const hasShare = await page.evaluate(() => 'share' in navigator);
  await page.click('text=Share this view');
  if (hasShare) {
    await page.locator('.status', { hasText: /Shared|cancelled/ }).waitFor();
  } else {
    await page.locator('.status', { hasText: 'Link copied' }).waitFor();
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), page.url());
  }
  await context.close();
});

async function download(page, selector) {
  // A chart's downloads wait behind its "Download" menu, written once it is open: open it
  // as a reader would.
  const chart = selector.match(/^#chart-[\w-]+/)?.[0];
  if (chart && !(await page.locator(`${chart} details.downloads-more`).evaluate((d) => d.open))) {
    await page.click(`${chart} .downloads-more > summary`);
  }
  const [file] = await Promise.all([page.waitForEvent('download'), page.click(selector)]);
  const path = join(OUT, file.suggestedFilename());
  await file.saveAs(path);
  return { name: file.suggestedFilename(), path };
}

test('downloads: SVG, PNG and CSV per chart, JSON of everything, generated in the browser', async () => {
  const { context, page, problems } = await live();
  const chart = '#chart-trade-by-year';

  const svg = await download(page, `${chart} button:has-text("SVG")`);
  assert.equal(svg.name, 'china-pakistan-trade-2023-2024.svg');
  const svgText = await readFile(svg.path, 'utf8');
  // Parsed in a blank page: the sheet requires Trusted Types, so it refuses a string given to
  // DOMParser.
  const blank = await context.newPage();
  const parsed = await blank.evaluate((t) => {
    const doc = new DOMParser().parseFromString(t, 'image/svg+xml');
    return { error: !!doc.querySelector('parsererror'), root: doc.documentElement.nodeName, texts: doc.querySelectorAll('text').length };
  }, svgText);
  await blank.close();
  // The chart's ten labels, framed by its title, unit line, legend, source and address
  // (downloads.test.mjs checks what they say).
  assert.equal(parsed.error, false);
  assert.equal(parsed.root, 'svg');
  assert.ok(parsed.texts > 16, `${parsed.texts} texts`);

  const png = await download(page, `${chart} button:has-text("PNG")`);
  assert.equal(png.name, 'china-pakistan-trade-2023-2024.png');
  const bytes = await readFile(png.path);
  assert.equal(bytes.subarray(1, 4).toString(), 'PNG');
  assert.equal(bytes.readUInt32BE(16), 1600, 'a column, 800 px, at 2×');
  assert.ok(bytes.readUInt32BE(20) > 1000, 'the chart and its frame, at 2×');
  const inked = (await pngStats(page, bytes)).blue;
  assert.ok(inked > 10000, `the bars are drawn (${inked} blue pixels)`);

  const csv = await download(page, `${chart} button:has-text("CSV, as shown")`);
  const lines = (await readFile(csv.path, 'utf8')).trim().split('\n');
  assert.match(lines[0], /^# .*Source: .*China's General Administration of Customs \(2024\)/);
  assert.deepEqual(lines.slice(1), ['label,value (US$ billion),origin', '2023,20.8,derived', '2024,23.06,reported']);

  const cpecCsv = await download(page, '#chart-cpec-km button:has-text("CSV, data file units")');
  assert.equal(cpecCsv.name, 'cpec-output-2022-lines.csv');
  assert.match(await readFile(cpecCsv.path, 'utf8'), /Highways added,510,reported\nCore transmission lines built,886,reported/);

  const json = await download(page, 'text=Download all figures with sources (JSON)');
  assert.equal(json.name, 'china-pakistan-figures.json');
  const data = JSON.parse(await readFile(json.path, 'utf8'));
  for (const f of data.figures) {
    assert.ok(f.publisher && f.period, `${f.id} has its source`);
    assert.ok(f.quote || f.citation, `${f.id} has a quote or citation`);
  }
  assert.deepEqual(
    data.figures.map((f) => f.value).sort((a, b) => a - b),
    [3.64, 11.1, 23.06, 510, 720, 886, 8000, 236000, 5000000],
  );
  assert.ok(data.derived.every((d) => d.formula.includes('=')));
  assert.deepEqual(problems.console, []);
  assert.deepEqual(problems.foreign, [], 'nothing left 127.0.0.1');
  await context.close();
});

test('the timeline runs to today and is navigable by keyboard', async () => {
  const { context, page } = await live();
  const texts = await svgTexts(page, 'relations-timeline');
  assert.ok(texts.some((t) => /^Today \(\d{4}\)$/.test(t)), texts.join('|'));
  assert.equal(await page.locator('[data-chart="relations-timeline"] .drawing svg >> visible=true').locator('circle:not([fill="none"])').count(), 13, "one dot per event (13 in static/data.toml)");
  const first = page.locator('.events li').first();
  assert.match(await first.textContent(), /21 May 1951.*Diplomatic relations established/);
  await first.focus();
  await page.keyboard.press('ArrowDown');
  assert.equal(await page.evaluate(() => document.activeElement.dataset.id), 'fta_signed');
  await page.keyboard.press('End');
  assert.equal(await page.evaluate(() => document.activeElement.dataset.id), 'dar_visit_2026');
  assert.match(await page.evaluate(() => document.activeElement.textContent), /January 2026.*Ishaq Dar/);
  await page.keyboard.press('Home');
  assert.equal(await page.evaluate(() => document.activeElement.dataset.id), 'relations_established');
  // One tab stop for the list; an event clicked (or focused otherwise) becomes it.
  assert.equal(await page.locator('.events li[tabindex="0"]').count(), 1);
  await page.locator('.events li').nth(4).click();
  await page.locator('.events li:nth-child(5)[tabindex="0"]').waitFor();
  assert.equal(await page.locator('.events li[tabindex="0"]').count(), 1);
  await page.keyboard.press('ArrowDown');
  assert.equal(
    await page.evaluate(() => document.activeElement.dataset.id),
    await page.locator('.events li').nth(5).getAttribute('data-id'),
  );
  await context.close();
});

test('print: the chart panel whichever tab is open, no controls, black on white, the address', async () => {
  const { context, page } = await live('?theme=dark&trade=sources');
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.isVisible('.controls'), false);
  assert.equal(await page.isVisible('.tabs'), false);
  // The two-page sheet: charts, legends, formulas and publishers; tables and full sources
  // wait for "Print everything" (print.test.mjs).
  assert.ok(await page.isVisible('#trade-panel-chart'), 'the chart printed');
  assert.equal(await page.isVisible('#trade-panel-table'), false, 'the table left to the appendix');
  // From "Method and sources" only the formulas print with the chart; the sources wait.
  assert.ok(await page.isVisible('#trade-panel-sources .formulas'), 'the formulas printed');
  assert.equal(await page.isVisible('#trade-panel-sources .provenance'), false, 'sources left to the appendix');
  assert.equal(await page.evaluate(() => getComputedStyle(document.body).color), 'rgb(0, 0, 0)');
  assert.equal(await page.evaluate(() => getComputedStyle(document.body).backgroundColor), 'rgb(255, 255, 255)');
  assert.match(await page.textContent('.print-only'), /Printed from http:\/\/127\.0\.0\.1/);
  await context.close();
});
