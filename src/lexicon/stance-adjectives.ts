/**
 * Adjectives of belief and feeling that report a clause after a copula: "his supporters are
 * optimistic that he'll make a comeback", "Democrats were worried the nation might miss its target".
 * Each was read in PolNeAR's attributions; "clear" is left out ("it is clear that" has no source;
 * "made it clear that" is a cue of its own).
 */
export const STANCE_ADJECTIVES = [
  'optimistic', 'pessimistic', 'confident', 'hopeful', 'convinced', 'sure', 'certain', 'worried', 'concerned', 'afraid',
  'adamant', 'skeptical', 'sceptical', 'aware', 'unaware', 'unsure', 'uncertain', 'doubtful', 'fearful', 'glad', 'pleased',
  'proud', 'disappointed', 'upset', 'frustrated', 'surprised', 'satisfied', 'insistent', 'positive', 'nervous', 'wary',
  'anxious', 'angry', 'thankful', 'grateful', 'relieved', 'happy',
];
