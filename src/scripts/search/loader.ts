/**
 * Loaded on every page, and kept tiny: no search code runs until the header search box is
 * focused (or `/` is pressed). Then the header search module and Pagefind load.
 */
const input = document.querySelector<HTMLInputElement>('[data-site-search] input[name="q"]');
let started = false;

function start() {
  if (started || !input) return;
  started = true;
  import('./header')
    .then((m) => m.attachHeaderSearch(input))
    .catch(() => (started = false));
}

input?.addEventListener('focus', start);
if (input && document.activeElement === input) start();

// `/` focuses the search box: the search page's own box where there is one, else the header's.
document.addEventListener('keydown', (e) => {
  if (e.key !== '/' || e.ctrlKey || e.metaKey || e.altKey || e.isComposing) return;
  const target = e.target as HTMLElement;
  if (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName)) return;
  const box = document.querySelector<HTMLInputElement>('[data-search-primary]') ?? input;
  if (!box) return;
  e.preventDefault();
  box.focus();
  box.select();
});
