/**
 * Placeholders: what `npm run new` and the import tools write where an editor still has to fill
 * in a value (`level: 【待填写】`, a body of `【待填写：正文…】`). The content check finds every
 * one and names the field, so an entry cannot be published half-written.
 */

/** The placeholder of a value. */
export const PLACEHOLDER = '【待填写】';

/** A placeholder with a note: `【待填写：正文】`. */
export const placeholder = (note?: string) => (note ? `【待填写：${note}】` : PLACEHOLDER);

const FIND = /【待填写[^】\n]*】/g;

/** Whether a value (or any string inside it) is or holds a placeholder. */
export function holdsPlaceholder(value: unknown): boolean {
  if (typeof value === 'string') return value.includes('【待填写');
  if (Array.isArray(value)) return value.some(holdsPlaceholder);
  if (value && typeof value === 'object') return Object.values(value).some(holdsPlaceholder);
  return false;
}

/** Every placeholder in a text, with its 1-based line and column. */
export function findPlaceholders(text: string): { line: number; column: number; text: string }[] {
  const found: { line: number; column: number; text: string }[] = [];
  text.split('\n').forEach((line, i) => {
    for (const m of line.matchAll(FIND)) found.push({ line: i + 1, column: [...line.slice(0, m.index)].length + 1, text: m[0] });
  });
  return found;
}
