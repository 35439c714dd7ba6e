// Runs in the page before its scripts (addInitScript): records first contentful paint, the
// long tasks (start and duration), and when <body> gets data-ready="1" and data-live="all".
// Pages without islands (the reference pages) count as live when ready.
export function startupRecorder() {
  const s = (window.__startup = { fcp: null, ready: null, live: null, tasks: [] });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) s.tasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (e.name === 'first-contentful-paint') s.fcp = e.startTime;
  }).observe({ type: 'paint', buffered: true });
  const check = () => {
    const b = document.body;
    if (!b) return;
    const now = performance.now();
    if (!s.ready && b.dataset.ready === '1') s.ready = now;
    if (!s.live && (b.dataset.live === 'all' || (b.dataset.ready === '1' && !document.querySelector('[data-island]')))) s.live = now;
  };
  new MutationObserver(check).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-ready', 'data-live'] });
}
