// The figures as a data package: dist/datapackage.json and figures.csv validate with the
// Frictionless tool (installed into .venv by `make setup-test`), a broken copy does not, and
// each language's page offers the files from its Data section, with what each one is.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { copyFile, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { DIST, open, ready, site } from './support.mjs';

const FRICTIONLESS = resolve(import.meta.dirname, '..', '.venv', 'bin', 'frictionless');
const run = promisify(execFile);

/** The validation report of the package at `dir`, as JSON (frictionless exits 1 when invalid). */
async function validate(dir) {
  const result = await run(FRICTIONLESS, ['validate', '--json', join(dir, 'datapackage.json')], { cwd: dir }).catch(
    (e) => e,
  );
  return JSON.parse(result.stdout);
}

test('the published data package is valid, with one row per figure on the sheet', async () => {
  const report = await validate(DIST);
  assert.equal(report.valid, true, JSON.stringify(report.tasks?.map((t) => t.errors), null, 1));
  const figures = report.tasks.find((t) => t.name === 'figures');
  assert.ok(figures, 'the figures resource was validated');
  assert.equal(figures.stats.rows, 17, 'nine figures and eight derived values');
  const pkg = JSON.parse(await readFile(join(DIST, 'datapackage.json'), 'utf8'));
  assert.deepEqual(pkg.resources[0].schema.primaryKey, ['id']);
  assert.equal(pkg.licenses[0].name, 'CC-BY-4.0');
  assert.ok(pkg.sources.some((s) => s.title === "China's General Administration of Customs, as cited in the source article"));
  assert.ok(pkg.sources.some((s) => s.title.includes('[date inferred]')), 'the article\'s inferred date is marked');
  assert.ok(pkg.sources.some((s) => s.title.startsWith('Xinhua, “CPEC\'s Karot Hydropower Plant put into full commercial operation”')));
});

test('a figures.csv that breaks its schema is caught, naming the row and the field', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'package-'));
  for (const f of ['datapackage.json', 'data.toml']) await copyFile(join(DIST, f), join(dir, f));
  const csv = await readFile(join(DIST, 'figures.csv'), 'utf8');
  // trade_2024's value is not a number, and its unit is not one of the units.
  await writeFile(join(dir, 'figures.csv'), csv.replace('trade_2024,Bilateral trade,23.06,', 'trade_2024,Bilateral trade,lots,').replace(',usd_bn,2024,2024,', ',usd,2024,2024,'));
  const report = await validate(dir);
  assert.equal(report.valid, false);
  const errors = report.tasks.flatMap((t) => t.errors);
  assert.ok(errors.some((e) => e.type === 'type-error' && e.fieldName === 'value' && e.rowNumber === 2), JSON.stringify(errors));
  assert.ok(errors.some((e) => e.type === 'constraint-error' && e.fieldName === 'unit'), JSON.stringify(errors));
});

const env = site();

for (const lang of ['', 'zh/', 'ur/']) {
  test(`the ${lang || 'en/'} page lists the data files, and each one is served`, async () => {
    const { page, context } = await open(env.browser, env.server.url);
    await page.goto(`${env.server.url}${lang}`);
    await ready(page);
    const links = await page.$$eval('.data-links .data-files a', (as) =>
      as.map((a) => ({ name: a.textContent, href: a.href, about: a.parentElement.textContent.trim() })),
    );
    assert.deepEqual(links.map((l) => l.name), ['figures.csv', 'datapackage.json', 'data.toml']);
    for (const l of links) {
      assert.ok(l.about.length > l.name.length + 10, `${l.name} says what it is: ${l.about}`);
      const response = await page.request.get(l.href);
      assert.equal(response.status(), 200, l.href);
    }
    assert.equal(await page.locator('.data-links h2').count(), 1);
    await context.close();
  });
}
