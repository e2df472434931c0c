/*
 * The words form-js itself puts on our forms (a dynamic list's "Add new", a searchable select's
 * "Search"), in Chinese unless the user chose English in the account menu. form-js has no locale of
 * its own; it re-renders a word only when it changes, and then this puts it into Chinese again.
 */
const WORDS = [
  [/^Add new$/, () => '添加一项'],
  [/^Collapse$/, () => '收起'],
  [/^Expand all \((\d+)\)$/, (count) => `全部展开（${count}）`],
  [/^No results$/, () => '无匹配项'],
  [/^All values selected$/, () => '已全部选择'],
];
const PLACEHOLDERS = { Search: '搜索' };

function chinese(text) {
  const trimmed = text.trim();
  for (const [english, translate] of WORDS) {
    const match = english.exec(trimmed);
    if (match) {
      return text.replace(trimmed, translate(...match.slice(1)));
    }
  }
  return text;
}

function translate(root) {
  root.querySelectorAll('.fjs-container').forEach((form) => {
    const walker = document.createTreeWalker(form, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = chinese(node.data);
      if (text !== node.data) {
        node.data = text;
      }
    }
    form.querySelectorAll('input[placeholder]').forEach((input) => {
      const placeholder = PLACEHOLDERS[input.getAttribute('placeholder')];
      if (placeholder) {
        input.setAttribute('placeholder', placeholder);
      }
    });
  });
}

if (window.localStorage.getItem('cast-language') !== 'en') {
  new MutationObserver(() => translate(document)).observe(document.documentElement,
    { childList: true, subtree: true, characterData: true });
}
