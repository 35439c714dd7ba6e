/* China–Pakistan fact sheet: sizes its iframes (data-cpec-factsheet) to their content.
   Listens for {type:"factsheet:resize", card, height} and accepts a message only from one of
   those iframes (event.source is its contentWindow) and only in that exact shape. */
(function () {
  'use strict';
  if (window.__cpecFactsheetEmbed) return;
  window.__cpecFactsheetEmbed = true;
  window.addEventListener('message', function (event) {
    var d = event.data;
    if (!d || typeof d !== 'object' || d.type !== 'factsheet:resize') return;
    if (typeof d.height !== 'number' || !isFinite(d.height) || d.height <= 0 || d.height > 100000) return;
    if (typeof d.card !== 'string' || !/^(trade|cpec|cpec-km|cpec-jobs|cpec-capacity|karot|timeline|all)$/.test(d.card)) return;
    var frames = document.querySelectorAll('iframe[data-cpec-factsheet]');
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === event.source) {
        frames[i].style.height = Math.ceil(d.height) + 'px';
        frames[i].setAttribute('scrolling', 'no');
        return;
      }
    }
  });
})();
