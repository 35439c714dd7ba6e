// The unit-switch measurement, run in the page: from a click on "US$ million" until the key
// figure shows the new number (a MutationObserver, no polling). Shared by run.mjs and
// switch.mjs so both measure exactly the same thing.
export async function unitSwitch() {
  const label = document.querySelector('label[for="unit-money-usd-mn"]');
  const target = document.querySelector('.key-figures [data-id="trade_2024"] .kf-value');
  const t0 = performance.now();
  await new Promise((done) => {
    const mo = new MutationObserver(() => {
      if (target.textContent.includes('23,060')) {
        mo.disconnect();
        done();
      }
    });
    mo.observe(document.body, { subtree: true, childList: true, characterData: true });
    label.click();
  });
  return performance.now() - t0;
}
