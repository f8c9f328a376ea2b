/**
 * `npm run check` as an editor runs it, in a scratch project (the minimal site): exit 0 or 1, the
 * very messages of the build's content check, and `--watch` checking again after a save.
 */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { checkProject } from '../../src/lib/content-check';
import { formatProblems } from '../../src/lib/problems';

const PROJECT = new URL('../../', import.meta.url).pathname;
let root: string;
const CASE = 'content/cases/fixture-case.md';

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'check-cli-'));
  for (const part of ['src', 'scripts', 'package.json']) cpSync(join(PROJECT, part), join(root, part), { recursive: true });
  cpSync(join(PROJECT, 'tests/fixtures/minimal-site'), root, { recursive: true });
  cpSync(join(PROJECT, 'data/indicators.json'), join(root, 'data/indicators.json'));
  symlinkSync(join(PROJECT, 'node_modules'), join(root, 'node_modules'));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

const check = (...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'scripts/check.ts', ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, FORCE_COLOR: '0' } });

// Each test starts Node with tsx, which takes seconds on a loaded two-core machine.
describe('npm run check', { timeout: 60_000 }, () => {
  test('exits 0 on good content', () => {
    const result = check();
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/^内容检查通过：content\/ 与 data\/ 中的 \d+ 个文件，以及网站设置（\d+ ms）。$/m);
  });

  test('exits 1 with the build’s own messages', async () => {
    const good = readFileSync(join(root, CASE), 'utf8');
    writeFileSync(join(root, CASE), good.replace('region:', 'regoin:'));
    try {
      const result = check();
      expect(result.status).toBe(1);
      const { problems } = await checkProject(root);
      expect(result.stderr).toBe(`${formatProblems(problems, '内容检查', 'npm run check')}\n`);
      expect(result.stderr).toContain('字段名 regoin 写错了，应为 region（地区）');
    } finally {
      writeFileSync(join(root, CASE), good);
    }
  });

  test('--watch checks again after a save', async () => {
    const good = readFileSync(join(root, CASE), 'utf8');
    writeFileSync(join(root, CASE), good.replace('region:', 'regoin:'));
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/check.ts', '--watch'], { cwd: root, env: { ...process.env, FORCE_COLOR: '0' } });
    let output = '';
    const seen = (text: string) =>
      new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`waited for “${text}”, got:\n${output}`)), 45_000);
        const look = () => {
          if (output.includes(text)) {
            clearTimeout(timer);
            resolve();
          } else setTimeout(look, 50);
        };
        look();
      });
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    try {
      await seen('正在监视');
      expect(output).toContain('regoin');
      writeFileSync(join(root, CASE), good);
      await seen('内容检查通过');
      expect(output).toContain('文件有改动，重新检查');
    } finally {
      child.kill();
      writeFileSync(join(root, CASE), good);
    }
  });
});
