import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { CONTENT_STORE, STORE_WARNING_BYTES, contentStoreProblem, storeTooLargeMessage } from '../../src/build/content-store';

describe('a content store too large for Astro’s bundler', () => {
  test('is named, with its size, the limit and what to do, once it nears V8’s longest string', () => {
    // The size of the 30,000-page store that made the build fail (BENCHMARKS.md).
    const message = storeTooLargeMessage(612_098_544)!;
    expect(message).toContain(CONTENT_STORE);
    expect(message).toContain('584 MB');
    expect(message).toContain('512 MB');
    expect(message).toMatch(/改法：.*拆成两个站点/);
  });
  test('says nothing for a store well below the limit, or none at all', () => {
    expect(storeTooLargeMessage(STORE_WARNING_BYTES - 1)).toBeUndefined();
    const root = mkdtempSync(join(tmpdir(), 'store-'));
    try {
      expect(contentStoreProblem(root)).toBeUndefined();
      mkdirSync(join(root, 'node_modules', '.astro'), { recursive: true });
      writeFileSync(join(root, CONTENT_STORE), '{}');
      expect(contentStoreProblem(root)).toBeUndefined();
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
