import { describe, expect, test } from 'vitest';
import { orderedPages, orderSegment, orderSentence, sortList } from '../../src/lib/list-order';

type Item = { name: string; date?: string };
const keys = { date: (i: Item) => i.date, dateLabel: '', name: (i: Item) => i.name };
const names = (items: Item[]) => items.map((i) => i.name);

const items: Item[] = [
  { name: '双同步', date: '2006' },
  { name: '楼宇党建', date: '2023' },
  { name: '六清' },
  { name: '党建工作指导员', date: '2023' },
  { name: '临浦镇', date: '2011-09' },
  { name: '两张网', date: '2023-05-01' },
  { name: '安吉' },
  { name: '区域联建', date: '2011' },
];

describe('sortList by time', () => {
  test('newest first; a partial date counts as its first day; the same date by pinyin; undated last, by pinyin', () => {
    expect(names(sortList(items, 'time', keys))).toEqual([
      '两张网', // 2023-05-01
      '党建工作指导员', // 2023, D before L
      '楼宇党建', // 2023
      '临浦镇', // 2011-09
      '区域联建', // 2011
      '双同步', // 2006
      '安吉', // undated, A before L
      '六清',
    ]);
  });

  test('does not change the list it is given', () => {
    const copy = [...items];
    sortList(items, 'time', keys);
    expect(items).toEqual(copy);
  });
});

describe('sortList by name', () => {
  test('by pinyin, dates ignored', () => {
    // an, dang, liang, lin, liu, lou, qu, shuang
    expect(names(sortList(items, 'name', keys))).toEqual(['安吉', '党建工作指导员', '两张网', '临浦镇', '六清', '楼宇党建', '区域联建', '双同步']);
  });
});

describe('order pages and wording', () => {
  test('time is the list itself; name is below it at by-name/', () => {
    expect(orderSegment('time')).toBe('');
    expect(orderSegment('name')).toBe('by-name/');
  });
  test('the sentence above a list says which way it runs and where undated entries are', () => {
    expect(orderSentence('time', '成文日期')).toBe('按时间排列：成文日期由近及远，同一时间的按名称排，未注明时间的排在最后。');
    expect(orderSentence('name', '')).toBe('按名称排列：按汉语拼音顺序。');
  });
});

describe('orderedPages', () => {
  test('both orders, each paginated: the list itself by time, by-name/ below it, page/N/ after the first', () => {
    const many = Array.from({ length: 120 }, (_, i) => ({ name: `条目${String(i).padStart(3, '0')}`, date: `${1990 + (i % 30)}` }));
    const pages = orderedPages(many, keys);
    expect(pages.map((p) => p.params.page)).toEqual([undefined, 'page/2', 'page/3', 'by-name', 'by-name/page/2', 'by-name/page/3']);
    expect(pages.map((p) => p.props.order)).toEqual(['time', 'time', 'time', 'name', 'name', 'name']);
    expect(pages[0]!.props.list.items[0]!.date).toBe('2019');
    expect(pages[3]!.props.list.items[0]!.name).toBe('条目000');
    expect(pages[5]!.props.list.to).toBe(120);
  });
});
