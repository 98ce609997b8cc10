// aid-impact embed helper for host pages. Include it once, anywhere on the page:
//   <script src="https://<where the app is>/embed.js" async></script>
// Every aid-impact iframe then takes the height of its content. The embedded page posts
//   { type: 'aid-impact:resize', embed: '<chart id>', height: <px> }
// on load and on every resize; frames without this script keep their own height and scroll.
(function () {
  'use strict';
  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || data.type !== 'aid-impact:resize' || typeof data.height !== 'number') return;
    var frames = document.getElementsByTagName('iframe');
    for (var i = 0; i < frames.length; i++) {
      var frame = frames[i];
      if (frame.contentWindow !== event.source) continue;
      // Only frames whose address is on the sending origin.
      if (new URL(frame.src, document.baseURI).origin !== event.origin) continue;
      frame.style.height = Math.ceil(Math.max(0, Math.min(data.height, 20000))) + 'px';
    }
  });
})();
