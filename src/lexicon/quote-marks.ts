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

/** Every character that may be a quotation mark or an apostrophe. */
export const MARK_CHARS = /''|``|‘‘|’’|["'“”‘’„‚«»‹›「」『』]/gu;

/** Pairs of single marks that typesetting and newswire use as one double mark, and what they stand for. */
export const DOUBLED: Readonly<Record<string, string>> = { "''": '"', '``': '``', '‘‘': '“', '’’': '”' };
