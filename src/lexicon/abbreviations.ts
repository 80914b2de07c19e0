/**
 * Abbreviations that end in a period without ending a sentence. Lower-cased, without the period.
 * `TITLES` precede a name and never end a sentence ("Sen. Smith", "Gen. Milley").
 */
export const TITLES = new Set([
  'mr', 'mrs', 'ms', 'mx', 'dr', 'prof', 'sen', 'sens', 'rep', 'reps', 'gov', 'govs', 'gen', 'lt', 'col', 'capt', 'cpt',
  'maj', 'sgt', 'cpl', 'pvt', 'adm', 'cmdr', 'cdr', 'brig', 'rev', 'hon', 'pres', 'supt', 'insp', 'det', 'atty', 'messrs',
  'mme', 'mlle', 'sr', 'fr', 'st', 'mt', 'ft', 'amb', 'sec', 'secy', 'treas', 'asst', 'assoc', 'dept', 'gov’t', 'pfc', 'spc',
]);

/** Month abbreviations: not a sentence end before a number ("Jan. 5", "Sept. 11"). */
export const MONTHS = new Set(['jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec']);

/** Abbreviations that end a sentence only when the next word plainly starts one. */
export const SOFT = new Set([
  'inc', 'corp', 'co', 'ltd', 'llc', 'plc', 'bros', 'jr', 'no', 'nos', 'vol', 'vols', 'pp', 'p', 'fig', 'figs', 'vs', 'v',
  'etc', 'approx', 'est', 'ave', 'blvd', 'rd', 'dist', 'univ', 'ch', 'art', 'sec', 'para', 'cf', 'al', 'ca', 'div', 'ariz',
  'calif', 'colo', 'conn', 'del', 'fla', 'ga', 'ill', 'ind', 'kan', 'ky', 'la', 'md', 'mass', 'mich', 'minn', 'miss',
  'mo', 'mont', 'neb', 'nev', 'okla', 'ore', 'pa', 'tenn', 'tex', 'va', 'vt', 'wash', 'wis', 'wyo', 'ala', 'ark', 'dlrs',
  'mln', 'bln', 'pct', 'cts', 'yrs',
]);

/**
 * Words that begin sentences: after "U.S." or "Inc." a boundary is taken only before one of these
 * ("... in the U.S. The bill ..." splits; "the U.S. Senate" does not).
 */
export const SENTENCE_STARTERS = new Set([
  'the', 'a', 'an', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'this', 'that', 'these', 'those', 'there', 'his', 'her',
  'its', 'their', 'our', 'but', 'and', 'or', 'so', 'yet', 'in', 'on', 'at', 'for', 'if', 'when', 'while', 'after',
  'before', 'as', 'since', 'although', 'though', 'however', 'meanwhile', 'still', 'also', 'then', 'now', 'today',
  'yesterday', 'earlier', 'later', 'last', 'next', 'many', 'some', 'most', 'both', 'each', 'every', 'no', 'not', 'what',
  'why', 'how', 'who', 'where', 'under', 'with', 'without', 'by', 'from', 'to', 'one', 'two', 'officials', 'other',
]);
