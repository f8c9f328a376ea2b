import { describe, expect, test } from 'vitest';
import { idFromTitle, uniqueId } from '../../src/lib/entry-id';

describe('idFromTitle', () => {
  test('writes pinyin by word, in ASCII, polyphonic characters read in context', () => {
    expect(idFromTitle('楼宇党建')).toBe('louyu-dangjian');
    expect(idFromTitle('重庆银行行业党委')).toBe('chongqing-yinhang-hangye-dangwei');
    expect(idFromTitle('组建率')).toBe('zujian-lv'); // ü as v, as the bundled ids write it
    expect(idFromTitle('TCL科技集团党委')).toBe('tcl-keji-jituan-dangwei');
  });
  test('shortens a long title to a few words, keeping the kind of document at the end', () => {
    const id = idFromTitle('中共测试市委组织部关于开展非公企业党组织组建集中攻坚月专项行动的通知（试行）');
    expect(id.endsWith('-tongzhi')).toBe(true);
    expect(id.split('-').length).toBeLessThanOrEqual(5);
    expect(id.length).toBeLessThanOrEqual(48);
    expect(id).not.toContain('zhonggong'); // the issuer before 关于 is left out
    expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });
  test('keeps digits and drops 《》 and punctuation; nothing usable gives an empty id', () => {
    expect(idFromTitle('《关于测试的通知》')).toBe('ceshi-tongzhi');
    expect(idFromTitle('2020实施“两新”组织党建示范化工程工作方案')).toMatch(/^2020-shishi-liangxin-/);
    expect(idFromTitle('！？')).toBe('');
  });
});

describe('uniqueId', () => {
  test('adds -2, -3 … until the id is free', () => {
    const taken = new Set(['liu-qing', 'liu-qing-2']);
    expect(uniqueId('liu-qing', (id) => taken.has(id))).toBe('liu-qing-3');
    expect(uniqueId('san-ding', (id) => taken.has(id))).toBe('san-ding');
  });
});
