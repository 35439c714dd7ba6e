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
 * The ink of every word of the sheet as laid out for print at `width` CSS px (the printable
 * width of the paper), and where each line's baseline really is. Runs in the page.
 *
 * A word's box from Range.getClientRects() is its font's full ascent and descent (2.5 em for
 * Noto Nastaliq Urdu), far more than its letters: the ink is taken instead from the canvas's
 * measureText() of the word in the element's font, its actualBoundingBox around the point
 * where the canvas would draw it (the rect's left, on the baseline). The baseline is the rect's top plus the font's ascent (fontBoundingBoxAscent),
 * checked against a zero-size inline-block set on the baseline just before each text node:
 * `probes` lists the text nodes where the two disagree by more than 1 px.
 */
function inks() {
  const canvas = document.createElement('canvas').getContext('2d');
  const words = [];
  const probes = { checked: 0, worst: 0, off: [] };
  const walker = document.createTreeWalker(document.querySelector('.sheet'), NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const el = node.parentElement;
    // The charts' drawings are scaled pictures; their labels are measured by chart-sizes.
    if (el.closest('svg')) continue;
    const css = getComputedStyle(el);
    if (css.visibility !== 'visible' || !/\S/.test(node.data)) continue;
    canvas.font = `${css.fontStyle} ${css.fontWeight} ${css.fontSize} ${css.fontFamily}`;
    canvas.direction = css.direction;
    canvas.textAlign = 'left';
    const ascent = canvas.measureText('').fontBoundingBoxAscent;
    const where = el.closest('[id], [class]');
    const label = where ? `${where.localName}${where.id ? '#' + where.id : '.' + [...where.classList].join('.')}` : el.localName;
    let first = null;
    for (const m of node.data.matchAll(/\S+/g)) {
      const range = document.createRange();
      range.setStart(node, m.index);
      range.setEnd(node, m.index + m[0].length);
      const rects = [...range.getClientRects()].filter((r) => r.width > 0 && r.height > 0);
      if (rects.length === 0) continue;
      // A word broken over two lines has no single baseline (bidi runs of one line do).
      if (rects.some((r) => Math.abs(r.top - rects[0].top) > 1)) continue;
      const ink = canvas.measureText(m[0]);
      const baseline = rects[0].top + ascent;
      const x = Math.min(...rects.map((r) => r.left));
      const word = {
        text: m[0],
        where: label,
        font: canvas.font,
        direction: css.direction,
        x,
        baseline,
        x0: x - ink.actualBoundingBoxLeft,
        x1: x + ink.actualBoundingBoxRight,
        y0: baseline - ink.actualBoundingBoxAscent,
        y1: baseline + ink.actualBoundingBoxDescent,
      };
      words.push(word);
      first ??= { start: m.index, end: m.index + m[0].length, word };
    }
    if (!first) continue;
    // The probe sits on the baseline of the line the text node starts on: its foot is that
    // baseline. It may move the lines (it is a break opportunity), so the word is measured
    // again with it in place, then it goes. In a flex or grid container the text is an
    // anonymous item of its own and a probe beside it would be another item: there both go
    // into a span, which is such an item.
    const probe = document.createElement('span');
    probe.style.cssText = 'display:inline-block;width:0;height:0;vertical-align:baseline;margin:0;padding:0;border:0';
    const wrap = /flex|grid/.test(css.display) ? document.createElement('span') : null;
    if (wrap) {
      node.replaceWith(wrap);
      wrap.append(probe, node);
    } else {
      el.insertBefore(probe, node);
    }
    const range = document.createRange();
    range.setStart(node, first.start);
    range.setEnd(node, first.end);
    const rect = range.getClientRects()[0];
    const foot = probe.getBoundingClientRect().bottom;
    probe.remove();
    wrap?.replaceWith(node);
    // Only where the word is still on the probe's line (the probe may have wrapped alone).
    if (!rect || foot < rect.top || foot > rect.bottom) continue;
    const top = rect.top;
    probes.checked++;
    probes.worst = Math.max(probes.worst, Math.abs(top + ascent - foot));
    if (Math.abs(top + ascent - foot) > 1) probes.off.push(`${first.word.where} "${first.word.text}": ${(top + ascent - foot).toFixed(2)} px`);
  }
  return { words, probes };
}

/**
 * Pairs of words on different lines (baselines over 2 px apart) whose letters touch. Runs in
 * the page. Candidates are the pairs whose ink boxes overlap by more than 0.5 px both ways;
 * but a Nastaliq word slopes down from its first letter to its last, so its box holds much
 * paper its letters do not: each candidate pair is drawn, each word alone, on a canvas at 4
 * device px a CSS px, over the two boxes' overlap, and it collides if more than one device
 * pixel is over half covered by both. Returns how many boxes overlapped and the collisions.
 */
function touching(words) {
  const S = 4;
  const ctx = document.createElement('canvas').getContext('2d', { willReadFrequently: true });
  const cover = (w, x0, y0, width, height) => {
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.clearRect(0, 0, width, height);
    ctx.setTransform(S, 0, 0, S, -x0 * S, -y0 * S);
    ctx.font = w.font;
    ctx.direction = w.direction;
    ctx.textAlign = 'left';
    ctx.textBaseline = 'alphabetic';
    ctx.fillText(w.text, w.x, w.baseline);
    return ctx.getImageData(0, 0, width, height).data;
  };
  const sorted = [...words].sort((a, b) => a.y0 - b.y0);
  let boxes = 0;
  const found = [];
  for (const [k, a] of sorted.entries()) {
    for (const b of sorted.slice(k + 1)) {
      if (b.y0 >= a.y1 - 0.5) break;
      if (Math.abs(a.baseline - b.baseline) <= 2) continue;
      const [x0, x1] = [Math.max(a.x0, b.x0), Math.min(a.x1, b.x1)];
      const [y0, y1] = [Math.max(a.y0, b.y0), Math.min(a.y1, b.y1)];
      if (x1 - x0 <= 0.5 || y1 - y0 <= 0.5) continue;
      boxes++;
      const [width, height] = [Math.ceil((x1 - x0) * S), Math.ceil((y1 - y0) * S)];
      ctx.canvas.width = Math.max(ctx.canvas.width, width);
      ctx.canvas.height = Math.max(ctx.canvas.height, height);
      const [p, q] = [cover(a, x0, y0, width, height), cover(b, x0, y0, width, height)];
      let both = 0;
      for (let i = 3; i < p.length; i += 4) if (p[i] > 127 && q[i] > 127) both++;
      if (both > 1) {
        found.push(`${a.where} "${a.text}" / ${b.where} "${b.text}" at (${Math.round(x0)}, ${Math.round(y0)}): ${(both / S / S).toFixed(2)} px²`);
      }
    }
  }
  return { boxes, found };
}

/** Printable width in CSS px: the paper less the @page margins, 12 mm each side. */
const PRINTABLE = { A4: ((210 - 24) * 96) / 25.4, Letter: ((215.9 - 24) * 96) / 25.4 };

// The letters of one line of the Urdu sheet never touch those of another: Nastaliq's tall
// letters and low swashes need the room print's tight lines do not give Latin. Before the small
// print was set in Naskh, 44 pairs touched on A4 and 43 on Letter (kaf and gaf under the tails
// of formulas' and sources' lines at 1.6); Nastaliq lines tall enough for them (2.2 and more)
// pushed the Letter sheet to three pages, which the test checks too.
test('print (ur): no two lines of the Urdu sheet collide', async () => {
  const { context, page } = await open(env.browser, env.server.url);
  await page.goto(env.server.url + 'ur/');
  await ready(page);
  for (const format of ['A4', 'Letter']) {
    const file = join(OUT, `print-ur-ink-${format}.pdf`);
    await page.pdf({ format, path: file });
    assert.equal(pages(file).length, 2, `${format}: two pages`);
    await page.setViewportSize({ width: Math.round(PRINTABLE[format]), height: 1000 });
    await page.emulateMedia({ media: 'print' });
    const { words, probes } = await page.evaluate(inks);
    const { boxes, found } = await page.evaluate(touching, words);
    await page.emulateMedia({ media: null });
    assert.ok(words.length > 500, `${format}: ${words.length} words measured`);
    assert.ok(probes.checked > 50, `${format}: ${probes.checked} baselines checked`);
    assert.deepEqual(probes.off, [], `${format}: a baseline measured where it is not`);
    assert.deepEqual(found.slice(0, 10), [], `${format}: ${found.length} pairs of words collide (of ${boxes} whose ink boxes overlap)`);
  }
  await context.close();
});
