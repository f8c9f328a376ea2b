/**
 * The 打印 button and the print date (src/components/print/): a few hundred bytes on the pages
 * that offer printing. Without JavaScript the button stays hidden (the browser's own print still
 * works) and the printout carries the page's address but no date.
 */
const button = document.querySelector<HTMLButtonElement>('[data-print-button]');
if (button) {
  button.hidden = false;
  button.addEventListener('click', () => window.print());
}

const dateFormat = new Intl.DateTimeFormat('zh-CN', { year: 'numeric', month: 'long', day: 'numeric' });

/** Today's date, and the address as the reader has it where the build knew none (no public URL). */
function fill() {
  for (const el of document.querySelectorAll<HTMLElement>('[data-print-date]')) {
    el.textContent = dateFormat.format(new Date());
    el.closest<HTMLElement>('[data-print-date-line]')?.removeAttribute('hidden');
  }
  for (const el of document.querySelectorAll<HTMLElement>('[data-print-address]')) {
    if (!el.textContent) el.textContent = location.href;
  }
}

fill();
// A page left open overnight prints with the day it is printed.
window.addEventListener('beforeprint', fill);
