// Downloads that stand alone: a chart's SVG and PNG carry the card's title, the unit line, the
// legend, the source and formula lines, the sheet's name and the permalink, in the page's
// language, inside the image's width in any font; the PNG is the SVG rendered; the two CSVs.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { OUT, launch, open, pngStats, ready, serve } from './support.mjs';

let server;
const browsers = {};
before(async () => {
  server = await serve();
  await mkdir(OUT, { recursive: true });
});
after(async () => {
  for (const b of Object.values(browsers)) await b.close();
  await server?.close();
});

async function browser(fonts) {
  browsers[fonts] ??= await launch({ fonts });
  return browsers[fonts];
}

async function live(fonts, path, options = {}) {
  const session = await open(await browser(fonts), server.url, { acceptDownloads: true, ...options });
  await session.page.goto(server.url + path);
  await ready(session.page);
  return session;
}

/**
 * Opens the "Download" disclosure of the chart `selector` starts with ("#chart-x button..."),
 * as a reader would: its buttons are written only once it is open.
 */
async function openMenu(page, selector) {
  const chart = selector.match(/^#chart-[\w-]+/)?.[0];
  if (!chart) return;
  const menu = page.locator(`${chart} details.downloads-more`);
  if (!(await menu.evaluate((d) => d.open))) await page.click(`${chart} .downloads-more > summary`);
}

async function download(page, selector, prefix) {
  await openMenu(page, selector);
  const [file] = await Promise.all([page.waitForEvent('download'), page.click(selector)]);
  const path = join(OUT, `${prefix}-${file.suggestedFilename()}`);
  await file.saveAs(path);
  return { name: file.suggestedFilename(), path };
}

/**
 * The SVG document as this browser draws it: whether it parses, its size, its texts, any
 * reference outside it, and each text's box in the document's own coordinates (the chart's
 * texts inside their viewport scaled to the same).
 */
async function inspect(page, svgText) {
  // In a blank page of the same browser context (its fonts, its colour scheme): the sheet's
  // own pages require Trusted Types, so they refuse a string given to DOMParser.
  const blank = await page.context().newPage();
  try {
    return await inspectIn(blank, svgText);
  } finally {
    await blank.close();
  }
}

function inspectIn(page, svgText) {
  return page.evaluate((t) => {
    const doc = new DOMParser().parseFromString(t, 'image/svg+xml');
    if (doc.querySelector('parsererror')) return { error: true };
    const host = document.createElement('div');
    document.body.append(host);
    host.append(document.importNode(doc.documentElement, true));
    const svg = host.firstElementChild;
    const root = svg.getBoundingClientRect();
    const boxes = [...svg.querySelectorAll('text')].map((el) => {
      const r = el.getBoundingClientRect();
      return { text: el.textContent, x0: r.left - root.left, x1: r.right - root.left, y1: r.bottom - root.top };
    });
    const external = [...svg.querySelectorAll('*')].some(
      (el) => el.hasAttribute('href') || el.hasAttribute('xlink:href') || /url\(/.test(el.getAttribute('style') ?? ''),
    );
    const out = {
      error: false,
      width: +svg.getAttribute('width'),
      height: +svg.getAttribute('height'),
      direction: svg.getAttribute('direction'),
      background: svg.querySelector('rect')?.getAttribute('fill'),
      external,
      // The chart's viewport: how wide the chart is drawn in the image.
      chart: svg.querySelector('svg')?.getBoundingClientRect().width ?? 0,
      families: [...new Set([...svg.querySelectorAll('[font-family]')].map((e) => e.getAttribute('font-family')))],
      boxes,
    };
    host.remove();
    return out;
  }, svgText);
}

/** Draws the SVG at 2× in a canvas and compares it with the downloaded PNG, pixel by pixel. */
function compare(page, svgText, pngBase64) {
  return page.evaluate(
    async ([t, b64]) => {
      const load = async (src) => {
        const img = new Image();
        img.src = src;
        await img.decode();
        return img;
      };
      const png = await load(`data:image/png;base64,${b64}`);
      const svg = await load(URL.createObjectURL(new Blob([t], { type: 'image/svg+xml' })));
      const pixels = (img) => {
        const c = document.createElement('canvas');
        c.width = png.width;
        c.height = png.height;
        const ctx = c.getContext('2d');
        ctx.fillStyle = '#fff';
        ctx.fillRect(0, 0, c.width, c.height);
        ctx.drawImage(img, 0, 0, c.width, c.height);
        return ctx.getImageData(0, 0, c.width, c.height).data;
      };
      const [a, b] = [pixels(png), pixels(svg)];
      let diff = 0;
      for (let i = 0; i < a.length; i += 1) diff += Math.abs(a[i] - b[i]);
      return { width: png.width, height: png.height, mean: diff / a.length };
    },
    [svgText, pngBase64],
  );
}

const cases = [
  { lang: 'en', path: '', card: 'Bilateral trade', sheet: 'China–Pakistan economic cooperation in figures', unit: 'Bilateral trade by year, US$ billion', source: "China's General Administration of Customs (2024)", derived: 'Derived, 2023: US$23.06 bn ÷ (1 + 11.1%)' },
  { lang: 'zh', path: 'zh/', card: '双边贸易', sheet: '中巴经济合作数据一览', unit: '历年双边贸易额（亿美元）', source: '中国海关总署（2024年）', derived: '推算，2023年：' },
  { lang: 'ur', path: 'ur/', card: 'دو طرفہ تجارت', sheet: 'چین پاکستان اقتصادی تعاون: اعداد و شمار کی روشنی میں', unit: 'سال وار دو طرفہ تجارت، ارب امریکی ڈالر', source: 'ذرائع:', derived: 'اخذ شدہ، 2023:' },
];

for (const c of cases) {
  for (const fonts of ['dejavu', 'wide']) {
    test(`${c.lang}, ${fonts} fonts: the trade chart's SVG and PNG stand alone and fit`, async () => {
      const { context, page, problems } = await live(fonts, c.path, { viewport: { width: 1280, height: 900 } });
      const chart = '#chart-trade-by-year';
      const svg = await download(page, `${chart} button:has-text("SVG")`, `${c.lang}-${fonts}`);
      assert.equal(svg.name, 'china-pakistan-trade-2023-2024.svg');
      const text = await readFile(svg.path, 'utf8');
      const doc = await inspect(page, text);
      assert.equal(doc.error, false, 'the SVG parses');
      assert.equal(doc.width, 800, 'a column by default');
      assert.ok(doc.height < doc.width, `landscape: ${doc.width}×${doc.height}`);
      assert.equal(doc.external, false, 'nothing outside the document');
      assert.ok(!/<image|@import|<script|<style/.test(text));
      // The page's fonts for its script (Nastaliq for Urdu, with the page's fallbacks), each
      // family name quoted for an attribute; a generic family last.
      const family = c.lang === 'en' ? 'system-ui, sans-serif' : (await page.$eval('h1', (h) => getComputedStyle(h).fontFamily)).replaceAll('"', "'");
      // Urdu small print (source, formulas) in Naskh, as the printed sheet sets it.
      const naskh = "'Noto Naskh Arabic', 'Segoe UI', Tahoma, 'Geeza Pro', 'Noto Sans', system-ui, sans-serif";
      assert.deepEqual(doc.families.toSorted(), (c.lang === 'ur' ? [family, naskh] : [family]).toSorted(), 'the page fonts, every text of the chart too');
      assert.match(family, /sans-serif$/);
      assert.equal(doc.direction, c.lang === 'ur' ? 'rtl' : null);
      // Lines break at spaces (or, in Chinese, anywhere): compare without them.
      const bare = (t) => t.replace(/\s/g, '');
      const said = bare(doc.boxes.map((b) => b.text).join(''));
      const permalink = `${server.url}${c.path}#trade`;
      for (const part of [c.card, c.unit, c.source, c.derived, c.sheet, permalink]) {
        assert.ok(said.includes(bare(part)), `${part} in the image:\n${said}`);
      }
      // Every text inside the image, in these fonts (the wide ones are half again as wide as
      // DejaVu Sans Bold).
      for (const b of doc.boxes) {
        assert.ok(b.x0 >= 0 && b.x1 <= doc.width, `${JSON.stringify(b.text)} runs ${b.x0.toFixed(1)}..${b.x1.toFixed(1)} of ${doc.width}`);
        assert.ok(b.y1 <= doc.height, `${JSON.stringify(b.text)} below the image`);
      }

      const png = await download(page, `${chart} button:has-text("PNG")`, `${c.lang}-${fonts}`);
      assert.equal(png.name, 'china-pakistan-trade-2023-2024.png');
      const bytes = await readFile(png.path);
      assert.equal(bytes.subarray(1, 4).toString(), 'PNG');
      const same = await compare(page, text, bytes.toString('base64'));
      assert.deepEqual([same.width, same.height], [doc.width * 2, doc.height * 2], 'the PNG is the SVG at 2×');
      assert.ok(same.mean < 1, `the PNG is the SVG drawn (mean difference ${same.mean.toFixed(2)} of 255)`);
      assert.deepEqual(problems.errors, []);
      await context.close();
    });
  }
}

test('a slide, the theme as shown or light for print, and the status line says what was saved', async () => {
  const { context, page } = await live('noto', '?theme=dark', { viewport: { width: 1280, height: 900 } });
  const chart = '#chart-karot-energy';
  await page.click(`${chart} .downloads-more > summary`);
  await page.click(`${chart} .image-options summary`);
  await page.click(`${chart} label[for="karot-energy-size-1"]`);
  const dark = await download(page, `${chart} button:has-text("SVG")`, 'slide-dark');
  const shown = await inspect(page, await readFile(dark.path, 'utf8'));
  assert.deepEqual([shown.width, shown.height], [1200, 675], 'a 16:9 slide');
  // The chart fills the slide's width (drawn again for it, not the page's drawing scaled).
  // Its height is the room between the texts, in the fonts this browser has.
  assert.ok(shown.chart > 960, `the chart is ${shown.chart.toFixed(0)} px wide of 1200`);
  assert.equal(shown.background, '#15171a', 'dark, as the page shows it');
  await page.locator('.status', { hasText: `Saved ${dark.name}` }).waitFor();

  await page.click(`${chart} label[for="karot-energy-colours-1"]`);
  const light = await download(page, `${chart} button:has-text("PNG")`, 'slide-light');
  const bytes = await readFile(light.path);
  assert.equal(bytes.readUInt32BE(16), 2400, 'a slide at 2×');
  assert.deepEqual((await pngStats(page, bytes)).corner, [255, 255, 255, 255], 'light for print');

  // The page's own theme by the system: "as shown" follows it.
  await context.close();
  const sys = await live('noto', '', { colorScheme: 'dark' });
  const auto = await download(sys.page, '#chart-cpec-km button:has-text("SVG")', 'system-dark');
  assert.equal((await inspect(sys.page, await readFile(auto.path, 'utf8'))).background, '#15171a');
  await sys.context.close();
});

test('CSV as shown and CSV in the data file units, after a unit switch', async () => {
  const { context, page } = await live('noto', '?money=usd-mn');
  const chart = '#chart-trade-by-year';
  const shown = await download(page, `${chart} button:has-text("CSV, as shown")`, 'csv');
  assert.equal(shown.name, 'china-pakistan-trade-2023-2024-as-shown.csv');
  const a = (await readFile(shown.path, 'utf8')).trim().split('\n');
  assert.match(a[0], /^# .*Source: .*China's General Administration of Customs \(2024\)/);
  assert.deepEqual(a.slice(1), ['label,value (US$ million),origin', '2023,20800,derived', '2024,23060,reported']);
  const stored = await download(page, `${chart} button:has-text("CSV, data file units")`, 'csv');
  assert.equal(stored.name, 'china-pakistan-trade-2023-2024.csv');
  const b = (await readFile(stored.path, 'utf8')).trim().split('\n');
  assert.match(b[0], /^# .*Source: /);
  assert.deepEqual(b.slice(1), ['label,value (US$ billion),origin', '2023,20.8,derived', '2024,23.06,reported']);
  await context.close();
});
