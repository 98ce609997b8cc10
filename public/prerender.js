// The pre-rendered first screen in index.html is the Chinese overview. When the address asks
// for anything else (another view, language, an embed), hide it until the app draws the right
// page. A tiny blocking script: it loads alongside the stylesheet, which blocks rendering anyway.
if (window.location.search.length > 1) {
  document.documentElement.classList.add('prerender-off');
}
