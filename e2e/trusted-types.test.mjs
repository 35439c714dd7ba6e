// Trusted Types (issue 29): every page served by deploy/nginx.conf under the production policy,
// which requires Trusted Types for scripts and allows one policy, `factsheet`; and a card
// mounted by mount.js in a host page on another origin whose own policy does the same. A
// reader's walk through each page (each tab of each card, every unit switch, tooltips by mouse
// and keyboard, every download, Cite this with its files, the embed dialog, share, print
// everything) must take effect with zero CSP or Trusted Types violations: none reported to a
// `securitypolicyviolation` listener, none in the console, no uncaught error.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { nginx, launch, open, ready } from './support.mjs';

let site;
let host;
let browser;

/** What a host must add to its policy for mount.js (README, "Direct mount"), for `origin`. */
const hostNeeds = (origin) =>
  `script-src ${origin} 'wasm-unsafe-eval'; connect-src ${origin}; style-src ${origin}; img-src blob:; trusted-types factsheet`;

/** A strict host policy with the README's line merged in: nothing else of ours is allowed. */
function hostPolicy(origin) {
  const needs = Object.fromEntries(
    hostNeeds(origin)
      .split('; ')
      .map((d) => d.split(' '))
      .map(([name, ...sources]) => [name, sources]),
  );
  const own = {
    'default-src': ["'self'"],
    'script-src': ["'self'"],
    'connect-src': ["'self'"],
    'style-src': ["'self'"],
    'img-src': ["'self'", 'data:'],
    'object-src': ["'none'"],
    'base-uri': ["'none'"],
    'require-trusted-types-for': ["'script'"],
    'trusted-types': ['host-own-policy'],
  };
  for (const [name, sources] of Object.entries(needs)) own[name] = [...(own[name] ?? []), ...sources];
  return Object.entries(own)
    .map(([name, sources]) => `${name} ${sources.join(' ')}`)
    .join('; ');
}

before(async () => {
  site = await nginx();
  const origin = new URL(site.url).origin;
  const policy = hostPolicy(origin);
  const page = `<!doctype html><html><head><meta charset="utf-8"><link rel="icon" href="data:,">
<title>A host that enforces Trusted Types</title></head><body>
<h1>An article</h1>
<div data-cpec-factsheet="all"></div>
<div data-cpec-factsheet="karot" data-lang="zh"></div>
<div data-cpec-factsheet="trade" data-lang="ur"></div>
<script type="module" src="${site.url}mount.js"></script>
</body></html>`;
  const server = createServer((req, res) => {
    if (req.url !== '/host.html') {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': policy });
    res.end(page);
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  host = { url: `http://127.0.0.1:${server.address().port}/`, policy, close: () => new Promise((ok) => server.close(ok)) };
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await host?.close();
  await site?.close();
});

/** A page that records CSP and Trusted Types violations (they are CSP violations too). */
async function watched(url) {
  const session = await open(browser, url, { viewport: { width: 1280, height: 900 }, acceptDownloads: true });
  await session.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(url).origin });
  await session.page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener(
      'securitypolicyviolation',
      (e) => window.__violations.push(`${e.violatedDirective}: ${e.blockedURI} ${e.sample}`),
      true,
    );
  });
  return session;
}

/** Clicks `button` and waits for the download it starts; returns its size in bytes. */
async function download(page, button) {
  const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
  const stream = await file.createReadStream();
  let size = 0;
  for await (const chunk of stream) size += chunk.length;
  assert.ok(size > 50, `${file.suggestedFilename()}: ${size} bytes`);
  return file.suggestedFilename();
}

/** Opens every closed disclosure inside `scope`, outer ones first. */
async function openAll(scope) {
  for (let i = 0; i < 50; i++) {
    const closed = scope.locator('details:not([open]) > summary:visible');
    if ((await closed.count()) === 0) return;
    await closed.first().click();
  }
}

/** A tooltip by mouse: hovers the chart's largest marks (bars, squares, dots; not its background) until one shows its tooltip. */
async function tooltipByMouse(page, chart) {
  await chart.scrollIntoViewIfNeeded();
  const tip = chart.locator('.tip-text');
  const points = await chart.evaluate((el) => {
    const svg = [...el.querySelectorAll('.drawing svg')].find((s) => s.getBoundingClientRect().width > 0);
    const whole = (svg ?? el).getBoundingClientRect();
    // A figure alone (jobs, megawatts): its tile is the mark.
    if (!svg) return [[whole.x + whole.width / 2, whole.y + whole.height / 2]];
    return [...svg.querySelectorAll('rect, circle')]
      .map((m) => m.getBoundingClientRect())
      .filter((r) => r.width >= 2 && r.height >= 2 && r.width * r.height < (whole.width * whole.height) / 2)
      .sort((a, b) => b.width * b.height - a.width * a.height)
      .slice(0, 8)
      .map((r) => [r.x + r.width / 2, r.y + r.height / 2]);
  });
  for (const [x, y] of points) {
    await page.mouse.move(x, y);
    if (await tip.waitFor({ timeout: 400 }).then(() => true, () => false)) {
      assert.ok((await tip.textContent()).length > 3);
      await page.mouse.move(0, 0);
      await tip.waitFor({ state: 'detached' });
      return;
    }
  }
  assert.fail(`no tooltip by mouse on ${await chart.getAttribute('data-chart')}`);
}

/** A tooltip by keyboard: focus shows the first, an arrow the next, Escape closes it. */
async function tooltipByKeyboard(page, chart) {
  await chart.focus();
  const tip = chart.locator('.tip-text');
  await tip.waitFor();
  const first = await tip.textContent();
  await page.keyboard.press('End');
  await page.waitForFunction(
    ([el, text]) => el.querySelector('.tip-text')?.textContent !== text,
    [await chart.elementHandle(), first],
    { timeout: 1000 },
  ).catch(() => {}); // a chart with one mark keeps its tooltip
  await page.keyboard.press('Escape');
  await tip.waitFor({ state: 'detached' });
}

/** Every card of the page: each tab, each chart's tooltips and downloads, Cite this, the embed dialog. */
async function walkCards(page, done) {
  // By position: cards mounted twice in one host page (in shadow roots) share their ids.
  const cards = page.locator('article.card');
  const count = await cards.count();
  assert.ok(count > 0, 'cards on the page');
  for (let c = 0; c < count; c++) {
    const card = cards.nth(c);
    const id = await card.getAttribute('id');
    // Each tab: its panel shows.
    const tabs = await card.locator('[role="tab"]').evaluateAll((ts) => ts.map((t) => t.id));
    for (const tab of [...tabs.slice(1), tabs[0]].filter(Boolean)) {
      await card.locator(`#${tab}`).click();
      const panel = card.locator(`#${tab.replace('-tab-', '-panel-')}`);
      await panel.waitFor({ state: 'visible' });
      assert.equal(await card.locator(`#${tab}`).getAttribute('aria-selected'), 'true');
      done.push(`tab ${tab}`);
    }
    await openAll(card);
    // Tooltips and every download of each chart.
    for (const chart of await card.locator('.chart-svg.live').all()) {
      const name = await chart.getAttribute('data-chart');
      await tooltipByMouse(page, chart);
      await tooltipByKeyboard(page, chart);
      done.push(`tooltips ${name}`);
      const buttons = card.locator(`#chart-${name} .downloads > button`);
      assert.equal(await buttons.count(), 4, `four downloads for ${name}`);
      for (let i = 0; i < 4; i++) done.push(`download ${await download(page, buttons.nth(i))}`);
      // The image's options: a slide, light, then saved again.
      const options = card.locator(`#chart-${name} .image-options`);
      await options.locator('.image-choice label').nth(1).click();
      await options.locator('.image-choice label').nth(3).click();
      done.push(`slide ${await download(page, buttons.nth(1))}`);
    }
    // Cite this: two styles, three files.
    const cite = card.locator('.cite').first();
    if ((await cite.count()) > 0) {
      assert.ok((await cite.locator('.cite-text').first().textContent()).length > 40, `${id} cites`);
      for (const b of await cite.locator('.cite-files button').all()) done.push(`cite ${await download(page, b)}`);
    }
    // The embed dialog: the code, then the whole card's.
    const embed = card.locator('.embed-code');
    if ((await embed.count()) > 0) {
      const field = embed.locator('textarea');
      const compact = await field.inputValue();
      assert.match(compact, /^<iframe src="/);
      await embed.locator('.embed-full input').check();
      await page.waitForFunction((el) => el.value.includes('layout=full'), await field.elementHandle());
      await embed.locator('button').click();
      done.push(`embed code ${id}`);
    }
  }
}

/** The sheet's own controls: every unit switch and theme, share, print everything, the JSON, the page's citation. */
async function walkSheet(page, done) {
  const switches = await page.locator('.controls input[type="radio"]').evaluateAll((rs) =>
    rs.filter((r) => !r.checked).map((r) => r.id),
  );
  // Every option once, then each group's first again (the default).
  const firsts = await page.locator('.controls .switch').evaluateAll((fs) => fs.map((f) => f.querySelector('input').id));
  const panels = () => page.evaluate(() => [...document.querySelectorAll('.panel')].map((p) => p.textContent).join());
  for (const id of [...switches, ...firsts]) {
    const before = await panels();
    await page.click(`label[for="${id}"]`);
    assert.ok(await page.isChecked(`#${id}`), id);
    if (id.startsWith('unit-theme-')) {
      const theme = id.slice('unit-theme-'.length);
      await page.waitForFunction((t) => (document.documentElement.dataset.theme ?? 'system') === t, theme);
    } else {
      // Some figure in the cards' panels changes (the hidden panels follow a task later).
      await page.waitForFunction(
        (b) => [...document.querySelectorAll('.panel')].map((p) => p.textContent).join() !== b,
        before,
      );
    }
    done.push(`switch ${id}`);
  }
  const status = page.locator('.controls .status');
  const before = await status.textContent();
  await page.locator('.controls .share button').first().click();
  await page.waitForFunction((b) => document.querySelector('.controls .status').textContent !== b, before);
  done.push(`share: ${await status.textContent()}`);
  await page.click('label[for="print-all"]');
  const appendix = await page.locator('#print-appendix').textContent();
  assert.ok(appendix.length > 2000, 'the appendix is written');
  const pdf = await page.pdf({ format: 'A4' });
  assert.ok(pdf.length > 10000);
  done.push('print everything');
  await page.click('label[for="print-all"]');
  done.push(`json ${await download(page, page.locator('.data-links > ul button'))}`);
  const cite = page.locator('.data-links .cite');
  await cite.locator('summary').click();
  for (const b of await cite.locator('.cite-files button').all()) done.push(`page cite ${await download(page, b)}`);
}

/** Walks `url` (the sheet when `sheet`) and checks that nothing was refused. */
async function walk(url, { sheet = false } = {}) {
  const { context, page, problems } = await watched(url);
  await page.goto(url);
  await ready(page);
  const done = [];
  // TT_TIMES=1 prints where a page's walk spends its time (for keeping it fast).
  if (process.env.TT_TIMES) {
    let last = Date.now();
    const times = {};
    done.push = (d) => {
      const k = d.split(' ')[0];
      times[k] = (times[k] ?? 0) + Date.now() - last;
      last = Date.now();
      Array.prototype.push.call(done, d);
    };
    after(() => console.log(url, times));
  }
  if (sheet) await walkSheet(page, done);
  await walkCards(page, done);
  const violations = await page.evaluate(() => window.__violations);
  assert.deepEqual(violations, [], `violations on ${url}`);
  assert.deepEqual(problems.errors, [], `uncaught errors on ${url}`);
  assert.deepEqual(problems.console, [], `console on ${url}`);
  // And the policy is enforced here: a plain string written as HTML is refused and reported.
  const refused = await page.evaluate(() => {
    try {
      document.createElement('div').innerHTML = '<b>not trusted</b>';
      return false;
    } catch (e) {
      return e instanceof TypeError;
    }
  });
  assert.ok(refused, `${url} enforces Trusted Types`);
  // Reported once per policy that requires it (our pages have the header and the meta).
  await page.waitForFunction(() => window.__violations.length > 0);
  for (const v of await page.evaluate(() => window.__violations)) assert.match(v, /^require-trusted-types-for: /);
  await context.close();
  return done;
}

const EMBEDS = {
  '': ['embed-cpec.html?distance=mi', 'embed-all.html?money=usd-mn&energy=twh'],
  'zh/': ['embed-karot.html?energy=gwh&power=gw'],
  'ur/': ['embed-timeline.html'],
};

test('the production policy requires Trusted Types, and each page carries it in a meta element', async () => {
  for (const page of ['', 'zh/', 'ur/embed-trade.html']) {
    const res = await fetch(site.url + page);
    const header = res.headers.get('content-security-policy');
    assert.match(header, /; require-trusted-types-for 'script'; trusted-types factsheet; frame-ancestors \*$/);
    const html = await res.text();
    const meta = html.match(/<meta charset="utf-8" ?\/?><meta http-equiv="Content-Security-Policy" content="([^"]+)" \/>/);
    assert.ok(meta, `${page}: the policy right after <meta charset>`);
    assert.equal(meta[1], header.replace('; frame-ancestors *', ''), 'all but frame-ancestors');
  }
});

for (const lang of ['', 'zh/', 'ur/']) {
  const name = lang || 'en/';
  test(`${name}: the sheet, every action, no violation`, async () => {
    const done = await walk(site.url + lang, { sheet: true });
    assert.ok(done.length > 60, done.join('\n'));
  });

  test(`${name}: ?embed=trade, rendered in the browser, every action, no violation`, async () => {
    const done = await walk(`${site.url}${lang}?embed=trade&money=usd-mn`);
    assert.ok(done.some((d) => d.startsWith('tooltips')), done.join('\n'));
  });

  test(`${name}: embed pages, compact and layout=full, every action, no violation`, async () => {
    for (const page of [...EMBEDS[lang], 'embed-trade.html?layout=full&trade=table']) {
      const done = await walk(site.url + lang + page);
      assert.ok(done.some((d) => d.startsWith('download')), `${page}: ${done.join('\n')}`);
    }
  });
}

test('mount.js in a host page on another origin that enforces Trusted Types: every action, no violation', async () => {
  const url = `${host.url}host.html`;
  assert.match(host.policy, /require-trusted-types-for 'script'; trusted-types host-own-policy factsheet/);
  const done = await walk(url);
  assert.ok(done.filter((d) => d.startsWith('tooltips')).length >= 8, done.join('\n'));
});
