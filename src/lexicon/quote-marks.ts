/**
 * Quotation marks. `opens` lists the closing marks that may end a quotation opened by the key,
 * so German „…“ and „…” and mixed straight/curly usage all pair.
 */
export const OPENERS: Readonly<Record<string, readonly string[]>> = {
  '“': ['”', '“', '"'],
  '„': ['“', '”', '"'],
  '"': ['"', '”', '“'],
  '``': ['"', '”'],
  '«': ['»'],
  '‹': ['›'],
  '「': ['」'],
  '『': ['』'],
  '‘': ['’', "'", '‘'],
  '‚': ['‘', '’'],
  "'": ["'", '’'],
};

/** Double marks (the outer level of news quotations) as opposed to single marks. */
export const DOUBLE = new Set(['“', '”', '„', '"', '``', '«', '»', '「', '」', '『', '』']);

/**
 * Every character that may be a quotation mark or an apostrophe. Curly double marks whose UTF-8
 * was decoded as Latin-1 and the control characters then lost count too: “ becomes "â" before a
 * word, ” becomes "â?" or "â" after one (press releases of the Senate corpus), while "â" inside a word
 * is a lost ’ and "â" between spaces a lost dash.
 */
export const MARK_CHARS = /''|``|‘‘|’’|(?<=^|[\s(\[—–])â(?=[\p{L}\d$‘'])|(?<=[\p{L}\d.,;:!?)’'])â(?:\?|(?=[\s.,;:!?)]|$))|["'“”‘’„‚«»‹›「」『』]/gu;

/** Pairs of single marks that typesetting and newswire use as one double mark, and what they stand for
 * (and the double marks decoded twice, above). */
export const DOUBLED: Readonly<Record<string, string>> = { "''": '"', '``': '``', '‘‘': '“', '’’': '”', 'â': '“', 'â?': '”' };
