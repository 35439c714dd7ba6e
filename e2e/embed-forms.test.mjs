// Every documented embed form, in a host page on another origin with embed.js, as a reader
// sees it: the iframe starts at 300 px (the README's example) and embed.js makes it exactly as
// tall as its card, wide and at 360 px, and again after a tab switch changes the card's height.
// Issue 27: `?embed=<card>` on the sheet's own address never reported its height.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve, launch, open, walkEmbed } from './support.mjs';

let app;
let host;
let browser;
let hostDir;

before(async () => {
  app = await serve();
  hostDir = await mkdtemp(join(tmpdir(), 'factsheet-forms-'));
  host = await serve(hostDir);
  browser = await launch();
});

after(() => Promise.all([browser, host, app].map((x) => x?.close())));

// [the iframe's address relative to the sheet's root, its embed's key, the card (when not the key)]
const FORMS = [
  ['embed-trade.html', 'trade'],
  ['?embed=trade', 'trade'],
  ['zh/embed-trade.html', 'trade'],
  ['zh/?embed=karot', 'karot'],
  ['ur/embed-karot.html', 'karot'],
  ['ur/?embed=trade', 'trade'],
  ['embed-karot.html?layout=full', 'karot'],
  ['?embed=trade&layout=full', 'trade'],
  ['embed-cpec-jobs.html', 'cpec-jobs', 'cpec'],
  ['ur/?embed=cpec-km', 'cpec-km', 'cpec'],
];

for (const [form, key, card = key] of FORMS) {
  test(`embed form ${form}: the iframe fits its card, wide, narrow and after a tab switch`, async () => {
    const file = `host-${form.replace(/[^a-z]+/g, '-')}.html`;
    await writeFile(
      join(hostDir, file),
      `<!doctype html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Host article</title><style>body{margin:0;padding:8px}</style></head><body>
<h1>A news article</h1>
<iframe src="${app.url}${form}" data-cpec-factsheet="${key}" title="Card" style="width:100%;border:0" height="300"></iframe>
<script src="${app.url}embed.js"></script>
</body></html>`,
    );
    const { context, page, problems } = await open(browser, host.url);
    await page.goto(`${host.url}${file}`);
    const iframe = page.locator('iframe');
    const { wide, narrow, sources } = await walkEmbed(page, iframe, card);
    assert.ok(wide > 300 && narrow > 300 && sources > 300, `sized from 300 px: ${wide}, ${narrow}, ${sources}`);
    assert.deepEqual(problems.errors, []);
    await context.close();
  });
}
