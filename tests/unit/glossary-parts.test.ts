import { describe, expect, test } from 'vitest';
import { GLOSSARY_PAGE_TERMS, glossaryLayout } from '../../src/lib/glossary-parts';

const terms = [
  { id: 'shuang-tongbu', term: '双同步' },
  { id: 'liu-qing', term: '六清' },
  { id: 'ic-ka', term: 'IC卡管理' },
  { id: 'liang-xin', term: '两新组织' },
  { id: 'five', term: '5G党建' },
];
const filler = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `t-${i}`, term: `组织${i}` }));

describe('where a glossary term is read', () => {
  test(`up to ${GLOSSARY_PAGE_TERMS} terms: one page, a term at its anchor, letters in pinyin order`, () => {
    const layout = glossaryLayout([...terms, ...filler(GLOSSARY_PAGE_TERMS - terms.length)]);
    expect(layout.split).toBe(false);
    expect(layout.termPath('liu-qing')).toBe('glossary/#liu-qing');
    expect(layout.letters.map((l) => l.letter)).toEqual(['#', 'I', 'L', 'S', 'Z']);
    expect(layout.letters.find((l) => l.letter === 'L')!.ids).toEqual(['liang-xin', 'liu-qing']);
    expect(layout.letterPath(layout.letters[1]!)).toBe('glossary/#letter-I');
  });

  test(`past ${GLOSSARY_PAGE_TERMS} terms: a page per initial, a term at its anchor there`, () => {
    const layout = glossaryLayout([...terms, ...filler(GLOSSARY_PAGE_TERMS)]);
    expect(layout.split).toBe(true);
    expect(layout.termPath('liu-qing')).toBe('glossary/l/#liu-qing');
    expect(layout.termPath('ic-ka')).toBe('glossary/i/#ic-ka');
    expect(layout.termPath('five')).toBe('glossary/other/#five');
    expect(layout.letterPath(layout.letters.find((l) => l.letter === 'Z')!)).toBe('glossary/z/');
    expect(layout.letters.reduce((n, l) => n + l.ids.length, 0)).toBe(GLOSSARY_PAGE_TERMS + terms.length);
  });

  test('an unknown id stays at the glossary’s own address (the link check then names it)', () => {
    expect(glossaryLayout([...terms, ...filler(GLOSSARY_PAGE_TERMS)]).termPath('none')).toBe('glossary/#none');
  });
});
