// `make bench`: the fact sheet against the static floor and the Chart.js page, measured as a
// reader gets them: precompressed (brotli) over HTTP on 127.0.0.1, fresh context and cache
// disabled per run, pages interleaved, unthrottled and with 4x CPU + Fast-3G-like network.
// Writes target/bench/results.json and results.md; runs Lighthouse (mobile and desktop).
import { cp, mkdir, rm, writeFile, readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { execFile, execFileSync } from 'node:child_process';
import { promisify } from 'node:util';
import { cpus, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { compress, serve } from './server.mjs';
import { unitSwitch as unitSwitchInPage } from './unit-switch.mjs';
import { startupRecorder } from './startup.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const OUT = join(ROOT, 'target', 'bench');
const SITE = join(OUT, 'site');
const TOOLS = join(OUT, 'tools');
const PEERS = resolve(process.env.PEERS ?? join(ROOT, '..', 'shared', 'peers'));
const RUNS = Number(process.env.RUNS ?? 7);
const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

const CHARTS = '.chart-svg .drawing svg, .chart-svg .figure-tile';
const PAGES = {
  floor: { path: 'peers/static.html', charts: 'svg.floor', count: 3 },
  chartjs: { path: 'peers/chartjs.html', charts: null, count: 3 },
  // Each chart is drawn at two widths, one shown (`.drawing svg`); jobs and megawatts are
  // HTML tiles: six charts visible.
  app: { path: 'app/', charts: CHARTS, count: 6 },
  'app zh': { path: 'app/zh/', charts: CHARTS, count: 6 },
  'app ur': { path: 'app/ur/', charts: CHARTS, count: 6 },
};
const APPS = Object.keys(PAGES).filter((p) => p.startsWith('app'));
const PROFILES = {
  unthrottled: null,
  throttled: { cpu: 4, latency: 150, down: (1.6 * 1024 * 1024) / 8, up: (750 * 1024) / 8 },
};

async function prepare() {
  await rm(SITE, { recursive: true, force: true });
  await mkdir(join(SITE, 'peers', 'lib'), { recursive: true });
  await cp(join(ROOT, 'dist'), join(SITE, 'app'), { recursive: true });
  for (const f of ['static.html', 'chartjs.html']) await cp(join(PEERS, f), join(SITE, 'peers', f));
  if (!existsSync(join(TOOLS, 'node_modules', 'chart.js')) || !existsSync(join(TOOLS, 'node_modules', 'lighthouse'))) {
    execFileSync('npm', ['install', '--prefix', TOOLS, '--no-audit', '--no-fund', '--no-save', 'chart.js@4.6.1', 'lighthouse@12.2.3'], { stdio: 'inherit' });
  }
  await cp(join(TOOLS, 'node_modules', 'chart.js', 'dist', 'chart.umd.js'), join(SITE, 'peers', 'lib', 'chart.umd.js'));
  await compress(SITE);
}

/** Records, in the page, when the charts are first all in the DOM and visible, and when the page is ready. */
function recorder({ selector, count }) {
  const marks = (window.__bench = {});
  const check = () => {
    const now = performance.now();
    if (!marks.charts) {
      const ok = selector
        ? [...document.querySelectorAll(selector)].filter((e) => e.getBoundingClientRect().width > 0).length >= count
        : performance.getEntriesByName('charts-ready').length > 0;
      if (ok) marks.charts = now;
    }
    if (!marks.ready && document.body && document.body.dataset.ready === '1') marks.ready = now;
    if (!marks.charts || !marks.ready) requestAnimationFrame(check);
  };
  new MutationObserver(check).observe(document, { subtree: true, childList: true, attributes: true });
  requestAnimationFrame(check);
}

async function measure(browser, base, name, profile) {
  const spec = PAGES[name];
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Performance.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  if (profile) {
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: profile.cpu });
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false, latency: profile.latency, downloadThroughput: profile.down, uploadThroughput: profile.up,
    });
  }
  let bytes = 0;
  let requests = 0;
  cdp.on('Network.requestWillBeSent', () => requests++);
  cdp.on('Network.loadingFinished', (e) => (bytes += e.encodedDataLength));
  await page.addInitScript(recorder, { selector: spec.charts, count: spec.count });
  await page.addInitScript(startupRecorder);
  await page.goto(base + spec.path, { waitUntil: 'load' });
  // The reference pages have no islands: live when ready.
  const islands = name.startsWith('app');
  await page.waitForFunction((islands) => window.__bench.charts && window.__bench.ready && (!islands || window.__startup.live), islands, { timeout: 120000 });
  await page.waitForLoadState('networkidle');
  const { charts, ready } = await page.evaluate(() => window.__bench);
  const startup = await page.evaluate(() => window.__startup);
  const live = islands ? startup.live : ready;
  // The longest main-thread task after first contentful paint, until live (0: none over 50 ms).
  const longest = Math.max(0, ...startup.tasks.filter((t) => t.start >= startup.fcp && t.start <= live).map((t) => t.duration));
  let unitSwitch = null;
  let inputToPaint = null;
  if (name === 'app') {
    unitSwitch = await page.evaluate(unitSwitchInPage);
    inputToPaint = await eventTiming(page);
  }
  const metrics = (await cdp.send('Performance.getMetrics')).metrics;
  const heap = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? null;
  await context.close();
  return { bytes, requests, charts, ready, live, fcp: startup.fcp, longest, unitSwitch, inputToPaint, heap };
}

/**
 * A real (trusted) click on "US$ billion", after the first switch: its Event Timing
 * `duration`, from input to the next paint. Chromium reports events over 16 ms; a shorter
 * one counts as 16.
 */
async function eventTiming(page) {
  await page.evaluate(() => {
    window.__events = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__events.push({ name: e.name, duration: e.duration });
    }).observe({ type: 'event', durationThreshold: 16 });
  });
  await page.click('label[for="unit-money-usd-bn"]');
  await page.waitForFunction(() => document.querySelector('.key-figures [data-id="trade_2024"] .kf-value').textContent.includes('23.06'));
  // Entries arrive after the next paint; two frames later every one of this click's is in.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  const durations = await page.evaluate(() => window.__events.filter((e) => ['pointerdown', 'pointerup', 'mousedown', 'mouseup', 'click'].includes(e.name)).map((e) => e.duration));
  return Math.max(16, ...durations);
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const summary = (xs) => (xs.length ? { median: median(xs), min: Math.min(...xs), max: Math.max(...xs) } : null);

/** Lighthouse in a child process, awaited without blocking: this process serves the pages. */
async function lighthouse(url, preset, lang) {
  const out = join(OUT, `lighthouse-${lang}-${preset}.json`);
  const args = [
    join(TOOLS, 'node_modules', 'lighthouse', 'cli', 'index.js'), url, '--quiet', '--output=json', `--output-path=${out}`,
    // Lighthouse drives its own Chromium; the background-networking flags break its navigation.
    '--chrome-flags=--headless=new --no-sandbox --disable-gpu',
    '--only-categories=performance,accessibility,best-practices,seo',
  ];
  if (preset === 'desktop') args.push('--preset=desktop');
  try {
    await promisify(execFile)(process.execPath, args, { env: { ...process.env, CHROME_PATH: CHROMIUM }, timeout: 300000 });
    return JSON.parse(await readFile(out, 'utf8')).categories;
  } catch (e) {
    return { error: String(e.message).split('\n')[0] };
  }
}

await mkdir(OUT, { recursive: true });
await prepare();
const server = await serve(SITE);
const browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
const results = { date: new Date().toISOString(), machine: `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${Math.round(totalmem() / 2 ** 30)} GiB`, runs: RUNS, profiles: {} };
for (const [profileName, profile] of Object.entries(PROFILES)) {
  const runs = {};
  for (let r = 0; r < RUNS; r++) {
    // Interleaved, in a rotating order, so drift hits every page alike.
    const order = Object.keys(PAGES);
    for (let k = 0; k < r % order.length; k++) order.push(order.shift());
    for (const name of order) (runs[name] ??= []).push(await measure(browser, server.url, name, profile));
    process.stdout.write(`${profileName} run ${r + 1}/${RUNS}\n`);
  }
  const out = {};
  for (const name of Object.keys(PAGES)) {
    out[name] = {};
    for (const metric of ['bytes', 'requests', 'charts', 'ready', 'live', 'fcp', 'longest', 'unitSwitch', 'inputToPaint', 'heap']) {
      const xs = runs[name].map((x) => x[metric]).filter((x) => x !== null);
      out[name][metric] = summary(xs);
    }
  }
  // Paired ratios, run by run.
  out.ratios = {};
  for (const app of APPS) {
    for (const metric of ['bytes', 'charts', 'ready', 'live']) {
      for (const peer of ['floor', 'chartjs']) {
        // The peers' "live" is their ready.
        const theirs = (i) => runs[peer][i][metric === 'live' ? 'ready' : metric];
        out.ratios[`${metric} ${app}/${peer}`] = summary(runs[app].map((a, i) => a[metric] / theirs(i)));
      }
    }
  }
  results.profiles[profileName] = out;
}
await browser.close();
results.lighthouse = {};
for (const [lang, path] of [['en', 'app/'], ['zh', 'app/zh/'], ['ur', 'app/ur/']]) {
  results.lighthouse[lang] = {
    mobile: await lighthouse(server.url + path, 'mobile', lang),
    desktop: await lighthouse(server.url + path, 'desktop', lang),
  };
}
await server.close();

const fmt = (s, unit) => {
  if (!s) return '–';
  const f = (x) => (unit === 'KiB' ? (x / 1024).toFixed(1) : unit === 'MB' ? (x / 2 ** 20).toFixed(2) : unit === 'x' ? x.toFixed(2) : unit === 'n' ? String(x) : x.toFixed(1));
  return `${f(s.median)} (${f(s.min)}–${f(s.max)})`;
};
let md = `Benchmark of ${results.date.slice(0, 10)} on ${results.machine}; ${RUNS} interleaved runs per page and profile; medians (min–max). Brotli over HTTP/1.1 on 127.0.0.1, cache disabled. Throttled: CPU 4× slower, 150 ms latency, 1.6 Mbps down.\n\n`;
for (const [profileName, out] of Object.entries(results.profiles)) {
  for (const app of APPS) {
    md += `### ${profileName}, ${app === 'app' ? 'English' : app === 'app zh' ? 'Chinese (zh/)' : 'Urdu (ur/)'}\n\n| metric | floor (static.html) | Chart.js page | this app | app / floor | app / Chart.js |\n|---|---|---|---|---|---|\n`;
    const row = (label, metric, unit, ratios = true) =>
      out[app][metric] ? `| ${label} | ${fmt(out.floor[metric], unit)} | ${fmt(out.chartjs[metric], unit)} | ${fmt(out[app][metric], unit)} | ${ratios ? fmt(out.ratios[`${metric} ${app}/floor`], 'x') : '–'} | ${ratios ? fmt(out.ratios[`${metric} ${app}/chartjs`], 'x') : '–'} |\n` : '';
    md += row('bytes on the wire (KiB)', 'bytes', 'KiB');
    md += row('requests', 'requests', 'n', false);
    md += row('first contentful paint (ms)', 'fcp', 'ms', false);
    md += row('all charts visible (ms)', 'charts', 'ms');
    md += row('interactive, data-ready (ms)', 'ready', 'ms');
    md += row('every island live, data-live (ms)', 'live', 'ms');
    md += row('longest task after FCP (ms; 0 = none over 50)', 'longest', 'ms', false);
    md += row('unit switch to new numbers (ms)', 'unitSwitch', 'ms', false);
    md += row('second switch, input to next paint (ms)', 'inputToPaint', 'ms', false);
    md += row('JS heap (MB)', 'heap', 'MB', false);
    md += '\n';
  }
}
const score = (c) => (c && !c.error ? ['performance', 'accessibility', 'best-practices', 'seo'].map((k) => Math.round((c[k]?.score ?? 0) * 100)).join(' / ') : `not run (${c?.error ?? 'unknown'})`);
md += 'Lighthouse 12.2.3 (performance / accessibility / best practices / SEO):\n';
for (const [lang, l] of Object.entries(results.lighthouse)) md += `- ${lang}: mobile ${score(l.mobile)}; desktop ${score(l.desktop)}\n`;
await writeFile(join(OUT, 'results.json'), JSON.stringify(results, null, 2));
await writeFile(join(OUT, 'results.md'), md);
console.log(md);
