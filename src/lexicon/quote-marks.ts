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
 * is a lost ’ and "â" between spaces a lost dash: `decodedMark` tells which an "â" is.
 */
export const MARK_CHARS = /''|``|‘‘|’’|â\??|["'“”‘’„‚«»‹›「」『』]/gu;

/** What an "â" (or "â?") found by MARK_CHARS stands for, from its neighbours: an opening or a closing double mark, or nothing. */
export function decodedMark(text: string, at: number, len: number, start: number): 'open' | 'close' | null {
  const before = at > start ? text[at - 1]! : '';
  const after = text[at + len] ?? '';
  // (after a dateline that opens the paragraph it is a lost dash: "(Washington, D.C.) âMontana Senator ...")
  if (len === 1 && before === ' ' && at - start < 48 && /^\(?\p{Lu}[\p{L}.,'\s-]{1,40}\)\s+$/u.test(text.slice(start, at))) return null;
  if (len === 1 && (before === '' || /[\s(\[—–]/u.test(before)) && /[\p{L}\d$‘']/u.test(after)) return 'open';
  if (before !== '' && /[\p{L}\d.,;:!?)’']/u.test(before) && (len === 2 || after === '' || /[\s.,;:!?)]/u.test(after))) return 'close';
  return null;
}

/** Pairs of single marks that typesetting and newswire use as one double mark, and what they stand for
 * (and the double marks decoded twice, above). */
export const DOUBLED: Readonly<Record<string, string>> = { "''": '"', '``': '``', '‘‘': '“', '’’': '”', 'â': '“', 'â?': '”' };
