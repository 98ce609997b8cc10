// aid-impact embed helper for host pages. Include it once, anywhere on the page:
//   <script src="https://<where the app is>/embed.js" async></script>
// Every aid-impact iframe then takes the height of its content. The embedded page posts
//   { type: 'aid-impact:resize', embed: '<chart id>', height: <px> }
// on load and on every resize; frames without this script keep their own height and scroll.
(function () {
  'use strict';
  // The app's folder: this script sits beside the app, so its embeds are the frames whose
  // address is in that folder. Any other frame (an advert, another widget) posting the same
  // message is left alone.
  var script = document.currentScript;
  if (!script || !script.src) return;
  var app = new URL('.', script.src).href;
  // No embed is taller than this: a larger height is cut to it (the frame then scrolls).
  var MAX_HEIGHT = 10000;
  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || data.type !== 'aid-impact:resize' || typeof data.height !== 'number') return;
    if (!(data.height >= 0)) return;
    var frames = document.getElementsByTagName('iframe');
    for (var i = 0; i < frames.length; i++) {
      var frame = frames[i];
      if (frame.contentWindow !== event.source) continue;
      var address = new URL(frame.src, document.baseURI);
      // Only the app's own frames, on the origin that sent the message.
      if (address.origin !== event.origin || address.href.indexOf(app) !== 0) continue;
      frame.style.height = Math.ceil(Math.min(data.height, MAX_HEIGHT)) + 'px';
    }
  });
})();
