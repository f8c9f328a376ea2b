/**
 * The search UI's data (src/lib/search/assist-data.ts) from this build's content and statistics,
 * made once per build and served by the endpoints under src/pages/search/.
 */
import { figureShards, nameShards, assistTerms, type AssistFiguresShard, type AssistNamesShard, type AssistTerms } from '../lib/search/assist-data';
import { formatValue } from '../lib/stats/format';
import { formatPeriod } from '../lib/stats/periods';
import { routes } from '../lib/urls';
import { siteContent } from './content';
import { siteStats } from './stats';
import { url } from './url';

type Assist = { terms: AssistTerms; names: AssistNamesShard[]; figures: AssistFiguresShard[] };

/** The last year a period names: `../2011-11` → 2011, `2010-12-31/2011-09-30` → 2011. */
const endYear = (period: string) => Number([...period.matchAll(/\d{4}/g)].at(-1)![0]);

async function load(): Promise<Assist> {
  const { glossary, program, methods, cases, policies, reports } = await siteContent();
  const stats = await siteStats();
  const titles = [
    ...methods.map((m) => ({ title: m.data.title, aliases: m.data.aliases })),
    ...cases.map((c) => ({ title: c.data.title })),
    ...policies.map((p) => ({ title: p.data.title })),
    ...reports.map((r) => ({ title: r.data.title })),
    ...stats.datasets.map((d) => ({ title: d.title })),
  ];
  const names = nameShards(titles);
  const figures = figureShards({
    datasets: stats.datasets.map((ds) => {
      const highlights = new Set(ds.highlights);
      return {
        title: ds.title,
        url: url(routes.dataset(ds.id)),
        source: ds.source.title,
        sourceUrl: url(routes.report(ds.source.id)),
        figures: ds.observations.map((o) => ({
          indicator: o.indicator,
          region: o.region,
          period: formatPeriod(o.period),
          year: endYear(o.period),
          value: formatValue(o, stats.indicators.get(o.indicator)!.unit),
          highlight: highlights.has(o),
        })),
      };
    }),
    indicators: stats.indicators,
    regions: stats.regions,
  });
  const terms = assistTerms(
    {
      glossary: glossary.map((t) => ({ term: t.data.term, aliases: t.data.aliases, searchTerms: t.data.searchTerms })),
      program: program.map((p) => ({ title: p.data.title, short: p.data.short })),
      titles,
      regions: [...stats.regions.values()],
    },
    { names: names.length, figures: figures.length },
  );
  return { terms, names, figures };
}

let cached: Promise<Assist> | undefined;

/** The search UI's data, made once per build. */
export function searchAssist(): Promise<Assist> {
  cached ??= load();
  return cached;
}
