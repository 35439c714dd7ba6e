// `make serve` as a newcomer runs it: in a fresh clone of HEAD (so an untracked or ignored
// file, a built folder or a leftover `target/` cannot hide a missing step), on a free port.
// It must say where it serves, serve the pre-rendered sheet with the seed figures, load the
// wasm (the page goes live), and rebuild and re-render when the data file changes.
// The clone builds into target/serve-smoke/ of this checkout (CARGO_TARGET_DIR), kept from one
// run to the next so that compiled dependencies are reused; the clone itself still has no
// target/, as on a fresh machine. Not target/ itself: cargo names a package's artifacts
// without its path, so the clone's build (with its edited data file) would pass for this
// checkout's.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { launch, open, ready } from '../e2e/support.mjs';

const ROOT = resolve(import.meta.dirname, '..');

const freePort = () =>
  new Promise((ok) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => ok(port));
    });
  });

/** Everything the process prints, and a way to await a line matching `pattern` from `from` on. */
function watch(proc) {
  const log = { text: '', waiters: [] };
  const feed = (chunk) => {
    log.text += chunk;
    for (const w of [...log.waiters]) w.check();
  };
  proc.stdout.setEncoding('utf8').on('data', feed);
  proc.stderr.setEncoding('utf8').on('data', feed);
  log.until = (pattern, from, what) =>
    new Promise((ok, fail) => {
      const w = {
        check() {
          const m = log.text.slice(from).match(pattern);
          if (m) {
            log.waiters.splice(log.waiters.indexOf(w), 1);
            ok({ match: m, at: from + m.index + m[0].length });
          }
        },
      };
      proc.once('exit', (code) => fail(new Error(`make serve exited (${code}) before ${what}:\n${log.text.slice(-4000)}`)));
      log.waiters.push(w);
      w.check();
    });
  return log;
}

test('make serve in a fresh clone serves the sheet, goes live and re-renders on change', { timeout: 20 * 60_000 }, async () => {
  const dir = await mkdtemp(join(tmpdir(), 'factsheet-serve-'));
  const clone = join(dir, 'clone');
  execFileSync('git', ['clone', '--quiet', ROOT, clone]);
  const port = await freePort();
  const url = `http://127.0.0.1:${port}/`;
  const proc = spawn('make', ['serve'], {
    cwd: clone,
    detached: true,
    env: { ...process.env, PORT: String(port), CARGO_TARGET_DIR: join(ROOT, 'target', 'serve-smoke') },
  });
  const log = watch(proc);
  let browser;
  try {
    const { at } = await log.until(new RegExp(`serving on ${url.replaceAll('.', '\\.')}`), 0, 'it said it serves');
    const html = await (await fetch(url)).text();
    for (const figure of ['US$23.06 bn', '236,000', '510 km', '8,000 MW', '886 km', '3.64 bn kWh', '5 million']) {
      assert.ok(html.includes(figure), `the pre-rendered page shows ${figure}`);
    }

    browser = await launch();
    const { context, page, problems } = await open(browser, url);
    await page.goto(url);
    await ready(page);
    assert.equal(await page.textContent('.kf[data-id="trade_2024"] .kf-value'), 'US$23.06 bn');
    assert.deepEqual(problems.errors, []);
    await context.close();

    // An edit of the data file: one decimal fewer for 2024 trade.
    const data = join(clone, 'static', 'data.toml');
    const text = await readFile(data, 'utf8');
    const edited = text.replace(/(id = "trade_2024"[^[]*?decimals = )2/, '$11');
    assert.notEqual(edited, text, 'the data file has trade_2024 with 2 decimals');
    await writeFile(data, edited);
    // A build that was already under way may finish first: take the first page built after it.
    let after = '';
    for (let from = at, builds = 0; builds < 3 && !after.includes('US$23.1 bn'); builds++) {
      ({ at: from } = await log.until(/success/, from, 'it rebuilt after the edit'));
      after = await (await fetch(url)).text();
    }
    assert.ok(after.includes('US$23.1 bn'), 're-rendered with the edited data');
    assert.ok(!after.includes('US$23.06 bn'), 'the old figure is gone');
  } finally {
    await browser?.close();
    if (proc.exitCode === null) {
      const exited = new Promise((ok) => proc.once('exit', ok));
      process.kill(-proc.pid, 'SIGTERM');
      await exited;
    }
    await rm(dir, { recursive: true, force: true });
  }
});
