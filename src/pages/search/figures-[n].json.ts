/** `search/figures-<n>.json`: the statistics' figures for the search UI's answers, in shards (src/lib/search/assist-data.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { searchAssist } from '../../site/search-assist';

export const getStaticPaths = (async () =>
  (await searchAssist()).figures.map((shard, i) => ({ params: { n: String(i + 1) }, props: { shard } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => Response.json(props.shard);
