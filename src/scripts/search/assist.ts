/**
 * The search UI's own data (src/lib/search/assist-data.ts), fetched from the site when search is
 * first used: `search/terms.json` at once, the name shards only to suggest a correction, the
 * figure shards only for a question about a figure. Search works without it (a failed fetch gives
 * null, and is tried again next time).
 */
import type { AssistFiguresShard, AssistName, AssistNamesShard, AssistTerms } from '../../lib/search/assist-data';
import { soundIndex, type SoundIndex } from '../../lib/search/did-you-mean';

export type Assist = { terms: AssistTerms; sounds: SoundIndex };

const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');

async function fetchJson<T>(path: string): Promise<T> {
  const response = await fetch(`${base}${path}`);
  if (!response.ok) throw new Error(`${path}: ${response.status}`);
  return (await response.json()) as T;
}

/** Loads once and keeps the result; a failure is forgotten, so the next call tries again. */
function once<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | undefined;
  return () => {
    loading ??= load();
    loading.catch(() => (loading = undefined));
    return loading;
  };
}

const terms = once(async () => {
  const data = await fetchJson<AssistTerms>('search/terms.json');
  return { terms: data, sounds: soundIndex(data.sounds) };
});

/** The terms file with its sound index, or null when it cannot be loaded. */
export const loadAssist = (): Promise<Assist | null> => terms().catch(() => null);

const names = once(async () => {
  const { terms: data } = (await terms()) as Assist;
  const shards = await Promise.all(data.shards.names.map((path) => fetchJson<AssistNamesShard>(path)));
  return [...data.names, ...shards.flatMap((s) => s.names)];
});

/** Every name a correction may suggest: the terms file's, then the shards'. */
export const loadNames = (): Promise<AssistName[]> => names();

const figures = once(async () => {
  const { terms: data } = (await terms()) as Assist;
  return Promise.all(data.shards.figures.map((path) => fetchJson<AssistFiguresShard>(path)));
});

/** The figure shards. */
export const loadFigures = (): Promise<AssistFiguresShard[]> => figures();
