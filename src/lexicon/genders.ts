import { FEMALE_GIVEN_NAMES, MALE_GIVEN_NAMES } from './data/given-names.generated.js';
/**
 * Given names, titles and role words that tell whether "he" or "she" can stand for a person.
 * A person matching neither list is compatible with both pronouns. The hand lists below hold the
 * names of news and politics; the longer lists of src/lexicon/data/given-names-*.txt (npm run
 * names) the rest.
 */
const MALE = `james john robert michael william david richard joseph thomas charles christopher daniel matthew anthony mark
donald steven paul andrew joshua kenneth kevin brian george timothy ronald edward jason jeffrey ryan jacob gary nicholas
eric jonathan stephen larry justin scott brandon benjamin samuel gregory alexander frank patrick raymond jack dennis jerry
tyler aaron jose adam nathan henry douglas zachary peter kyle ethan walter noah jeremy christian keith roger terry gerald
harold sean austin carl arthur lawrence dylan jesse jordan bryan billy joe bruce gabriel logan albert willie alan juan wayne
elijah randy roy vincent ralph eugene russell bobby mason philip louis bernie bernard barack mitt marco ted jeb ben rand
chris mike newt rick lindsey reince rudy rudolph bill hank jim tim tom dick harry boris emmanuel vladimir shinzo
recep tayyip narendra muhammadu patrice mahamadou kyriakos nikos sameh
jean yves jean-yves antonin dave al hugh pat reid mitch lamar orrin
chuck jon jeff ron dan john-paul luis carlos miguel pedro ahmed mohammed mohamed ali omar hassan abdullah sergei
dmitri igor ivan matt nick steve greg ken andy tony rob bob sam josh zach nate jake danny tommy johnny jimmy joey marty
eddie ed phil stan fred don ray doug walt hal herb howard stuart stewart glenn dale dwight earl neil norm leon lloyd luke
marcus mario martin max nelson oscar otto pete rex rod roland ross seth simon spencer theo todd travis trent trey troy
vance wes corey jared ezra abe ari axel barry bart brett brad cliff clint colin cory curt darrell darren derek dean
denny donny drew duane dustin edgar elliot ernie evan felix floyd franklin gordon grant harvey hector herman
ira isaac jay jesus jimmie jorge julian karl kurt lance lee lenny les lou manuel marc mel mickey milton mohammad morris
murray ned nigel orlando owen percy perry preston quentin ramon randall raul reggie ricky rocco ronnie
rory rusty sal sanjay shane sid sonny stanley sterling terrence tobias tod vern victor vince wally warren wendell
wilbur wiley woody xavier adel adil amir hamid karim khalid majid nabil rashid samir tariq yusuf
`;
const FEMALE = `mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa betty margaret sandra ashley
kimberly emily donna michelle dorothy carol amanda melissa deborah stephanie rebecca sharon laura cynthia kathleen amy
shirley angela helen anna brenda pamela nicole emma samantha katherine christine debra rachel catherine carolyn janet ruth
maria heather diane virginia julie joyce victoria olivia kelly christina lauren joan evelyn judith megan cheryl andrea
hannah martha jacqueline frances gloria ann teresa kathryn sara janice jean alice madison doris abigail julia judy grace
denise amber marilyn beverly danielle theresa sophia marie diana brittany natalie isabella charlotte rose alexis kayla
hillary hilary chelsea carly nikki kellyanne huma debbie dianne kamala
condoleezza madeleine marine ursula jacinda megyn ivanka melania jill
susana wendy tammy kirsten maxine loretta sonia elena heidi claire mazie jeanne shelley
patty cathy gretchen sally joni gina jane kate katie kathy sue liz beth meg jen jenny jess becky val valerie
vicky tina terri tracy gail peggy penny molly polly holly nora ella ellen eileen erin irene iris jo joy kim lori lucy
lynn marsha mia nina paula rita roberta rosa sheila stacy susie sylvia vera yvonne zoe hope faith naomi norma brooke
caitlin courtney crystal erica felicia gwen hayley jasmine jocelyn kristen kristin krystal leah lindsay mallory marissa
meghan monica natasha paige renee shannon tanya tara tiffany vanessa whitney yolanda zoey ann-marie annie carla carmen
cecilia colleen connie darlene dolores edith elaine esther eva florence georgia geraldine gwendolyn harriet
hazel ida ingrid jeanette jeannie josephine juanita lena lillian lois lorraine louise lucille mabel marcia margo
marjorie maureen mildred miriam myrna nadia nell opal pearl phyllis priscilla rosemary roxanne sherry stella tamara
thelma trudy velma wanda wilma yasmin
`;
const words = (s: string): Set<string> => new Set(s.split(/\s+/u).filter(Boolean));
// (the hand lists come first: the longer ones give "Max" and "Hillary" to both, "Madison" to men)
const male = words(MALE);
const female = words(FEMALE);
const mobyMale = words(MALE_GIVEN_NAMES);
const mobyFemale = words(FEMALE_GIVEN_NAMES);

/** Titles and role words with a gender. */
const MALE_WORDS = /\b(?:mr|sir|king|prince|congressman|spokesman|chairman|councilman|businessman|father|son|brother|husband|uncle|emperor|sheikh|sultan)\b\.?/iu;
const FEMALE_WORDS = /\b(?:mrs|ms|miss|madam|lady|queen|princess|congresswoman|spokeswoman|chairwoman|councilwoman|businesswoman|mother|daughter|sister|wife|aunt|empress|first lady)\b\.?/iu;

export type Gender = 'male' | 'female' | 'unknown';

/** Whether a word is a known given name ("Christopher", "Lewis"), in any case. */
export const isGivenName = (w: string): boolean => {
  const l = w.toLowerCase();
  if (male.has(l) || female.has(l) || mobyMale.has(l) || mobyFemale.has(l)) return true;
  // (the lists spell names without accents: "Andrés" is "Andres")
  const folded = l.normalize('NFKD').replace(/\p{M}/gu, '');
  return folded !== l && (male.has(folded) || female.has(folded) || mobyMale.has(folded) || mobyFemale.has(folded));
};

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
  if (isMale || isFemale) return 'unknown';
  // (then the longer lists, where a name in both tells nothing: "Lolita", "Evan"; "Max", "Kim")
  const longMale = mobyMale.has(first);
  const longFemale = mobyFemale.has(first);
  if (longMale && !longFemale) return 'male';
  if (longFemale && !longMale) return 'female';
  return 'unknown';
}
