/**
 * The components MDX bodies may use, supplied by the page (`<Content components={mdxComponents} />`
 * in `EntryBody.astro`), so that an MDX file imports nothing. The allowlist with each component's
 * props is `src/lib/safety/mdx-components.ts`; the types below make the two lists agree, names and
 * props alike.
 */
import type { ComponentProps } from 'astro/types';
import { MDX_COMPONENTS, type MdxComponentName } from '../../lib/safety/mdx-components';
import DatasetChart from '../charts/DatasetChart.astro';

export const mdxComponents = { DatasetChart } satisfies Record<MdxComponentName, unknown>;

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
/** `true` only when every component's props are exactly the allowlist's props. */
type PropsAgree = {
  [N in MdxComponentName]: Same<keyof ComponentProps<(typeof mdxComponents)[N]>, keyof (typeof MDX_COMPONENTS)[N]['props']>;
}[MdxComponentName];
// Exported only so that the check is not reported as unused: its type is the assertion.
export const propsAgree: PropsAgree = true;
