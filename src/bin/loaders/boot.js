// Starts the fact sheet. Generated at build time from src/bin/loaders/boot.js.
__COMPILE_WASM__
const parsed = new Promise((done) =>
  document.readyState === 'loading' ? document.addEventListener('DOMContentLoaded', done, { once: true }) : done(),
);
const compiled = compileWasm();
const glue = import('./__GLUE__');
// Both are awaited below, after the document is parsed; until then a failure waits.
compiled.catch(() => {});
glue.catch(() => {});
await parsed;
try {
  const { default: init } = await glue;
  await init({ module_or_path: await compiled });
} catch (error) {
  console.error('factsheet: the interactive features could not start', error);
  // The page as it reads without JavaScript: every panel, no controls.
  const sheet = document.createElement('link');
  sheet.rel = 'stylesheet';
  sheet.href = new URL('./noscript.css', import.meta.url).href;
  document.head.append(sheet);
  const notice = document.createElement('p');
  notice.className = 'failure-notice';
  notice.setAttribute('role', 'status');
  const root = document.getElementById('factsheet');
  notice.textContent = (root && root.dataset.failure) || __FAILURE__;
  (root || document.body).prepend(notice);
}
