import type { Doc, EntityType, Letter, Quote } from '../types.js';
import { findContaining, lowerBound } from '../core/doc.js';
import { LETTER_CLOSING, SALUTATION } from '../lexicon/boilerplate.js';
import { isGivenName } from '../lexicon/genders.js';
import { joinNames } from './speakers.js';

/**
 * Letters reproduced in an article (press releases print them whole): from the salutation ("Dear
 * President Bush:") to the closing ("Sincerely,", or the article's end when it has none), with the
 * writers named in the signature after it (or, unsigned, the people named before the word "letter"
 * just above it, else the speaker of the last attribution before it) and the addressee named in the
 * salutation. Inside a letter, its "I" and "we" are the writers, and "you" the addressee:
 * "We are writing to urge you to ..." is the senators' appeal to the President.
 */
export function findLetters(doc: Doc): Doc {
  const letters: Letter[] = [];
  const paras = doc.paragraphs;
  for (let i = 0; i < paras.length; i++) {
    const p = paras[i]!;
    // (a cheap test first: most paragraphs open with no "Dear")
    if (doc.text.charCodeAt(p.start) !== 68 || !SALUTATION.test(doc.text.slice(p.start, p.end))) continue;
    let close = -1;
    for (let j = i + 1; j < paras.length && j < i + 60; j++) {
      if (LETTER_CLOSING.test(firstLine(doc, paras[j]!))) { close = j; break; }
    }
    const end = close >= 0 ? paras[close]!.start : paras.at(-1)!.end;
    const signed = close >= 0 ? signers(doc, close) : [];
    const sender = namedWithLetter(doc, i) ?? writersBefore(doc, p.start);
    const names = signed.length ? signed : sender;
    if (!names.length) continue;
    // (many signers act as one party, led by the article's own speaker where they signed, else by
    // the first name signed: "Maria Cantwell, Jeff Bingaman, ... and Lisa Murkowski" is Cantwell's letter)
    const lead = names.length > 2 ? [names.find((w) => w.name === sender[0]?.name) ?? names[0]!] : names;
    letters.push({ start: p.start, end, signers: names.map((w) => w.name), writers: lead.map((w) => w.name), writerType: lead.length > 1 ? 'group' : lead[0]!.type, addressee: addresseeOf(doc, p.start, p.end) });
    if (close >= 0) i = close;
  }
  if (!letters.length) return doc;
  return { ...doc, letters, quotes: letterText(doc, letters, doc.quotes.map((q) => inLetter(q, letters))) };
}

/**
 * A letter's paragraphs in its writers' own voice are their words verbatim, as a quotation is: each
 * becomes a direct quote of the writers (rule `letter-text`, flag `letter`, `cue` null), unless a
 * quotation already holds it (in the letter, or an excerpt the article quoted before printing it).
 * What the writers report of themselves inside it ("we believe more must be done") is then part of
 * that quotation; what they report of others ("the Commission recommended support for ...") stays a
 * record of its own. A paragraph with no "I", "we", "our" or "us" (a date line, a reference, a
 * paragraph of background) is not taken.
 */
function letterText(doc: Doc, letters: readonly Letter[], quotes: readonly Quote[]): readonly Quote[] {
  const { text } = doc;
  const added: Quote[] = [];
  const dropped = new Set<Quote>();
  for (const letter of letters) {
    for (let j = findContaining(doc.paragraphs, letter.start) + 1; j < doc.paragraphs.length && doc.paragraphs[j]!.start < letter.end; j++) {
      const p = doc.paragraphs[j]!;
      if (p.boilerplate) continue;
      let start = p.start;
      let end = Math.min(p.end, letter.end);
      while (start < end && /\s/u.test(text[start]!)) start++;
      while (end > start && /\s/u.test(text[end - 1]!)) end--;
      const body = text.slice(start, end);
      // (prose: a sentence's end and eight words at least)
      if (!/[.!?]["”’)]?$/u.test(body) || (body.match(/[\p{L}\p{N}]+/gu) ?? []).length < 8) continue;
      if (!WRITERS_VOICE.test(body.replace(/[“"][^“”"]*[”"]/gu, ' '))) continue;
      if (quotes.some((q) => q.kind !== 'indirect' && q.spans.some((sp) => sp.start < end && start < sp.end))) continue;
      const head = squeeze(body.slice(0, 60)).replace(/\s\S*$/u, '');
      if (quotes.some((q) => q.kind === 'direct' && q.spans.some((sp) => squeeze(text.slice(sp.start, sp.end)).includes(head)))) continue;
      for (const q of quotes) if (q.start >= start && q.end <= end && (q.flags.includes('letter') || (q.speaker !== null && FIRST_PERSON.test(q.speaker.text)))) dropped.add(q);
      added.push({
        kind: 'direct', start, end, spans: [{ start, end }], fragments: [], speaker: null, speakerName: joinNames(letter.writers),
        speakerType: letter.writerType, speakerRole: null, cue: null, addressee: letter.addressee, paragraph: j,
        sentence: Math.max(0, lowerBound(doc.sentences, start + 1) - 1), confidence: 0.85, flags: ['letter'], rule: 'letter-text',
      });
    }
  }
  if (!added.length) return quotes;
  return [...quotes.filter((q) => !dropped.has(q)), ...added].sort((a, b) => a.start - b.start || a.end - b.end);
}

// the writers speaking of themselves ("I" before a verb: not "Title I")
const WRITERS_VOICE = /\b(?:I(?=\s+\p{Ll}|['’]\p{Ll})|[Ww]e|[Oo]ur|us|[Mm]y|me)\b/u;
// (words only: the excerpt may end a sentence with a comma before its attribution)
const squeeze = (s: string): string => s.replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

const firstLine = (doc: Doc, p: { start: number; end: number }): string => doc.text.slice(p.start, p.end).split('\n', 1)[0]!.trim();

// The people who signed: the names in the short paragraphs after the closing ("Sincerely, ¶ Maria
// Cantwell ¶ United States Senator", "Maria Cantwell, Jeff Bingaman, ... and Lisa Murkowski.").
function signers(doc: Doc, close: number): { name: string; type: EntityType }[] {
  const out: { name: string; type: EntityType }[] = [];
  const from = doc.paragraphs[close]!.start;
  let to = from;
  for (let j = close; j < doc.paragraphs.length && j < close + 40; j++) {
    const p = doc.paragraphs[j]!;
    // (a paragraph of prose ends the signature; a long list of names does not)
    if (j > close && p.end - p.start > 160 && /[.!?]\s+\p{Lu}\p{Ll}+\s+\p{Ll}/u.test(doc.text.slice(p.start, p.end))) break;
    // (nor does the release's own footer: "Contact: Antonia Ferrier", "###")
    if (j > close && RELEASE_FOOTER.test(doc.text.slice(p.start, p.end))) break;
    to = p.end;
  }
  // (a signature in capitals is a name the article gave before: "OLYMPIA J. SNOWE ¶ United States Senator")
  const block = doc.text.slice(from, to);
  if (/\p{Lu}{3,}\s+\p{Lu}/u.test(block)) {
    for (const e of doc.entities) {
      if (e.type === 'person' && e.name.includes(' ') && block.includes(e.name.toUpperCase()) && !out.some((w) => w.name === e.name)) out.push({ name: e.name, type: 'person' });
    }
  }
  for (let k = lowerBound(doc.mentions, from); k < doc.mentions.length && doc.mentions[k]!.start < to; k++) {
    const m = doc.mentions[k]!;
    if (m.kind !== 'name' || m.type !== 'person') continue;
    const name = m.entity !== null ? doc.entities[m.entity]!.name : m.text;
    // (a signer's title on its own line names nobody: "United States Senator", "Member of Congress")
    // (a signer has a given name or an initial first: not a heading after the letter, "Additional Troops")
    const first = name.split(/\s+/u)[0]!;
    if (SIGNATURE_TITLE.test(name) || !name.includes(' ') || !(isGivenName(first[0]! + first.slice(1).toLowerCase()) || /^\p{Lu}\.$/u.test(first))) continue;
    if (!out.some((w) => w.name === name)) out.push({ name, type: 'person' });
  }
  return out;
}

// The people named before the word "letter" in the few paragraphs before the salutation: "The text
// of Cantwell's letter follows below:", "Snowe and Senator Maria Cantwell sent a letter today to ...".
function namedWithLetter(doc: Doc, salutation: number): { name: string; type: EntityType }[] | null {
  for (let j = salutation - 1; j >= 0 && j >= salutation - 12; j--) {
    const p = doc.paragraphs[j]!;
    const at = doc.text.slice(p.start, p.end).search(/\bletters?\b/iu);
    if (at < 0) continue;
    const out: { name: string; type: EntityType }[] = [];
    for (let k = lowerBound(doc.mentions, p.start); k < doc.mentions.length && doc.mentions[k]!.start < p.start + at; k++) {
      const m = doc.mentions[k]!;
      if (m.kind !== 'name' || m.type !== 'person') continue;
      const name = m.entity !== null ? doc.entities[m.entity]!.name : m.text;
      // (a full name only: "Text of the letter" names no one)
      if (name.includes(' ') && !out.some((w) => w.name === name)) out.push({ name, type: 'person' });
    }
    return out.length ? out : null;
  }
  return null;
}

// An unsigned letter is the speaker's of the last attribution in the few paragraphs before it
// ("Cantwell sent the letter ... . The text of Cantwell's letter follows below:").
function writersBefore(doc: Doc, at: number): { name: string; type: EntityType }[] {
  const para = findContaining(doc.paragraphs, at);
  for (let k = lowerBound(doc.quotes, at) - 1; k >= 0; k--) {
    const q = doc.quotes[k]!;
    if (q.paragraph < para - 6) break;
    if (q.speakerName && !q.flags.includes('letter') && (q.speakerType === 'person' || q.speakerType === 'organization' || q.speakerType === 'group')) return [{ name: q.speakerName, type: q.speakerType }];
  }
  return [];
}

// The one written to: the names in the salutation ("Dear Chairman Domenici and Ranking Member
// Bingaman:"), or its words ("Dear Colleague:").
function addresseeOf(doc: Doc, start: number, end: number): string {
  const names: string[] = [];
  for (let k = lowerBound(doc.mentions, start); k < doc.mentions.length && doc.mentions[k]!.start < end; k++) {
    const m = doc.mentions[k]!;
    if (m.kind === 'name' && (m.type === 'person' || m.type === 'organization')) names.push(m.entity !== null ? doc.entities[m.entity]!.name : m.text);
  }
  if (names.length) return joinNames(names);
  return doc.text.slice(start, end).trim().replace(/^Dear\s+/u, '').replace(/\s*[:,]$/u, '');
}

const FIRST_PERSON = /^(?:I|we|We|me|us|Us)$/u;
const RELEASE_FOOTER = /^\s*(?:cc\s*:|Enclosures?\b|Attachments?\b|Contact|Press\s+Contact|Media\s+Contact|For\s+(?:Immediate\s+Release|more\s+information)|#{3}|-+\s*30\s*-+)/iu;
const SIGNATURE_TITLE = /\b(?:United|States|Senators?|Representatives?|Members?|Chairman|Chairwoman|Chair|Congress(?:man|woman)?|Ranking|Committee|Governor)\b/u;

// A quotation of the letter's own "I" or "we" is the writers'; its "you" is the addressee.
function inLetter(q: Quote, letters: readonly Letter[]): Quote {
  const letter = letters.find((l) => l.start <= q.start && q.start < l.end);
  if (!letter || q.speakerName || !q.speaker || !FIRST_PERSON.test(q.speaker.text)) return q;
  return {
    ...q, speakerName: joinNames(letter.writers), speakerType: letter.writerType,
    addressee: q.addressee !== null && /^you$/iu.test(q.addressee) ? letter.addressee : q.addressee,
    flags: [...q.flags, 'letter'],
  };
}
