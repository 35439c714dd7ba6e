// The printed fact sheet: at most two A4 or Letter pages by default (title, the address and
// date it was printed, the key figures, every chart with its legend and source line, the
// formulas), and with "Print everything" an appendix of tables, sources and quotes. No page or
// column ends on a heading. Read from the PDFs Chromium prints, with poppler's pdftotext.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { OUT, open, ready, site } from './support.mjs';

const env = site();

/** Each page's lines: text, and where they sit (points). */
function pages(file) {
  const xml = execFileSync('pdftotext', ['-bbox-layout', file, '-'], { encoding: 'utf8', maxBuffer: 1 << 26 });
  return [...xml.matchAll(/<page width="([\d.]+)" height="([\d.]+)">([\s\S]*?)<\/page>/g)].map(([, w, h, body]) => ({
    width: +w,
    height: +h,
    lines: [...body.matchAll(/<line xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([\s\S]*?)<\/line>/g)].map(
      ([, x0, y0, x1, y1, words]) => ({
        x0: +x0,
        y0: +y0,
        x1: +x1,
        y1: +y1,
        text: [...words.matchAll(/<word[^>]*>([^<]*)<\/word>/g)]
          .map((m) => m[1].replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"'))
          .join(' '),
      }),
    ),
  }));
}

/** The print stylesheet's @page margin, top and bottom, in points (11 mm). */
const MARGIN = (11 / 25.4) * 72;

/**
 * How much of a page's printable height its shorter column fills: from its first line's top
 * to its last line's foot (a line across the middle, the publisher line, counts for both).
 * A page with a short column, or only a few lines at its top, scores low; a chart with
 * no text of its own in the middle of a column still counts, as it fills the paper.
 */
function used(page) {
  const mid = page.width / 2;
  const spans = [page.lines.filter((l) => l.x0 < mid), page.lines.filter((l) => l.x1 > mid)].map((c) =>
    c.length === 0 ? 0 : Math.max(...c.map((l) => l.y1)) - Math.min(...c.map((l) => l.y0)),
  );
  return Math.min(...spans) / (page.height - 2 * MARGIN);
}

const bare = (t) => t.replace(/\s+/g, '').replace(/[\u200e\u200f]/g, '').toLowerCase();

/**
 * The last line of each column of each page that is a heading, or the last words of one. A
 * page with a line across its middle is one column (the appendix); there a line that shares its
 * height with another is a table row, whatever its words.
 */
function orphans(doc, headings) {
  const found = [];
  doc.forEach((page, i) => {
    const mid = page.width / 2;
    const single = page.lines.some((l) => l.x0 < mid - 20 && l.x1 > mid + 20);
    const columns = single
      ? [page.lines]
      : [page.lines.filter((l) => (l.x0 + l.x1) / 2 < mid), page.lines.filter((l) => (l.x0 + l.x1) / 2 >= mid)];
    for (const column of columns) {
      if (column.length === 0) continue;
      const last = column.reduce((a, b) => (b.y1 > a.y1 ? b : a));
      const row = column.some((l) => l !== last && Math.abs(l.y0 - last.y0) < 2);
      const t = bare(last.text);
      const heading = t.length > 1 && headings.some((h) => h === t || (h.endsWith(t) && t.length > 3));
      if (heading && !row) found.push(`page ${i + 1}: ${last.text}`);
    }
  });
  return found;
}

/** Whether a line that starts `title` has, on its page and in its column, a line of `legend` below it. */
function together(doc, title, legend) {
  const [t, g] = [bare(title), bare(legend)];
  return doc.some((page) =>
    page.lines.some((l) => {
      const head = bare(l.text);
      if (head.length < Math.min(6, t.length) || !t.startsWith(head)) return false;
      const x = (l.x0 + l.x1) / 2;
      return page.lines.some((m) => m.y0 > l.y0 && Math.abs((m.x0 + m.x1) / 2 - x) < page.width / 3 && g.startsWith(bare(m.text).slice(0, 6)) && bare(m.text).length >= 4);
    }),
  );
}

const cases = [
  ['', /Printed from http:\/\/127\.0\.0\.1:\d+\/\S* on \d{1,2} [A-Z][a-z]+ 20\d\d/, 'Appendix: tables, sources and quotes'],
  ['zh/', /20\d\d年\d{1,2}月\d{1,2}日打印自 http:\/\/127\.0\.0\.1:\d+\/zh\/\S*/, '附录：表格、来源和引文'],
  ['ur/', /http:\/\/127\.0\.0\.1:\d+\/ur\//, null],
];

for (const [path, printed, appendix] of cases) {
  test(`print (${path || 'en'}): two pages in A4 and Letter, everything with an appendix, no heading left at a foot`, async () => {
    const { context, page } = await open(env.browser, env.server.url);
    await page.goto(env.server.url + path + '?trade=table&theme=dark');
    await ready(page);
    // What counts as a heading: the page's headings, the charts' titles, the formulas' labels.
    await page.emulateMedia({ media: 'print' });
    const headings = await page.$$eval('h1, h2, h3, h4, .chart-title, .formula-label', (hs) =>
      hs.filter((h) => h.offsetParent !== null).map((h) => h.textContent.replace(/\s+/g, '').replace(/[\u200e\u200f]/g, '').toLowerCase()),
    );
    assert.ok(headings.length > 10, `${headings.length} headings`);
    const charts = await page.$$eval('.chart', (cs) =>
      // A chart of one kind of bar has no legend: its last drawn label stands at its foot; a
      // figure alone (jobs, megawatts) ends with its label.
      cs.map((c) => [
        c.querySelector('.chart-title').textContent,
        c.querySelector('.legend li')?.textContent ??
          c.querySelector('.figure-label')?.textContent ??
          [...c.querySelectorAll('.chart-svg svg text')].map((t) => t.textContent.trim()).filter(Boolean).at(-1) ?? '',
      ]),
    );
    await page.emulateMedia({ media: null });
    const tag = path.replace('/', '') || 'en';

    for (const format of ['A4', 'Letter']) {
      const file = join(OUT, `print-${tag}-${format}.pdf`);
      await page.pdf({ format, path: file });
      const doc = pages(file);
      assert.ok(doc.length <= 2, `${format}: ${doc.length} pages`);
      assert.equal(doc.length, 2, `${format}: the sheet takes both sides`);
      assert.ok(used(doc[1]) >= 0.5, `${format}: page 2 is ${Math.round(used(doc[1]) * 100)} % used`);
      const first = doc[0].lines.map((l) => l.text).join('\n');
      assert.match(first, printed, 'the address and the date it was printed');
      const all = bare(doc.flatMap((p) => p.lines.map((l) => l.text)).join(''));
      // Every chart's title is printed (its legend and source line with it: break-inside).
      for (const title of await page.$$eval('.chart-title', (ts) => ts.map((t) => t.textContent))) {
        assert.ok(all.includes(bare(title)) || path === 'ur/', `${format}: ${title} printed`);
      }
      assert.deepEqual(orphans(doc, headings), [], `${format}: a heading at the foot of a column`);
      // No chart split across pages: its title and its legend on one page, in one column.
      if (path !== 'ur/') {
        for (const [title, legend] of charts) {
          assert.ok(together(doc, title, legend), `${format}: "${title}" and its legend "${legend}" together`);
        }
      }
    }

    await page.click('label[for="print-all"]');
    for (const format of ['A4', 'Letter']) {
      const file = join(OUT, `print-${tag}-all-${format}.pdf`);
      await page.pdf({ format, path: file });
      const doc = pages(file);
      assert.ok(doc.length > 2 && doc.length <= 16, `${format}, everything: ${doc.length} pages`);
      if (appendix) {
        assert.equal(bare(doc[2].lines[0].text), bare(appendix), 'the appendix starts the third page');
      }
      const rest = doc.slice(2).flatMap((p) => p.lines.map((l) => l.text)).join(' ');
      // The tables, the quotes and the timeline's events, in the appendix.
      for (const t of path === '' ? ['Highways added', 'According to China Three Gorges Corporation', 'Free trade agreement signed'] : ['510', '2006']) {
        assert.ok(bare(rest).includes(bare(t)), `${format}: ${t} in the appendix`);
      }
      assert.deepEqual(orphans(doc, headings), [], `${format}, everything: a heading at the foot of a column`);
    }
    // Unchosen, the appendix is gone again.
    await page.click('label[for="print-all"]');
    assert.equal(await page.$eval('#print-appendix', (a) => a.childElementCount), 0);
    await context.close();
  });
}

// The key figures and the figure tiles read as values with captions: every label prints
// smaller than its value, in every language.
for (const path of ['', 'zh/', 'ur/']) {
  test(`print (${path || 'en'}): labels smaller than their values`, async () => {
    const { context, page } = await open(env.browser, env.server.url);
    await page.goto(env.server.url + path);
    await ready(page);
    await page.emulateMedia({ media: 'print' });
    const pairs = await page.$$eval('.kf, .figure-tile', (items) =>
      items.map((item) => {
        const size = (sel) => parseFloat(getComputedStyle(item.querySelector(sel)).fontSize);
        const [value, label] = item.classList.contains('kf') ? ['.kf-value', '.kf-label'] : ['.figure-value', '.figure-label'];
        return [item.textContent.trim().slice(0, 30), size(value), size(label)];
      }),
    );
    assert.ok(pairs.length >= 7, `${pairs.length} figures`);
    for (const [what, value, label] of pairs) assert.ok(label < value, `${what}: label ${label} px, value ${value} px`);
    await context.close();
  });
}

/**
 * Overlaps between the word boxes of the Urdu PDF (`pdftotext -bbox`), words of one line
 * apart: Nastaliq joins and stacks its letters across word boundaries, so neighbours on one
 * line (boxes of the same top and foot, to 0.5 pt) overlap by design. Boxes are the font's
 * own ascent and descent (2.5 em for Noto Nastaliq Urdu), the room its tallest letters need;
 * 0.5 pt either way is rounding.
 */
function collisions(file) {
  const xml = execFileSync('pdftotext', ['-bbox', file, '-'], { encoding: 'utf8', maxBuffer: 1 << 26 });
  const found = [];
  [...xml.matchAll(/<page[^>]*>([\s\S]*?)<\/page>/g)].forEach(([, body], i) => {
    const words = [...body.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</g)].map(
      ([, x0, y0, x1, y1, text]) => ({ x0: +x0, y0: +y0, x1: +x1, y1: +y1, text }),
    );
    for (const [k, a] of words.entries()) {
      for (const b of words.slice(k + 1)) {
        const line = Math.abs(a.y0 - b.y0) < 0.5 && Math.abs(a.y1 - b.y1) < 0.5;
        const x = Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0);
        const y = Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0);
        if (!line && x > 0.5 && y > 0.5) found.push(`page ${i + 1}: ${a.text} / ${b.text}`);
      }
    }
  });
  return found;
}

test('print (ur): no two lines of the Urdu sheet collide', {
  // Measured: with lines of 2.5 em (the font's own) and text at 7.5 pt, the sheet runs to three
  // pages and ~800 boxes still overlap, as Nastaliq raises words off the baseline; at 1.6 em it
  // keeps to two pages and ~2,000 overlap.
  todo: 'Nastaliq word boxes need lines taller than 2.5 em, which two pages cannot hold',
}, async () => {
  const { context, page } = await open(env.browser, env.server.url);
  await page.goto(env.server.url + 'ur/');
  await ready(page);
  for (const format of ['A4', 'Letter']) {
    const file = join(OUT, `print-ur-words-${format}.pdf`);
    await page.pdf({ format, path: file });
    const found = collisions(file);
    assert.deepEqual(found.slice(0, 10), [], `${format}: ${found.length} word boxes overlap`);
  }
  await context.close();
});
