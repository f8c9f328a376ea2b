/**
 * The nine 示范点 standards with the cases tagged with each: what `/program/` and the standards'
 * pages (`/program/standards/<id>/`) list. Computed once per build.
 */
import { SHOWCASE_STANDARDS } from '../schemas/taxonomy';
import { siteContent, type Case } from './content';

export type StandardId = keyof typeof SHOWCASE_STANDARDS;
export type Standard = { id: StandardId; number: number; label: string; cases: Case[] };

let cached: Promise<Standard[]> | undefined;

/** Every standard, in the plan's order, with the cases that show it (in the order of the case list). */
export function standardsWithCases(): Promise<Standard[]> {
  cached ??= siteContent().then(({ cases }) =>
    (Object.keys(SHOWCASE_STANDARDS) as StandardId[]).map((id, i) => ({
      id,
      number: i + 1,
      label: SHOWCASE_STANDARDS[id],
      cases: cases.filter((c) => c.data.standards.includes(id)),
    })),
  );
  return cached;
}
