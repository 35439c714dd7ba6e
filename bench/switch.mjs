// A quick look at one number of the benchmark: the unit-switch latency (click on "US$ million"
// until the key figure shows 23,060), CPU 4x slower, N runs on a fresh page each. For trying a
// change without the full `make bench`:  node bench/switch.mjs [runs]
import { serve, launch } from '../e2e/support.mjs';
import { unitSwitch } from './unit-switch.mjs';

const runs = Number(process.argv[2] || 9);
const server = await serve();
const browser = await launch();
const times = [];
for (let i = 0; i < runs; i++) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await page.goto(server.url);
  await page.waitForSelector('body[data-ready="1"]');
  // As the benchmark does: the page has settled (the embed codes arrive a task later).
  await page.waitForLoadState('networkidle');
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  times.push(await page.evaluate(unitSwitch));
  await context.close();
}
times.sort((a, b) => a - b);
console.log(`unit switch, CPU 4x, ${runs} runs: median ${times[runs >> 1].toFixed(1)} ms (min ${times[0].toFixed(1)}, max ${times[runs - 1].toFixed(1)})`);
await browser.close();
await server.close();
