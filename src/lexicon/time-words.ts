/** Names of days and months, as patterns write them in several stages. */
export const WEEKDAYS = 'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday';
export const MONTH_NAMES = 'January|February|March|April|May|June|July|August|September|October|November|December';

/**
 * The pattern with its `WEEKDAY` and `MONTH` placeholders spelt out (same flags): the day and month
 * names are written once, the patterns stay readable literals.
 */
export const withTimeWords = (re: RegExp): RegExp => new RegExp(re.source.replaceAll('WEEKDAY', WEEKDAYS).replaceAll('MONTH', MONTH_NAMES), re.flags);
