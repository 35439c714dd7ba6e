// Mounts China–Pakistan fact-sheet cards into <div data-cpec-factsheet="trade"> elements
// (trade, cpec, karot, timeline or all), each in a shadow root. Generated at build time from
// src/bin/loaders/mount.js.
const base = new URL('./', import.meta.url).href;
const hosts = document.querySelectorAll('[data-cpec-factsheet]');
for (const el of hosts) {
  el.setAttribute('data-cpec-base', base);
  el.setAttribute('data-cpec-css', new URL('./__CSS__', base).href);
}
__COMPILE_WASM__
const compiled = compileWasm();
compiled.catch(() => {});
try {
  const glue = await import('./__GLUE__');
  await glue.default({ module_or_path: await compiled });
} catch (error) {
  console.error('factsheet: could not start', error);
  for (const el of hosts) el.textContent = __FAILURE__;
}
