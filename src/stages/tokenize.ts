import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { Diagnostic, Doc, Token } from '../types.js';

// Only the POS tagger: wink's own sentence splitter is replaced by ours (quote-aware), and its
// other annotations cost time that no later stage uses (see scripts/compare-sentences.mjs).
const nlp = winkNLP(model, ['pos']);
const its = nlp.its;

/**
 * Tokens with Universal POS tags from wink-nlp, mapped back to exact offsets. wink keeps every
 * token's original characters and the whitespace before it, so walking the text recovers the
 * offsets; where a token cannot be found where expected, it is looked up ahead and noted.
 */
export function tokenize(doc: Doc): Doc {
  const { text } = doc;
  const wd = nlp.readDoc(text);
  const values = wd.tokens().out(its.value) as string[];
  const pos = wd.tokens().out(its.pos) as string[];
  const tokens: Token[] = new Array(values.length);
  const diagnostics: Diagnostic[] = [];
  let at = 0;
  let n = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    // wink reports paragraph breaks ("\n\n") as tokens of their own: whitespace is no token here
    if (!v.trim()) continue;
    while (at < text.length && isSpace(text.charCodeAt(at))) at++;
    let start = at;
    if (!text.startsWith(v, at)) {
      // look a little ahead only: a far match would throw every later offset off
      start = text.slice(at, at + 64).indexOf(v);
      if (start >= 0) start += at;
      if (start < 0) {
        if (diagnostics.length < 5) diagnostics.push({ code: 'W_TOKEN_OFFSET', stage: 'tokenize', message: `token ${JSON.stringify(v)} not found after offset ${at}` });
        continue;
      }
    }
    at = start + v.length;
    tokens[n++] = { start, end: at, pos: pos[i]! };
  }
  tokens.length = n;
  return { ...doc, tokens, diagnostics: diagnostics.length ? [...doc.diagnostics, ...diagnostics] : doc.diagnostics };
}

function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 160 || c === 0x2028 || c === 0x2029 || c === 0x3000 || (c >= 0x2000 && c <= 0x200a) || c === 0xfeff;
}
