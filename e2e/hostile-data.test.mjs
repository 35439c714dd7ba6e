// A hostile data text stays text under the production policy (Trusted Types included): a copy
// of the sources whose figure label, and its Chinese and Urdu translations, hold HTML and
// script is built (one wasm, FACTSHEET_ONE_WASM=1; the copy shares this checkout's cargo
// target, so only the app itself compiles again: about 1-3 minutes) and served by
// deploy/nginx.conf. The pre-rendered page, a unit switch that writes the tables again through
// the policy and an embed rendered in the browser all show the label as text: no element,
// script or dialog comes of it, and no violation.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { cp, readFile, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { launch, nginx, open, ready, OUT } from './support.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const SRC = join(OUT, 'hostile-src');
const BUILT = join(OUT, 'hostile-dist');
const PAYLOAD = '<img src=x onerror=alert(document.domain)><script>alert(document.cookie)</script> & <b>bold</b>';
const LABELS = {
  'static/data.toml': ['label = "Highways added"', `label = "Highways added ${PAYLOAD}"`],
  'static/i18n/zh-CN.toml': ['"Highways added" = "新增高速公路"', `"Highways added ${PAYLOAD}" = "新增高速公路 ${PAYLOAD}"`],
  'static/i18n/ur-PK.toml': ['"Highways added" = "نئی شاہراہیں"', `"Highways added ${PAYLOAD}" = "نئی شاہراہیں ${PAYLOAD}"`],
};

let site;
let browser;

before(async () => {
  await rm(SRC, { recursive: true, force: true });
  await rm(BUILT, { recursive: true, force: true });
  for (const f of ['src', 'static', 'data', 'build.rs', 'Cargo.toml', 'Cargo.lock', 'Trunk.toml', 'index.html']) {
    await cp(join(ROOT, f), join(SRC, f), { recursive: true, filter: (p) => !p.includes('/target') });
  }
  // Packages renamed (the library keeps its crate name): cargo names a workspace's artifacts
  // by its packages' names and paths within it, which the copy shares with this checkout; under
  // other names the copy's crates cannot overwrite this checkout's in the shared target.
  const RENAMES = {
    'Cargo.toml': [
      ['name = "cpec-factsheet"\nversion', 'name = "cpec-factsheet-hostile-copy"\nversion'],
      ['[lib]\n', '[lib]\nname = "cpec_factsheet"\n'],
      ['cpec-data = { path = "data"', 'cpec-data = { package = "cpec-data-hostile-copy", path = "data"'],
    ],
    'data/Cargo.toml': [['name = "cpec-data"', 'name = "cpec-data-hostile-copy"']],
  };
  for (const [file, pairs] of Object.entries(RENAMES)) {
    let text = await readFile(join(SRC, file), 'utf8');
    for (const [from, to] of pairs) {
      assert.ok(text.includes(from), `${file} has ${from}`);
      text = text.replaceAll(from, to);
    }
    await writeFile(join(SRC, file), text);
  }
  for (const [file, [from, to]] of Object.entries(LABELS)) {
    const text = await readFile(join(SRC, file), 'utf8');
    assert.ok(text.includes(from), `${file} has ${from}`);
    await writeFile(join(SRC, file), text.replace(from, to));
  }
  await promisify(execFile)('trunk', ['build', '--release', '--dist', BUILT], {
    cwd: SRC,
    env: {
      ...process.env,
      FACTSHEET_ONE_WASM: '1',
      TRUNK_SKIP_VERSION_CHECK: 'true',
      // The checkout's target: the dependencies are built already.
      CARGO_TARGET_DIR: process.env.CARGO_TARGET_DIR || join(ROOT, 'target'),
    },
    maxBuffer: 64 * 1024 * 1024,
  });
  site = await nginx(BUILT);
  browser = await launch();
});

after(() => Promise.all([browser, site].map((x) => x?.close())));

/** What must hold on the page: the payload is text (where it shows), nothing came of it. */
async function stillText(page, where) {
  const found = await page.evaluate((payload) => {
    const all = [document, ...[...document.querySelectorAll('[data-cpec-factsheet]')].map((h) => h.shadowRoot)];
    return {
      text: all.filter(Boolean).some((r) => (r.textContent ?? r.body.textContent).includes(payload)),
      images: document.querySelectorAll('img[src="x"]').length,
      bold: document.querySelectorAll('.card b').length,
      scripts: document.scripts.length,
    };
  }, PAYLOAD);
  assert.deepEqual(found, { text: true, images: 0, bold: 0, scripts: 1 }, where);
}

for (const lang of ['', 'zh/', 'ur/']) {
  test(`${lang || 'en/'}: a label holding HTML and script stays text, pre-rendered, switched and rendered in the browser`, async () => {
    const { context, page, problems } = await open(browser, site.url);
    const dialogs = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      d.dismiss().catch(() => {});
    });
    await page.addInitScript(() => {
      window.__violations = [];
      document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(e.violatedDirective), true);
    });
    await page.goto(site.url + lang);
    await ready(page);
    await stillText(page, 'pre-rendered');
    // The tables and sources written again, through the policy.
    const before = await page.textContent('#cpec-panel-table');
    await page.click('label[for="unit-distance-mi"]');
    await page.click('#cpec-tab-table');
    await page.waitForFunction((b) => document.querySelector('#cpec-panel-table').textContent !== b, before);
    assert.ok((await page.textContent('#cpec-panel-table')).includes(PAYLOAD), 'in the table');
    await page.click('#cpec-tab-sources');
    assert.ok((await page.textContent('#cpec-panel-sources')).includes(PAYLOAD), 'in the sources');
    await stillText(page, 'switched');
    // A card rendered in the browser from the start.
    await page.goto(`${site.url}${lang}?embed=cpec&cpec=sources&distance=mi`);
    await ready(page);
    assert.ok((await page.textContent('#cpec-panel-sources')).includes(PAYLOAD), 'in the embed');
    await stillText(page, '?embed=cpec');
    assert.deepEqual(dialogs, []);
    assert.deepEqual(await page.evaluate(() => window.__violations), []);
    assert.deepEqual(problems.errors, []);
    assert.deepEqual(problems.console, []);
    await context.close();
  });
}
