/**
 * `npm run check` timed as an editor runs it — npm, the project's Node 24, tsx, the content check
 * with the statistics and site settings — in a project folder: the bundled site, or the generated
 * one. Run a few times (the first run fills tsx's cache; the machine may be busy): every run is
 * kept, the median reported.
 */
import { runMeasured } from './measure.mjs';

export async function timeCheck(cwd, runs = 3) {
  const results = [];
  for (let i = 0; i < runs; i++) {
    const run = await runMeasured('npm', ['run', '--silent', 'check'], { cwd, env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' } });
    const passed = run.lines.map((l) => l.text).find((t) => t.startsWith('内容检查通过'));
    const m = passed && /中的 (\d+) 个文件.*（(\d+) ms）/.exec(passed);
    results.push({ code: run.code, wallMs: run.wallMs, cpuSeconds: run.cpuSeconds, otherCpuSeconds: run.otherCpuSeconds, files: m ? Number(m[1]) : null, checkMs: m ? Number(m[2]) : null });
    if (run.code !== 0) {
      throw new Error(`npm run check 在 ${cwd} 失败（退出码 ${run.code}）：\n${run.lines.slice(-30).map((l) => l.text).join('\n')}`);
    }
  }
  const sorted = [...results].sort((a, b) => a.wallMs - b.wallMs);
  return { runs: results, medianMs: sorted[Math.floor(sorted.length / 2)].wallMs, bestMs: sorted[0].wallMs, files: results[0].files };
}
