// The byte budget: the release wasm and JS that a reader downloads, brotli-compressed
// (quality 11, as bench/server.mjs precompresses them), may not exceed the budget set from
// the measurement in README ("Sizes and times") plus a small headroom. Each language's page
// loads a wasm of its own (only its strings and dataset); mount.js loads the one with all
// three languages.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import { DIST } from './support.mjs';

// History (brotli bytes). 2026-11-28, three languages in one wasm: wasm 167,213 B, JS (glue +
// loader) 8,020 B; English alone 148,327 B. 2026-12-02: tooltips measured in the reader's
// fonts (+880 B wasm, +150 B glue), talc as the allocator (-1,958 B) and tracing compiled out
// (-196 B): wasm 167,241 B, JS 8,303 B. Then islands (a store, a hydrator, a root per island:
// +2.5 KB wasm, +130 B glue) and the loader's replay of controls pressed before the app runs
// (+416 B): wasm 169,740 B, JS 8,851 B. Then one wasm per language: English 161,143 B,
// Chinese 163,197 B, Urdu 163,935 B (each also holds the English dataset, for the JSON export
// "in English as published"); JS 8,845-8,858 B. 2026-12-04: precision from interval
// arithmetic, "about", 亿 in Chinese tables, ہزار, inferred dates (+1.9 KB, half of it text;
// cards adopting the pre-rendered charts cost +1.8-2.5 KB more and were dropped, see
// docs/performance.md): English 163,026 B, Chinese 165,562 B, Urdu 166,699 B, all three
// 173,336 B. Each language's glue minified with terser: JS 8,850 -> about 7,150 B. About
// 0.4 % headroom: a new feature has to say what it costs. Later that day, what std brought in
// for a line each: float parsing (its tables: about 15 KB brotli; two calls read text instead),
// slice::sort's general algorithm (three copies), libm's pow and plotters lowercasing a
// font-family name: English 142,766 B, Chinese 145,514 B, Urdu 147,869 B, all three
// 154,801 B. Then compact embeds (disclosures, the Embed dialog's full-card choice and the
// layout it sets: +1.4 KB), the Data section's texts (+0.5 KB) and the timeline's "Today" in
// the page's language: English 145,070 B, Chinese 148,038 B, Urdu 150,327 B, all three
// 157,499 B. Then "Cite this" (APA 7 and Chicago in three languages with the reader's date,
// BibTeX, RIS and CSL-JSON written in the browser, the control on the page and each card:
// +5.5 KB): English 151,004 B, Chinese 153,509 B, Urdu 156,273 B, all three 163,602 B.
// Then downloads that stand alone (the image's frame laid out and wrapped in the core, text
// measured in the reader's fonts, the size and colour choices, the data file's CSV: +8.0 KB):
// English 158,958 B, Chinese 161,527 B, Urdu 162,296 B, all three 169,796 B. Then the
// printed sheet's controls (Print, "Print everything" and the appendix copied from the panels,
// the printed date: +1.5 KB): English 160,421 B, Chinese 163,226 B, Urdu 164,011 B, all three
// 171,180 B. With "Cite this" in full-card embeds, brotli moved by up to 0.3 KB for 7 raw bytes
// (English 160,499 B, Chinese 163,442 B, Urdu 164,366 B, all three 171,997 B): about 0.4 %
// headroom again. 2026-12-07, Trusted Types (issue 29): raw HTML became a component that adopts
// its pre-rendered nodes while hydrating and otherwise places nodes parsed through the one
// policy, `factsheet` (the policy, its bindings and the component: +1.1-1.5 KB; the glue
// +0.1 KB). Measured against the same build without it: English 160,726 -> 162,177 B, Chinese
// 163,460 -> 164,840 B, Urdu 164,461 -> 165,529 B, all three 171,676 -> 173,146 B; JS 7,313
// -> 7,418 B. About 0.4 % headroom again. Then issue 28's truth of sources and issue 31's
// first screen (+2.8-3.3 KB, most of it text and the formats that now exist in each dataset):
// citations of real works (a context figure's headline, date and site; the article's quoted
// publishers "as cited in"; "[date inferred]" in APA, Chicago, BibTeX, RIS and CSL-JSON), the
// one-sided range templates of bounded values, context bars drawn and keyed as context, the
// inferred dates of two events with their reasons, the native readers' longer Chinese and
// Urdu texts, and the link to the view options: English 165,002 B, Chinese 167,476 B, Urdu
// 168,519 B, all three 176,423 B. About 0.4 % headroom again. 2026-12-08, issue 31's charts
// first (+10.2-10.9 KB, about half of it the timeline): every chart drawn at two widths with
// its own hit areas and the view picking the drawing shown, the growth bracket, titles built
// from the figures in three languages, the jobs and megawatt figures (tile and image glyph),
// and the timeline that reads alone (labels wrapped and spread apart with leaders, the axis
// break, shared quotes): English 175,251 B, Chinese 178,248 B, Urdu 179,272 B, all three
// 187,403 B. Then the timeline's labels sorted with the page's insertion sort (slice::sort's
// general algorithm again: -3 KB) and the hatching as one polyline per bar: English
// 172,848 B, Chinese 175,843 B, Urdu 176,977 B, all three 185,254 B. About 0.4 % headroom
// again; issue 30's scene (no parse-back) should win some back. Issue 31's embeds of one
// chart each (+1.3-1.4 KB, measured against the build before them: English 173,103 ->
// 174,413 B, Chinese 175,936 -> 177,342 B, Urdu 176,967 -> 178,299 B, all three 185,217 ->
// 186,541 B): three embed keys, a card view cut to one chart, the Embed dialog's choice of
// the whole card or one chart (its radios about 0.55 KB) and its codes; the budgets rise by
// as much, keeping the headroom they had. Then issue 31's images and lighter page (+2.3 KB):
// a chart keeps its drawing data (`chart::Spec`, with its Clone and PartialEq) so that a slide
// draws it again for its 16:9 room; the images' kicker, headline and foot line and each
// language's fonts; gridlines broken around value labels; Download menus and image options
// written when opened (`use_disclosure`); quotes shown once in Method and sources (a
// `slice::sort_unstable` there cost 3 KB and became the page's insertion sort), then Urdu
// small print in Naskh in the images and Chinese line-start rules (+0.5 KB): English
// 176,938 B, Chinese 180,084 B, Urdu 180,957 B, all three 189,294 B. About 0.2-0.3 %
// headroom.
const ALL_LANGUAGES = { wasm: 189_650, js: 9_100 };
const PAGES = {
  '': { wasm: 177_300, js: 7_500 },
  'zh/': { wasm: 180_600, js: 7_500 },
  'ur/': { wasm: 181_450, js: 7_500 },
};

const br = async (file) =>
  brotliCompressSync(await readFile(join(DIST, file)), { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

/** The wasm, glue and boot script a page loads, from its HTML and its boot script. */
async function assetsOf(page) {
  const html = await readFile(join(DIST, page, 'index.html'), 'utf8');
  const boot = html.match(/src="(?:\.\.\/|\.\/)(boot-[0-9a-f]+\.js)"/)[1];
  const loader = await readFile(join(DIST, boot), 'utf8');
  const glue = loader.match(/import\('\.\/(cpec-factsheet-[\w-]+\.js)'\)/)[1];
  const wasm = loader.match(/new URL\('\.\/(cpec-factsheet-[\w-]+_bg\.wasm)'/)[1];
  return { html, boot, glue, wasm };
}

for (const [page, budget] of Object.entries(PAGES)) {
  test(`the ${page || 'English '}page loads its own wasm, within its brotli byte budget`, async () => {
    const { html, boot, glue, wasm } = await assetsOf(page);
    const sizes = { wasm: await br(wasm), js: (await br(glue)) + (await br(boot)) };
    for (const kind of ['wasm', 'js']) {
      assert.ok(sizes[kind] <= budget[kind], `${page}: ${kind} ${sizes[kind]} bytes brotli, over the budget of ${budget[kind]} bytes`);
    }
    // The page preloads what its loader fetches, and nothing of another language.
    assert.ok(html.includes(`${wasm}" as="fetch"`), 'the wasm is preloaded');
    assert.ok(html.includes(`href="${page ? '../' : './'}${glue}"`), 'the glue is preloaded');
    const others = Object.keys(PAGES).filter((p) => p !== page);
    for (const other of others) {
      const theirs = await assetsOf(other);
      assert.notEqual(theirs.wasm, wasm, `${other} loads another wasm`);
      assert.ok(!html.includes(theirs.wasm) && !html.includes(theirs.glue), `nothing of ${other} on ${page}`);
    }
  });
}

test('mount.js loads the wasm with every language, within its budget', async () => {
  const mount = await readFile(join(DIST, 'mount.js'), 'utf8');
  const glue = mount.match(/import\('\.\/(cpec-factsheet-[0-9a-f]+\.js)'\)/)[1];
  const wasm = mount.match(/new URL\('\.\/(cpec-factsheet-[0-9a-f]+_bg\.wasm)'/)[1];
  const sizes = { wasm: await br(wasm), js: (await br(glue)) + (await br('mount.js')) };
  for (const kind of ['wasm', 'js']) {
    assert.ok(sizes[kind] <= ALL_LANGUAGES[kind], `mount: ${kind} ${sizes[kind]} bytes brotli, over ${ALL_LANGUAGES[kind]}`);
  }
});
