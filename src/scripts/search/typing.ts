/**
 * Searching as the reader types, for the header box and the search page alike: the index chunks
 * of the words typed so far start loading at once, and the search itself runs at once when the
 * reader starts typing after a pause (a word committed by a Chinese input method arrives as one
 * input event), then once the keys stop for `pause` ms while they keep typing. Returns a function
 * that drops the pending search (when the form is submitted instead).
 */
import { preload } from './engine';

export function searchAsTyped(input: HTMLInputElement, pause: number, run: (value: string) => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let last = -Infinity;
  input.addEventListener('input', () => {
    const value = input.value;
    void preload(value).catch(() => {});
    clearTimeout(timer);
    const now = performance.now();
    const resting = now - last > pause;
    last = now;
    if (resting) run(value);
    else timer = setTimeout(() => run(input.value), pause);
  });
  return () => clearTimeout(timer);
}
