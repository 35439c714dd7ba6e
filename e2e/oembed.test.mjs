// oEmbed: a build that knows its address (FACTSHEET_URL) links an oEmbed document from every
// page; a real consumer (unfurl.js, which finds it by discovery from the page's address) gets
// the embed code, and that code, pasted into a host page on another origin, loads the card
// and sizes itself (embed.js). The build is a second one, into target/e2e/oembed-dist, with one
// wasm (FACTSHEET_ONE_WASM=1): the cargo build is cached, so it takes seconds to a minute.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { unfurl } from 'unfurl.js';
import { freePort, launch, open, serve, walkEmbed, OUT } from './support.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const BUILT = join(OUT, 'oembed-dist');
let app;
let host;
let browser;
let hostDir;

before(async () => {
  const port = await freePort();
  const site = `http://127.0.0.1:${port}/`;
  await rm(BUILT, { recursive: true, force: true });
  await promisify(execFile)('trunk', ['build', '--release', '--dist', BUILT], {
    cwd: ROOT,
    env: { ...process.env, FACTSHEET_URL: site, FACTSHEET_ONE_WASM: '1', TRUNK_SKIP_VERSION_CHECK: 'true' },
    maxBuffer: 64 * 1024 * 1024,
  });
  hostDir = await mkdtemp(join(tmpdir(), 'oembed-host-'));
  [app, host, browser] = await Promise.all([serve(BUILT, { port }), serve(hostDir), launch()]);
});

after(() => Promise.all([browser, host, app].map((x) => x?.close())));

const PAGES = [
  ['', 'oembed-all.json', 'all'],
  ['embed-trade.html', 'oembed-trade.json', 'trade'],
  ['zh/embed-karot.html', 'zh/oembed-karot.json', 'karot'],
  // One chart of a card with several: its own document, its card's preview as thumbnail.
  ['ur/embed-cpec-capacity.html', 'ur/oembed-cpec-capacity.json', 'cpec-capacity'],
  ['ur/', 'ur/oembed-all.json', 'all'],
];

for (const [page, doc, card] of PAGES) {
  test(`unfurl.js discovers the oEmbed document of /${page}`, async () => {
    const found = await unfurl(`${app.url}${page}`, { oembed: true, follow: 0 });
    const o = found.oEmbed;
    assert.ok(o, `an oEmbed document was discovered from /${page}`);
    assert.equal(o.type, 'rich');
    assert.equal(o.version, '1.0');
    assert.equal(o.width, 640);
    assert.ok(o.height > 300, `height ${o.height}`);
    const expected = JSON.parse(await readFile(join(BUILT, doc), 'utf8'));
    assert.equal(o.html, expected.html, `the document is ${doc}`);
    assert.match(o.html, new RegExp(`data-cpec-factsheet="${card}"`));
    assert.ok(o.html.includes(`src="${app.url}embed.js"`), o.html);
    for (const u of [o.provider_url, o.thumbnail_url ?? o.thumbnails?.[0]?.url]) {
      assert.ok(u?.startsWith(app.url), `absolute: ${u}`);
    }
    if (card.startsWith('cpec-')) assert.match(expected.thumbnail_url, /\/og-cpec\.png$/, 'its card\'s preview');
    const thumb = await fetch(expected.thumbnail_url);
    assert.equal(thumb.status, 200);
    assert.equal(thumb.headers.get('content-type'), 'image/png');
  });
}

test('the discovered embed code, pasted into a page on another origin, loads the card and sizes it', async () => {
  const found = await unfurl(`${app.url}embed-trade.html`, { oembed: true, follow: 0 });
  await writeFile(
    join(hostDir, 'article.html'),
    `<!doctype html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Article</title></head><body><h1>An article</h1>${found.oEmbed.html}</body></html>`,
  );
  const { context, page, problems } = await open(browser, host.url, { viewport: { width: 720, height: 900 } });
  await page.goto(`${host.url}article.html`);
  const iframe = page.locator('iframe[data-cpec-factsheet="trade"]');
  await iframe.scrollIntoViewIfNeeded();
  const frame = await (await iframe.elementHandle()).contentFrame();
  await frame.waitForFunction(() => document.body.dataset.ready === '1', null, { timeout: 15000 });
  assert.ok(await frame.locator('.card').count() >= 1, 'the card is in the frame');
  // embed.js replaces the code's first guess with the card's own height.
  const guess = /height: (\d+)px/.exec(found.oEmbed.html)?.[1];
  assert.equal(Number(guess), found.oEmbed.height, 'the code starts at the document\'s height');
  await page.waitForFunction(
    (first) => {
      const f = document.querySelector('iframe[data-cpec-factsheet="trade"]');
      return f && f.style.height !== `${first}px`;
    },
    guess,
    { timeout: 15000 },
  );
  const [height, content] = await Promise.all([
    iframe.evaluate((f) => f.getBoundingClientRect().height),
    frame.evaluate(() => document.documentElement.scrollHeight),
  ]);
  assert.ok(Math.abs(height - content) <= 2, `iframe ${height} px for ${content} px of card`);
  // And as the other forms (e2e/embed-forms.test.mjs): wide, narrow, after a tab switch.
  await walkEmbed(page, iframe, 'trade');
  assert.deepEqual(problems.errors, []);
  await context.close();
});
