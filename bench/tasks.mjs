// A quick look at start-up, throttled as the benchmark does (CPU 4x, 150 ms, 1.6 Mbps), for
// trying a change without the full `make bench`: first contentful paint, every main-thread
// task over 50 ms after it (a `longtask` PerformanceObserver), and when the page is ready
// (`data-ready`) and wholly live (`data-live="all"`). Serves dist/ precompressed, as run.mjs.
//   node bench/tasks.mjs [runs] [path]     (path: e.g. zh/ or embed-trade.html)
import { mkdtemp, cp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { compress, serve } from './server.mjs';
import { startupRecorder } from './startup.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const runs = Number(process.argv[2] || 5);
const path = process.argv[3] || '';
const site = await mkdtemp(join(tmpdir(), 'tasks-'));
await cp(join(ROOT, 'dist'), site, { recursive: true });
await compress(site);
const server = await serve(site);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const rows = [];
for (let i = 0; i < runs; i++) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 });
  await page.addInitScript(startupRecorder);
  await page.goto(server.url + path);
  await page.waitForFunction(() => window.__startup.live, null, { timeout: 120000 });
  const r = await page.evaluate(() => window.__startup);
  rows.push(r);
  const tasks = r.tasks.filter((t) => t.start >= r.fcp).map((t) => `${Math.round(t.start)}+${Math.round(t.duration)}`);
  console.log(`fcp ${Math.round(r.fcp)} ready ${Math.round(r.ready)} live ${Math.round(r.live)} long tasks after fcp: ${tasks.join(' ') || 'none'}`);
  await context.close();
}
const med = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
const longest = rows.map((r) => Math.max(0, ...r.tasks.filter((t) => t.start >= r.fcp).map((t) => t.duration)));
console.log(`median of ${runs}: fcp ${Math.round(med(rows.map((r) => r.fcp)))} ms, ready ${Math.round(med(rows.map((r) => r.ready)))} ms, live ${Math.round(med(rows.map((r) => r.live)))} ms, longest task after fcp ${Math.round(med(longest))} ms`);
await browser.close();
await server.close();
