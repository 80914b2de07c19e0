/**
 * Titles and roles that stand before or after a name. Kept apart from the name in records
 * (`speaker_role`). Capitalised titles ("Foreign Minister") and lower-case roles ("presidential
 * spokesperson") are both matched case-insensitively, word by word.
 */
export const ROLE_NOUNS = new Set([
  'president', 'vice', 'premier', 'minister', 'secretary', 'senator', 'sen', 'sens', 'representative', 'rep', 'reps', 'congressman',
  'congresswoman', 'governor', 'gov', 'mayor', 'chancellor', 'king', 'queen', 'prince', 'princess', 'emperor', 'pope',
  'ambassador', 'envoy', 'diplomat', 'spokesperson', 'spokesman', 'spokeswoman', 'spokespeople', 'commissioner', 'chairman',
  'chairwoman', 'chair', 'chairperson', 'ceo', 'cfo', 'coo', 'chief', 'director', 'head', 'leader', 'adviser', 'advisor',
  'official', 'officer', 'aide', 'deputy', 'general', 'gen', 'admiral', 'colonel', 'col', 'lt', 'lieutenant', 'captain',
  'sergeant', 'commander', 'judge', 'justice', 'attorney', 'prosecutor', 'lawyer', 'mr', 'mrs', 'ms', 'dr', 'prof',
  'professor', 'speaker', 'whip', 'candidate', 'nominee', 'founder', 'owner', 'executive', 'manager', 'analyst',
  'economist', 'researcher', 'scientist', 'expert', 'activist', 'lawmaker', 'legislator', 'mp', 'councillor',
  'councilor', 'councilman', 'councilwoman', 'committeeman', 'committeewoman', 'member', 'delegate', 'negotiator', 'sheriff', 'superintendent',
  'inspector', 'detective', 'rev', 'reverend', 'bishop', 'cardinal', 'rabbi', 'imam', 'coach', 'presidential',
  'administrator', 'commissioner', 'correspondent', 'reporter', 'editor', 'columnist', 'writer', 'author', 'host',
  'broadcaster', 'presenter', 'anchor', 'novelist', 'biologist', 'photographer', 'chef',
  'frontrunner', 'front-runner', 'hopeful', 'challenger', 'incumbent', 'strategist', 'pollster', 'consultant',
  'surrogate', 'operative', 'staffer', 'assistant', 'counsel', 'clerk', 'treasurer', 'auditor', 'comptroller',
  'monarch', 'sultan', 'sheikh', 'emir', 'crown', 'dictator', 'warlord', 'commandant', 'marshal', 'major', 'maj',
  'sgt', 'capt', 'adm', 'cmdr', 'hon', 'honorable', 'mp', 'mep', 'resident', 'witness', 'victim', 'survivor',
  'student', 'teacher', 'doctor', 'nurse', 'farmer', 'worker', 'employee', 'trader', 'broker', 'partner', 'president-elect', 'pm',
  'friend', 'relative', 'neighbor', 'neighbour', 'colleague', 'person', 'source', 'insider', 'confidant', 'ally', 'donor',
  'supporter', 'critic', 'opponent', 'rival', 'organizer', 'organiser', 'volunteer', 'voter', 'delegate', 'lobbyist', 'historian',
  'woman', 'man', 'advocate', 'prosecutor', 'commentator', 'pundit', 'chaplain', 'trustee', 'regent', 'provost', 'dean',
  'constable', 'trooper', 'agent', 'ranger', 'warden', 'magistrate', 'coroner', 'paramedic', 'firefighter',
  'businessman', 'businesswoman', 'mogul', 'billionaire', 'entrepreneur', 'investor', 'banker', 'tycoon', 'socialist',
  'physician', 'engineer', 'actor', 'actress', 'singer', 'comedian', 'musician', 'athlete', 'priest', 'pastor', 'soldier',
  'retiree', 'citizen', 'constituent', 'immigrant', 'refugee', 'protester', 'demonstrator', 'producer', 'publisher', 'journalist', 'blogger',
  // scholars and professions, as science news names them ("Ecologist Ryan Norris said ...")
  'ecologist', 'geologist', 'astronomer', 'astrophysicist', 'physicist', 'chemist', 'psychologist', 'epidemiologist', 'virologist',
  'archaeologist', 'archeologist', 'paleontologist', 'palaeontologist', 'zoologist', 'botanist', 'anthropologist', 'sociologist',
  'meteorologist', 'seismologist', 'volcanologist', 'neuroscientist', 'geneticist', 'oceanographer', 'climatologist',
  'mathematician', 'statistician', 'linguist', 'philosopher', 'lecturer', 'scholar', 'curator', 'astronaut', 'psychiatrist',
  'surgeon', 'pharmacist', 'veterinarian', 'co-author', 'architect',
  // kin: "his son said", "the senator's wife"
  'son', 'daughter', 'wife', 'husband', 'brother', 'sister', 'father', 'mother', 'widow', 'widower', 'cousin', 'uncle',
  'aunt', 'nephew', 'niece', 'grandson', 'granddaughter', 'grandfather', 'grandmother', 'spouse', 'fiancé', 'fiancée',
]);

/** Party members named like a role before a name ("ranking Democrat Elijah Cummings"); kept apart from
 * ROLE_NOUNS, where "Democrats" would stop being a group. */
export const PARTY_MEMBERS = new Set(['democrat', 'republican']);

/** Words that may qualify a role: "Foreign Minister", "former U.S. Senator", "senior presidential secretary". */
export const ROLE_MODIFIERS = new Set([
  'former', 'acting', 'interim', 'deputy', 'vice', 'senior', 'junior', 'chief', 'general', 'foreign', 'prime', 'defense',
  'defence', 'finance', 'trade', 'commerce', 'interior', 'home', 'justice', 'state', 'national', 'federal', 'presidential',
  'senate', 'house', 'majority', 'minority', 'republican', 'democratic', 'democrat', 'gop', 'u.s.', 'us', 'assistant',
  'executive', 'managing', 'first', 'lady', 'security', 'press', 'white', 'party', 'opposition', 'ruling', 'top', 'lead',
  'campaign', 'economic', 'military', 'science', 'technology', 'industry', 'energy', 'health', 'education', 'labor',
  'labour', 'agriculture', 'environment', 'transport', 'transportation', 'veterans', 'homeland', 'attorney', 'district',
  'county', 'city', 'regional', 'local', 'communications', 'policy', 'information', 'culture', 'unification', 'and',
  'of', 'for', 'the', 'staff', 'affairs', 'relations', 'committee', 'council', 'ranking', 'outgoing', 'incoming', 'then',
  'longtime', 'veteran', 'retired', 'late', 'current', 'new', 'young', 'senior', 'associate', 'company', 'ministry',
  'government', 'spokesperson', 'secretary', 'public', 'international', 'independent', 'libertarian', 'conservative',
  'liberal', 'progressive', 'special', 'adviser', 'advisor', 'union', 'sen.', 'rep.', 'gov.', 'candidate', 'treasury', 'navy',
  'air', 'army', 'police',
]);

/** Those spoken to as a body: "told the crowd", "telling reporters" (with GROUP_NOUNS and ROLE_NOUNS). */
export const AUDIENCE_NOUNS: ReadonlySet<string> = new Set(['crowd', 'crowds', 'audience', 'audiences', 'press', 'media', 'viewers', 'listeners', 'readers',
  'congregation', 'graduates', 'class', 'gathering', 'delegates', 'interviewer', 'interviewers', 'host', 'hosts', 'anchor', 'panel', 'committee',
  'jury', 'court', 'judge', 'nation', 'country', 'public', 'world', 'students', 'troops', 'soldiers', 'parents', 'children', 'kids', 'volunteers']);

/** Group nouns: plural sources and parties ("officials", "the two leaders", "both sides"). */
export const GROUP_NOUNS = new Set([
  'leaders', 'others', 'sides', 'officials', 'governments', 'countries', 'nations', 'parties', 'senators', 'lawmakers', 'legislators',
  'ministers', 'delegations', 'negotiators', 'analysts', 'experts', 'critics', 'supporters', 'opponents', 'residents', 'constituents', 'taxpayers',
  'witnesses', 'observers', 'sources', 'democrats', 'republicans', 'members', 'allies', 'partners', 'authorities',
  'diplomats', 'activists', 'protesters', 'protestors', 'investigators', 'prosecutors', 'police', 'researchers',
  'scientists', 'economists', 'voters', 'students', 'workers', 'executives', 'companies', 'firms', 'states', 'presidents',
  'representatives', 'spokespeople', 'aides', 'advisers', 'advisors', 'organizers', 'organisers', 'candidates',
  'campaigns', 'agencies', 'groups', 'unions', 'governors', 'mayors', 'colleagues', 'neighbors', 'neighbours', 'doctors',
  'people', 'men', 'women', 'families', 'teams', 'both', 'attendees', 'participants', 'respondents', 'donors', 'fans',
  'volunteers', 'delegates', 'lobbyists', 'operatives', 'strategists', 'insiders', 'conservatives', 'liberals', 'progressives',
  'moderates', 'partisans', 'evangelicals', 'independents', 'immigrants', 'veterans', 'parents', 'teachers', 'consumers', 'customers',
  'employees', 'farmers', 'judges', 'lawyers', 'attorneys', 'scholars', 'historians', 'pollsters', 'reporters', 'journalists',
  'commentators', 'economists', 'bankers', 'investors', 'traders', 'owners', 'leaders', 'relatives', 'siblings', 'sons',
  'daughters', 'rivals', 'politicians', 'superdelegates', 'backers', 'moderators', 'contenders', 'citizens', 'users',
  'associates', 'followers', 'readers', 'hawks', 'developers', 'homeowners', 'detractors', 'foes', 'friends', 'enemies', 'admirers', 'elders', 'audiences',
  'viewers', 'demonstrators', 'environmentalists', 'defenders', 'objectors', 'forecasters', 'skeptics', 'sceptics',
  'officers', 'soldiers', 'troops', 'nurses', 'patients', 'victims', 'survivors', 'fighters', 'rebels', 'militants',
  'clerics', 'bishops', 'priests', 'pastors', 'rabbis', 'imams', 'regulators', 'inspectors', 'auditors', 'engineers',
  'founders', 'shareholders', 'stakeholders', 'entrepreneurs', 'retirees', 'taxpayers', 'caucusgoers', 'primarygoers',
  'conservationists', 'advocates', 'campaigners', 'canvassers', 'surrogates', 'loyalists', 'dissidents', 'opposition',
  'majorities', 'pluralities', 'minorities',
  'proponents', 'sponsors', 'staffers', 'spokesmen', 'spokeswomen', 'pundits', 'bloggers', 'columnists', 'congressmen',
  'physicians', 'agents', 'detectives', 'firefighters', 'rescuers', 'plaintiffs', 'defendants', 'petitioners', 'signatories',
  'mediators', 'monitors', 'manufacturers', 'automakers', 'retailers', 'lenders', 'insurers', 'employers', 'managers',
  'administrators', 'authors', 'editors', 'producers', 'players', 'coaches', 'athletes', 'locals', 'villagers', 'miners',
  'truckers', 'drivers', 'pilots', 'passengers', 'shoppers', 'tenants', 'landlords', 'ranchers', 'growers', 'fishermen',
  'commissioners', 'trustees', 'directors', 'commanders', 'envoys', 'ambassadors', 'councilors', 'councillors',
  'supervisors', 'academics', 'professors', 'specialists', 'epidemiologists', 'educators', 'principals', 'sheriffs',
  'commenters', 'panelists', 'panellists', 'jurors', 'clinicians', 'psychologists', 'psychiatrists', 'sociologists',
  'physicists', 'biologists', 'astronomers', 'chemists', 'geologists', 'ecologists', 'climatologists', 'meteorologists',
  'virologists', 'laborers', 'labourers', 'contractors', 'suppliers', 'vendors', 'dealers', 'brokers', 'planners',
  'architects', 'designers', 'programmers', 'millennials', 'worshippers', 'worshipers', 'mourners', 'spectators', 'onlookers',
  'marchers', 'picketers', 'strikers', 'rioters', 'bystanders',
]);

/** Nouns that make a phrase an organisation ("the ministry", "Seoul's presidential office", "Energy Committee"). */
export const ORG_NOUNS = new Set([
  'office', 'ministry', 'conference', 'government', 'administration', 'department', 'agency', 'committee', 'commission', 'council',
  'party', 'campaign', 'embassy', 'consulate', 'military', 'army', 'navy', 'force', 'guard', 'leadership', 'police', 'court', 'company', 'corporation',
  'firm', 'union', 'organization', 'organisation', 'association', 'institute', 'university', 'foundation', 'fund', 'bank',
  'center', 'centre', 'group', 'board', 'bureau', 'authority', 'service', 'senate', 'house', 'congress', 'parliament',
  'assembly', 'cabinet', 'kremlin', 'pentagon', 'coalition', 'alliance', 'forces', 'inc', 'inc.', 'corp', 'corp.',
  'co', 'co.', 'ltd', 'ltd.', 'llc', 'network', 'newspaper', 'agency', 'secretariat', 'federation', 'league', 'tribunal',
  'legislature', 'caucus', 'faction', 'delegation', 'opec', 'nato', 'un', 'u.n.', 'eu', 'imf', 'press', 'times', 'post',
  'journal', 'news', 'media', 'reuters', 'ap', 'afp', 'xinhua', 'yonhap', 'cnn', 'bbc', 'fox', 'msnbc', 'nbc', 'abc',
  'cbs', 'npr', 'politico', 'school', 'hospital', 'church', 'club', 'society', 'institution',
  'administration', 'directorate', 'mission', 'station', 'program', 'programme', 'project', 'initiative', 'court', 'chamber',
  'command', 'corps', 'guard', 'movement', 'team', 'camp', 'academy', 'laboratory', 'reserve',
  'rescue', 'college', 'seminary', 'clinic', 'railway', 'railroad', 'airline', 'airways', 'brigade', 'regiment', 'battalion', 'militia', 'studio', 'cooperative', 'consortium', 'syndicate', 'orchestra', 'herald', 'tribune', 'gazette', 'magazine', 'radio', 'television', 'outlet', 'website', 'channel', 'publication', 'tabloid',
]);

/** Documents, polls and records that "show" or "find" something: the subjects of evidence cues. */
export const EVIDENCE_NOUNS = new Set([
  'poll', 'polls', 'survey', 'surveys', 'study', 'studies', 'report', 'reports', 'analysis', 'analyses', 'data', 'record', 'records',
  'document', 'documents', 'email', 'emails', 'e-mails', 'figures', 'numbers', 'results', 'review', 'audit', 'research', 'statistics',
  'filing', 'filings', 'census', 'count', 'tally', 'outcome', 'investigation', 'inquiry', 'probe', 'estimates', 'projections', 'tapes',
  'transcript', 'transcripts', 'memo', 'memos', 'letter', 'letters', 'footage', 'video', 'photos', 'evidence', 'average', 'model', 'polling', 'markets', 'returns', 'ruling', 'filings',
  'release', 'releases', 'statement', 'statements', 'website', 'summary', 'account', 'accounts', 'testimony', 'complaint', 'lawsuit',
  'indictment', 'affidavit', 'minutes', 'database', 'survey', 'messages', 'texts', 'cables', 'logs', 'posts', 'tweets',
  'examination', 'findings', 'assessment', 'assessments', 'audits', 'reviews', 'investigations', 'analytics',
  'chart', 'charts', 'graph', 'graphs', 'graphic', 'graphics', 'map', 'maps', 'table', 'tables',
  'disclosure', 'disclosures', 'receipts', 'invoices',
]);

/** Texts that speak for their authors as a subject in the singular: "The ad slams Kasich for ...". */
export const SPEAKING_TEXTS: ReadonlySet<string> = new Set([
  'ad', 'advert', 'advertisement', 'commercial', 'spot', 'editorial', 'column', 'op-ed', 'article', 'book', 'film',
  'documentary', 'petition', 'resolution', 'platform', 'manifesto', 'ruling', 'verdict', 'opinion', 'brief', 'lawsuit', 'suit',
]);

/** Personal pronouns that may stand for a speaker, with the kind of antecedent they take. */
export const PRONOUNS: Readonly<Record<string, 'person' | 'group' | 'organization' | 'self'>> = {
  he: 'person', she: 'person', him: 'person', her: 'person', they: 'group', them: 'group', it: 'organization',
  i: 'self', we: 'self',
};

/**
 * Head words that make a capitalised name a place, an event, a document or a thing rather than a
 * person ("Eastern Mediterranean", "Great Hall of the People", "Korea-China Fisheries Agreement").
 */
// places whose last word is also a surname ("Anita Hill"): known whole
export const LANDMARK_NAMES: ReadonlySet<string> = new Set(['Capitol Hill', 'Beacon Hill', 'Foggy Bottom', 'Turtle Bay', 'Ground Zero', 'Camp David', 'Mar-a-Lago', 'Trump Tower', 'Fort Bragg', 'Fort Hood']);

export const NON_PERSON_NOUNS = new Set([
  'mediterranean', 'sea', 'ocean', 'gulf', 'peninsula', 'river', 'mountains', 'mountain', 'island', 'islands', 'province',
  'state', 'states', 'city', 'county', 'strait', 'zone', 'valley', 'region', 'coast', 'bay', 'lake', 'hall', 'square',
  'street', 'avenue', 'road', 'palace', 'building', 'tower', 'airport', 'station', 'park', 'bridge', 'agreement', 'act',
  'treaty', 'summit', 'conference', 'forum', 'games', 'cup', 'olympics', 'war', 'day', 'week', 'month', 'year', 'plan',
  'program', 'programme', 'project', 'pipeline', 'bill', 'law', 'code', 'constitution', 'convention', 'declaration',
  'accord', 'protocol', 'memorandum', 'initiative', 'strategy', 'doctrine', 'report', 'index', 'prize', 'award', 'museum',
  'stadium', 'arena', 'center', 'centre', 'capitol', 'mall', 'desert', 'basin', 'plateau', 'canal', 'channel', 'shoal',
  'reef', 'border', 'east', 'west', 'north', 'south', 'america', 'europe', 'asia', 'africa', 'area', 'district', 'territory',
  'territories', 'republic', 'kingdom', 'empire', 'union', 'federation', 'street', 'online', 'twitter', 'facebook',
  'google', 'apple', 'microsoft', 'amazon', 'youtube', 'instagram', 'tv', 'radio', 'show', 'series', 'film', 'movie',
  'book', 'magazine', 'iphone', 'model', 'system', 'missile', 'mission', 'operation', 'exercise', 'economy',
  'hotel', 'restaurant', 'grill', 'cafe', 'café', 'casino', 'resort', 'towers', 'plaza', 'amendment', 'resolution',
  // events: "South Bend Job Fair", "Apple Blossom Festival"
  'fair', 'fairs', 'festival', 'expo', 'exposition', 'parade', 'marathon', 'awards', 'ceremony', 'gala', 'tournament',
  'championship', 'championships', 'jamboree', 'rodeo', 'carnival', 'symposium', 'workshop', 'seminar', 'rally', 'training',
  'summits', 'conferences', 'festivals', 'forums', 'symposia', 'workshops', 'seminars', 'ceremonies', 'rallies',
  // a policy named after its author: "Bush Budget", "Obama Tax Cuts", "Clinton Health Proposal"
  'budget', 'budgets', 'proposal', 'proposals', 'request', 'agenda', 'policy', 'policies', 'cuts', 'reform', 'reforms',
]);
/** First words that make a name a region: "Eastern Mediterranean", "North Gyeongsang Province". */
export const DIRECTION_WORDS = new Set(['eastern', 'western', 'northern', 'southern', 'central', 'northeastern', 'northwestern', 'southeastern', 'southwestern', 'upper', 'lower', 'greater', 'middle',
  // (and the first words of place names: "North Karnataka", "West Point", "Mount Rushmore", "Fort Worth", "San Jose", "Los Angeles", "Lake Tahoe")
  'north', 'south', 'east', 'west', 'mount', 'mt.', 'fort', 'ft.', 'port', 'san', 'santa', 'los', 'las', 'lake', 'cape']);

/** Titles held by one person inside an organisation's name: "Committee Chairman", "Bank President". */
export const TITLE_NOUNS = new Set([
  'chairman', 'chairwoman', 'chair', 'president', 'secretary', 'minister', 'director', 'spokesman', 'spokeswoman',
  'spokesperson', 'commissioner', 'ceo', 'chief', 'head', 'leader', 'member', 'senator', 'representative', 'governor',
  'ambassador', 'administrator', 'founder', 'executive', 'adviser', 'advisor', 'counsel', 'general', 'judge',
  'professor', 'dean', 'researcher', 'analyst', 'economist', 'scientist', 'correspondent', 'reporter', 'editor',
  'coach', 'captain', 'commander', 'officer', 'official', 'owner', 'partner', 'attorney', 'lawyer', 'fellow',
  // ranks after a service: "Navy Capt. Jeff Davis", "Army Gen. Mark Milley", "Air Force Col. Ann Lee"
  'capt', 'col', 'colonel', 'gen', 'lt', 'lieutenant', 'maj', 'major', 'sgt', 'sergeant', 'adm', 'admiral', 'cmdr', 'cdr',
  'constable', 'inspector', 'superintendent', 'sheriff', 'detective',
  // offices of a legislature, a campaign or a town: "House Speaker Dennis Hastert", "Senate Majority
  // Whip Mitch McConnell", "Senate Chaplain Barry Black", "Campaign Manager Robby Mook"
  'speaker', 'whip', 'chaplain', 'parliamentarian', 'clerk', 'treasurer', 'comptroller', 'auditor', 'manager',
  'strategist', 'pollster', 'mayor', 'deputy', 'aide', 'prosecutor', 'solicitor', 'chancellor', 'provost', 'marshal',
  'ombudsman', 'trustee', 'committeeman', 'committeewoman',
]);

/**
 * Nouns of speech and thought that take a "that" clause as their content: "his warning that
 * Britain would ...", "Trump repeated his claim that ...", "Podliska's most explosive claim is that ...".
 */
export const CLAUSE_NOUNS: ReadonlySet<string> = new Set([
  'claim', 'claims', 'assertion', 'assertions', 'warning', 'warnings', 'promise', 'promises', 'pledge', 'pledges', 'vow',
  'insistence', 'argument', 'arguments', 'contention', 'suggestion', 'suggestions', 'statement', 'declaration',
  'announcement', 'admission', 'acknowledgment', 'acknowledgement', 'prediction', 'predictions', 'assurance', 'assurances',
  'belief', 'view', 'fear', 'fears', 'hope', 'concern', 'concerns', 'allegation', 'allegations', 'accusation', 'accusations',
  'charge', 'complaint', 'complaints', 'message', 'threat', 'boast', 'conviction', 'assessment', 'conclusion', 'position',
  'point', 'reminder', 'proposal', 'demand', 'recommendation', 'explanation', 'answer', 'response', 'retort', 'denial',
  'insinuation', 'implication', 'theory', 'notion', 'idea', 'thesis', 'premise',
]);

/**
 * Nouns of speech and stance with the preposition that opens their content: "Trump's criticism of
 * the judge", "his support for abortion rights", "Sanders's attacks on her record". The possessor
 * holds the position; the phrase after the preposition is its content (PolNeAR annotates these
 * as attributions; checked on its articles and on Senate press releases).
 */
export const NOMINAL_CUES: ReadonlyMap<string, readonly string[]> = new Map([
  ['support', ['for', 'of']], ['backing', ['of']], ['endorsement', ['of']], ['praise', ['for', 'of']],
  ['criticism', ['of']], ['criticisms', ['of']], ['critique', ['of']], ['condemnation', ['of']], ['denunciation', ['of']],
  ['attack', ['on']], ['attacks', ['on']], ['assault', ['on']], ['broadside', ['against', 'at']], ['tirade', ['against']],
  ['opposition', ['to']], ['rejection', ['of']], ['defense', ['of']], ['defence', ['of']], ['embrace', ['of']],
  ['call', ['for']], ['calls', ['for']], ['demand', ['for']], ['demands', ['for']], ['push', ['for']],
  ['comments', ['on', 'about']], ['remarks', ['on', 'about']], ['statement', ['on', 'about']], ['statements', ['on', 'about']],
  ['claim', ['about']], ['claims', ['about']], ['warning', ['about', 'of']], ['warnings', ['about', 'of']],
  ['complaints', ['about']], ['complaint', ['about']], ['concerns', ['about']], ['doubts', ['about']],
  ['accusation', ['of']], ['accusations', ['of']], ['questions', ['about']], ['views', ['on']], ['view', ['on']],
  ['position', ['on']], ['stance', ['on']], ['description', ['of']], ['characterization', ['of']],
  // (a speech act with its infinitive: "Trump's promises to deport undocumented immigrants")
  ['promise', ['to']], ['promises', ['to']], ['pledge', ['to']], ['pledges', ['to']], ['vow', ['to']], ['vows', ['to']],
  ['threat', ['to']], ['threats', ['to']],
]);

/**
 * Verbs that report what someone spoke about rather than what they said: "Trump talked about his
 * wall", "Clinton spoke of a new era", "he boasted about his wealth". The phrase after the
 * preposition is the topic of the speech (PolNeAR annotates it as the content). Forms, then the
 * adverbs that may stand between the verb and its preposition.
 */
export const TOPIC_VERBS: ReadonlySet<string> = new Set([
  'talk', 'talks', 'talked', 'talking', 'speak', 'speaks', 'spoke', 'spoken', 'speaking', 'joke', 'jokes', 'joked', 'joking',
  'boast', 'boasts', 'boasted', 'boasting', 'brag', 'brags', 'bragged', 'bragging', 'complain', 'complains', 'complained',
  'complaining', 'reminisce', 'reminisced', 'reminiscing', 'rail', 'rails', 'railed', 'railing', 'rant', 'rants', 'ranted',
  'ranting', 'rave', 'raves', 'raved', 'raving', 'muse', 'mused', 'musing', 'lecture', 'lectured', 'lecturing', 'preach',
  'preached', 'preaching', 'testify', 'testified', 'testifying', 'gush', 'gushed', 'gushing', 'wax', 'waxed', 'waxing',
  'open up', 'opened up', 'opens up', 'opening up', 'comment', 'comments',
  'commented', 'commenting', 'write', 'writes', 'wrote', 'written', 'writing',
]);
export const TOPIC_PREPOSITIONS: ReadonlySet<string> = new Set(['about', 'of', 'on']);
export const TOPIC_ADVERBS: ReadonlySet<string> = new Set([
  'openly', 'publicly', 'privately', 'often', 'frequently', 'repeatedly', 'extensively', 'briefly', 'again', 'also', 'frankly',
  'candidly', 'passionately', 'glowingly', 'warmly', 'lyrically', 'movingly', 'emotionally', 'length', 'detail',
]);

/**
 * Verbs that report speech only through a noun of speech as their object: "Trump offered his
 * congratulations to Rubio", "she voiced her opposition to the deal", "extended his condolences";
 * any other object is a thing given ("offered an amendment", "extend the deadline"). The object
 * noun phrase is the content.
 */
export const LIGHT_SPEECH_VERBS: ReadonlySet<string> = new Set(['offer', 'voice', 'extend']);
export const SPEECH_OBJECT_NOUNS: ReadonlySet<string> = new Set([
  ...NOMINAL_CUES.keys(), ...CLAUSE_NOUNS,
  'congratulations', 'condolences', 'thoughts', 'prayers', 'words', 'apology', 'apologies', 'advice', 'thanks', 'gratitude',
  'evaluation', 'rationale', 'justification',
  'sympathy', 'sympathies', 'opinion', 'opinions', 'reaction', 'rebuttal', 'defence', 'assessments', 'predictions', 'guarantee',
  'endorsements', 'objection', 'objections', 'disagreement', 'dissent', 'frustration', 'displeasure', 'dismay', 'outrage',
  'regret', 'regrets', 'appreciation', 'admiration', 'reservations', 'skepticism', 'scepticism', 'optimism', 'pessimism',
  'desire', 'wish', 'hope', 'hopes', 'fear', 'fears', 'doubts', 'anger', 'disappointment', 'confidence', 'enthusiasm',
]);
