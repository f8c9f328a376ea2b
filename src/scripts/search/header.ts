/**
 * The header search box, once focused: results while typing in a panel under the box (the first
 * few, re-ranked), with the answer to a question about a figure and the search's notes (synonyms,
 * 您是不是要找), arrow keys to move through them, Enter to open one, and a link to all results on
 * /search/. Enter in the box still submits the plain GET form to /search/?q=….
 */
import { writeState } from '../../lib/search/url-state';
import { search, warmUp } from './engine';
import { searchAsTyped } from './typing';
import { answerCard, arrowNavigation, el, loadResultStyles, resultItem, searchNotes } from './render';

const SHOWN = 6;

export function attachHeaderSearch(input: HTMLInputElement): void {
  const form = input.form;
  if (!form || form.dataset.searchAttached) return;
  form.dataset.searchAttached = '';
  const searchPage = form.getAttribute('action') ?? '';

  const status = el('p', { class: 'search-panel-status', role: 'status' });
  const notes = el('div', { class: 'search-notes', hidden: '' });
  const answer = el('div', { class: 'search-answer', hidden: '' });
  const list = el('ol', { class: 'search-panel-list' });
  const all = el('a', { class: 'search-panel-all', href: searchPage }, ['查看全部结果 →']);
  const panel = el('div', { class: 'search-panel', hidden: '' }, [status, notes, answer, list, all]);
  form.append(panel);

  let run = 0;
  const hide = () => (panel.hidden = true);

  async function update() {
    const mine = ++run;
    const q = input.value;
    if (!q.trim()) {
      list.replaceChildren();
      return hide();
    }
    try {
      const [outcome] = await Promise.all([search({ q, filters: {} }), loadResultStyles()]);
      if (mine !== run) return;
      const hits = outcome?.hits.slice(0, SHOWN) ?? [];
      notes.replaceChildren(...(outcome ? searchNotes(outcome, searchPage) : []));
      notes.hidden = notes.childElementCount === 0;
      answer.replaceChildren(...(outcome?.answer ? answerCard(outcome.answer, { compact: true }) : []));
      answer.hidden = !outcome?.answer;
      list.replaceChildren(...hits.map((h) => resultItem(h, { compact: true })));
      status.textContent =
        outcome && outcome.total > 0
          ? `找到 ${outcome.total} 条${outcome.corrected ? `与“${outcome.corrected}”相关的` : ''}结果`
          : `没有找到与“${q.trim()}”相关的内容`;
      all.href = `${searchPage}${writeState({ q, filters: {} })}`;
      all.hidden = !outcome || outcome.total === 0;
      panel.hidden = false;
    } catch {
      if (mine !== run) return;
      list.replaceChildren();
      notes.hidden = true;
      answer.hidden = true;
      status.textContent = '搜索暂时无法使用，请按回车到搜索页。';
      all.hidden = true;
      panel.hidden = false;
    }
  }

  searchAsTyped(input, 150, () => void update());
  input.addEventListener('focus', () => {
    if (input.value.trim() && list.children.length > 0) panel.hidden = false;
  });
  form.addEventListener('focusout', (e) => {
    if (!form.contains(e.relatedTarget as Node | null)) hide();
  });
  arrowNavigation(input, list, hide);

  void warmUp().catch(() => {});
  if (input.value.trim()) void update();
}
