/** `search/terms.json`: synonyms, names, sounds and places for the search UI (src/lib/search/assist-data.ts). */
import type { APIRoute } from 'astro';
import { searchAssist } from '../../site/search-assist';

export const GET: APIRoute = async () => Response.json((await searchAssist()).terms);
