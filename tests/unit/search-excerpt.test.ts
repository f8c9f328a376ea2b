import { describe, expect, test } from 'vitest';
import { decodeEntities, excerptAround, highlight, matchRanges, pagefindSegments } from '../../src/lib/search/excerpt';

describe('highlight', () => {
  test('marks every literal match of the query words', () => {
    expect(highlight('双同步是双向的同步', ['双同步'])).toEqual([
      { text: '双同步', mark: true },
      { text: '是双向的同步', mark: false },
    ]);
  });
  test('merges overlapping matches of the phrase and its words', () => {
    expect(matchRanges('推进楼宇党建工作', ['楼宇党建', '楼宇', '党建'])).toEqual([[2, 6]]);
  });
  test('ignores case and width, keeping the text as written', () => {
    expect(highlight('TCL科技集团', ['tcl'])).toEqual([
      { text: 'TCL', mark: true },
      { text: '科技集团', mark: false },
    ]);
  });
  test('leaves text without matches unmarked', () => {
    expect(highlight('没有匹配', ['双同步'])).toEqual([{ text: '没有匹配', mark: false }]);
  });
});

describe('excerptAround', () => {
  const text = '楼宇社区党建。又称：楼宇党建。仿照居民社区的办法，把一幢楼或相邻的几幢楼组成楼宇社区，以此为单元建立党组织，覆盖楼内的两新组织。';
  test('starts near the first match after the title, at a clause boundary', () => {
    const excerpt = excerptAround(text, ['居民社区'], 30, '楼宇社区党建'.length);
    expect(excerpt.startsWith('…仿照居民社区')).toBe(true);
    expect(excerpt.endsWith('…')).toBe(true);
  });
  test('falls back to the start of the text (after the title) without a match', () => {
    expect(excerptAround(text, ['不存在'], 10, 7)).toBe('…又称：楼宇党建。仿照…');
  });
  test('uses a match inside the title when there is no other', () => {
    expect(excerptAround('双同步 一段话', ['双同步'], 20, 3)).toBe('双同步 一段话');
  });
});

describe('Pagefind excerpts', () => {
  test('turn into segments without parsing HTML, merging adjacent marks', () => {
    expect(pagefindSegments('在<mark>楼</mark><mark>宇</mark>里 &lt;b&gt; &amp; 党建')).toEqual([
      { text: '在', mark: false },
      { text: '楼宇', mark: true },
      { text: '里 <b> & 党建', mark: false },
    ]);
  });
  test('decode numeric and named entities', () => {
    expect(decodeEntities('&#x5F20;&#24352;&quot;&nbsp;&unknown;')).toBe('张张"\u00a0&unknown;');
  });
});
