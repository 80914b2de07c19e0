import { MAIN_VERB_AFTER_COMMA, RELATIVE_AFTER_PREPOSITION } from './function-words.js';
/**
 * Claim frames: a trigger pattern and what follows it. Each frame's regex matches from the trigger
 * to where the content begins; the `trigger` group is the trigger, an optional `recipient` group
 * is the party appealed to. Codes follow the CAMEO codebook and the CAMEO-to-PLOVER table
 * (../shared/research/events): 030 express intent to cooperate (AGREE), 057 sign formal agreement
 * (SUPPORT), 019 express accord, 020 appeal and 100 demand (REQUEST).
 * Verb lists were drawn from the PETRARCH2 AGREE, PLEDGE, PROMISE, VOW, URGE, APPEAL, DEMAND and
 * SIGN blocks and checked against senate press releases and Wikinews sentences.
 */
export interface ClaimFrame {
  readonly type: 'agreement' | 'pledge' | 'appeal' | 'accord';
  readonly cameo: string;
  readonly plover: string;
  readonly rule: string;
  readonly pattern: RegExp;
  /** the frame only counts inside a quotation or reported speech ("will", "would", "should") */
  readonly reportedOnly?: boolean;
  /** the speaker of the quotation is the party, the subject is the recipient ("They need to stand by us") */
  readonly speakerIsParty?: boolean;
  readonly confidence: number;
}

// (no auxiliary inside: "many of whom rely on the CSFP and have already been subjected to ...")
// (nor a second verb: "encourages and supports community efforts to ...")
const RECIPIENT = String.raw`(?<recipient>(?!(?:that|for|by|whether|if|not|never|here|there|today|yesterday|again|also|back|now|then|once|repeatedly|instead|and|or|but)\s)(?:the\s+|its\s+|their\s+|his\s+|her\s+|all\s+|both\s+)?(?:(?!(?:have|has|had|been|be|is|are|was|were|will|would)\s)[\p{L}\p{N}.'’-]+\s+){0,5}?(?!(?:have|has|had|been|be|is|are|was|were|will|would)\s)[\p{L}\p{N}.'’-]+)`;
const DEAL = String.raw`(?:agreement|agreements|deal|deals|accord|accords|treaty|treaties|memorandum|memoranda|MOU|MoU|MOUs|pact|ceasefire|cease-fire|truce|compact|protocol|framework|contract|contracts|letter\s+of\s+intent|charter|convention)`;

/** What befalls the subject of "will" rather than what it undertakes ("the tribe will receive a grant", "would fall off the ballot"), or what it will feel ("we will remember it our entire lives", "I will miss her greatly"). */
const BEFALL_VERBS = 'receive|get|gain|benefit|profit|prosper|thrive|lose|suffer|face|experience|see|become|remain|expire|happen|occur|cost|total|exceed|last|fall|rise|fail|die|drop|decline|collapse|shrink|plummet|soar|crumble|perish|qualify|go\\s+without|remember|miss|cherish|mourn|treasure|regret|depend|rely|want|wish|prefer';

export const CLAIM_FRAMES: readonly ClaimFrame[] = [
  // "agreed that peace ... is a shared interest": a shared view, not a commitment
  { type: 'accord', cameo: '019', plover: 'AGREE', rule: 'agree-that', confidence: 0.75, pattern: /\b(?<trigger>agree[sd]?|agreeing)\s+(?:with\s+[^,]{1,40}?\s+)?that[\s,]+/u },
  { type: 'agreement', cameo: '030', plover: 'AGREE', rule: 'agree-to', confidence: 0.85, pattern: /(?<!\b(?:was|were|been|be|is|are|being)\s+)\b(?<trigger>agree[sd]?|agreeing)\s+(?:with\s+(?![^,]{0,40}?\b(?:due|according|owing|thanks|prior|next|close|similar|related|opposed|contrary)\s+to\b)[^,]{1,40}?\s+)?(?:in\s+principle\s+)?to\s+(?!the\s+(?:need|importance)\b)/u },
  { type: 'agreement', cameo: '030', plover: 'AGREE', rule: 'agree-on', confidence: 0.75, pattern: /(?<!\b(?:was|were|been|be|is|are|being)\s+)\b(?<trigger>agree[sd]?|agreeing)\s+on\s+(?!the\s+need\b|the\s+importance\b)/u },
  { type: 'agreement', cameo: '057', plover: 'SUPPORT', rule: 'sign-deal', confidence: 0.8, pattern: new RegExp(String.raw`\b(?<trigger>sign(?:s|ed|ing)?|conclud(?:e|es|ed|ing)|reach(?:es|ed|ing)?|strik(?:e|es|ing)|struck|seal(?:s|ed|ing)?|ink(?:s|ed|ing)?|finaliz(?:e|es|ed|ing)|finalis(?:e|es|ed|ing))\s+(?!(?:ceremony|ceremonies|statement|statements|bonus|event|table|pen|period|day|deadline)\b)(?=(?:an?\s+|the\s+|two\s+|three\s+|several\s+)?(?:[\p{L}\p{N}()'’-]+\s+){0,6}?${DEAL}\b)`, 'u') },
  // pledges
  { type: 'pledge', cameo: '030', plover: 'AGREE', rule: 'pledge-to', confidence: 0.85, pattern: /\b(?<trigger>pledg(?:e|es|ed|ing)|promis(?:e|es|ed|ing)|vow(?:s|ed|ing)?|commit(?:s|ted|ting)?|swor?e|swear(?:s|ing)?|undert(?:ake|akes|ook))\s+(?:itself\s+|himself\s+|herself\s+|themselves\s+|ourselves\s+|myself\s+)?(?:to|that)\s+/u },
  { type: 'pledge', cameo: '030', plover: 'AGREE', rule: 'ready-to', confidence: 0.8, pattern: /\b(?<trigger>stands?\s+ready|(?:is|are|was|were|remains?|remained)\s+(?:ready|willing|prepared|determined|committed))\s+to\s+/u },
  { type: 'pledge', cameo: '030', plover: 'AGREE', rule: 'confirmed-willingness', confidence: 0.8, pattern: /\b(?<trigger>(?:confirm|express|reaffirm|reiterat|signal|indicat)(?:ed|es|s|ing)?)\s+(?=(?:[\p{Lu}][\p{L}]*['’]s\s+|its\s+|their\s+|his\s+|her\s+)?(?:willingness|readiness|commitment|determination|intention)\s+to\b)/u },
  // (not the passive of purpose: "The project is intended to reduce sewage discharges")
  { type: 'pledge', cameo: '030', plover: 'AGREE', rule: 'intend-to', confidence: 0.65, pattern: /\b(?<!\b(?:is|are|was|were|be|been|being|['’]s|['’]re)\s+(?:\p{Ll}+ly\s+|not\s+|never\s+|also\s+)?)(?<trigger>intends?|intended)\s+to\s+/u },
  // (what befalls the subject is no commitment: "the tribe will receive a $150,461 grant", "will face", "would fall off the ballot",
  // "will be receiving this grant", "will continue to receive the benefits", "would qualify for ...";
  // nor is a hedge: "I would say", "I would call it a highlight"; nor a polite request: "I would ask that
  // ...", "we would urge the Department to ..." (an appeal of its own))
  { type: 'pledge', cameo: '030', plover: 'AGREE', rule: 'will-do', confidence: 0.7, reportedOnly: true, pattern: new RegExp(String.raw`\b(?<trigger>will|shall|would|['’]ll)\s+(?!(?:also|still)\s+(?:be\b(?!\s+\p{Ll}+ing\b)|have\b|not\b|never\b|like\b|love\b|need\b|make\s+sure\b)|(?:also\s+)?find\s+(?:ourselves|themselves|itself|himself|herself|myself)\b)(?!(?:also\s+|continue\s+to\s+)(?:receive|get|gain|benefit|lose|suffer|face|experience|see|qualify)\b)(?:also\s+|continue\s+to\s+(?=\S))?(?!be\b(?!\s+\p{Ll}+ing\b)|be\s+(?:receiving|getting|gaining|benefiting|benefitting|losing|suffering|facing|experiencing|seeing|becoming|remaining|expiring|happening|occurring|costing|totaling|totalling|exceeding|lasting|qualifying)\b|have\b|not\b|never\b|also\s+be\b|like\b|love\b|hate\b|prefer\b|rather\b|need\b|make\s+sure\b|(?:also\s+)?(?:${BEFALL_VERBS})\b|(?:(?:also|just|only|certainly|frankly|honestly)\s+)?(?:say|guess|imagine|think|suppose|call\s+it|describe\s+it|tell\s+you|(?:admit|confess|concede)\s+(?:that|it)|grant\s+you)\b|(?<=\bwould\s+(?:also\s+)?)(?:(?:also|just|only|certainly)\s+)?(?:ask|urge|request|encourage|suggest|recommend|appreciate|welcome|hope|note|add|argue|submit|caution|remind|point\s+out|expect|suspect|predict|bet|venture|assume|agree|disagree)\b)(?=[\p{Ll}])`, 'u') },
  // appeals
  // (counting on someone to act asks it of them; relying on something to act is needing it, "communities
  // that rely on the ambulance service to respond", and no appeal)
  { type: 'appeal', cameo: '020', plover: 'REQUEST', rule: 'urge-to', confidence: 0.85, pattern: new RegExp(String.raw`\b(?<trigger>urg(?:e|es|ed|ing)|call(?:s|ed|ing)?\s+(?:on|upon)|ask(?:s|ed|ing)?|press(?:es|ed|ing)?|appeal(?:s|ed|ing)?\s+to|request(?:s|ed|ing)?|encourag(?:e|es|ed|ing)|implor(?:e|es|ed|ing)|exhort(?:s|ed|ing)?|invit(?:e|es|ed|ing)|prod(?:s|ded|ding)?|count(?:s|ed|ing)?\s+on)\s+(?:${RECIPIENT}\s+)?(?:(?<negated>not|never)\s+)?to\s+`, 'u') },
  // (not a participle before its agent or its source: "Among the steps called for in his plan")
  // ("asked for the price to be kept secret", "asking for places to eat"; not a comment asked for,
  // nor a pronoun or an amount, "asked for so little in return", "All I am asking for is ...")
  { type: 'appeal', cameo: '020', plover: 'REQUEST', rule: 'call-for', confidence: 0.75, pattern: /\b(?<trigger>call(?:s|ed|ing)?\s+for|appeal(?:s|ed|ing)?\s+for|press(?:es|ed|ing)?\s+for|push(?:es|ed|ing)?\s+for|ask(?:s|ed|ing)?\s+for(?!\s+(?:(?:a|his|her|their|any|further)\s+)?(?:comments?|more|it|that|this|them|him|her|me|us|so\s+(?:much|little)|little|nothing|much|is|was)\b))\s+(?!(?:in|by|under)\s)/u },
  { type: 'appeal', cameo: '100', plover: 'REQUEST', rule: 'demand', confidence: 0.8, pattern: /\b(?<trigger>demand(?:s|ed|ing)?|insist(?:s|ed|ing)?)\s+that[\s,]+/u },
  // (not an inverted question, "Should we believe ...", nor a state, "should always be a priority")
  { type: 'appeal', cameo: '020', plover: 'REQUEST', rule: 'should-do', confidence: 0.6, reportedOnly: true, speakerIsParty: true, pattern: /\b(?<trigger>should|must|ought\s+to)\s+(?!be\b|have\b|not\b|never\b|do\s+is\b|(?:always|also|still|\p{Ll}+ly)\s+(?:be|have)\b|(?:we|I|you|he|she|they|it|there|this|that)\b)(?=[\p{Ll}])/u },
  // accords: a shared view without a commitment
  { type: 'accord', cameo: '019', plover: 'AGREE', rule: 'shared-view', confidence: 0.85, pattern: /\b(?<trigger>shar(?:e|es|ed|ing)\s+(?:the|a|their|its)\s+(?:common\s+)?(?:view|views|position|understanding|belief|assessment|opinion|concern|recognition)s?)\s+(?:that|on|about)[\s,]+/u },
  { type: 'accord', cameo: '019', plover: 'AGREE', rule: 'concur', confidence: 0.8, pattern: /\b(?<trigger>concur(?:s|red|ring)?)\s+(?:with\s+[^,]{1,40}?\s+)?(?:on|that|in)\s+/u },
  { type: 'accord', cameo: '019', plover: 'AGREE', rule: 'agree-on-need', confidence: 0.75, pattern: /\b(?<trigger>agree[sd]?)\s+(?:on|to|with)\s+(?=the\s+(?:need|importance)\b)/u },
  { type: 'accord', cameo: '019', plover: 'AGREE', rule: 'reaffirm-that', confidence: 0.75, pattern: /\b(?<trigger>reaffirm(?:s|ed|ing)?|affirm(?:s|ed|ing)?)\s+(?:that\s+)?(?!(?:[\p{Lu}][\p{L}]*['’]s\s+|its\s+|their\s+|his\s+|her\s+)?(?:willingness|readiness|commitment|determination|intention)\b)/u },
  { type: 'accord', cameo: '019', plover: 'AGREE', rule: 'express-support', confidence: 0.7, pattern: /\b(?<trigger>express(?:es|ed|ing)?\s+(?:their\s+|its\s+|his\s+|her\s+)?(?:strong\s+|full\s+|firm\s+)?support)\s+for\s+/u },
  // appeals voiced in quotations: "It's time Japan stops stalling", "They need to stand by us",
  // "we hope you will build on this opportunity"
  { type: 'appeal', cameo: '020', plover: 'REQUEST', rule: 'time-for', confidence: 0.6, reportedOnly: true, speakerIsParty: true, pattern: /\b(?:[Ii]t\s+is|[Ii]t['’]s)\s+(?:simply\s+|high\s+|past\s+|now\s+)?(?<trigger>time)\s+(?:for\s+)?(?<recipient>(?:the\s+)?[\p{Lu}][\p{L}.'’-]*(?:\s+[\p{Lu}][\p{L}.'’-]*){0,5})\s+(?:to\s+)?(?=\p{Ll})/u },
  { type: 'appeal', cameo: '020', plover: 'REQUEST', rule: 'need-to', confidence: 0.55, reportedOnly: true, speakerIsParty: true, pattern: /\b(?<recipient>they|you|[\p{Lu}][\p{L}.'’-]*(?:\s+[\p{Lu}][\p{L}.'’-]*){0,5})\s+(?<trigger>needs?\s+to|ha(?:ve|s)\s+to)\s+(?=\p{Ll})/u },
  { type: 'appeal', cameo: '020', plover: 'REQUEST', rule: 'hope-will', confidence: 0.6, reportedOnly: true, speakerIsParty: true, pattern: /\b(?<trigger>hope|trust|expect)\s+(?:that\s+)?(?<recipient>you|they|[\p{Lu}][\p{L}.'’-]*(?:\s+[\p{Lu}][\p{L}.'’-]*){0,5})\s+will\s+(?=\p{Ll})/u },
  { type: 'appeal', cameo: '020', plover: 'REQUEST', rule: 'urge-that', confidence: 0.7, pattern: /\b(?<trigger>urg(?:e|es|ed|ing)|ask(?:s|ed|ing)?|request(?:s|ed|ing)?|recommend(?:s|ed|ing)?|propos(?:e|es|ed|ing))\s+(?:that\s+)?(?=(?:the\s+|its\s+|their\s+|his\s+|her\s+)?(?:[\p{L}-]+\s+){0,4}be\s+\p{Ll}+ed\b)/u },
  // (a subjunctive: "I ask that you cooperate fully", "We urge that the Senate pass the bill")
  { type: 'appeal', cameo: '020', plover: 'REQUEST', rule: 'urge-that', confidence: 0.7, pattern: new RegExp(String.raw`\b(?<trigger>urg(?:e|es|ed|ing)|ask(?:s|ed|ing)?|request(?:s|ed|ing)?|recommend(?:s|ed|ing)?)\s+that\s+${RECIPIENT}\s+(?=(?!(?:is|are|was|were|will|would|can|could|should|shall|may|might|must|has|have|had|does|did|be|not|also)\b)\p{Ll}+(?<!(?:[^su]s|ed|ing))\b)`, 'u') },
  // a commitment named as a noun: "their firm determination to defend prices" (to a deed, not a
  // thing: "has demonstrated a commitment to his school")
  { type: 'pledge', cameo: '030', plover: 'AGREE', rule: 'commitment-to', confidence: 0.6, pattern: /\b(?:firm\s+|strong\s+|full\s+)?(?<trigger>determination|commitment|willingness|readiness|intention|pledge|promise|resolve)\s+to\s+(?!(?:the|a|an|his|her|their|its|our|my|your|this|that|these|those|all|every|each|public|community|service|excellence)\b)(?=\p{Ll})/u },
  // "we support the ongoing dialogue": support stated in a quotation
  { type: 'accord', cameo: '019', plover: 'AGREE', rule: 'support-np', confidence: 0.55, reportedOnly: true, pattern: /\b(?:we|I|they)\s+(?:also\s+|fully\s+|strongly\s+)?(?<trigger>support|endorse|welcome|back)\s+(?=\p{Ll})/u },
];

/** Frames whose trigger must be tagged a verb ("local press reported" has no appeal). */
export const VERBAL_RULES: ReadonlySet<string> = new Set(['agree-to', 'agree-on', 'agree-that', 'agree-on-need', 'sign-deal', 'pledge-to', 'urge-to', 'urge-that', 'call-for', 'demand', 'concur', 'reaffirm-that', 'express-support', 'intend-to']);

/** The `trigger` group of a frame's pattern, as regex source (balanced parentheses). */
export function triggerSource(pattern: RegExp): string {
  const src = pattern.source;
  const open = src.indexOf('(?<trigger>');
  if (open < 0) throw new Error(`claim frame ${src.slice(0, 40)} has no trigger group`);
  let depth = 0;
  for (let i = open; i < src.length; i++) {
    if (src[i] === '\\') { i++; continue; }
    // a character class may hold parentheses: skip it whole
    if (src[i] === '[') {
      while (i < src.length && src[i] !== ']') i += src[i] === '\\' ? 2 : 1;
      continue;
    }
    if (src[i] === '(') depth++;
    else if (src[i] === ')' && --depth === 0) return src.slice(open + '(?<trigger>'.length, i);
  }
  throw new Error(`claim frame ${src.slice(0, 40)} has an unbalanced trigger group`);
}

/** Where a verbal frame's trigger may stand: every verbal trigger, in one pattern. */
export const VERBAL_TRIGGERS = new RegExp(String.raw`\b(?:${[...new Set(CLAIM_FRAMES.filter((f) => VERBAL_RULES.has(f.rule)).map((f) => triggerSource(f.pattern)))].join('|')})\b`, 'gu');
/** The triggers of appeals to someone to act, whose content must begin with a verb ("urged Japan to resume", "asked that you cooperate"): sticky, to test where a verbal trigger was found. */
export const APPEAL_TRIGGERS = new RegExp(String.raw`\b(?:${CLAIM_FRAMES.filter((f) => f.rule === 'urge-to' || f.rule === 'urge-that').map((f) => triggerSource(f.pattern)).join('|')})\b`, 'yu');

/** Words that negate a claim between its party and its trigger ("did not agree", "refused to pledge"). */
export const NEGATION = /\b(?:not|n['’]t|never|no\s+longer|refus(?:e|es|ed|ing)\s+to|declin(?:e|es|ed|ing)\s+to|fail(?:s|ed|ing)?\s+to|reject(?:s|ed|ing)?)\b/u;
/** Markers of a conditional or hypothetical claim. */
export const CONDITIONAL = /\b(?:if|unless|provided\s+that|as\s+long\s+as|on\s+condition\s+that)\b/iu;
export const HYPOTHETICAL = /\b(?:could|might|may|would\s+have)\b/u;
/** A full stop after these is no sentence end ("protect Mr. Smith", "support H.R. 1234"). */
export const STOP_ABBREVIATION = /(?:^|[^\p{L}])(?:Mr|Mrs|Ms|Dr|Sen|Sens|Rep|Reps|Gov|Gen|Lt|Col|Capt|Sgt|St|Jr|Sr|No|Nos|Inc|Co|Corp|Ltd|vs|Jan|Feb|Mar|Apr|Aug|Sept|Sep|Oct|Nov|Dec|\p{Lu})$/u;
/** Where a claim's content ends inside its sentence. */
export const CONTENT_STOPS = new RegExp(String.raw`;|\s[—–]\s|,\s+according\s+to\b|,\s+(?:[\p{Lu}][\p{L}.'’-]*(?:\s+[\p{Lu}][\p{L}.'’-]*){0,5}|he|she|they|officials?)\s+(?:said|says|added|told|stated|noted|stressed|announced)\b|\s+during\s+(?:their|the|his|her|a)\b|\s+so\s+that\b|,\s+${RELATIVE_AFTER_PREPOSITION}\b|,\s+while\b|,\s+but\b|,\s+(?:so|and)\s+(?:why|how|what)\b|\s+but\s+(?:said|added)\b|,\s+(?:and\s+)?(?:confirmed|reaffirmed|agreed|pledged|urged)\b|\s+and\s+(?:confirmed|reaffirmed|agreed|pledged|urged|called|vowed)\b|\s+as\s+part\s+of\b|\s+in\s+order\s+to\b|[.!?](?=[”"’']?\s+[\p{Lu}“"‘])|,?\s+and\s+(?:we|I|he|she|they|(?:the|this|that|these|those|its|his|her|their|our)\s+[\p{L}-]+(?:\s+[\p{L}'’-]+){0,6}\s+(?:will|would|has|have|is|are|was|were))\b|,\s+(?:with\s+the\s+exception|except|excluding|claiming|saying|adding|calling|citing|arguing|noting|referring)\b|,\s+(?:[\p{Lu}][\p{L}.'’-]*\s+){1,3}\p{Ll}+ed\b|,\s+and\s+(?:[\p{Lu}][\p{L}.'’-]*\s+){1,3}(?:said|says|told|tells|added|asked|\p{Ll}+ed)\b|${MAIN_VERB_AFTER_COMMA}`, 'u');

/** What befalls the subject of "will" rather than what it undertakes: "will now have", "will soon receive". */
export const BEFALLS = new RegExp(`^(?:be|have|need|like|love|${BEFALL_VERBS})$`, 'u');

