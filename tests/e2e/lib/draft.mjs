// In-page helpers for the authoring view, shared by the Chromium tests (editor.test.mjs) and
// the cross-engine suite (engines/): each function runs in the page, so it uses nothing from
// this module's scope.

/** Selects the first place of `quote` in the editor's text, as a reader's mouse would. */
export function selectInDraft(quote) {
  const walker = document.createTreeWalker(document.querySelector('[data-testid="draft-text"]'), NodeFilter.SHOW_TEXT);
  const nodes = [];
  let all = '';
  while (walker.nextNode()) {
    nodes.push([walker.currentNode, all.length]);
    all += walker.currentNode.data;
  }
  const start = all.indexOf(quote);
  if (start < 0) throw new Error(`not in the text: ${quote}`);
  const at = (offset, end) => {
    const [node, from] = nodes.find(([n, from]) => offset >= from && (end ? offset <= from + n.data.length : offset < from + n.data.length));
    return [node, offset - from];
  };
  const range = document.createRange();
  range.setStart(...at(start, false));
  range.setEnd(...at(start + quote.length, true));
  getSelection().removeAllRanges();
  getSelection().addRange(range);
}
