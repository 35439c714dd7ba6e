// A quick look at one number of the benchmark: the unit-switch latency (click on "US$ million"
// until the key figure shows 23,060), CPU 4x slower, N runs on a fresh page each. For trying a
// change without the full `make bench`:  node bench/switch.mjs [runs]
import { serve, launch } from '../e2e/support.mjs';

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
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  times.push(await page.evaluate(async () => {
    const label = document.querySelector('label[for="unit-money-usd-mn"]');
    const target = document.querySelector('.key-figures [data-id="trade_2024"] .kf-value');
    const t0 = performance.now();
    await new Promise((done) => {
      const mo = new MutationObserver(() => {
        if (target.textContent.includes('23,060')) {
          mo.disconnect();
          done();
        }
      });
      mo.observe(document.body, { subtree: true, childList: true, characterData: true });
      label.click();
    });
    return performance.now() - t0;
  }));
  await context.close();
}
times.sort((a, b) => a - b);
console.log(`unit switch, CPU 4x, ${runs} runs: median ${times[runs >> 1].toFixed(1)} ms (min ${times[0].toFixed(1)}, max ${times[runs - 1].toFixed(1)})`);
await browser.close();
await server.close();
