import type { Doc, Sentence, Span } from '../types.js';
import { findContaining, lowerBound } from '../core/doc.js';
import { NOMINAL_CUES } from '../lexicon/roles.js';
import { describesSource, fromMention, possessiveRef, quotedSpans, speakerBefore, type SpeakerRef } from './speakers.js';

/**
 * Attributions carried by a noun of speech or stance with its possessor: "Trump's criticism of the
 * judge", "his support for abortion rights", "Sanders's attacks on her record". The possessor
 * holds the position; the noun phrase after the preposition is what the position is about.
 */
export interface Nominal { cue: Span; ref: SpeakerRef; content: Span }

const NOUNS = [...NOMINAL_CUES.keys()].sort((a, b) => b.length - a.length).join('|');
const PREPS = [...new Set([...NOMINAL_CUES.values()].flat())].join('|');
const CUE = new RegExp(String.raw`\b(${NOUNS})\s+(${PREPS})\s+(?=\S)`, 'gu');
// the possessor right before the noun, one or two modifiers apart: "Mr. Trump's continual attacks on"
// (the modifiers are adjectives: in "his plan calls for rates" the noun is a verb)
const MODIFIER = String.raw`(?:[\p{Ll}-]+(?:al|ive|ous|ful|ed|ing|ic|ent|ant|ary|ly|ish|less|est|ist|ile)|recent|previous|past|strong|own|new|early|full|hard-line|harsh|public|fierce|sharp|vocal|frequent|repeated|continual|constant|latest|earlier|open|total|staunch|firm|longtime|long-standing|blunt|tough|broad|clear|high-profile|late|first|latest)`;
const POSSESSOR = new RegExp(String.raw`(?:(['’]s?)|\b([Hh]is|[Hh]er|[Tt]heir|[Ii]ts))\s+(?:${MODIFIER}\s+){0,2}$`, 'u');
// ("remarks on the floor of the Senate", "his position on the Finance Committee": a place or a seat)
const SETTING_HEAD = /^(?:the\s+)?(?:[\p{L}.'’-]+\s+){0,4}(?:floor|committee|subcommittee|board|council|panel|commission|team|staff|ticket|trail|stump|show|program|programme|radio|television|TV|website|Twitter|Facebook|air)\b(?:\s+of\s+(?:the\s+)?(?:[\p{L}.'’-]+\s+){0,3}[\p{L}.'’-]+)?\.?$/iu;
// content that is a time ("his statement on Wednesday") or a question word is none
const NO_CONTENT = /^(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|[Tt]oday|[Yy]esterday|[Tt]onight)(?:\s+(?:morning|afternoon|evening|night))?|what|whether|how|why|who|which|where|when)\b/u;
// where the content noun phrase ends: a clause boundary, a finite verb or a subordinator
const CONTENT_END = /\s*(?:[,;:!?()]|(?<!\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|St|Jr|Sr|Gen|Lt|Col|Sgt|Mt|Ft|\p{Lu}))\.(?=\s|$)|\s[-—–]+\s|(?<!\b(?:a|an|the|his|her|their|its|our|my|your|this|that|these|those))\s+(?=\p{Ll}{3,}ed\s+(?:(?:the|a|an|his|her|their|its|him|them|us|me)\b|\p{Lu}))|\s+(?=by\s+\p{Ll}+ing\b)|\s+(?=(?:is|are|was|were|has|have|had|will|would|could|can|may|might|should|must|does|do|did|isn['’]t|wasn['’]t|hasn['’]t|haven['’]t|doesn['’]t|didn['’]t|won['’]t|wouldn['’]t|seems|seemed|appears|appeared|helped|hurt|drew|draws|came|comes|made|makes|led|leads|gave|gives|raised|raises|became|becomes|remains|remained|sparked|prompted|reflects|reflected|shows|showed|got|gets|took|takes|began|continues|continued|angered|won|earned|costs?|means|meant|suggests|suggested|marks|marked|stands|stood|signals|signaled|goes|went|because|since|during|after|before|when|while|despite|although|though|amid|that|which|who)\b))/u;

export function nominalAttributions(doc: Doc, sentence: Sentence, floor: number): Nominal[] {
  const body = doc.text.slice(floor, sentence.end);
  if (!/['’]s?\s|\b(?:[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s/u.test(body)) return [];
  const out: Nominal[] = [];
  const quoted = quotedSpans(doc);
  CUE.lastIndex = 0;
  for (let m = CUE.exec(body); m; m = CUE.exec(body)) {
    if (!NOMINAL_CUES.get(m[1]!)!.includes(m[2]!)) continue;
    const cueStart = floor + m.index;
    if (findContaining(quoted, cueStart) >= 0) continue;
    const lead = doc.text.slice(Math.max(floor, cueStart - 40), cueStart);
    const pos = POSSESSOR.exec(lead);
    if (!pos) continue;
    const at = cueStart - lead.length + pos.index;
    let ref: SpeakerRef | null = null;
    if (pos[2]) ref = possessiveRef(doc, at, pos[2]);
    else {
      // a name right before the apostrophe, or a description of a source ("the front-runner's")
      const named = doc.mentions[lowerBound(doc.mentions, at) - 1];
      if (named && named.end === at && named.kind === 'name' && named.type !== 'place') ref = fromMention(doc, named);
      else {
        const phrase = speakerBefore(doc, at, floor);
        if (phrase && phrase.mention.end === at && (phrase.mention.kind === 'name' || describesSource(phrase.mention.text))) ref = phrase;
      }
    }
    if (!ref || (ref.name === null && ref.mention.kind === 'pronoun')) continue;
    const cstart = cueStart + m[0].length;
    const rest = doc.text.slice(cstart, sentence.end);
    const stop = CONTENT_END.exec(rest);
    const cend = cstart + (stop ? stop.index : rest.replace(/[\s.]+$/u, '').length);
    const words = doc.text.slice(cstart, cend).match(/[\p{L}\p{N}]+/gu) ?? [];
    if (!words.length || words.length > 15 || NO_CONTENT.test(doc.text.slice(cstart, cend)) || SETTING_HEAD.test(doc.text.slice(cstart, cend))) continue;
    out.push({ cue: { start: cueStart, end: cueStart + m[0].trimEnd().length }, ref, content: { start: cstart, end: cend } });
  }
  return out;
}
