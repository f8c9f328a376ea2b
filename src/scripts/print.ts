/**
 * The 打印 button and the print date (src/components/print/): a few hundred bytes on the pages
 * that offer printing, kept small (every page's scripts share a 2 KB budget, tests/e2e/budgets).
 * Without JavaScript the button stays hidden (the browser's own print still works) and the
 * printout carries the page's address but no date.
 */
const button = document.querySelector<HTMLButtonElement>('[data-print-button]');
if (button) {
  button.hidden = false;
  button.onclick = () => print();
}

/** Today's date (`2026年12月3日`), and the address as the reader has it where the build knew none (no public URL). */
function fill() {
  for (const el of document.querySelectorAll<HTMLElement>('[data-print-date]')) {
    el.textContent = new Date().toLocaleDateString('zh-CN', { dateStyle: 'long' });
    el.closest<HTMLElement>('[data-print-date-line]')!.hidden = false;
  }
  for (const el of document.querySelectorAll<HTMLElement>('[data-print-address]')) el.textContent ||= location.href;
}

fill();
// A page left open overnight prints with the day it is printed.
addEventListener('beforeprint', fill);
