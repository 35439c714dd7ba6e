import { serve, launch, open, ready } from './support.mjs';
const app = await serve();
const browser = await launch();
for (const [w, h] of [[390, 844], [1280, 800]]) {
  for (const lang of ['', 'zh/', 'ur/']) {
    const tag = (lang.replace('/', '') || 'en') + '-' + w;
    const { context, page } = await open(browser, app.url, { viewport: { width: w, height: h } });
    await page.goto(`${app.url}${lang}`);
    await ready(page);
    await page.screenshot({ path: `/tmp/look/${tag}.png` });
    const info = await page.evaluate(() => {
      const svg = document.querySelector('.card svg');
      const r = svg?.getBoundingClientRect();
      const texts = [...document.querySelectorAll('.card svg text')].map(t => parseFloat(getComputedStyle(t).fontSize) * (t.ownerSVGElement.getBoundingClientRect().width / t.ownerSVGElement.viewBox.baseVal.width));
      return { firstChartTop: r?.top, firstChartWidth: r?.width, pageHeight: document.documentElement.scrollHeight, textMin: Math.min(...texts), textMax: Math.max(...texts), elements: document.querySelectorAll('*').length,
        cards: [...document.querySelectorAll('article.card')].map(c => [c.id, Math.round(c.getBoundingClientRect().height)]) };
    });
    console.log(tag, JSON.stringify(info));
    await context.close();
  }
}
await browser.close(); await app.close();
