// The byte budget: the release wasm and JS that a reader downloads, brotli-compressed
// (quality 11, as bench/server.mjs precompresses them), may not exceed the budget set from
// the measurement in README ("Sizes and times") plus a small headroom.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import { DIST } from './support.mjs';

// Measured 2026-11-28 with three languages (en, zh-CN, ur-PK): wasm 167,213 B, JS (glue +
// loader) 8,020 B (the loader compiles the wasm as it streams: +340 B); 3 to 3.5 % headroom.
// (English only it was 148,327 B: the languages cost 17.8 KB brotli.)
// 2026-12-02: tooltips measured in the reader's fonts (SVG getComputedTextLength and getBBox
// bindings) cost the glue 150 B and the wasm 880 B: JS 8,352 B, wasm 169,395 B. Then talc as
// the allocator (-1,958 B) and tracing compiled out (-196 B): wasm 167,241 B, JS 8,303 B; the
// wasm budget comes down to keep what they won.
// 2026-12-02: islands (a store, a hydrator, per-island roots) cost the wasm 2.5 KB (169,740 B)
// and the glue 130 B; the loader's replay of controls pressed before the app runs 416 B:
// JS 8,851 B.
const BUDGET = { wasm: 170_000, js: 9_100 };

test('release wasm and JS fit the brotli byte budget', async () => {
  const sizes = { wasm: 0, js: 0 };
  for (const file of await readdir(DIST)) {
    const kind = file.endsWith('.wasm') ? 'wasm' : file.endsWith('.js') && file !== 'embed.js' && file !== 'mount.js' ? 'js' : null;
    if (!kind) continue;
    const br = brotliCompressSync(await readFile(join(DIST, file)), {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11 },
    });
    sizes[kind] += br.length;
  }
  for (const kind of ['wasm', 'js']) {
    assert.ok(sizes[kind] > 0, `a ${kind} file was measured`);
    assert.ok(
      sizes[kind] <= BUDGET[kind],
      `${kind}: ${sizes[kind]} bytes brotli, over the budget of ${BUDGET[kind]} bytes`,
    );
  }
});
