/**
 * What every editors' command (`npm run new`, `check`, `import:word`, `import:data`,
 * `data:template`) shares: the project root, paths as the editor typed them, options, and how
 * problems and failures are printed — Chinese, through the one formatter, never a stack trace.
 * The commands themselves are thin: their logic is in src/lib.
 */
import { isAbsolute, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { formatProblems, isError, type Problem } from '../src/lib/problems';

/** The project root (npm runs scripts there). */
export const projectRoot = fileURLToPath(new URL('../', import.meta.url));

/** A path the editor typed, from the folder they typed it in (npm changes into the project first). */
export const userPath = (path: string) => (isAbsolute(path) ? path : resolve(process.env.INIT_CWD ?? process.cwd(), path));

/** The options and arguments, or a clear message and exit 1 on an unknown option. */
export function args<T extends NonNullable<ParseArgsConfig['options']>>(options: T, usage: string) {
  try {
    return parseArgs({ args: process.argv.slice(2), options, allowPositionals: true, strict: true });
  } catch (error) {
    const option = /'(-[^']*)'/.exec((error as Error).message)?.[1];
    process.stderr.write(`${option ? `不认识的选项 ${option}。` : `${(error as Error).message}\n`}\n用法：${usage}\n`);
    process.exit(1);
  }
}

/**
 * Prints problems (errors to stderr) and returns the exit code: 1 when any is an error. Commands
 * that write files say that nothing was written.
 */
export function report(problems: readonly Problem[], what: string, next: string, { wrote = true } = {}): 0 | 1 {
  if (problems.length === 0) return 0;
  const errors = problems.some(isError);
  const nothing = errors && !wrote ? '没有写入任何文件。\n' : '';
  (errors ? process.stderr : process.stdout).write(`${formatProblems(problems, what, next)}\n${nothing}`);
  return errors ? 1 : 0;
}

/** Runs a command; an unexpected failure is printed as one Chinese line with its cause, exit 2. */
export function main(run: () => Promise<number>) {
  run().then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      const message = error instanceof Error ? error.message : String(error);
      process.stderr.write(`出错了，没有写入任何文件：${message}\n如果看不懂这条信息，请把它连同所运行的命令发给网站维护人员。\n`);
      process.exitCode = 2;
    },
  );
}
