import type { Doc, Span } from '../types.js';
import { makeMention, type SpeakerRef } from './speakers.js';
import { clip } from './reported-speech.js';

/**
 * Transcript lines: a paragraph that opens with a speaker's name in capitals and a colon
 * ("FALLIN: Well, I think the whole nation needs to work together ..."), or with a name in double
 * brackets, as Wikinews prints its interviews ("((Aparna Garg)) There were fifteen of them."). The
 * rest of the paragraph is that speaker's words, verbatim but without quotation marks.
 */
export interface TranscriptLine {
  paragraph: number;
  content: Span;
  ref: SpeakerRef;
}

// a name in capitals, one to four words ("FALLIN", "JAKE TAPPER", "SEN. ELIZABETH WARREN"), then a colon
const LINE = /^([\p{Lu}][\p{Lu}.'’-]*(?:[ \t][\p{Lu}][\p{Lu}.'’-]*){0,3}):[ \t]+(?=[\p{L}\p{N}“"‘'(\[])/u;
// a name in double brackets, as written ("((Aparna Garg))", "((WN))" for Wikinews itself)
const BRACKET_LINE = /^\(\(([\p{L}][\p{L}.'’ -]{0,40}?)\)\)[ \t]+(?=\S)/u;
// labels that open a paragraph the same way but name nobody
const LABELS = /^(?:UPDATE|UPDATED|NOTE|NOTES|EDITOR['’]S NOTE|NOTE TO EDITORS|CORRECTION|CLARIFICATION|WATCH|READ|RELATED|READ MORE|PHOTOS?|VIDEO|AUDIO|SOURCE|SOURCES|BREAKING|ALERT|EXCLUSIVE|ANALYSIS|OPINION|COMMENTARY|Q|A|QUESTION|ANSWER|FACT CHECK|FACTS?|KEY FACTS|KEY POINTS|BACKGROUND|SUMMARY|HIGHLIGHTS|DETAILS|CONTACT|MEDIA CONTACT|PRESS CONTACT|FOR IMMEDIATE RELEASE|TITLE|SUBJECT|WHAT|WHEN|WHERE|WHO|WHY|HOW|DATE|TIME|LOCATION|PLACE|COST|BOTTOM LINE|WHY IT MATTERS|THE LATEST|WHAT['’]S NEXT|P\.?S)$/u;

export function transcriptLines(doc: Doc, from: number): TranscriptLine[] {
  const candidates: { paragraph: number; name: Span; content: Span; bracketed: boolean }[] = [];
  for (const para of doc.paragraphs) {
    if (para.index < from || para.boilerplate) continue;
    const head = doc.text.slice(para.start, Math.min(para.end, para.start + 60));
    const b = head.startsWith('((') ? BRACKET_LINE.exec(head) : null;
    if (b) {
      candidates.push({ paragraph: para.index, name: { start: para.start + 2, end: para.start + 2 + b[1]!.length }, content: clip(doc, para.start + b[0].length, para.end), bracketed: true });
      continue;
    }
    const m = LINE.exec(head);
    if (!m || LABELS.test(m[1]!) || !/\p{Lu}{2}/u.test(m[1]!)) continue;
    candidates.push({ paragraph: para.index, name: { start: para.start, end: para.start + m[1]!.length }, content: clip(doc, para.start + m[0].length, para.end), bracketed: false });
  }
  // a speaker the article names elsewhere, or one who takes two turns at least (a section heading
  // in capitals, "CONSUMER NOTICE:", comes once); a line of its own in capitals is a headline
  // (a last name alone is the same speaker as the full name before it: "JOEL BENENSON:", then
  // "BENENSON:"; two full names are two speakers, or two headings: "CONSUMER NOTICE", "PUBLIC NOTICE")
  const names = candidates.map((c) => doc.text.slice(c.name.start, c.name.end));
  const same = (a: string, b: string): boolean => a === b || (!/\s/u.test(a) && b.endsWith(` ${a}`)) || (!/\s/u.test(b) && a.endsWith(` ${b}`));
  const lines: TranscriptLine[] = [];
  for (const c of candidates) {
    const caps = doc.text.slice(c.name.start, c.name.end);
    const entity = entityFor(doc, caps);
    const turns = names.filter((n) => same(n, caps));
    if ((entity === null && turns.length < 2) || !/\p{Ll}/u.test(doc.text.slice(c.content.start, c.content.end))) continue;
    const mention = { ...makeMention(doc, c.name.start, c.name.end, 'name', 'person'), entity: entity?.index ?? null };
    const fullest = turns.reduce((a, b) => (b.length > a.length ? b : a), caps);
    // (a name in capitals is written in the usual case; one in brackets stays as written)
    const name = entity?.name ?? (c.bracketed ? fullest : fullest.toLowerCase().replace(/(^|[\s.'’-])(\p{L})/gu, (_, sep: string, ch: string) => sep + ch.toUpperCase()));
    lines.push({ paragraph: c.paragraph, content: c.content, ref: { mention, name, type: 'person', role: entity?.role ?? null, flags: ['transcript'] } });
  }
  return lines;
}

// the person the article names whose last name is the capitalised word ("FALLIN" -> Mary Fallin)
function entityFor(doc: Doc, caps: string): { index: number; name: string; role: string | null } | null {
  const last = caps.replace(/[.'’]/gu, '').split(/[\s-]+/u).at(-1)!.toLowerCase();
  if (last.length < 2) return null;
  // (an entity named only in capitals is the transcript's own label, no evidence)
  const e = doc.entities.find((x) => x.type === 'person' && x.name.split(/\s+/u).every((w) => /\p{Ll}/u.test(w) || w.length <= 2 || w.endsWith('.')) && x.name.toLowerCase().replace(/[.'’]/gu, '').split(/[\s-]+/u).at(-1) === last);
  return e ? { index: e.index, name: e.name, role: e.role } : null;
}
