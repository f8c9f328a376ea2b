/** axe-core in the page under test: the site's accessibility bar is WCAG 2.1 A and AA. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/**
 * The WCAG 2.1 A/AA violations of the page as it is now (or within `include`, a selector), one
 * line each: `rule (impact): help — elements`. axe is evaluated, not added as a <script>: the
 * site's CSP blocks inline scripts.
 */
export async function axeViolations(page: Page, include?: string): Promise<string[]> {
  await page.evaluate(AXE);
  return page.evaluate(
    async ({ include, tags }) => {
      type Result = { violations: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[] };
      const axe = (window as unknown as { axe: { run: (ctx: unknown, opts: object) => Promise<Result> } }).axe;
      const result = await axe.run(include ? { include: [include] } : document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
      return result.violations.map(
        (v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.length} element(s): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`,
      );
    },
    { include, tags: WCAG_21_AA },
  );
}
