/**
 * An editor's mistake stops the build with a message that names the file and the field.
 * Each test copies the project into a scratch folder, plants one mistake, and runs the real build.
 */
import { cpSync, mkdtempSync, rmSync, symlinkSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { astroBuild, projectRoot } from './support/build';

const scratch: string[] = [];
afterEach(() => {
  for (const dir of scratch.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A copy of the project (content, data, src, config) sharing node_modules. */
function copyProject(): string {
  const dir = mkdtempSync(join(tmpdir(), 'liangxin-fixture-'));
  scratch.push(dir);
  for (const entry of ['src', 'content', 'data', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json']) {
    cpSync(join(projectRoot, entry), join(dir, entry), { recursive: true });
  }
  symlinkSync(join(projectRoot, 'node_modules'), join(dir, 'node_modules'));
  return dir;
}

describe('build errors', () => {
  test('a case without its required region stops the build, naming the file and the field', () => {
    const dir = copyProject();
    const file = join(dir, 'content/cases/linpu-quanfugai.mdx');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^region:.*\n/m, ''));
    const { status, output } = astroBuild(dir);
    expect(status).not.toBe(0);
    expect(output).toContain('content/cases/linpu-quanfugai.mdx');
    expect(output).toMatch(/region/);
  });

  test('a case naming a method that does not exist stops the build, naming the file, the field and the id', () => {
    const dir = copyProject();
    const file = join(dir, 'content/cases/linpu-quanfugai.mdx');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^methods:.*$/m, 'methods: [no-such-method]'));
    const { status, output } = astroBuild(dir);
    expect(status).not.toBe(0);
    expect(output).toContain('content/cases/linpu-quanfugai.mdx');
    expect(output).toContain('methods[0]');
    expect(output).toContain('no-such-method');
  });
});
