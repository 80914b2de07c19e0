/**
 * Given names, titles and role words that tell whether "he" or "she" can stand for a person.
 * A person matching neither list is compatible with both pronouns.
 */
const MALE = `james john robert michael william david richard joseph thomas charles christopher daniel matthew anthony mark
donald steven paul andrew joshua kenneth kevin brian george timothy ronald edward jason jeffrey ryan jacob gary nicholas
eric jonathan stephen larry justin scott brandon benjamin samuel gregory alexander frank patrick raymond jack dennis jerry
tyler aaron jose adam nathan henry douglas zachary peter kyle ethan walter noah jeremy christian keith roger terry gerald
harold sean austin carl arthur lawrence dylan jesse jordan bryan billy joe bruce gabriel logan albert willie alan juan wayne
elijah randy roy vincent ralph eugene russell bobby mason philip louis bernie bernard barack mitt marco ted jeb ben rand
chris mike newt rick lindsey reince rudy rudolph bill hank jim tim tom dick harry boris emmanuel vladimir shinzo
recep tayyip narendra muhammadu patrice mahamadou kyriakos nikos sameh
jean yves jean-yves recep antonin elijah dave al hugh pat newt reid harry mitch kevin nancy joe lindsey lamar orrin
chuck jon jeff ron dan john-paul luis carlos miguel pedro ahmed mohammed mohamed ali omar hassan abdullah vladimir sergei
dmitri igor ivan
`;
const FEMALE = `mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa betty margaret sandra ashley
kimberly emily donna michelle dorothy carol amanda melissa deborah stephanie rebecca sharon laura cynthia kathleen amy
shirley angela helen anna brenda pamela nicole emma samantha katherine christine debra rachel catherine carolyn janet ruth
maria heather diane virginia julie joyce victoria olivia kelly christina lauren joan evelyn judith megan cheryl andrea
hannah martha jacqueline frances gloria ann teresa kathryn sara janice jean alice madison doris abigail julia judy grace
denise amber marilyn beverly danielle theresa sophia marie diana brittany natalie isabella charlotte rose alexis kayla
hillary hilary chelsea michelle sarah carly nikki elizabeth kellyanne huma donna debbie dianne elizabeth kamala nancy
condoleezza madeleine theresa angela marine ursula christine jacinda megyn ivanka melania jill
susana wendy tammy kirsten maxine loretta janet sonia ruth elena amy heidi claire lisa mazie barbara jeanne shelley
patty maria cathy gretchen kelly sally joni gina jane
`;
const words = (s: string): Set<string> => new Set(s.split(/\s+/u).filter(Boolean));
const male = words(MALE);
const female = words(FEMALE);

/** Titles and role words with a gender. */
const MALE_WORDS = /\b(?:mr|sir|king|prince|congressman|spokesman|chairman|councilman|businessman|father|son|brother|husband|uncle|emperor|sheikh|sultan)\b\.?/iu;
const FEMALE_WORDS = /\b(?:mrs|ms|miss|madam|lady|queen|princess|congresswoman|spokeswoman|chairwoman|councilwoman|businesswoman|mother|daughter|sister|wife|aunt|empress|first lady)\b\.?/iu;

export type Gender = 'male' | 'female' | 'unknown';

/** The gender a name and its role words point to, or unknown. */
export function genderOf(name: string, role: string | null, aliases: readonly string[] = []): Gender {
  const cue = [role ?? '', ...aliases].join(' ');
  if (MALE_WORDS.test(cue)) return 'male';
  if (FEMALE_WORDS.test(cue)) return 'female';
  const first = name.split(/\s+/u)[0]?.toLowerCase() ?? '';
  const isMale = male.has(first);
  const isFemale = female.has(first);
  if (isMale && !isFemale) return 'male';
  if (isFemale && !isMale) return 'female';
  return 'unknown';
}
