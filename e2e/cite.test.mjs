// "Cite this": the page and each card give APA 7 and Chicago author-date citations with the
// reader's access date and the view's permalink, in the page's language, and BibTeX, RIS and
// CSL-JSON files that a citation library (citation-js) parses back with the same title, date,
// address and access date.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import '@citation-js/plugin-csl';
import { open, ready, site } from './support.mjs';

const env = site();
// The reader's day, fixed in the browser so that the access date is known.
const TODAY = new Date('2026-12-04T12:00:00Z');

async function sheet(path) {
  const session = await open(env.browser, env.server.url, { acceptDownloads: true });
  await session.page.clock.setFixedTime(TODAY);
  await session.page.goto(`${env.server.url}${path}`);
  await ready(session.page);
  return session;
}

async function saved(page, where, label) {
  const [download] = await Promise.all([page.waitForEvent('download'), page.click(`${where} .cite-files button:text-is("${label}")`)]);
  return { name: download.suggestedFilename(), text: await readFile(await download.path(), 'utf8') };
}

const parts = (date) => date?.['date-parts']?.[0];

test('a card cites the view at its permalink, read today, in APA and Chicago', async () => {
  const { context, page } = await sheet('?money=usd-mn');
  await page.click('#trade .cite > summary');
  const [apa, chicago] = await page.$$eval('#trade .cite .cite-text', (ps) => ps.map((p) => p.textContent));
  const url = `${env.server.url}?money=usd-mn#trade`;
  assert.equal(apa, `Bilateral trade — China–Pakistan economic cooperation in figures. (${apa.match(/\((\d{4}, \w+ \d+)\)/)?.[1]}). Retrieved December 4, 2026, from ${url}`);
  assert.ok(chicago.endsWith(`Accessed December 4, 2026. ${url}.`), chicago);
  const sources = await page.$$eval('#trade .cite-sources > li', (li) => li.map((l) => l.textContent));
  // The customs' figures reach the sheet through the article: cited as such, never as a
  // report of the customs' that nobody published.
  assert.equal(sources.length, 1, sources.join('\n'));
  assert.ok(sources[0].startsWith('Chinese, Pakistani foreign ministers'), 'the source article');
  assert.ok(sources[0].includes('(2026, January [date inferred]).'), sources[0]);
  const quoted = await page.$$eval('#trade .cite-quoted li', (li) => li.map((l) => l.textContent));
  assert.deepEqual(quoted.map((q) => q.split(', as cited in ')[0]), ["China's General Administration of Customs"]);
  await context.close();
});

test('BibTeX, RIS and CSL-JSON parse back with the title, date, address and access date', async () => {
  const { context, page } = await sheet('');
  await page.click('.data-links .cite > summary');
  const files = {};
  for (const label of ['BibTeX', 'RIS', 'CSL-JSON']) files[label] = await saved(page, '.data-links', label);
  assert.deepEqual(Object.values(files).map((f) => f.name), ['cpec-factsheet-page.bib', 'cpec-factsheet-page.ris', 'cpec-factsheet-page.json']);
  const items = {};
  for (const [label, f] of Object.entries(files)) {
    const cite = await Cite.async(f.text);
    items[label] = cite.data;
    assert.equal(cite.data.length, 3, `${label}: the sheet, the article and Xinhua's report (${cite.data.length})`);
  }
  for (const [label, data] of Object.entries(items)) {
    const sheet = data.find((d) => d.title === 'China–Pakistan economic cooperation in figures');
    assert.ok(sheet, `${label}: the sheet is an entry`);
    assert.equal(sheet.URL, env.server.url, `${label}: URL`);
    assert.deepEqual(parts(sheet.accessed), [2026, 12, 4], `${label}: access date`);
    assert.ok(parts(sheet.issued)?.[0] >= 2026, `${label}: issued ${JSON.stringify(sheet.issued)}`);
    assert.ok(!data.some((d) => JSON.stringify(d.author ?? []).includes('General Administration of Customs')), `${label}: no work of the customs' own`);
    // The context figure's source is the real Xinhua report, under its headline and date.
    const xinhua = data.find((d) => JSON.stringify(d.author ?? []).includes('Xinhua'));
    assert.equal(xinhua?.title, "CPEC's Karot Hydropower Plant put into full commercial operation", `${label}: the Xinhua headline`);
    assert.deepEqual(parts(xinhua?.issued), [2022, 6, 30], `${label}: the report's day`);
    assert.equal(xinhua?.URL, 'https://en.people.cn/n3/2022/0630/c90000-10117069.html', `${label}: its address`);
    const article = data.find((d) => d.title?.startsWith('Chinese, Pakistani foreign ministers'));
    assert.deepEqual(parts(article?.issued)?.slice(0, 2), [2026, 1], `${label}: the article's month`);
  }
  await context.close();
});

test('a Chinese page cites in Chinese, the headline kept in English with its translation', async () => {
  const { context, page } = await sheet('zh/');
  await page.click('#karot .cite > summary');
  const [apa] = await page.$$eval('#karot .cite .cite-text', (ps) => ps.map((p) => p.textContent));
  assert.ok(apa.includes('检索于2026年12月4日'), apa);
  assert.equal(await page.locator('#karot .cite > summary').textContent(), '引用');
  const sources = await page.$$eval('#karot .cite-sources li', (li) => li.map((l) => l.textContent));
  assert.ok(sources.some((s) => s.startsWith('Chinese, Pakistani') && s.includes('[')), sources.join('\n'));
  await context.close();
});
