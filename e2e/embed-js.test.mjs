// static/embed.js against 10,000 random messages, in a simulated host page (no browser):
// it never throws, and it sets a height only for a well-formed message from its own iframe.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import vm from 'node:vm';

const CASES = 10_000;

/** A small deterministic PRNG (mulberry32), so a failure reproduces. */
function rng(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function anyValue(r, depth = 0) {
  const pick = (xs) => xs[Math.floor(r() * xs.length)];
  switch (Math.floor(r() * 9)) {
    case 0: return pick([null, undefined, true, false, NaN, Infinity, -Infinity, 0, -0]);
    case 1: return (r() - 0.5) * 10 ** Math.floor(r() * 12);
    case 2: return pick(['factsheet:resize', 'trade', 'cpec', 'cpec-km', 'cpec-jobs', 'cpec-capacity', 'cpec-mw', 'karot', 'timeline', 'all', '', '<script>', 'TRADE', '\u202e', 'a'.repeat(5000)]);
    case 3: return String.fromCharCode(...Array.from({ length: Math.floor(r() * 20) }, () => Math.floor(r() * 0xffff)));
    case 4: return depth < 3 ? Array.from({ length: Math.floor(r() * 4) }, () => anyValue(r, depth + 1)) : [];
    default: {
      // Mostly near-valid messages, to reach every check.
      const m = {};
      if (r() < 0.9) m.type = r() < 0.7 ? 'factsheet:resize' : anyValue(r, depth + 1);
      if (r() < 0.9) m.card = r() < 0.6 ? pick(['trade', 'cpec', 'cpec-km', 'cpec-jobs', 'cpec-capacity', 'karot', 'timeline', 'all']) : anyValue(r, depth + 1);
      if (r() < 0.9) m.height = r() < 0.6 ? r() * 3000 : anyValue(r, depth + 1);
      if (r() < 0.2) m.extra = anyValue(r, depth + 1);
      return m;
    }
  }
}

/** What embed.js promises, written independently of it. */
function valid(d) {
  return (
    d !== null && typeof d === 'object' && d.type === 'factsheet:resize' &&
    ['trade', 'cpec', 'cpec-km', 'cpec-jobs', 'cpec-capacity', 'karot', 'timeline', 'all'].includes(d.card) &&
    typeof d.height === 'number' && Number.isFinite(d.height) && d.height > 0 && d.height <= 100000
  );
}

test(`embed.js: ${CASES} random messages, no throw, heights only from its iframe`, async () => {
  const code = await readFile(resolve(import.meta.dirname, '..', 'static', 'embed.js'), 'utf8');
  const ours = {};
  const stranger = {};
  const frame = { contentWindow: ours, style: { height: '980px' }, attrs: {}, setAttribute(k, v) { this.attrs[k] = v; } };
  let handler;
  const window = { addEventListener: (type, f) => { if (type === 'message') handler = f; } };
  const document = { querySelectorAll: () => [frame] };
  vm.runInNewContext(code, { window, document, isFinite, Math });
  assert.equal(typeof handler, 'function');
  const r = rng(20261127);
  let accepted = 0;
  for (let i = 0; i < CASES; i++) {
    const data = anyValue(r);
    const source = [ours, stranger, null, window][Math.floor(r() * 4)];
    const before = frame.style.height;
    assert.doesNotThrow(() => handler({ data, source, origin: 'http://x' }), `case ${i}`);
    if (source === ours && valid(data)) {
      accepted++;
      assert.equal(frame.style.height, `${Math.ceil(data.height)}px`, `case ${i}`);
    } else {
      assert.equal(frame.style.height, before, `case ${i}: ${JSON.stringify(data)?.slice(0, 80)}`);
    }
  }
  assert.ok(accepted > 100, `enough valid cases reached the setter (${accepted})`);
});
