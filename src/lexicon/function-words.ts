/**
 * Capitalised words that begin a run of capitals without being part of a name: sentence-initial
 * function words, days and months ("On Monday, Prime Minister Boris Johnson ...").
 */
export const CAPITALISED_NON_NAMES = new Set([
  'the', 'a', 'an', 'in', 'on', 'at', 'of', 'for', 'from', 'to', 'by', 'with', 'without', 'during', 'after', 'before',
  'but', 'and', 'or', 'so', 'yet', 'if', 'when', 'while', 'as', 'since', 'although', 'though', 'because', 'despite',
  'he', 'she', 'it', 'they', 'we', 'i', 'you', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'this', 'that', 'these',
  'those', 'there', 'here', 'what', 'who', 'whom', 'whose', 'which', 'why', 'how', 'where', 'whether', 'also', 'meanwhile',
  'however', 'still', 'then', 'now', 'today', 'yesterday', 'tomorrow', 'earlier', 'later', 'last', 'next', 'some', 'many',
  'most', 'both', 'each', 'every', 'all', 'no', 'not', 'one', 'two', 'three', 'under', 'over', 'about', 'against',
  'among', 'between', 'into', 'through', 'according', 'following', 'speaking', 'asked', 'having', 'being', 'mr', 'mrs', 'ms', 'dr',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april',
  'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'jan.', 'feb.', 'aug.', 'sept.',
  'oct.', 'nov.', 'dec.', 'such', 'other', 'another', 'even', 'only', 'just', 'more', 'less', 'instead', 'indeed',
  'thus', 'therefore', 'additionally', 'moreover', 'furthermore', 'further', 'unlike', 'like', 'upon', 'within', 'throughout',
  'until', 'once', 'perhaps', 'maybe', 'yes', 'well', 'oh', 'please', 'thank', 'thanks', 'dear', 'let', 'do', 'does',
  'did', 'is', 'are', 'was', 'were', 'be', 'will', 'would', 'can', 'could', 'should', 'must', 'has', 'have', 'had',
  'said', 'says', 'told', 'added', 'inside', 'outside', 'above', 'below', 'near', 'off', 'out', 'up', 'down', 'via',
  'per', 'amid', 'across', 'around', 'behind', 'beyond', 'toward', 'towards', 'regarding', 'concerning', 'including',
  'absent', 'barring', 'pending', 'excluding', 'notwithstanding', 'alongside', 'beside', 'beneath', 'underneath', 'onto',
  'amidst', 'amongst', 'whilst', 'lest', 'considering',
  'several', 'multiple', 'various', 'numerous', 'few', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'dozens',
  'hundreds', 'thousands', 'millions', 'any', 'neither', 'either', 'nearly', 'almost', 'roughly', 'approximately',
  // (pronouns and contractions, some with the apostrophe a source dropped: "Ive said", "Im proud")
  'everyone', 'everybody', 'nobody', 'someone', 'somebody', 'anyone', 'anybody', 'ive', 'im', 'i’m', "i'm", 'i’ve', "i've",
  'don’t', "don't", 'doesn’t', "doesn't", 'didn’t', "didn't", 'can’t', "can't", 'won’t', "won't", 'let’s', "let's",
  // (sentence adverbs that end in no -ly: "Afterwards Trump denied ...")
  'afterwards', 'afterward', 'nevertheless', 'nonetheless', 'elsewhere', 'besides', 'tonight', 'overall', 'together', 'likewise', 'hence', 'anyway',
  'rather', 'thereafter', 'regardless', 'alas', 'anyhow',
  'jr.', 'sr.', 'jr', 'sr', 'whatever', 'whoever', 'whichever', 'wherever', 'whenever', 'whereas', 'unless', 'otherwise', 'again', 'already', 'never', 'always', 'often', 'sometimes', 'currently', 'recently',
]);

/** The main clause's verb right after the comma that closes an aside: ", is attached", ", have been approved". */
export const MAIN_VERB_AFTER_COMMA = String.raw`,\s+(?=(?:is|are|was|were|has|have|had)\s+(?:also\s+|not\s+|now\s+)?\p{Ll}+(?:ed|en|ing)\b)`;

/** A relative pronoun, perhaps after its preposition: "which", "with which", "to whom". */
export const RELATIVE_AFTER_PREPOSITION = String.raw`(?:(?:with|of|to|for|on|in|about|by|from|against|over|under)\s+)?(?:which|whom)`;

/** Irregular past forms of verbs ("said", "found", "swore"): a verb's past tense wherever they stand. */
export const IRREGULAR_PAST = new Set(['did', 'spoke', 'met', 'said', 'told', 'left', 'went', 'took', 'made', 'gave', 'came', 'got', 'held', 'brought',
  'sent', 'wrote', 'won', 'lost', 'began', 'ran', 'saw', 'found', 'kept', 'felt', 'thought', 'became', 'stood', 'paid', 'led', 'knew',
  'struck', 'sought', 'fought', 'chose', 'drove', 'rose', 'fell', 'spent', 'built', 'sold', 'bought', 'taught', 'caught', 'flew', 'hit',
  'cast', 'shut', 'quit', 'spread', 'threw', 'drew', 'grew', 'wore', 'hid', 'bit', 'broke', 'froze', 'swore', 'tore', 'forgot',
  'misspoke', 'meant', 'heard', 'understood', 'withdrew', 'undertook', 'mistook', 'overtook', 'shook', 'forgave', 'oversaw', 'foresaw',
  'dealt', 'lent', 'bent', 'fled', 'fed', 'lit', 'shot', 'hung', 'dug', 'stuck', 'slid', 'swung', 'sang', 'rang', 'sank', 'spun',
  'slept', 'swept', 'wept', 'bore', 'woke', 'stole', 'blew', 'overcame', 'overthrew', 'sat', 'fought', 'bound', 'wound', 'outran']);

/** Words in "-ly" that are no adverbs ("family", "rally", "Italy"): an alternation for patterns that skip adverbs. */
export const LY_NON_ADVERBS = 'family|rally|ally|bully|supply|reply|assembly|july|italy';

/** Prepositions, and the subordinators that also open a phrase ("after", "since", "until"). */
export const PREPOSITIONS = new Set(['in', 'of', 'for', 'from', 'at', 'on', 'with', 'without', 'by', 'to', 'across', 'among', 'about',
  'against', 'between', 'than', 'like', 'unlike', 'under', 'over', 'into', 'per', 'via', 'throughout', 'through', 'within', 'upon',
  'toward', 'towards', 'amid', 'after', 'before', 'since', 'until', 'including', 'besides', 'despite', 'during', 'following', 'behind']);
