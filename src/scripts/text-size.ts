/**
 * 长者模式: puts the reader's stored text size on <html> before the first paint, marks <html> `js`
 * (CSS shows controls that need JavaScript), and handles the size buttons: `[data-text-size-next]`
 * (the header control) steps through the sizes, `[data-text-size-set="lg"]` picks one.
 *
 * A classic script in <head> (BaseLayout.astro): module scripts run only after the page is parsed,
 * and the CSP forbids inline scripts. Vite bundles it like a worker (`?worker&url`: compiled,
 * minified, one self-contained file), so it must not use the DOM before the body exists beyond
 * <html> and document-level listeners. It may import only what is small: it blocks rendering.
 */
import { TEXT_SIZE_KEY, nextTextSize, readTextSize, type TextSize } from '../lib/text-size';

const html = document.documentElement;

function apply(size: TextSize) {
  if (size) html.setAttribute('data-text-size', size);
  else html.removeAttribute('data-text-size');
}

html.classList.add('js');
try {
  apply(readTextSize(localStorage.getItem(TEXT_SIZE_KEY)));
} catch {
  // Storage refused (privacy settings): the standard size.
}

document.addEventListener('click', (event) => {
  const button = (event.target as Element).closest?.('[data-text-size-next],[data-text-size-set]');
  if (!button) return;
  const chosen = button.getAttribute('data-text-size-set');
  const size = chosen === null ? nextTextSize(readTextSize(html.getAttribute('data-text-size'))) : readTextSize(chosen);
  apply(size);
  try {
    if (size) localStorage.setItem(TEXT_SIZE_KEY, size);
    else localStorage.removeItem(TEXT_SIZE_KEY);
  } catch {
    // Not kept, but applied to this page.
  }
});
