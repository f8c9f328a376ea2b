/**
 * `npm run edit` in a scratch copy of the project, as an editor runs it: started in a process group
 * of its own (as a terminal runs a command) and stopped with SIGINT to that group (Ctrl-C).
 */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, readdirSync, readlinkSync } from 'node:fs';
import { join } from 'node:path';
import { copyProject, projectRoot } from './build';

export type Editing = {
  dir: string;
  editorUrl: string;
  siteUrl: string;
  /** Everything it printed. */
  output: () => string;
  /** Ctrl-C; resolves with how npm ended (as a terminal's Ctrl-C, it reaches npm too). */
  interrupt: () => Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
};

/** A scratch copy with the editors' commands, for `npm run edit` and `npm run check`. */
export function editableCopy(): string {
  const dir = copyProject();
  cpSync(join(projectRoot, 'scripts'), join(dir, 'scripts'), { recursive: true });
  return dir;
}

/** The environment of a terminal: without Vitest's variables (with VITEST set, `astro dev` serves no pages). */
const ENV = Object.fromEntries(
  Object.entries({ ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' }).filter(([k]) => !/^(VITEST|TEST$|NODE_ENV$)/.test(k)),
);

/** Starts `npm run edit` in `dir` and waits for the addresses it prints. */
export async function startEditing(dir: string): Promise<Editing> {
  const child = spawn('npm', ['run', 'edit'], { cwd: dir, env: ENV, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let text = '';
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  const ready = new Promise<void>((resolve, reject) => {
    const read = (chunk: Buffer) => {
      text += chunk.toString('utf8');
      if (/网站预览：\s*http/.test(text)) resolve();
    };
    child.stdout!.on('data', read);
    child.stderr!.on('data', read);
    void exited.then(({ code }) => reject(new Error(`npm run edit exited (${code}) before it was ready:\n${text}`)));
  });
  await ready;
  const url = (label: string) => new RegExp(`${label}：\\s*(http\\S+)`).exec(text)![1]!;
  return {
    dir,
    editorUrl: url('网页编辑器'),
    siteUrl: url('网站预览'),
    output: () => text,
    interrupt: async () => {
      process.kill(-child.pid!, 'SIGINT');
      const ended = await exited;
      // npm dies of the SIGINT at once; the edit command under it stops its servers first.
      await new Promise((resolve) => setTimeout(resolve, 0));
      return ended;
    },
  };
}

/** Processes whose working folder is inside `dir`: none may outlive `npm run edit`. */
export function processesIn(dir: string): string[] {
  const found: string[] = [];
  for (const pid of readdirSync('/proc').filter((p) => /^\d+$/.test(p))) {
    try {
      if (readlinkSync(`/proc/${pid}/cwd`).startsWith(dir)) found.push(`${pid}: ${readlinkSync(`/proc/${pid}/exe`)}`);
    } catch {
      // Gone, or not ours to read.
    }
  }
  return found;
}

/** `npm run check` in `dir`. */
export function npmCheck(dir: string) {
  const result = spawnSync('npm', ['run', 'check'], { cwd: dir, env: ENV, encoding: 'utf8' });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}
