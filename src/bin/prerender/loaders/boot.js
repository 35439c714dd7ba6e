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
// A control pressed before the app runs (shown disabled until then) is remembered, and
// pressed again once the app has started: the click is not lost. Chromium sends pointer
// events, not clicks, to disabled controls.
const pressed = [];
const remember = (e) => {
  const control = e.target instanceof Element && e.target.closest('[data-island] :is(button, label, input)');
  if (control && !pressed.includes(control)) pressed.push(control);
};
document.addEventListener('pointerup', remember, true);
await parsed;
try {
  const { default: init } = await glue;
  await init({ module_or_path: await compiled });
  document.removeEventListener('pointerup', remember, true);
  for (const control of pressed) {
    // The app makes the control's island live on pointerdown; the click follows once the
    // control is enabled (Yew may spread the render over a few tasks).
    control.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true }));
    await enabled(control.control ?? control);
    control.click();
  }
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
/** Resolves once `control` is not disabled (at once if it is not). */
function enabled(control) {
  return new Promise((done) => {
    if (!control.disabled) return done();
    const watch = new MutationObserver(() => {
      if (!control.disabled) {
        watch.disconnect();
        done();
      }
    });
    watch.observe(control, { attributes: true, attributeFilter: ['disabled'] });
  });
}
