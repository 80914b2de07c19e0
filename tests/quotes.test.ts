import { describe, expect, it } from 'vitest';
import { body, seedDoc } from './helpers.js';
import { analyze } from '../src/core/pipeline.js';
import { toQuoteRecords } from '../src/records/records.js';
import { sameName } from '../src/stages/resolve-entities.js';
import type { Doc } from '../src/types.js';

const render = (doc: Doc): string[] => toQuoteRecords(doc).map((q) => `${q.kind}|${q.speaker}|${q.cue ?? '-'}|${q.text}`);

describe('cue patterns', () => {
  const cases: [string, string, string[]][] = [
    ['quote, speaker cue', 'Tom Smith met us. “We will win,” Smith said.', ['direct|Tom Smith|said|We will win,']],
    ['quote, cue speaker', '“We will win,” said Sen. Tim Johnson.', ['direct|Tim Johnson|said|We will win,']],
    ['speaker cue, quote', 'Lee said, “This summit will serve as a turning point.”', ['direct|Lee|said|This summit will serve as a turning point.']],
    ['speaker colon quote', 'Maria Cantwell: “Energy is our future.”', ['direct|Maria Cantwell|-|Energy is our future.']],
    ['told with addressee', 'President Lee Jae Myung met Chinese President Xi Jinping. “Peace matters,” Xi told Lee.', ['direct|Xi Jinping|told|Peace matters,']],
    ['interrupted quote', '“A deal is near,” said Pat Caddell. “We are close.”', ['direct|Pat Caddell|said|A deal is near, We are close.']],
    ['trailing dash', '“Stay strong and keep going” — Commissioner Jane Roe', ['direct|Jane Roe|-|Stay strong and keep going']],
    ['said in a statement', 'The summit ran long, presidential spokesperson Kang Yu-jung said in a statement.', ['indirect|Kang Yu-jung|said|The summit ran long']],
    ['X said that', 'Lee added that Seoul and Beijing would work together on peace.', ['indirect|Lee|added|Seoul and Beijing would work together on peace.']],
    ['according to', 'The talks will resume in May, according to Seoul’s presidential office.', ['indirect|Seoul’s presidential office|according to|The talks will resume in May']],
    ['mixed quote', 'Lee said Seoul would deepen “horizontal, mutually beneficial” cooperation.', ['mixed|Lee|said|Seoul would deepen “horizontal, mutually beneficial” cooperation.']],
    ['scare quote is no record', 'The so-called “Three amigos” met on Monday.', []],
    ['interrupted, with a phrase after the cue', '“You’ve got to be able to adapt,” Mark Cuban said of Trump, “whether you’re a politician or a business person.”', ['direct|Mark Cuban|said|You’ve got to be able to adapt, whether you’re a politician or a business person.']],
    ['interrupted in one sentence', 'Rick Morton spoke. “I think it’s funny,” he said, “because he is a showman.”', ['direct|Rick Morton|said|I think it’s funny, because he is a showman.']],
    ['attribution in the next sentence', '“Why would you cozy up to George W. Bush?” Lichtman said about McCain.', ['direct|Lichtman|said|Why would you cozy up to George W. Bush?']],
    ['partial quotation before its attribution is mixed', 'Curiel had “an inherent conflict of interest,” Donald Trump said.', ['mixed|Donald Trump|said|Curiel had “an inherent conflict of interest,”']],
    ['role and name between quote and cue', '“We can call this right now,” election law expert Rick Hasen tweeted Monday.', ['direct|Rick Hasen|tweeted|We can call this right now,']],
    ['appositive after the name', '"We need him," his wife, Gabriela Violeta Lazar, wrote in a letter.', ['direct|Gabriela Violeta Lazar|wrote|We need him,']],
    ['according to, then a quotation', 'According to Bob Woodward, “The real estate world is more complex than the CIA.”', ['direct|Bob Woodward|According to|The real estate world is more complex than the CIA.']],
    ['doubled single marks', "''The voters are furious,'' Mr. Gidley said.", ['direct|Gidley|said|The voters are furious,']],
    ['participle takes the main subject', 'Okey Oramah said currencies "cost Africa billions," further saying, "It reduces trade."', ['mixed|Okey Oramah|said|currencies "cost Africa billions,"', 'direct|Okey Oramah|saying|It reduces trade.']],
    ['person of a place', 'President Abdel Fattah el-Sisi of Egypt said, "The success of the deal is the real test."', ['direct|Abdel Fattah el-Sisi|said|The success of the deal is the real test.']],
    ['organisation named by a demonym phrase', 'According to Syrian state media, government forces began deploying.', ['indirect|Syrian state media|According to|government forces began deploying.']],
    ['an unnamed source is named by its description', '“Nobody seems to be preoccupied by it,” the insider said.', ['direct|the insider|said|Nobody seems to be preoccupied by it,']],
    ['quantity subject', 'Among Trump voters, 74 percent said they are set on voting for him.', ['indirect|74 percent|said|they are set on voting for him.']],
    ['two people speak together', 'Sens. Craig Thomas and Mike Enzi said the trade deal is dead.', ['indirect|Craig Thomas and Mike Enzi|said|the trade deal is dead.']],
    ['an acronym stands for its full name', 'The Syrian Democratic Forces (SDF) announced a deal. “We agreed,” the SDF said.', ['indirect|Syrian Democratic Forces|announced|a deal.', 'direct|Syrian Democratic Forces|said|We agreed,']],
    ['a title inside an organisation name', 'NATO Secretary-General Jens Stoltenberg wrote, "I count on Turkey to act with restraint."', ['direct|Jens Stoltenberg|wrote|I count on Turkey to act with restraint.']],
    ['a bracket between the name and the cue', '"It reminds us how important this election is," Sen. Marco Rubio (R-Fla.) said Saturday night.', ['direct|Marco Rubio|said|It reminds us how important this election is,']],
    ['a particle verb', '"Jeb wants to be a tough guy tonight," Donald Trump shot back.', ['direct|Donald Trump|shot back|Jeb wants to be a tough guy tonight,']],
    ['a subject no lexicon knows, then the quotation', 'The ad says “nothing will change until we elect new leaders.”', ['direct|The ad|says|nothing will change until we elect new leaders.']],
    ['a time and place between the cue and the quotation', 'As Michael Dell said last week in Tel Aviv, “Israel is the center of the digital future.”', ['direct|Michael Dell|said|Israel is the center of the digital future.']],
    ['an inverted attribution after a partial quotation', 'The rejection of the treaty signals "the beginning of the end" for the EU, said Geert Wilders, founder of the Dutch Party for Freedom.', ['mixed|Geert Wilders|said|The rejection of the treaty signals "the beginning of the end" for the EU']],
    ['content ends before ", but" and a new subject', 'Reid said both Rubio and Cruz are "non-entities in the Senate," but he gave the Texan a back-handed compliment.', ['mixed|Reid|said|both Rubio and Cruz are "non-entities in the Senate,"']],
    ['content ends before the writer’s dash', 'Hours later, Sanders said he was “encouraged” by the plan — a modest boost for the president.', ['mixed|Sanders|said|he was “encouraged” by the plan']],
    ['a second verb in another tense than the cue belongs to the content', 'Westmacott also said that Obama shows “great charm” and exhibits a fondness for the United Kingdom.', ['mixed|Westmacott|said|Obama shows “great charm” and exhibits a fondness for the United Kingdom.']],
    ['a second verb in the cue’s tense ends the content', 'Lee said she admires his determination and highlighted their shared goals.', ['indirect|Lee|said|she admires his determination', 'indirect|Lee|highlighted|their shared goals.']],
    ['the subject of a clause a colon ends', 'Rubio fired back forcefully: “If they sue us in a court in Miami, they’re going to lose.”', ['direct|Rubio|fired back|If they sue us in a court in Miami, they’re going to lose.']],
    ['a participle after a preposition takes the main subject', 'Sarah Silverman incurred a wave of boos upon saying, “Hillary heard the passion of the people.”', ['direct|Sarah Silverman|saying|Hillary heard the passion of the people.']],
    ['a name that qualifies a role before the person', '“Florida and Nevada are battleground states,” said Priorities spokesman Justin Barasky.', ['direct|Justin Barasky|said|Florida and Nevada are battleground states,']],
    ['a possessive place before the person', '“We are done,” said Florida’s Rick Wilson, a Republican consultant.', ['direct|Rick Wilson|said|We are done,']],
    ['a long appositive chain', '"Both of them scare me," Harry Bond, 30, of Raleigh, N.C., who was among those polled, said.', ['direct|Harry Bond|said|Both of them scare me,']],
    ['a party tag after the name', 'Committee Chairman Rep. Jason Chaffetz, R-Utah, said the questioning will start with Comey.', ['indirect|Jason Chaffetz|said|the questioning will start with Comey.']],
    ['a possessive name opens the appositive', '"Delegates will decide it," Tad Devine, Sanders\'s chief strategist, said.', ['direct|Tad Devine|said|Delegates will decide it,']],
    ['the object of a participle is not the speaker', 'A source speaking to Fox News said, “The agents are investigating.”', ['direct|A source|said|The agents are investigating.']],
    ['a person of an organisation', 'Another pollster, David Woodard of Clemson University, said his survey showed steady support.', ['indirect|David Woodard|said|his survey showed steady support.']],
    ['a family name that is also a demonym', 'Mark Cuban spoke on Sunday. "It is too early to tell," said Cuban, who is also a host.', ['direct|Mark Cuban|said|It is too early to tell,']],
    ['a sentence-final attribution with a time, a place and a participle after it', 'Trump’s “excesses” are sickening, Hollande said Tuesday in Paris, noting the nominee “makes you want to retch.”', ['mixed|Hollande|said|Trump’s “excesses” are sickening', 'mixed|Hollande|noting|the nominee “makes you want to retch.”']],
    ['a title between the comma and the name of a sentence-final attribution', 'His endorsements will carry "a great deal of weight," DFA spokesman Neil Sroka said.', ['mixed|Neil Sroka|said|His endorsements will carry "a great deal of weight,"']],
    ['a second verb of saying ends even a short content', 'Chuck Grassley defended the attack and said it is “the same thing.”', ['indirect|Chuck Grassley|defended|the attack', 'mixed|Chuck Grassley|said|it is “the same thing.”']],
    ['a first name ending in -ly is no adverb', 'Carly Fiorina threw her support behind Ted Cruz on Wednesday, saying it is time for a “real conservative.”', ['mixed|Carly Fiorina|saying|it is time for a “real conservative.”']],
    ['a poll shows', 'The survey also showed that moderates and suburbanites mostly backed Clinton.', ['indirect|The survey|showed|moderates and suburbanites mostly backed Clinton.']],
    ['records show, after the content', 'The jet flew roughly 216 hours last year, F.A.A. records show.', ['indirect|F.A.A. records|show|The jet flew roughly 216 hours last year']],
    ['a person who finds something reports nothing', 'He found that the door was locked. Police found the body on Monday.', []],
    ['a verb of telling after a quotation takes its addressee, not its speaker', 'In a memo, Noah Oppenheim, the executive in charge of “Today,” reminded his staff about Mr. Bush.', []],
    ['a second named attribution joined by "and" ends the content', 'Ted Cruz accuses Obama of "leading from behind" and Donald Trump says he is "losing the war."', ['mixed|Ted Cruz|accuses|Obama of "leading from behind"', 'mixed|Donald Trump|says|he is "losing the war."']],
    ['"they" stands for the coordinated subject of an earlier sentence', 'Foreign Minister Sameh Shoukry and his Greek and French counterparts, Nikos Dendias and Jean-Yves Le Drian, met in Cairo. The Italian minister, Luigi Di Maio, joined them. They said the deal is "null and void."', ['mixed|Sameh Shoukry, Nikos Dendias and Jean-Yves Le Drian|said|the deal is "null and void."']],
    ['a relative clause reports the speech of the name before it', 'Juanita Broaddrick, who said Clinton raped her in 1978, recounted the incident on the radio.', ['indirect|Juanita Broaddrick|said|Clinton raped her in 1978', 'indirect|Juanita Broaddrick|recounted|the incident on the radio.']],
    ['a relative clause with a verb of telling skips the addressee', 'Gordon Humphrey, who told POLITICO he will work full-time against Trump, spoke on Monday.', ['indirect|Gordon Humphrey|told|he will work full-time against Trump']],
    ['a question put by someone unnamed, and the answer', 'Asked whether he would counsel Clinton to ask Sanders to join her ticket, Reid said he would not give her advice.', ['indirect|null|Asked|whether he would counsel Clinton to ask Sanders to join her ticket', 'indirect|Reid|said|he would not give her advice.']],
    ['a state before a title is the affiliation', '“The president is going to have that role,” said former Wisconsin Gov. Jim Doyle.', ['direct|Jim Doyle|said|The president is going to have that role,']],
    ['a state opening a run of titles', 'Former Maryland Gov. Martin O’Malley said back in the summer of 2015: “I think it’s a big mistake.”', ['direct|Martin O’Malley|said|I think it’s a big mistake.']],
    ['a next sentence with a quotation of its own attributes only that', 'Jeb Bush called Trump “unhinged.” Sen. Marco Rubio called the statement “offensive.”', ['mixed|Jeb Bush|called|Trump “unhinged.”', 'mixed|Marco Rubio|called|the statement “offensive.”']],
    ['a verb leading into the cue', 'Pence went on to say he is “confident” about it.', ['mixed|Pence|say|he is “confident” about it.']],
    ['a sentence in brackets', 'Sen. John Smith spoke. (On Monday he said he would "strongly consider" closing mosques.)', ['mixed|John Smith|said|he would "strongly consider" closing mosques.']],
    ['the punctuation inside a nested quotation ends the clause', '“We’re like ‘Ebony and Ivory,’” Jim Bennett explained with a smile.', ['direct|Jim Bennett|explained|We’re like ‘Ebony and Ivory,’']],
    ['a bracket and a participle between the name and the cue', 'Sen. Richard J. Durbin (D-Ill.), noting the size of the list, said, "Let me tell you, it is big."', ['direct|Richard J. Durbin|said|Let me tell you, it is big.']],
    ['a pronoun subject of a clause a colon ends', 'Donald Trump spoke in Mexico. Back home, he returned to his familiar lines: "There will be no amnesty!"', ['direct|Donald Trump|-|There will be no amnesty!']],
    ['an attribution inside the sentence, a participle after it', 'Amadou Magassa sold water. Sales were great, he said, wiping sweat off his face.', ['indirect|Amadou Magassa|said|Sales were great']],
    ['a plural organisation noun keeps the name whole', 'The Centers for Disease Control and Prevention estimates that one in 45 children has autism.', ['indirect|Centers for Disease Control and Prevention|estimates|one in 45 children has autism.']],
    ['a term named in a relative clause is no quotation of its own', 'Hillary Clinton says Americans are “right to be angry,” but also hungry for what she calls “real solutions.”', ['mixed|Hillary Clinton|says|Americans are “right to be angry,” but also hungry for what she calls “real solutions.”']],
    ['"while adding" ends the first content', 'Gore insisted it was “premature” to back her campaign while adding, “I don’t have any doubt.”', ['mixed|Gore|insisted|it was “premature” to back her campaign', 'direct|Gore|adding|I don’t have any doubt.']],
    ['a title alone is a reference to the person who holds it', 'Sen. Tim Johnson spoke. The Senator also reiterated the importance of success in Iraq.', ['indirect|Tim Johnson|reiterated|the importance of success in Iraq.']],
    ['a plural title refers to the senators named before', 'Senators Craig Thomas and Mike Enzi met. The Senators wrote that the funds support 4,000 officers.', ['indirect|Craig Thomas and Mike Enzi|wrote|the funds support 4,000 officers.']],
    ['a participial phrase between the subject and the cue', 'On Tuesday, Kyriakos Mitsotakis speaking to the Atlantic Council think tank called the agreement "null and void".', ['mixed|Kyriakos Mitsotakis|called|the agreement "null and void".']],
    ['a bracket and a comma between the name and the cue', 'U.S. Senator Maria Cantwell (D-WA), today announced the two countries will hold a dialogue.', ['indirect|Maria Cantwell|announced|the two countries will hold a dialogue.']],
    ['a clause of its own before the quotation makes it partial', 'One question asked whether the candidates would "actively work to preserve the bargaining rights" of employees.', ['mixed|null|asked|whether the candidates would "actively work to preserve the bargaining rights" of employees.']],
    ['a cue with "this:"', 'David Axelrod tweeted this: "She did it again."', ['direct|David Axelrod|tweeted|She did it again.']],
    ['a place before the title', 'Hong Kong Chief Executive Carrie Lam stated, "So long as disputes remain, our economy will suffer."', ['direct|Carrie Lam|stated|So long as disputes remain, our economy will suffer.']],
    ['an adverb before the subject', 'Initially I thought it was just another virus.', ['indirect|null|thought|it was just another virus.']],
    ['a noun-or-verb form between subject and complement is a verb', 'Legal observers note the White House would not truly “close” the prison.', ['mixed|Legal observers|note|the White House would not truly “close” the prison.']],
    ['a day before the content', 'Durbin said on Thursday he "hand-delivered a letter to the attorney general today."', ['mixed|Durbin|said|he "hand-delivered a letter to the attorney general today."']],
    ['a late day before "that"', 'Benjamin Netanyahu said late Wednesday that he would go ahead with the meeting.', ['indirect|Benjamin Netanyahu|said|he would go ahead with the meeting.']],
    ['"referring to" attributes no quotation before it; it reports its own object', 'He also vowed, "We are going to defeat them fast," referring to the Islamic State.', ['direct|null|vowed|We are going to defeat them fast,', 'indirect|null|referring to|the Islamic State.']],
    ['a particle cue with "to"', 'Donald Trump has referred to undocumented immigrants as "rapists" in his speeches.', ['mixed|Donald Trump|referred to|undocumented immigrants as "rapists" in his speeches.']],
    ['a participle after a statement', 'On Saturday, Donald Trump issued a statement saying that Scalia was "a remarkable person."', ['mixed|Donald Trump|saying|Scalia was "a remarkable person."']],
    ['"X called on Y" after a comma is no sentence-final attribution', "In President Bush's 2004 speech at the National Defense University, he called on the Senate to ratify the protocol.", ['indirect|Bush|called on|the Senate to ratify the protocol.']],
    ['a passive reports nobody', 'Passage is expected in the House on Friday.', []],
    ['content, said X, appositive', 'Nor are tariffs likely to bring these jobs back, said David Autor, a professor of economics at M.I.T.', ['indirect|David Autor|said|Nor are tariffs likely to bring these jobs back']],
    ['two attributions in one sentence', 'One says China has the most, while another says the United States has twice as many.', ['indirect|null|says|China has the most', 'indirect|null|says|the United States has twice as many.']],
    ['a subordinate clause ends at its comma', 'While some friends say Mr. Clinton would look zippier, others disagree.', ['indirect|some friends|say|Mr. Clinton would look zippier']],
    ['content ends at the next verb of its subject', 'Hillary Clinton said she admires his determination and highlighted their shared goals.', ['indirect|Hillary Clinton|said|she admires his determination', 'indirect|Hillary Clinton|highlighted|their shared goals.']],
    ['a role for a named person describes an unnamed speaker', 'A spokeswoman for Mr. Trump said the campaign would not comment on the report.', ['indirect|A spokeswoman for Mr. Trump|said|the campaign would not comment on the report.']],
    ['a role with a prepositional phrase as the subject', 'The deputy head of China’s delegation to the forum said the United States should reduce its patrols.', ['indirect|The deputy head of China’s delegation to the forum|said|the United States should reduce its patrols.']],
    ['a condition after a sentence-final attribution', 'He was unable to find a single taker, he said, on condition of anonymity to speak freely.', ['indirect|null|said|He was unable to find a single taker']],
    ['a time and a show title after a sentence-final attribution', 'Gov. John Kasich spoke. The party will unite, he said Wednesday morning on MSNBC’s “Morning Joe.”', ['indirect|John Kasich|said|The party will unite']],
    ['a day and "that" after the cue open the content', 'In his response, Steve Coll, the dean of the school, said on Tuesday that he had examined the allegations.', ['indirect|Steve Coll|said|he had examined the allegations.']],
    ['a pronoun speaker is nobody named in the content', 'John Kasich spoke at a rally on Monday. Donald Trump is dangerous and Marco Rubio is weak, he said.', ['indirect|John Kasich|said|Donald Trump is dangerous and Marco Rubio is weak']],
    ['a pronoun speaker is nobody named in the quotation', 'John Kasich spoke at a rally on Monday. “Donald Trump is dangerous,” he said.', ['direct|John Kasich|said|Donald Trump is dangerous,']],
    ['a participle does not invert its subject', 'Obama remarked that there is still "more work to do," noting weak conditions in China.', ['mixed|Obama|remarked|there is still "more work to do,"', 'indirect|Obama|noting|weak conditions in China.']],
    ['"and said" after a participle takes the main subject', 'Clinton celebrated in Florida with supporters, declaring a big win, and said it was another step closer.', ['indirect|Clinton|declaring|a big win', 'indirect|Clinton|said|it was another step closer.']],
    ['a second attribution after other cue words ends the content', 'Rubio suggested that someone who does not answer questions cannot be president, while Cruz said that the stakes are too high.', ['indirect|Rubio|suggested|someone who does not answer questions cannot be president', 'indirect|Cruz|said|the stakes are too high.']],
    ['a time phrase opening the sentence is no name', 'Hours later, Trump returned the compliment to Adelson, telling Reuters, “He is an amazing man.”', ['direct|Trump|telling|He is an amazing man.']],
    ['whatever follows "according to" is the source', 'Median household income reached $56,746 in November, according to one research firm.', ['indirect|one research firm|according to|Median household income reached $56,746 in November']],
    ['a command is an organisation', 'Half of the troops serve outside the Middle East, according to the United States Special Operations Command.', ['indirect|United States Special Operations Command|according to|Half of the troops serve outside the Middle East']],
    ['the content goes on after a sentence-internal attribution', 'Gáspár Maróth spoke. Orders will fill the plant for years, Maróth said, and paying back the loan seems realistic; unnamed industry experts called this dubious.', ['indirect|Gáspár Maróth|said|Orders will fill the plant for years', 'indirect|Gáspár Maróth|said|paying back the loan seems realistic', 'indirect|unnamed industry experts|called|this dubious.']],
    ['a lone organisation noun names the organisation named in full before', 'Congress chartered the U.S.-China Economic and Security Review Commission in 2000. The Commission said the talks should go on.', ['indirect|U.S.-China Economic and Security Review Commission|said|the talks should go on.']],
    ['a participle takes the subject of the nearest main clause', 'Bob Smith said the plan works; unnamed industry experts called it dubious, while noting the equipment is needed.', ['indirect|Bob Smith|said|the plan works', 'indirect|unnamed industry experts|called|it dubious', 'indirect|unnamed industry experts|noting|the equipment is needed.']],
    ['a share of those polled says', 'Six in 10 say he is at least somewhat decisive.', ['indirect|Six in 10|say|he is at least somewhat decisive.']],
    ['those surveyed say', 'By 80 to 10, those surveyed say the country should move to clean energy by 2030.', ['indirect|those surveyed|say|the country should move to clean energy by 2030.']],
    ['a long appositive between the name and the cue', 'Debbie Walsh, director of the Center for American Women and Politics at the Eagleton Institute of Politics at Rutgers University, said Clinton is poised to benefit.', ['indirect|Debbie Walsh|said|Clinton is poised to benefit.']],
    ['a person familiar with something', 'A person familiar with the planning for the meeting says the discussion will focus on unity.', ['indirect|A person familiar with the planning for the meeting|says|the discussion will focus on unity.']],
    ['a relative clause with its own attribution ends the content', 'DeSantis said he has backed a bill to curb accreditation bodies, which he called “a cartel for higher education.”', ['indirect|DeSantis|said|he has backed a bill to curb accreditation bodies']],
    ['a poll with a participle after its noun', 'New polls released Sunday showed Clinton taking a lead in the race.', ['indirect|New polls released Sunday|showed|Clinton taking a lead in the race.']],
    ['bare plural polls in a relative clause', 'Trump campaigned in a state where polls show Mrs. Clinton slightly trailing Senator Bernie Sanders.', ['indirect|polls|show|Mrs. Clinton slightly trailing Senator Bernie Sanders.']],
    ['a progressive of a verb of showing', 'Recent polling is showing Trump has a significant lead over Rubio in Florida.', ['indirect|Recent polling|showing|Trump has a significant lead over Rubio in Florida.']],
    ['an infinitive of purpose after a verb of writing is no content', 'Dear President Bush: We are writing to urge you to develop a comprehensive energy policy.', []],
    ['"When asked" opening the sentence', 'When asked whether the position was right for America, 59 percent said it was not right.', ['indirect|null|asked|whether the position was right for America', 'indirect|59 percent|said|it was not right.']],
    ['a name at the end of the content is no addressee', 'Clinton caused a stir when an Iowa voter asked if she might consider appointing Obama.', ['indirect|an Iowa voter|asked|if she might consider appointing Obama.']],
    ['a participle that names a thing is no cue', 'Carson shared a syllabus for a class called “Perception” on his Facebook page, writing “Allow me to do the research.”', ['direct|Carson|writing|Allow me to do the research.']],
    ['a speaker noun before "called" keeps the cue', 'Sen. Tim Kaine spoke on Monday. The senator called Trump “a con man” in his speech.', ['mixed|Tim Kaine|called|Trump “a con man” in his speech.']],
    ['a subordinate clause with its own attribution ends the content', 'John Kasich is assuring voters he is tough enough after a woman in Worcester, Massachusetts, told him she worries he is too nice.', ['indirect|John Kasich|assuring|he is tough enough', 'indirect|a woman in Worcester, Massachusetts|told|she worries he is too nice.']],
    ['a name after an opening phrase is the subject of a participle', 'A leader on trade with China, Maria Cantwell wrote a letter to President Bush, urging him to develop an energy policy.', ['indirect|Maria Cantwell|urging|him to develop an energy policy.']],
    ['a place before a role is the role holder’s', 'Sen. Marco Rubio of Florida spoke. "It is a difficult issue," said the Florida senator, "because it puts two rights in conflict."', ['direct|Marco Rubio|said|It is a difficult issue, because it puts two rights in conflict.']],
    ['a participle phrase between the pieces of an interrupted quotation', 'Brad Sherman spoke. "These guys know how to use words," said Sherman, speaking of politicians, "and leave themselves some room."', ['direct|Brad Sherman|said|These guys know how to use words, and leave themselves some room.']],
    ['a question in the attribution does not break the quotation', 'Carlos Lopez-Cantera spoke. “No government will get it perfect,” Lopez-Cantera said when asked about the standards. “The job is to keep improving.”', ['direct|Carlos Lopez-Cantera|said|No government will get it perfect, The job is to keep improving.', 'indirect|null|asked|the standards']],
    ['an appositive comma before a cue tagged as a noun', "Gerry O'Brien, a GOP political consultant, notes that a fifth of the vote is enough for a delegate.", ["indirect|Gerry O'Brien|notes|a fifth of the vote is enough for a delegate."]],
    ['two phrases between the cue and the quotation', 'Clinton said in the spring, when the email story broke, “I did not email any classified material.”', ['direct|Clinton|said|I did not email any classified material.']],
    ['an attribution that interrupts its clause between subject and verb', 'Oliver Hedge runs a golf firm. Many of the closures, he said, have involved public courses.', ['indirect|Oliver Hedge|said|Many of the closures have involved public courses.']],
    ['an opening phrase before an interrupting attribution is no subject', 'After the vote, he said, the party will unite behind its nominee.', ['indirect|null|said|the party will unite behind its nominee.']],
    ['"said almost nothing about" reports no content', 'Lael Brainard joined the Fed in 2014, but she said almost nothing about monetary policy until October.', []],
    ['a reporter’s place is no content', 'Fahrenthold reported from Washington.', []],
    ['a plural party word is a group, and a subordinate clause ends at its comma', 'The Hispanic Republican leader spoke. Three years after Republicans vowed to do a better job courting Latinos, the party has done the opposite.', ['indirect|Republicans|vowed|to do a better job courting Latinos']],
    ['a naming participle after an indefinite noun phrase', 'Some donors, targeted by a boycott call from a civil rights advocacy group called Color of Change, opted to sit out the convention.', []],
    ['a conjunction opening the clause is no part of the subject', 'A district judge agreed with the Democrats. But the U.S. Court of Appeals for the 6th Circuit overruled and said Ohio already provided enough early voting.', ['indirect|U.S. Court of Appeals|said|Ohio already provided enough early voting.']],
    ['a verb and its preposition do not make a role before a name', 'O’Malley spoke at the Fair Immigration Reform Movement forum on Sunday, and criticized Sanders and Clinton after the event.', ['indirect|O’Malley|criticized|Sanders and Clinton after the event.']],
    ['a place before ", vows" is the object of a first verb', 'Sanders wins R.I., vows to press on to the next primary.', ['indirect|Sanders|vows|to press on to the next primary.']],
    ['a bare plural group with its place', 'Officials in Beijing, China, said the talks would resume.', ['indirect|Officials in Beijing, China|said|the talks would resume.']],
    ['a participle after a verb of writing to someone takes the writer', 'Chief constable Nick Adderley wrote to the US Embassy in London asking to waive her diplomatic immunity.', ['indirect|Nick Adderley|asking|to waive her diplomatic immunity.']],
    ['a name in a place speaks, not the place', 'Senator Jane Doe in Washington said the bill would pass.', ['indirect|Jane Doe|said|the bill would pass.']],
    ['"according to" a document with no comma before it', 'Clinton is ahead of the GOP challenger 46 percent to 39 percent according to a CBS poll released Monday.', ['indirect|a CBS poll released Monday|according to|Clinton is ahead of the GOP challenger 46 percent to 39 percent']],
    ['"according to" interrupting its clause', 'Since last November, according to Human Rights Watch, security forces have killed more than 400 protesters.', ['indirect|Human Rights Watch|according to|Since last November security forces have killed more than 400 protesters.']],
    ['"according to" a document named by its issuer', 'Murphy has a net worth of less than $100,000, according to Senate filings.', ['indirect|Senate filings|according to|Murphy has a net worth of less than $100,000']],
    ['"pledged delegates" is no pledge', 'Clinton leads Sanders by 271 pledged delegates in the count.', []],
    ['reported speech in the attribution does not break the quotation', 'Bernie Sanders spoke. "We have come a long way," he said, noting that he had trailed Clinton by 50 points. "We will work hard to win."', ['direct|Bernie Sanders|said|We have come a long way, We will work hard to win.', 'indirect|Bernie Sanders|noting|he had trailed Clinton by 50 points.']],
    ['a quotation after a partial quotation and its attribution continues its speaker', 'Tom Cole spoke. Yet Trump is also a “change agent,” Cole said. “That’s exactly what people want right now.”', ['mixed|Tom Cole|said|Yet Trump is also a “change agent,”', 'direct|Tom Cole|-|That’s exactly what people want right now.']],
    ['a bare plural group with a long phrase after it', "Organizers of the push to boycott Trump's AIPAC speech said they are worried about the event.", ["indirect|Organizers of the push to boycott Trump's AIPAC speech|said|they are worried about the event."]],
    ['a time between "and" and a coordinated cue', 'Scott has freed up $26 million in state funds and on Monday announced $5 million more was being sent to Miami.', ['indirect|Scott|announced|$5 million more was being sent to Miami.']],
    ['capitalised words before a lower-case role make an appositive', 'Chris Covert, South Carolina director for Sanders, said the campaign has opened its 11th field office.', ['indirect|Chris Covert|said|the campaign has opened its 11th field office.']],
    ['a negated modal before the cue', 'McConnell spokesman Don Stewart wouldn’t say when the Senate will vote on the nominees.', ['indirect|Don Stewart|say|when the Senate will vote on the nominees.']],
    ['", calling" after a content starts its own record', 'The Turkish Ministry of Foreign Affairs rejected the conclusions, calling the agreements "legitimate under international law".', ['indirect|Turkish Ministry of Foreign Affairs|rejected|the conclusions', 'mixed|Turkish Ministry of Foreign Affairs|calling|the agreements "legitimate under international law".']],
    ['a share of a group', 'Trump was outmatched, even though a number of attendees said they supported him.', ['indirect|a number of attendees|said|they supported him.']],
    ['a quantity before the group', 'Most of the senators said the bill would pass.', ['indirect|Most of the senators|said|the bill would pass.']],
    ['a percentage says', 'On economic issues, 42% say they are liberal.', ['indirect|42%|say|they are liberal.']],
    ['a parenthesis between dashes after the subject', 'Intelligence officials — including NSA Director Adm. Michael Rogers — have long argued that data manipulation is a risk.', ['indirect|Intelligence officials|argued|data manipulation is a risk.']],
    ['"refused to say"', 'Sen. Tim Scott spoke. He refused to say that Jerusalem should be the capital.', ['indirect|Tim Scott|say|Jerusalem should be the capital.']],
    ['coordinated roles after an inverted cue', 'The firm lobbied for the Trump Organization, said lobbyist and GOP strategist Charlie Black.', ['indirect|Charlie Black|said|The firm lobbied for the Trump Organization']],
    ['an addressee after a sentence-final verb of telling', 'Biofuels do not stir up the same fervor, Sen. Chuck Grassley told POLITICO.', ['indirect|Chuck Grassley|told|Biofuels do not stir up the same fervor']],
    ['"In the analysis of X" gives a source', 'In the analysis of the German Institute for Economic Research, the high costs render the project unrealistic.', ['indirect|German Institute for Economic Research|In the analysis of|the high costs render the project unrealistic.']],
    ['"according to" after a conjunction covers what follows', 'YPG is the main force of the SDF, largely Kurdish and, according to Turkey, supportive of the PKK.', ['indirect|Turkey|according to|supportive of the PKK.']],
    ['a naming participle: "dubbed"', 'Hungary launched a military development program dubbed “Zrínyi 2026” in 2017.', []],
    ['a participle after a determiner is an adjective', 'The estimated cost is 2.5 billion euros for the whole project.', []],
    ['"The X" opens the subject of a coordinated cue', 'The embassy declined the request and said the family left on advice from the State Department.', ['indirect|embassy|said|the family left on advice from the State Department.']],
    ['an organisation before a role describes the speaker', '“It is a scandal,” said a prominent Republican National Committee member who supports Trump.', ['direct|a prominent Republican National Committee member|said|It is a scandal,', 'indirect|Republican National Committee member|supports|Trump']],
    ['capitalised titles between an organisation and the person', '“The commissions are a failure,” said ACLU executive Director Anthony Romero.', ['direct|Anthony Romero|said|The commissions are a failure,']],
    ['a possessive name before a role and the person', 'Hillary Clinton spoke. “We are confident,” said Clinton’s top foreign policy aide Jake Sullivan.', ['direct|Jake Sullivan|said|We are confident,']],
    ['a document and its recipients before a participle', 'Hillary Clinton spoke. Her campaign blasted out an email to supporters stating, “Speaker Ryan joins the list.”', ['direct|Hillary Clinton\'s campaign|stating|Speaker Ryan joins the list.']],
    ['"New York" is a place, not a person with a title', 'In New York, after meeting civil rights leaders, Hillary Clinton proposed rules that she said were needed now.', ['indirect|Hillary Clinton|said|were needed now.']],
    ['a participle clause opening the sentence takes the subject after its comma', 'After suggesting on Wednesday that he regretted the insults, Marco Rubio said the race was close.', ['indirect|Marco Rubio|suggesting|he regretted the insults', 'indirect|Marco Rubio|said|the race was close.']],
    ['the outlet someone spoke with is not the speaker', 'Officials who spoke with The Huffington Post said the DNC needs to rebuild.', ['indirect|Officials|said|the DNC needs to rebuild.']],
    ['"four out of 10 voters"', 'About four out of 10 voters said life for the next generation will be worse.', ['indirect|About four out of 10 voters|said|life for the next generation will be worse.']],
    ['a no-break space inside a name', 'According to the Washington\u00a0Free Beacon, the donations were large.', ['indirect|Washington\u00a0Free Beacon|According to|the donations were large.']],
    ['a time between "Asked" and the question', 'Asked on Monday whether Mr. Clinton would hold a cabinet position, Mrs. Clinton shook her head.', ['indirect|null|Asked|whether Mr. Clinton would hold a cabinet position']],
    ['"Asked which"', 'Asked which Iowa county was his favorite, he demurred.', ['indirect|null|Asked|which Iowa county was his favorite']],
    ['"was asked if"', 'During an interview, the actress Salma Hayek was asked if she had ever been discriminated against.', ['indirect|null|asked|if she had ever been discriminated against']],
    ['a relative clause with its own attribution leaves a one-word content', 'Hillary Clinton proposed rules that she said were needed now.', ['indirect|Hillary Clinton|said|were needed now.']],
    ['an aside between dashes before the quotation', 'Recep Tayyip Erdogan spoke. President Erdogan said — as reported by Hurriyet Daily News — "Ayasofya will no longer be called a museum."', ['direct|Recep Tayyip Erdogan|said|Ayasofya will no longer be called a museum.']],
    ['a statement which said', 'The United States Commission on International Religious Freedom (USCIRF) criticized the move. They released a statement which said, "Hagia Sophia bears profound significance."', ['indirect|United States Commission on International Religious Freedom|criticized|the move.', 'direct|United States Commission on International Religious Freedom|said|Hagia Sophia bears profound significance.']],
    ['"also called" gives a name', 'The statues stand on Rapa Nui, also called Easter Island, in the Pacific.', []],
    ['an appositive comma before "called" keeps the speaker', 'New York Mayor Bill de Blasio, a Clinton ally, called Trump a “blowhard,” on Sunday.', ['mixed|Bill de Blasio|called|Trump a “blowhard,” on Sunday.']],
    ['a place whose first word looks like a title before a title', 'New York City Public Advocate Trish James said the vote was a disgrace.', ['indirect|Trish James|said|the vote was a disgrace.']],
    ['a byline glued after a partial quotation', 'Mariano Rajoy spoke. Rajoy insisted that his party was "still the No. 1 force in Spain."--Kim Hjelmgaard.', ['mixed|Mariano Rajoy|insisted|his party was "still the No. 1 force in Spain."']],
    ['a participle after a quotation is no speaker phrase', 'As Trump stood by his comment that "Islam hates us" refusing to acknowledge the facts, Rubio tried to rebuke him.', []],
    ['a naming participle after an indefinite capitalised noun', '“They are advertising against me,” Clinton said, referencing a super PAC called Future45 funded by Paul Singer.', ['direct|Clinton|said|They are advertising against me,']],
    ['"conference calls" is a noun', 'In a flurry of conference calls and meetings, top Republican donors laid plans for a campaign.', []],
    ['"Almost half" said', 'Almost half said they wanted a nominee from outside the establishment.', ['indirect|Almost half|said|they wanted a nominee from outside the establishment.']],
    ['"they" prefers an organisation to a place in the same sentence', 'The European Commission met in Brussels on Monday. They said the talks went well.', ['indirect|European Commission|said|the talks went well.']],
    ['a passive "was said to" names no speaker', 'The site was said to have begun operations in June 2015.', ['indirect|null|said|The site was said to have begun operations in June 2015.']],
    ['a passive "is expected to"', 'He was expected to win the race in Indiana.', ['indirect|null|expected|He was expected to win the race in Indiana.']],
    ['an addressee with a capitalised word after a sentence-final "told"', 'This includes a special force to assist Kurdish Peshmerga, Defense Secretary Ash Carter told a Senate panel Wednesday.', ['indirect|Ash Carter|told|This includes a special force to assist Kurdish Peshmerga']],
    ['content ends before a closing parenthesis of the writer', 'Donald Trump spoke. He tells audiences she may be prosecuted over her email server (the existence of which is a problem for her).', ['indirect|Donald Trump|tells|she may be prosecuted over her email server']],
    ['a quotation before an attribution with a content of its own is no partial quotation of it', 'Gingrich spoke. Wednesday on Fox News Channel’s “Hannity,” Newt Gingrich said the ticket would be strong.', ['indirect|Newt Gingrich|said|the ticket would be strong.']],
    ['the agent of a participle is no content', "Among the most famous opinions written by Stevens was his dissent in the Court's decision.", []],
    ['a relative clause after the source of "according to"', 'According to Sergey Dydykin, who is co-chairman of the organizing committee, the Olympiad attracted 60 students.', ['indirect|Sergey Dydykin|According to|the Olympiad attracted 60 students.']],
    ['a passive with an adverb reports nobody', 'Robert Mugabe was widely praised in the West for his early policies.', []],
    ['a naming participle before a quotation', 'The attack happened at an event called “Learning Together” in the hall.', []],
    ['"According to the authorities, the site ..." keeps the main clause', 'According to the authorities, the site hosted video clips of abuse, including of toddlers and infants.', ['indirect|the authorities|According to|the site hosted video clips of abuse, including of toddlers and infants.']],
    ['a participle after a verb of telling takes its subject from the same sentence only', 'Officials told TASS, adding that rescuers ended their work yesterday.', ['indirect|Officials|adding|rescuers ended their work yesterday.']],
    ['a department between two titles belongs to the title', '“The search and rescue operation is complete,” Deputy Emergency Situations Minister Alexander Chupriyan told TASS on Wednesday.', ['direct|Alexander Chupriyan|told|The search and rescue operation is complete,']],
    ['a capitalised title opens an appositive', 'Senator Daniel K. Akaka, Chairman of the Veterans Affairs Committee, applauded the Senate today for passing H.R. 797.', ['indirect|Daniel K. Akaka|applauded|the Senate today for passing H.R. 797.']],
    ['"Rest assured" is an idiom', 'Rest assured, as I did in opposing the war, I will require credible evidence.', []],
    ['"state" before a noun is no cue', 'He campaigned with Vermont state Senate candidate Chris Pearson on Monday.', []],
    ['"add up to" is no cue', 'The donations add up to more than $8.5 million.', []],
    ['a group with examples after it speaks, and the name after the cue begins the content', 'Several candidates, including Trump, said the United States should refuse to take more refugees.', ['indirect|Several candidates|said|the United States should refuse to take more refugees.']],
    ['a document says', 'A news report published Wednesday said Defense Secretary Ash Carter used a personal email account.', ['indirect|A news report published Wednesday|said|Defense Secretary Ash Carter used a personal email account.']],
    ['a contracted auxiliary before the cue', 'Bernie Sanders won Oregon. He’s said he will fight all the way to the convention.', ['indirect|Bernie Sanders|said|he will fight all the way to the convention.']],
    ['a kin noun names an unnamed speaker, and is no appositive of the name before it', 'As Donald Trump began tweeting his new nickname for Hillary Clinton, his son said the fight had just begun.', ['indirect|his son|said|the fight had just begun.']],
    ['the subject before a relative clause of its own', 'Democrats in Iowa who watched the Saturday debate said they were unfazed by the flap.', ['indirect|Democrats in Iowa|said|they were unfazed by the flap.']],
    ['a one-word name before "later" and a cue is a name', 'Wesley Clark spoke on Friday. Clark later said his comments were mischaracterized.', ['indirect|Wesley Clark|said|his comments were mischaracterized.']],
    ['a weekday between the subject and the cue', 'Priebus later Thursday told Fox News: “Both men are meeting up next week.”', ['direct|Priebus|told|Both men are meeting up next week.']],
    ['a digit inside a described source', '“Weiner is on indefinite leave from the station,” a NY1 representative said in a statement.', ['direct|a NY1 representative|said|Weiner is on indefinite leave from the station,']],
    ['a relative pronoun ends no subject; the attribution after the colon speaks', 'Even people who endorsed the plan sounded equivocal: Former Rep. Jane Harman called it “the least bad option.”', ['mixed|Jane Harman|called|it “the least bad option.”']],
    ['the object of a preposition before a colon does not speak, the subject does', 'Senate Majority Leader Mitch McConnell, R-Ky., delivered a blunt message to Trump: "It is time to quit attacking people."', ['direct|Mitch McConnell|-|It is time to quit attacking people.']],
    ['content stops before "though" and a titled speaker', 'Other candidates followed his lead, saying the history is a legitimate criticism, though Mrs. Fiorina said she doubted voters would care.', ['indirect|Other candidates|saying|the history is a legitimate criticism', 'indirect|Fiorina|said|she doubted voters would care.']],
    ['content stops before ", but" and a share of people', 'In the poll, 75 percent of Democrats said she does, but 55 percent of all voters say she does not.', ['indirect|75 percent of Democrats|said|she does', 'indirect|55 percent of all voters|say|she does not.']],
    ['a fronted adverbial inside the content keeps the clause after its comma', 'Turkish media reported that during the visit this week, President Recep Tayyip Erdogan repeated his call for a safe zone.', ['indirect|Turkish media|reported|during the visit this week, President Recep Tayyip Erdogan repeated his call for a safe zone.']],
    ['a quotation introduced by a colon and interrupted by its attribution stays one record', 'Fallon fired back: “As a guardian of the legacy,” he wrote, “we know you are rooting for her, too.”', ['direct|Fallon|fired back|As a guardian of the legacy, we know you are rooting for her, too.']],
    ['another speaker’s attribution between two quotations takes the second', 'Lee said, “We agree,” Kim said, “with them.”', ['direct|Lee|said|We agree,', 'direct|Kim|said|with them.']],
    ['a partial quotation in the attribution’s sentence does not end the quotation', '“Everything is on the table,” Ben Carson told the AP after hinting that “personnel changes” could come. “Every single thing is on the table.”', ['direct|Ben Carson|told|Everything is on the table, Every single thing is on the table.', 'mixed|Ben Carson|hinting|“personnel changes” could come.']],
    ['a quoted show after a verb of telling is no second piece of the quotation', '"We have to really increase the bombings," the presumptive Republican nominee told "Fox and Friends" on Monday.', ['direct|the presumptive Republican nominee|told|We have to really increase the bombings,']],
    ['content stops before the writer’s comment on it', 'The front-runner complained that the contest had been rigged against him, a charge that party leaders strongly denied.', ['indirect|The front-runner|complained|the contest had been rigged against him']],
    ['a verb of stance may take a one-word object', 'Jeb Bush endorsed Cruz.', ['indirect|Jeb Bush|endorsed|Cruz.']],
    ['a participle of stance that modifies a noun reports nothing', 'Right to Rise USA, the super PAC supporting Jeb Bush, spent $1.2 million on ads.', []],
    ['a restrictive relative clause reports the speech of its antecedent, and ends the content before it', 'Rubio was echoing some far-right commentators who have suggested that Mr. Rubio is more willing to present himself as a pragmatist.', ['indirect|Rubio|echoing|some far-right commentators', 'indirect|some far-right commentators|suggested|Mr. Rubio is more willing to present himself as a pragmatist']],
    ['a name and the people of its pronoun speak together', 'Trump and his attorneys have vigorously denied the fraud claims.', ['indirect|Trump and his attorneys|denied|the fraud claims.']],
    ['a participle is never an inverted attribution; it takes the main subject', 'Officials denied the claims, pointing to high ratings that students gave their courses.', ['indirect|Officials|denied|the claims', 'indirect|Officials|pointing to|high ratings that students gave their courses.']],
    ['"there" between a group and its cue', 'That is why executives there indicate that the family views her as important.', ['indirect|executives|indicate|the family views her as important.']],
    ['a time between a poll and its verb', 'A CNN/ORC poll last month showed Mr. Trump leading Mr. Cruz nationally.', ['indirect|A CNN/ORC poll|showed|Mr. Trump leading Mr. Cruz nationally.']],
    ['a city and its state after "of" are the person’s', 'Stacy Baker of Columbia, South Carolina says she really likes Cruz.', ['indirect|Stacy Baker|says|she really likes Cruz.']],
    ['a bracket inside an appositive keeps the comma that closes it', 'Jeff Bechdel, chairman of America Rising (a Republican PAC), tweeted: “Settle for Hillary.”', ['direct|Jeff Bechdel|tweeted|Settle for Hillary.']],
    ['a possessive before the role after an inverted cue', '“We are going to win,” said his campaign manager Jeff Weaver.', ['direct|Jeff Weaver|said|We are going to win,']],
    ['a clause after "that" in the lead-in makes the quotation partial', 'Adelson declared in an interview with Reuters that he found Trump to be "very charming."', ['mixed|Adelson|declared|he found Trump to be "very charming."']],
    ['a perfect participle takes the main subject', 'Clinton also misjudged Bashar Assad, having referred to him as a "reformer."', ['mixed|Clinton|referred to|him as a "reformer."']],
    ['a quantifier belongs to the group it counts', 'Several Democrats said the vote was a warning. Many Republicans disagreed, saying it meant little.', ['indirect|Several Democrats|said|the vote was a warning.', 'indirect|Many Republicans|saying|it meant little.']],
    ['a law that supports something takes no stance', 'The Violence Against Women Act supports local programs that train nurses.', []],
    ['a clause before a comma is no document subject of an inverted cue', 'I am concerned with the manner in which VA handled this investigation, said Senator Akaka.', ['indirect|Akaka|said|I am concerned with the manner in which VA handled this investigation']],
    ['a coordinated verb after the cue is no content', 'The American people expect and deserve no less, said Senator Jon S. Corzine.', ['indirect|Jon S. Corzine|said|The American people expect and deserve no less']],
    ['an exclamation closes its quotation whatever follows', 'As Trump attacked Clinton, the attendees chanted, "Lock her up!" as they had for previous speakers.', ['indirect|Trump|attacked|Clinton', 'direct|the attendees|chanted|Lock her up!']],
    ['"opined" and "as X put it"', '"Gun owners should leave their weapons at home," opined the Plain Dealer. As prosecutor Marc Trevidic put it, "there was not much to go on."', ['direct|Plain Dealer|opined|Gun owners should leave their weapons at home,', 'direct|Marc Trevidic|put it|there was not much to go on.']],
    ['a time and an adverb between the cue and the quotation', 'Ted Cruz stated a day earlier, “We will go to war.” Santilli responded enthusiastically: "Okay!"', ['direct|Ted Cruz|stated|We will go to war.', 'direct|Santilli|responded|Okay!']],
    ['a fronted phrase with a gerund takes the subject after its comma, and ends there', 'A leader in urging the U.S. to expand clean energy cooperation with China, Cantwell authored a letter to President Bush.', ['indirect|Cantwell|urging|the U.S. to expand clean energy cooperation with China']],
    ['coordinated titles between an inverted cue and the name', 'Jim Doyle, the former Wisconsin Gov., spoke first. “This is what we expect,” said former Pennsylvania Gov. and Democratic National Committee Chairman Ed Rendell.', ['direct|Ed Rendell|said|This is what we expect,']],
    ['a plural possessive names the group or organisation', 'Sanders’ aides say their campaign has no desire to fight. Sanders\' team said the committee skirts the limits.', ['indirect|Sanders’ aides|say|their campaign has no desire to fight.', "indirect|Sanders' team|said|the committee skirts the limits."]],
    ['"now" between a subject and its cue', 'Under mounting pressure, Mexican officials now say they have chosen a new strategy.', ['indirect|Mexican officials|say|they have chosen a new strategy.']],
    ['a dateline opens no subject', 'ORLANDO, Fla. (Reuters) - President Barack Obama met survivors on Thursday and said the United States must act.', ['indirect|Barack Obama|said|the United States must act.']],
    ['a title-case city with its agency in brackets is a dateline', 'Washington (AFP) – Democrat Hillary Clinton has taken a swipe at Donald Trump’s stance on Brexit, saying that “bombastic comments” do more harm than good.', ['indirect|Donald Trump|stance on|Brexit', 'mixed|Hillary Clinton|saying|“bombastic comments” do more harm than good.']],
    ['an appositive before a relative clause of speech', "''It will be hard,'' said Edward G. Rendell, a former Pennsylvania governor, who supports Mrs. Clinton.", ['direct|Edward G. Rendell|said|It will be hard,', 'indirect|Edward G. Rendell|supports|Mrs. Clinton']],
    ['a participle after a possessive is an adjective, no cue', 'Schlafly then discussed Trump’s proposed wall and explained its importance.', ['indirect|Schlafly|explained|its importance.']],
    ['others may speak with the speaker of an inverted cue', 'The contrast with Trump, said Doyle and others, would be clear.', ['indirect|Doyle|said|The contrast with Trump']],
    ['content stops before "but" and a group with a cue of its own', 'Islamic State claimed responsibility for the attack but U.S. officials have said there is no evidence of a link.', ['indirect|Islamic State|claimed|responsibility for the attack', 'indirect|U.S. officials|said|there is no evidence of a link.']],
    ['a participle of writing after a verb of speech takes its subject', 'Clinton responded to Vargas’ question on Facebook writing, “Yes, I will. That was a poor choice of words.”', ['direct|Clinton|writing|Yes, I will. That was a poor choice of words.']],
    ['a long addressee with no comma runs a clause into the quotation', 'Bolton said he would advise Trump on dealing with the “strategic threats that exist.”', ['mixed|Bolton|said|he would advise Trump on dealing with the “strategic threats that exist.”']],
    ['a rank after a service before the name', '“We are at war,” said Pentagon spokesman Navy Capt. Jeff Davis. Army Gen. Mark Milley said the plan was sound.', ['direct|Jeff Davis|said|We are at war,', 'indirect|Mark Milley|said|the plan was sound.']],
    ['a show title in the setting between cue and content', 'Sanders said on ABC\'s "This Week" that he would "take a look" at such legislation.', ['mixed|Sanders|said|he would "take a look" at such legislation.']],
    ['"implied" is a cue and ends the content before it', 'Lewandowski conceded he had touched Fields but implied that it was Fields\'s fault.', ['indirect|Lewandowski|conceded|he had touched Fields', "indirect|Lewandowski|implied|it was Fields's fault."]],
    ['a police rank is a title', 'Kamloops RCMP Constable Gary Gray said fentanyl had become a popular drug.', ['indirect|Gary Gray|said|fentanyl had become a popular drug.']],
    ['a gerund after "for" reports no speech of the subject', 'Peebles won the prize for predicting the cosmic microwave background.', []],
    ['"assumed" with a noun phrase is no belief; with a clause it is', 'When Mugabe assumed the presidency in 1987, he became head of the armed forces. Officials assumed the virus had spread.', ['indirect|Officials|assumed|the virus had spread.']],
    ['a passive with an adverb other than -ly', 'He was also praised in the West.', []],
    ['a naming participle after the place a thing stands at', 'The university hosted a program about rehabilitation at Fishmongers\' Hall called "Learning Together". Ryan on Tuesday called Trump\'s remarks "racist."', ["mixed|Ryan|called|Trump's remarks \"racist.\""]],
    ['a gerund after "work in" reports no speech', 'James Peebles won his half of the prize for his work in predicting the cosmic microwave background.', []],
    ['a person of a newspaper speaks, not the newspaper', 'Lucy Fischer of The Times told NPR, "Khan had been released a year ago."', ['direct|Lucy Fischer|told|Khan had been released a year ago.']],
    ['a coordinated verb right after the cue is no content, and a law calls for nothing itself', 'We note and commend your strong commitment to avoiding conflicts. The Flu Protection Act calls for the CDC to develop a contingency plan.', []],
    ['a naming verb names a noun phrase; a clause after ", and" is the writer’s', 'President Obama has called inversions "unpatriotic," and his administration has made an effort to stop them.', ['mixed|Obama|called|inversions "unpatriotic,"']],
    ['content stops before a participle adjunct and before a summative comment after a quotation', 'Clinton said she was "going to put coal miners out of business," while trying to explain her plan. Democrats refused to say the words "radical Islam," another moment seized upon by Republicans.', ['mixed|Clinton|said|she was "going to put coal miners out of business,"', 'mixed|Democrats|say|the words "radical Islam,"']],
    ['a clause after ", and" inside a quotation stays whole', 'Guccifer said the server “was like an open orchid on the Internet, and many such servers are.”', ['mixed|Guccifer|said|the server “was like an open orchid on the Internet, and many such servers are.”']],
    ['an indefinite description names someone new', 'David Plouffe, a former Obama aide, spoke. “That doesn’t mean no response,” one Clinton aide said late last month.', ['direct|one Clinton aide|said|That doesn’t mean no response,']],
    ['two people speak together, a title before the second, "both" before the cue', 'Donald J. Trump and Senator Bernie Sanders have both argued that workers have lost jobs because of trade.', ['indirect|Donald J. Trump and Bernie Sanders|argued|workers have lost jobs because of trade.']],
    ['two people, each of a place, before an appositive', "Sens. Johnny Isakson of Georgia and John Boozman of Arkansas, both up for reelection, also said they'd be happy to have Cruz on the trail.", ["indirect|Johnny Isakson and John Boozman|said|they'd be happy to have Cruz on the trail."]],
    ['"envisioned" reports a thought', 'Netanyahu envisioned the pipeline to end their "fringe country" status.', ['mixed|Netanyahu|envisioned|the pipeline to end their "fringe country" status.']],
    ['"made it clear" is a cue, and "to" someone before "that" is no content', 'Devine made it clear that his boss wanted something firmer. Clinton has made clear to donors that she will not run again.', ['indirect|Devine|made it clear|his boss wanted something firmer.', 'indirect|Clinton|made clear|she will not run again.']],
    ['a time after the cue is no content; a written document and "charged with" are no speech', 'Senator Tim Johnson announced today the induction of ten students to the Honor Roll. Evan Bayh has written similar letters in support of the program. The panel is charged with addressing the needs of veterans.', ['indirect|Tim Johnson|announced|the induction of ten students to the Honor Roll.']],
    ['a party word ends the role before the name after an inverted cue', '“They are unloading on her,” said Oversight ranking Democrat Elijah Cummings (D-Md.).', ['direct|Elijah Cummings|said|They are unloading on her,']],
    ['a reflexive after the subject, and "much of" opening a clause', 'Trump was wrong about Ford canceling its plant. Ford itself said much of the deal was on. He said little of substance.', ['indirect|Ford|said|much of the deal was on.']],
    ['a hyphenated adjective in a subject phrase; "in the past" before the cue', 'The self-described democratic socialist said he would win. Gore’s close friends and allies have in the past said he was staying quiet.', ['indirect|The self-described democratic socialist|said|he would win.', 'indirect|Gore’s close friends and allies|said|he was staying quiet.']],
    ['a group noun with a phrase whose noun is also a verb form, after "but"; two groups together', 'Clinton trails, but insiders in the next two states said it’s important. Democrats and Republicans said the deal was bad.', ['indirect|insiders in the next two states|said|it’s important.', 'indirect|Democrats and Republicans|said|the deal was bad.']],
    ['a setting alone after the cue is no content', 'Steve Rosenthal wrote in an email response to questions. Ryan Grim reported from Washington, D.C.', []],
    ['what follows the comma of an object relative clause is the writer’s', 'After Fox News shared the allegations, which Mr. Ailes denies, the talk of a walkout ended.', []],
    ['messages found somewhere suggest; an addressee of several words before a setting', "Text messages discovered on one of the attackers' phones suggested that the attackers used no encryption. Michigan was only doing what 40 states already do, Schuette told the court in his filing.", ["indirect|Text messages discovered on one of the attackers' phones|suggested|the attackers used no encryption.", 'indirect|Schuette|told|Michigan was only doing what 40 states already do']],
    ['a parenthesis between spaced hyphens; a share in an appositive', "Deborah Reynolds - Santilli's girlfriend and co-host on his channel - told The Washington Post that his views turned extreme. Just over a quarter, 26 percent, say they will vote for someone else.", ['indirect|Deborah Reynolds|told|his views turned extreme.', 'indirect|Just over a quarter|say|they will vote for someone else.']],
    ['plural nouns of people are groups that speak', "If it doesn't slow down, forecasters say health spending will cripple the economy. Trump's rivals said he was unfit.", ['indirect|forecasters|say|health spending will cripple the economy.', "indirect|Trump's rivals|said|he was unfit."]],
    ['a quantifier alone is a subject', 'Others say they hear echoes of a painful past.', ['indirect|Others|say|they hear echoes of a painful past.']],
    ['a time or the speaker’s appositive between an attribution and the rest of its quotation', '“In breaking news,” Axelrod tweeted last January, “Clinton wins an endorsement.” "The risk," said Edward Leamer, an economist who is the director of the UCLA Anderson Forecast, "is that we attract workers."', ['direct|Axelrod|tweeted|In breaking news, Clinton wins an endorsement.', 'direct|Edward Leamer|said|The risk, is that we attract workers.']],
    ['a coordinated "went on to say" takes the sentence’s subject', 'Trump joked about Brooklyn, but went on to say, “There are places in America that are dangerous.”', ['indirect|Trump|joked about|Brooklyn', 'direct|Trump|say|There are places in America that are dangerous.']],
    ['a spaced hyphen ends the content like a dash', 'Trump implied that it was his fault for "grabbing" at the candidate - although the photo showed nothing.', ['mixed|Trump|implied|it was his fault for "grabbing" at the candidate']],
    ['after an inverted cue: a person of someone speaks, a two-word state before a title, a spokesman for a department', '“The drop is attributable to the emails,” said a person close to the Clintons. “She’s going to be more aggressive,” said former South Carolina Gov. Jim Hodges, a Clinton backer. "It was fine," said a spokesman for the State Department.', ['direct|a person close to the Clintons|said|The drop is attributable to the emails,', 'direct|Jim Hodges|said|She’s going to be more aggressive,', 'direct|a spokesman for the State Department|said|It was fine,']],
    ['a name that opens a parenthesis between dashes names the description before it', 'A former Republican presidential candidate -- John McCain, who lost the 2008 election to Obama -- said the president "offered no changes to his strategy."', ['mixed|John McCain|said|the president "offered no changes to his strategy."']],
    ['two adjectives joined before a group; a name and other people', 'State and local officials said the plan would fail. But Ward and other digital security experts acknowledge that the scenario would be novel.', ['indirect|State and local officials|said|the plan would fail.', 'indirect|Ward and other digital security experts|acknowledge|the scenario would be novel.']],
    ['a participle after the object of a preposition or an event is the subject’s; after "with" it has its own', "Texas Sen. Ted Cruz is making a pitch to New York voters saying a state law is hurting the economy. At a rally, some supporters kicked a protester, with Trump reportedly yelling: “Get him out of here!”", ['indirect|Ted Cruz|saying|a state law is hurting the economy.', 'direct|Trump|yelling|Get him out of here!']],
    ['"with" and a share before a participle: its own clause and subject', 'Many voters shrugged off the decision, with three in 10 saying a running mate would have no effect on their vote.', ['indirect|three in 10|saying|a running mate would have no effect on their vote.']],
    ['a long bracket between the name and the cue; an adverb before a participle after "after"', 'Sen. Chris Murphy (a Connecticut Democrat so boyish he has been mistaken for a staffer) says he was unfocused. Mr. Sanders, after initially saying he would not advertise, changed course.', ['indirect|Chris Murphy|says|he was unfocused.', 'indirect|Sanders|saying|he would not advertise']],
    ['"agreed that" reports a proposition; "agreed to" and "agreed on ... that" do not; two countries speak together', 'Several prominent GOP elders agreed that Trump needs to deliver a speech. The two leaders agreed to work toward a reopening. Turkey and Libya agreed on a line that would make the sea Turkish. Turkey and Libya said the border was fixed.', ['indirect|Several prominent GOP elders|agreed|Trump needs to deliver a speech.', 'indirect|Turkey and Libya|said|the border was fixed.']],
    ['"nevertheless" between the auxiliary and the cue', 'Clinton has nevertheless called his vote an irresponsible one.', ['indirect|Clinton|called|his vote an irresponsible one.']],
    ['a second cue before a name ends the content of the first', 'Obama criticized the dour tone of the primary but defended Bernie Sanders as a mainstream candidate.', ['indirect|Obama|criticized|the dour tone of the primary', 'indirect|Obama|defended|Bernie Sanders as a mainstream candidate.']],
    ['a party tag before a participial appositive; a description with an indefinite appositive', 'Sen. Marco Rubio, R-Fla., appearing on Fox News right after the speech, said Obama failed. The employee of nearly four years, a registered Republican who spoke on the condition of anonymity, said she became pregnant.', ['indirect|Marco Rubio|said|Obama failed.', 'indirect|The employee of nearly four years|said|she became pregnant.']],
    ['a number with a comma as subject; an addressee and its infinitive are the content of "asked"', 'Since June 16, when Sanders asked supporters to run for office, at least 21,000 said they would help.', ['indirect|Sanders|asked|supporters to run for office', 'indirect|null|said|they would help.']],
    ['a gerund after an article is no cue; a verb ends a nominal phrase after an inverted cue; the subject of an infinitive', 'Cave Canem Foundation received $10,000 to support a writing retreat. Today, the Senator welcomed news that the SBA will provide loans to residents saying that "this help is desperately needed." I became the first member of Congress to endorse him.', ['direct|the Senator|saying|this help is desperately needed.', 'indirect|the first member of Congress|endorse|him.']],
    ['a long appositive; a setting between subject and verb; "lamented" reports speech', 'Bill Millis, a North Carolina businessman who had been a member of the campaign’s three-man board before departing last month because of strategic differences, said Carson had been led astray. Trump in his announcement speech called immigrants “rapists.” Ryan lamented the "disheartened" state of the campaign.', ['indirect|Bill Millis|said|Carson had been led astray.', 'mixed|Trump|called|immigrants “rapists.”', 'mixed|Ryan|lamented|the "disheartened" state of the campaign.']],
    ['a closing "according to" covers the clause after the last boundary; the speech before it ends there', "Weaver says it's proof the candidate can close the gap in pledged delegates, which stood at 263 entering Tuesday's primary, according to the Associated Press. Trump is wrong about the figure (the actual number is closer to 15 percent, according to Factcheck.org).", ["indirect|Weaver|says|it's proof the candidate can close the gap in pledged delegates", "indirect|Associated Press|according to|which stood at 263 entering Tuesday's primary", 'indirect|Factcheck.org|according to|the actual number is closer to 15 percent']],
    ['a participle of telling after a plural noun and before "on" is passive', 'Ailes met Trump, and he will prepare Mr. Trump for the debate, according to three people briefed on the discussions. People briefed on the move said that it reflected a crisis.', ['indirect|three people|according to|he will prepare Mr. Trump for the debate', 'indirect|People briefed on the move|said|it reflected a crisis.']],
    ['a gerund clause after an interrupting attribution is content; agreeing takes no content before it', 'If these findings are accurate, scientists say, containing COVID-19 may be harder than SARS. Sales were great, he said, wiping sweat off his face. Refusing to give up power, Mugabe agreed to power-sharing. The campaign has a larger field operation, both camps agree.', ['indirect|scientists|say|If these findings are accurate containing COVID-19 may be harder than SARS.', 'indirect|null|said|Sales were great', 'indirect|both camps|agree|The campaign has a larger field operation']],
    ['a plural cue form after a numeral is a noun; a pronoun joined to a name is one subject; an infinitive after an addressee is content', 'Cruz said both he and Rubio promised to lead the fight. It was the most populous of the three states that voted Tuesday. She said, if elected, she would ask Mr. Biden to continue.', ['indirect|Cruz|said|both he and Rubio promised to lead the fight.', 'indirect|null|said|if elected, she would ask Mr. Biden to continue.']],
    ['a passive in a subordinate clause ends at its comma; advising a noun phrase in a relative clause is a job', "And while many of Mr. Sanders's supporters are expected to support her in November, she has not changed her message. Geoff Garin, a Democratic pollster who advises the pro-Clinton super PAC, said his focus groups show that Clinton leads.", ["indirect|null|expected|many of Mr. Sanders's supporters are expected to support her in November", 'indirect|Geoff Garin|said|his focus groups show that Clinton leads.']],
    ['a conjunction before a subject, "-ists" as people, "overall" after a share, "whose" and "Even" before a relative subject', 'But hacking specialists say the information might not be genuine. But 58 percent of Florida Latino voters overall said they were less likely to vote. The state officials whose laws have been invalidated say the real change has come. Even Republicans who have praised him warned that the party may suffer.', ['indirect|hacking specialists|say|the information might not be genuine.', 'indirect|58 percent of Florida Latino voters|said|they were less likely to vote.', 'indirect|The state officials|say|the real change has come.', 'indirect|Republicans|warned|the party may suffer.']],
    ['a connective between commas after the subject; a share before a bare "say"; two roles of one person', 'Supporters of abortion rights, on the other hand, argued that the ruling will galvanize efforts. Nearly a third say they don\'t know. The businessman and investor said he would run.', ['indirect|Supporters of abortion rights|argued|the ruling will galvanize efforts.', "indirect|Nearly a third|say|they don't know.", 'indirect|The businessman and investor|said|he would run.']],
    ['a participle of a particle verb takes the main subject', '"I am not a lawyer," Trump told reporters on his plane, referring to bruises that Fields showed.', ['direct|Trump|told|I am not a lawyer,', 'indirect|Trump|referring to|bruises that Fields showed.']],
    ['a role phrase after "of" and a comma is no subject; the name at the sentence start is', "Rashad Robinson, Color of Change's executive director, said his group will continue to press companies.", ['indirect|Rashad Robinson|said|his group will continue to press companies.']],
    ['a fronted time adverbial keeps the clause after its comma in the content', 'The employee told FBI agents that sometime in the week that followed, he realized he had not made the changes.', ['indirect|The employee|told|sometime in the week that followed, he realized he had not made the changes.']],
    ['"continued to" after "and" inside reported content is not the reporter\'s attribution', 'Police reported the attacker exited the Hall and continued to attack others.', ['indirect|Police|reported|the attacker exited the Hall']],
    ['"majorities" with a phrase after it is a group that speaks', 'Most voters support a ban, but majorities in all five say they want immigrants to be allowed to stay.', ['indirect|Most voters|support|a ban', 'indirect|majorities in all five|say|they want immigrants to be allowed to stay.']],
    ['a description after a preposition or a share after "including" is the antecedent of "who said"', 'The last question was from a young child, who said he and his father drove to the event. A majority have a negative response, including 18% who say they would be dissatisfied.', ['indirect|a young child|said|he and his father drove to the event', 'indirect|18%|say|they would be dissatisfied']],
    ['the person at the head of a chain of "of" phrases speaks; a bracketed abbreviation after the addressee', 'However, as Archbishop Aris Shirvanian of the Armenian Patriarchate of Jerusalem told the Associated Press (AP), “We have suffered the same fate.”', ['direct|Archbishop Aris Shirvanian|told|We have suffered the same fate.']],
    ['a bare possessive apostrophe ends a name', '“If she does the right thing, I am confident,” Sanders said. Sanders’ California supporters were upset.', ['direct|Sanders|said|If she does the right thing, I am confident,']],
    ['a paragraph that announces "the following statement:" introduces the quotation paragraph after it', 'When Wallace died in 1998, President Bill Clinton released the following statement:\n\n“Hillary and I offer our condolences to the family of George Wallace. I remember working with him.”', ['direct|Bill Clinton|released|Hillary and I offer our condolences to the family of George Wallace. I remember working with him.']],
    ['a series of plural nouns of people speaks together; an adjective opening the sentence is no name', 'Friends, lobbyists and former foes say that Trump is picking the right man for the job. Former allies said he was lonely.', ['indirect|Friends, lobbyists and former foes|say|Trump is picking the right man for the job.', 'indirect|Former allies|said|he was lonely.']],
    ['a noun of people with a participle phrase after it is the subject; the participle’s object is not', 'Democrats trying to regain control of the Senate in November say they have a powerful new weapon. Lawyers representing Trump said the case was weak. A man holding a Trump sign said he was angry.', ['indirect|Democrats|say|they have a powerful new weapon.', 'indirect|Lawyers|said|the case was weak.', 'indirect|A man|said|he was angry.']],
    ['a verb before a name is no participle subject; "as" after an object relative ends with the clause', 'Clinton chastised Snyder for refusing to ask for federal assistance. The business, which friends described as miserable, contributed to his drinking.', ['indirect|friends|described|as miserable']],
    ['a stance toward a name or pronoun ends before its adjuncts; "back" is a verb of stance, not as a particle verb', 'Mr. Carson endorsed Mr. Trump at a news conference at Mar-a-Lago. Democrats opposed it because it fell short. North Dakota Rep. Kevin Cramer, who formally endorsed Trump here on Sunday, had worked quietly. Hillary Clinton backed the deal. Trump backed away from the plan and came back to it.', ['indirect|Carson|endorsed|Mr. Trump', 'indirect|Democrats|opposed|it because it fell short.', 'indirect|Kevin Cramer|endorsed|Trump', 'indirect|Hillary Clinton|backed|the deal.']],
    ['a noun of speech or stance with its possessor: the phrase after its preposition, up to a verb or clause boundary', "Donald Trump spoke on Monday. Trump's evolution on a number of issues, from his support for abortion rights and marijuana legalization, hasn't hurt him. His plan calls for rates that rise. He was challenged over his statement on Wednesday that Islam hates us. Mr. Trump's continual attacks on the nomination process annoyed Mr. Manafort.", ['indirect|Donald Trump|support for|abortion rights and marijuana legalization', 'indirect|Donald Trump|attacks on|the nomination process']],
    ['a verb of talking with its topic, up to an adjunct; not an object relative, a time or a setting', 'Trump talked about his wall for an hour. Clinton spoke about the economy at the rally. The former secretary of state talked about continuing the “progress we had under President Obama” in her speech. What Sanders is talking about now is mainstream. The official spoke on condition of anonymity.', ['indirect|Trump|talked about|his wall', 'indirect|Clinton|spoke about|the economy', 'mixed|The former secretary of state|talked about|continuing the “progress we had under President Obama”']],
    ['knowing a clause, wanting, and seeing something as something report a view; knowing a person, seeing an event, an object relative and the writer do not', 'Clinton knows Sanders will run to the end of the primaries. Elliott’s father knew Muhammad Ali for decades. Rep. Patrick Murphy wants more funding for teacher pay. Democratic voters in all five states see Clinton as the stronger candidate. American families saw fuel prices skyrocket. What Washington wants first is to besiege ISIS. I want to thank the chairman.', ['indirect|Clinton|knows|Sanders will run to the end of the primaries.', 'indirect|Patrick Murphy|wants|more funding for teacher pay.', 'indirect|voters in all five states|see|Clinton as the stronger candidate.']],
    ['an inverted cue that opens the lead-in or the sentence is no part of the name; a doubled consonant in the past of "quip"', 'Roger Stone spoke on the radio.\n\nStated Stone:\n\n“I think that the stakes are so high.”\n\nContinued Stone: “So I think it’s a very real problem.” "If you ask," Cruz quipped.', ['direct|Roger Stone|Stated|I think that the stakes are so high.', 'direct|Roger Stone|-|So I think it’s a very real problem.', 'direct|Cruz|quipped|If you ask,']],
    ['an appositive after an inverted speaker closes the attribution; a whole question after a dash is a quotation of its own; a gerund between an adjective and its noun is no cue; a verb of knowing inside content is its word', 'The files were hacked — which Moscow denies — “why wouldn’t you want to raise the potential?” asked Dunn, now a partner at a communications firm. Sexton, a creative writing professor, said he holds his roots dear. Obama said he imagined watching a sunset and knowing that our work mattered.', ['direct|Dunn|asked|why wouldn’t you want to raise the potential?', 'indirect|Sexton|said|he holds his roots dear.', 'indirect|Obama|said|he imagined watching a sunset and knowing that our work mattered.']],
    ['a time before the subject of a participle; a whole name before a possessive; a title abbreviation is no nominal head', "Donald Trump spoke. On Sunday morning Mr. Trump made a third attempt to deflect the criticism, writing on Twitter that the real issue was terrorism. Aung San Suu Kyi's political allies on Monday predicted an overwhelming victory.", ['indirect|Donald Trump|writing|the real issue was terrorism.', "indirect|Aung San Suu Kyi's political allies|predicted|an overwhelming victory."]],
    ['a stance toward a name ends before "by" and a gerund or a coordinated verb; a landmark is no person', 'Barbara Boxer attacked Fiorina by reminding voters of the merger. Carly Fiorina spoke on Capitol Hill. She criticized Singer and challenged him to a debate.', ['indirect|Barbara Boxer|attacked|Fiorina', 'indirect|Barbara Boxer|reminding|voters of the merger.', 'indirect|Carly Fiorina|criticized|Singer']],
    ['a one-word answer is content; an exception belongs to its quantified subject; a gerund of seeing opens content', 'Asked about the deal, 75 percent of Democrats said yes. Everyone but Hewlett said no. Manny Gomez said seeing so many police officers at Pride was a welcome sight.', ['indirect|null|Asked|the deal', 'indirect|75 percent of Democrats|said|yes.', 'indirect|Everyone but Hewlett|said|no.', 'indirect|Manny Gomez|said|seeing so many police officers at Pride was a welcome sight.']],
    ['a cue as the second verb of a relative clause; answering a door is no reply', 'Tom knocked on the door of Annette Guessford, who answered her door Sunday afternoon and said she planned to caucus for Clinton.', ['indirect|Annette Guessford|said|she planned to caucus for Clinton']],
    ['people who find or show that something is so report it; a description opening the sentence is the subject of a participle; an appositive participle ends at its comma', 'Using voting records, the researchers found that hard-hit areas moved to the far right. Police found the body. The departments declined to provide any documentation, saying they cannot discuss the case. Salceda, citing data from the State Department, said that about 4 million people live there.', ['indirect|the researchers|found|hard-hit areas moved to the far right.', 'indirect|The departments|saying|they cannot discuss the case.', 'indirect|Salceda|citing|data from the State Department', 'indirect|Salceda|said|about 4 million people live there.']],
    ['a restrictive "that" clause reports for a source before it', 'The measures were opposed by many, including several senators that warn it could harm commerce.', ['indirect|several senators|warn|it could harm commerce']],
    ['"whom" opens an asked question, and what follows its clause is no content of the verb inside it', 'When asked whom she supported, Ms. Sherry smiled.', ['indirect|null|asked|whom she supported']],
    ['a topic that strands its preposition ("such as X talks about") gives none', 'There are no measures to prevent recording content such as RIAA talks about in the notice.', []],
    ['a question states no view', 'How do employees know where the line is? Clinton knows Sanders will run.', ['indirect|Clinton|knows|Sanders will run.']],
    ['a time of several words between the subject and its verb', 'Reince Priebus, the GOP chairman, this past week announced the creation of a website. Trump last month said the wall would be built.', ['indirect|Reince Priebus|announced|the creation of a website.', 'indirect|Trump|said|the wall would be built.']],
    ['a verb of manner reports content with "that", after a setting too, not after an infinitive (the verb of the infinitive may); a day after a name is no part of it; a closing "but" inside an opened quotation is no boundary', 'Clinton fired back that New York voters trusted her judgment. Trump posted on Twitter Friday that his claims were sarcasm. She continued to defend the notion that a video inspired the attacks. A campaign official walked back the comments, saying that Trump “didn’t have a video in mind, but he is being used online.”', ['indirect|Clinton|fired back|New York voters trusted her judgment.', 'indirect|Trump|posted|his claims were sarcasm.', 'indirect|null|defend|the notion that a video inspired the attacks.', 'mixed|A campaign official|saying|Trump “didn’t have a video in mind, but he is being used online.”']],
    ['a verb of saying after an auxiliary ends the content and shares its subject', 'He describes himself as pro-Israel and has said that he donated money. Clinton has expressed concerns but has said she wants the bill to move forward.', ['indirect|null|describes|himself as pro-Israel', 'indirect|null|said|he donated money.', 'indirect|Clinton|said|she wants the bill to move forward.']],
    ['a form in -s after a quotation and a short phrase that ends the sentence is its verb', '“They know she is the only one strong enough,” a voice-over in the ad states.', ['direct|a voice-over in the ad|states|They know she is the only one strong enough,']],
    ['a person named in apposition after a description speaks; a clause between commas is no appositive of a subject', "In nearby Decatur, the big steel plant is hanging on, but it is under intense pressure from imports, said the company's chief executive, John J. Ferriola.", ['indirect|John J. Ferriola|said|In nearby Decatur, the big steel plant is hanging on, but it is under intense pressure from imports']],
    ['a relative clause after an inverted speaker; a phrase after an interrupting attribution finishes its clause', 'Defending that terrain is squarely within his wheelhouse, said a handful of Democrats who know him. The argument would be aided, Devine said, by the upcoming primary calendar.', ['indirect|a handful of Democrats|said|Defending that terrain is squarely within his wheelhouse', 'indirect|Devine|said|The argument would be aided by the upcoming primary calendar.']],
    ['a long "who" clause with commas before "said"; "which" after a named organisation, not after a common noun', "Yet some voters who have listened to his speeches over the decades, on television or at campaign events, said he had less magnetism than they remembered. Executives for Mondelez, which made 30 billion dollars last year, say the company will save money. The act would help healthcare specialists, which I believe is critical to our safety, stated Senator Akaka.", ['indirect|some voters|said|he had less magnetism than they remembered.', 'indirect|Executives for Mondelez|say|the company will save money.', 'indirect|Akaka|stated|The act would help healthcare specialists, which I believe is critical to our safety']],
    ['the one written to is no content; a participle after "not once" has the subject of the sentence', 'Baucus wrote Agriculture Secretary Mike Johanns and urged him to act. Trump, who relishes a fight, was subdued, not once referring to his rivals as weak.', ['indirect|Baucus|urged|him to act.', 'indirect|Trump|referring to|his rivals as weak.']],
    ['a newspaper named after "to" before a colon is the addressee, and the subject speaks', 'Jeb Bush explained what was wrong to the Dutch newspaper NRC Handelsblad: “What Trump did was so insensitive.”', ['direct|Jeb Bush|-|What Trump did was so insensitive.']],
    ['an adverb opening the sentence is no name, and the description after it is the subject', 'It was quiet. Publicly, the GOP nominee feuds with party stars and dismisses the approaches of his predecessors.', ['indirect|the GOP nominee|dismisses|the approaches of his predecessors.']],
    ['a past participle after a noun modifies it: what was announced says nothing', 'The plan announced Wednesday would cut taxes. In a string of radio ads announced Wednesday, Trump talks about his plan. Obama announced Wednesday he would veto it. A trip that investigators concluded was improperly financed.', ['indirect|Trump|talks about|his plan', 'indirect|Obama|announced|he would veto it.', 'indirect|investigators|concluded|was improperly financed.']],
    ['a document phrase with words after its head reports evidence, at the start of its clause only', 'An average of recent polls by RealClearPolitics shows Clinton leads Sanders by 13 points. Surveys of caucus-goers taken as they entered caucus sites showed that older women turned out in force. The senator requested the study in 2004 after hearings by the committee found that progress was slow. The group issued a report on language needs and recommended actions to address them.', ['indirect|An average of recent polls by RealClearPolitics|shows|Clinton leads Sanders by 13 points.', 'indirect|Surveys of caucus-goers taken as they entered caucus sites|showed|older women turned out in force.', 'indirect|group|recommended|actions to address them.']],
    ['a stance as a participle after a comma; its object ends before an adverbial or participle clause', 'Kasich cut a distinctive course, supporting a path to legal status for immigrants. Clinton has backed a no-fly zone in Syria, putting her at odds with the president. Christie defended the remarks on immigration when the billionaire came under attack.', ['indirect|Kasich|supporting|a path to legal status for immigrants.', 'indirect|Clinton|backed|a no-fly zone in Syria', 'indirect|Christie|defended|the remarks on immigration']],
    ['a noun of speech with its possessor and a "that" clause; not as the subject of its clause, nor before a relative clause', 'Boris Johnson spoke in London. Critics seized on his warning that Britain would go to the back of the queue. His claim that trade would fall was false. Donald Trump repeated his claim that thousands of people cheered, and his refusal to apologise angered many. The bill ignores their billing statement that our amendment would provide.', ['indirect|Boris Johnson|warning|Britain would go to the back of the queue.', 'indirect|Donald Trump|claim|thousands of people cheered']],
    ['a gerund after an opening "Since" or "After" has the subject after the comma; an untagged verb ends a subject phrase', 'Since announcing William Weld as his running mate, Gary Johnson has risen in the polls. After talking about security, Benjamin Netanyahu suggested that they walk to the site. Julianne Moore and Elizabeth Banks went on Twitter to applaud the announcement.', ['indirect|Gary Johnson|announcing|William Weld as his running mate', 'indirect|Benjamin Netanyahu|talking about|security', 'indirect|Benjamin Netanyahu|suggested|they walk to the site.', 'indirect|Elizabeth Banks|applaud|the announcement.']],
    ['a person "and others" speak together', 'Stacey Edwards spoke. Edwards and others said they could not support Clinton.', ['indirect|Stacey Edwards and others|said|they could not support Clinton.']],
    ['a quotation interrupted by an attribution with a setting goes on when its second piece continues the sentence in lower case; not after a reported clause', '“Word is,” Trump said last month on Twitter, “that Ford Motor is going to cancel the deal.” “Filth out!” she wrote, arguing that if nothing is done, “more homes will burn.”', ['direct|Trump|said|Word is, that Ford Motor is going to cancel the deal.', 'direct|null|wrote|Filth out!', 'mixed|null|arguing|if nothing is done, “more homes will burn.”']],
    ['"told delegates" is a verb and its addressee; a pronoun addressee closes an attribution; a telephone call is no content; "according to" inside a parenthesis covers the parenthesis', 'Michael Mukasey told delegates that Clinton should quit. Barack Obama called Naghmeh Abedini. Her husband was free and would soon be coming home, Obama told her. Iowa (93 percent of voters there were white, according to exit polls) is in play.', ['indirect|Michael Mukasey|told|Clinton should quit.', 'indirect|Barack Obama|told|Her husband was free and would soon be coming home', 'indirect|exit polls|according to|93 percent of voters there were white']],
    ['an inverted auxiliary opens no subject phrase', 'Not only does this bill fully support the facility, but it also provides funds.', []],
    ['a doubled apostrophe inside a word is no quotation mark; a comma left out before a closing attribution; a form before a colon after a noun is its verb', "Jobs came. \"This is great news,\" said Senator George Allen. \"I''m pleased that they are teaming up.\" \"The fine folks are serving their communities\" Senator Allen said. The report states: \"VA officials told us that the savings were goals.\"", ["direct|George Allen|said|This is great news, I''m pleased that they are teaming up.", 'direct|George Allen|said|The fine folks are serving their communities', 'direct|The report|states|VA officials told us that the savings were goals.']],
    ['a lead-in "the following statement" ending in a full stop, with a title before the name and an abbreviation inside the occasion', 'Sen. George Allen today released the following statement on the nomination of Judge John Roberts to the U.S. Supreme Court.\n\n“Judge Roberts is a very fine choice for the court.”\n\nIn response to the plan, U.S. Senator Daniel K. Akaka issued the following statement:\n\n“Any plan to repair the failures must include regional offices.”', ['direct|George Allen|released|Judge Roberts is a very fine choice for the court.', 'direct|Daniel K. Akaka|issued|Any plan to repair the failures must include regional offices.']],
    ['"what X calls “...”": the name given ends with its quotation', 'Ted Cruz railed against what he calls the “Washington cartel” and cast himself as an outsider.', ['mixed|Ted Cruz|calls|the “Washington cartel”']],
    ['an attribution that closes a parenthesis covers what it holds; content that starts inside one ends with it', 'Her approval ratings (at one point as low as 19%, Myra Gutin says) hurt her husband. Donald Trump left the race (as he said he would) and the rest stayed.', ['indirect|Myra Gutin|says|at one point as low as 19%', 'indirect|Donald Trump|said|he would']],
    ['an aside on anonymity between subject and cue', 'Federal officials familiar with the server, speaking on the condition of anonymity because they were not authorized to discuss the case, said it had security features.', ['indirect|Federal officials familiar with the server|said|it had security features.']],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    expect(render(body(text))).toEqual(expected);
  });
  it('marks the addressee of "told"', () => {
    const doc = body('President Lee Jae Myung met Chinese President Xi Jinping. “Peace matters,” Xi told Lee.');
    expect(toQuoteRecords(doc)[0]!.addressee).toBe('Lee Jae Myung');
  });
  it('flags a negated cue, and only that one', () => {
    const doc = body('Most Americans do not want higher taxes. Senator Jon Tester never said the deal was dead. Tester said the deal was alive.');
    expect(toQuoteRecords(doc).map((q) => `${q.text}|${q.flags.includes('negated')}`)).toEqual(['higher taxes.|true', 'the deal was dead.|true', 'the deal was alive.|false']);
  });
  it('resolves a pronoun to the nearest person', () => {
    const doc = body('Foreign Minister Cho Hyun arrived on Monday. “We are ready,” he said.');
    const q = toQuoteRecords(doc)[0]!;
    expect([q.speaker, q.speaker_mention, q.flags.includes('pronoun')]).toEqual(['Cho Hyun', 'he', true]);
  });
  it('resolves a nominal reference by role', () => {
    const doc = body('Presidential spokesperson Kang Yu-jung briefed reporters. “Talks went well,” the spokesperson said.');
    expect(toQuoteRecords(doc)[0]!.speaker).toBe('Kang Yu-jung');
  });
});

describe('paragraph-level attribution', () => {
  it('gives each paragraph of a multi-paragraph quotation its own record, with the speaker named at the end', () => {
    const doc = body('“We will win this fight.\n\n“And we will win it together,” Senator Maria Cantwell said.');
    expect(render(doc)).toEqual(['direct|Maria Cantwell|-|We will win this fight.', 'direct|Maria Cantwell|said|And we will win it together,']);
  });
  it('takes the speaker of a quotation paragraph from a lead-in ending in a colon', () => {
    const doc = body('Senator Dick Lugar spoke first.\n\nThe House-Senate Conference Committee said the following in a joint statement:\n\n“With the fading of the Cold War, there is increasing recognition of the benefits of cooperation.”');
    const q = toQuoteRecords(doc);
    expect(q.map((r) => [r.kind, r.speaker, r.rule])).toEqual([['direct', 'House-Senate Conference Committee', 'lead-in-paragraph']]);
  });
  it('resolves he and she by gender and prefers the subject', () => {
    const doc = body('Donald Trump attacked Hillary Clinton on Monday. “She is weak,” he said. Clinton answered him. “He is unfit,” she said.');
    expect(toQuoteRecords(doc).filter((q) => q.kind === 'direct').map((q) => q.speaker)).toEqual(['Donald Trump', 'Hillary Clinton']);
  });
  it('skips a prepositional phrase when looking for the subject', () => {
    const doc = body('In his talk at the Atlantic Council headquarters, Kyriakos Mitsotakis spoke about gas. “We exclude no one,” he said.');
    expect(toQuoteRecords(doc).map((q) => `${q.speaker}|${q.rule}`)).toEqual(['Kyriakos Mitsotakis|speaker-topic', 'Kyriakos Mitsotakis|quote-speaker-cue']);
  });
});

describe('the seed article', () => {
  const records = toQuoteRecords(seedDoc);
  const find = (start: string) => records.find((q) => q.text.startsWith(start));
  it('resolves short names to the full name, with the role apart', () => {
    const q = find('At the summit, the two sides agreed')!;
    expect([q.kind, q.speaker, q.speaker_mention, q.flags]).toEqual(['direct', 'Kang Yu-jung', 'Kang', ['repaired_mark']]);
    expect(records.find((r) => r.speaker_role === 'presidential spokesperson')).toBeDefined();
  });
  it('gives a quotation paragraph without attribution to the previous speaker', () => {
    const q = find('China stands ready')!;
    expect([q.speaker, q.flags.includes('continuation')]).toEqual(['Xi Jinping', true]);
    expect(find('We will continue our unwavering')!.speaker).toBe('Lee Jae Myung');
  });
  it('keeps offsets that reproduce each one-piece span', () => {
    for (const q of records) {
      if (q.spans.length === 1) expect(seedDoc.text.slice(q.start, q.end)).toBe(q.text);
      if (q.speaker_mention !== null) expect(seedDoc.text.slice(q.speaker_start!, q.speaker_end!)).toBe(q.speaker_mention);
      if (q.cue !== null) expect(seedDoc.text.slice(q.cue_start!, q.cue_end!)).toBe(q.cue);
    }
  });
});

describe('name matching', () => {
  const cases: [string, string, boolean][] = [
    ['Yoon Suk-yeol', 'Yoon Suk Yeol', true],
    ['Lee Jae Myung', 'Lee Jae-myung', true],
    ['Wang Yi', 'Wang Wentao', false],
    ['Donald Trump', 'Donald J. Trump', true],
  ];
  it.each(cases)('%s ~ %s', (a, b, same) => expect(sameName(a, b)).toBe(same));
  it('learns family-name-first short forms from the article', () => {
    const doc = body('Prime Minister Boris Johnson met President Xi Jinping. “We agree,” Johnson said. “So do we,” Xi said.');
    expect(toQuoteRecords(doc).map((q) => q.speaker)).toEqual(['Boris Johnson', 'Xi Jinping']);
  });
  it('prefers a name holding the word itself to a nearer one only spelt like it', () => {
    const doc = body('Chris Christie spoke in Nashua. A pastor prayed to Jesus Christ for the state. “I could feel things happening,” Christie said.');
    expect(toQuoteRecords(doc).map((q) => q.speaker)).toEqual(['Chris Christie']);
  });
  it('reads the honorific before a family name: "Mrs. Clinton" is Hillary, "Mr. Trump" is the man', () => {
    const doc = body('Hillary Clinton and Bill Clinton spoke. Bill Clinton laughed. Mrs. Clinton regularly pledges to protect workers. Donald J. Trump flew in on Trump Force One. Mr. Trump said the plane was a bargain.');
    expect(toQuoteRecords(doc).map((q) => q.speaker)).toEqual(['Hillary Clinton', 'Donald J. Trump']);
  });
  it('splits a run of names at a full stop inside a quotation', () => {
    const doc = body('“People back down with Trump. That is what I like,” said Rex Early. Donald Trump said he was ideally suited for the job.');
    expect(doc.mentions.map((m) => m.text)).not.toContain('Trump. That');
    expect(doc.entities.map((e) => e.name)).toContain('Donald Trump');
  });
  it('a possessive owner is not the subject a later pronoun stands for', () => {
    const doc = body('Bernie Sanders lost New York. After the results came in, Sanders’s campaign manager, Jeff Weaver, appeared on MSNBC and outlined how he thinks the campaign could still close the gap.');
    expect(toQuoteRecords(doc).map((q) => q.speaker)).toEqual(['Jeff Weaver']);
  });
});

describe('headline attributions', () => {
  const bodyText = '\n\nDonald Trump spoke on Monday. Ted Cruz and Trevor Noah replied.';
  const cases: [string, string[]][] = [
    ['Trump Says He Never Pledged To Kill Family Members Of Terrorists.', ['indirect|Donald Trump|Says|He Never Pledged To Kill Family Members Of Terrorists']],
    ['Ted Cruz: ‘Physically Assaulting A Reporter Is A Fireable Offense.’', ['direct|Ted Cruz|-|Physically Assaulting A Reporter Is A Fireable Offense.']],
    ['‘ISIS Truther’ Trump Is Like A Lawyer’s Dumbest Client, Trevor Noah Says.', ['mixed|Trevor Noah|Says|‘ISIS Truther’ Trump Is Like A Lawyer’s Dumbest Client']],
    ['Former Clinton Pollster Says Clinton Is In Trouble', ['indirect|Former Clinton Pollster|Says|Clinton Is In Trouble']],
    ['Ted Cruz says heckler deserves a spanking for his outburst.', ['indirect|Ted Cruz|says|heckler deserves a spanking for his outburst']],
    // a long unknown subject is a clause, not a source
    ['Ben Carson Defends Himself Against Claims He Exaggerated', []],
    ['Lee, Xi agree to deepen ties', []],
    // a speaker the body names, a colon and an unquoted statement; not a word the body does not name
    ['Ted Cruz: Trump Would Put Liberals On Court', ['indirect|Ted Cruz|-|Trump Would Put Liberals On Court']],
    ['Poll: Trump Ties Clinton In Three-Way Contest', []],
    // "tells": the addressee, then what is told from a pronoun on
    ['Ted Cruz Tells #NeverTrump Conservatives They Need To Change Course', ['indirect|Ted Cruz|Tells|They Need To Change Course']],
  ];
  it('reads a topic after the headline speaker apart, and finds the speaker by the title the body gives', () => {
    const doc = analyze('CNN President On Trump: ‘We Do Not Pay Candidates To Appear At Debates.’\n\nCNN President Jeff Zucker is not kowtowing to the candidates.', { id: 'h' });
    expect(render({ ...doc, quotes: doc.quotes.filter((q) => q.paragraph === 0) })).toEqual(['direct|Jeff Zucker|-|We Do Not Pay Candidates To Appear At Debates.']);
    // (a title-case headline names nobody by its capitals; a lower-case word is a whole word: "President" holds no "resident")
    expect(doc.entities.map((e) => [e.name, e.role])).toEqual([['Jeff Zucker', 'CNN President']]);
  });
  it.each(cases)('%s', (title, expected) => {
    const doc = analyze(title + bodyText, { id: 'h' });
    expect(render({ ...doc, quotes: doc.quotes.filter((q) => q.paragraph === 0) })).toEqual(expected);
  });
});

describe('articles without a headline line', () => {
  it('reads a one-paragraph article, and takes a full name from a title given apart', () => {
    const doc = analyze('Rockefeller said the bill would help West Virginia families.', { id: 'r', title: 'Senator Jay Rockefeller Announces Funding' });
    expect(render(doc)).toEqual(['indirect|Jay Rockefeller|said|the bill would help West Virginia families.']);
  });
  it('takes no name from a title that gives none', () => {
    const doc = analyze('Rockefeller said the bill would help West Virginia families.', { id: 'r', title: 'Rockefeller Urges Action' });
    expect(render(doc)).toEqual(['indirect|Rockefeller|said|the bill would help West Virginia families.']);
  });
});

describe('group mentions', () => {
  it('types a plural party or people word as a group', () => {
    const doc = body('Democrats said the plan failed, and Latinos agreed.');
    expect(toQuoteRecords(doc).map((q) => [q.speaker, q.speaker_type])).toEqual([['Democrats', 'group']]);
  });
});

describe('organisation names', () => {
  it.each([
    ['an acronym that leaves out a modifier before the name', 'Late on Sunday, the Kurdish-led Syrian Democratic Forces (SDF) announced a deal. In a statement, the SDF said, "An agreement has been reached."', ['Syrian Democratic Forces', 'Syrian Democratic Forces']],
    ['a plural role before an organisation', 'Leaders of African Union (AU) member states met in Niamey. The AU said it would launch a payment system.', ['African Union']],
  ])('%s', (_name, text, speakers) => {
    expect(toQuoteRecords(body(text)).map((q) => q.speaker)).toEqual(speakers);
  });
});

describe('transcript lines', () => {
  it('gives a paragraph opening with a name in capitals and a colon to that speaker', () => {
    const doc = body('Gov. Mary Fallin spoke with Jake Tapper on CNN.\n\nJAKE TAPPER: Donald Trump released a video on Friday. Take a listen.\n\nFALLIN: Well, I think the whole nation needs to work together.\n\nTAPPER: And obviously, you are supporting Donald Trump.');
    expect(toQuoteRecords(doc).filter((q) => q.rule === 'transcript-line').map((q) => [q.kind, q.speaker, q.text])).toEqual([
      ['indirect', 'Jake Tapper', 'Donald Trump released a video on Friday. Take a listen.'],
      ['indirect', 'Mary Fallin', 'Well, I think the whole nation needs to work together.'],
      ['indirect', 'Jake Tapper', 'And obviously, you are supporting Donald Trump.'],
    ]);
  });
  it('counts a last name alone as a turn of the full name before it', () => {
    const doc = body('The campaign says it will not debate.\n\nKATE BOULDUAN: Why not debate?\n\nJOEL BENENSON: This is a man who said he would never run a negative ad.\n\nBOULDUAN: You guys were open to more debates.\n\nBENENSON: Senator Sanders does not get to decide when we debate.');
    expect(toQuoteRecords(doc).filter((q) => q.rule === 'transcript-line').map((q) => q.speaker)).toEqual(['Kate Boulduan', 'Joel Benenson', 'Kate Boulduan', 'Joel Benenson']);
  });
  it('reads no section heading in capitals as a speaker', () => {
    const doc = body('The bill protects consumers.\n\nCREDIT FREEZE: The bill lets consumers place a freeze on their credit reports.\n\nCONSUMER NOTICE: Businesses must tell consumers when data is lost.\n\nPUBLIC NOTICE: The data of voters is safe.\n\nKEY FACTS: Wal-Mart and health care.\n\nKEY FACTS: Wal-Mart and its workers.');
    expect(toQuoteRecords(doc).filter((q) => q.rule === 'transcript-line')).toEqual([]);
  });
});

describe('signature lines', () => {
  it('takes the speaker of a quotation paragraph from the short line that signs it', () => {
    const doc = body('Reid spoke at length.\n\n"Great speech. She is tested. She is ready."\n\n-President Obama, tweeting after the speech.\n\n"The whole idea of a Crooked Hillary needs to stop."\n\n-Michelle Marks, Philadelphia.');
    expect(toQuoteRecords(doc).map((q) => [q.speaker, q.rule])).toEqual([['Obama', 'signature-paragraph'], ['Michelle Marks', 'signature-paragraph']]);
  });
  it('does not read a sentence after the quotation as a signature', () => {
    const doc = body('Harry Reid said the briefings should go on.\n\n"He can have intelligence briefings, but I hope they are fake."\n\nDonald Trump said the remarks were unfair.');
    const q = toQuoteRecords(doc).find((r) => r.kind === 'direct');
    expect([q?.speaker, q?.rule]).toEqual(['Harry Reid', 'continuation-paragraph']);
  });
  it('does not read a heading in capitals as a signature', () => {
    const doc = body('Carter said the region would stay safe.\n\n“That is because this region is home to nearly half of humanity.”\n\nTRUMP COUNTER\n\nThe polls closed at eight.');
    expect(toQuoteRecords(doc).map((q) => [q.speaker, q.rule])).toEqual([['Carter', 'speaker-cue-content'], ['Carter', 'continuation-paragraph']]);
  });
  it('does not read a lone initial as a signature', () => {
    const doc = body('“They are civil people,” Sexton said.\n\n“But I see a lot of them at these Trump things.”\n\nX.\n\nThe polls closed at eight.');
    expect(toQuoteRecords(doc).map((q) => [q.speaker, q.rule])).toEqual([['Sexton', 'quote-speaker-cue'], ['Sexton', 'continuation-paragraph']]);
  });
});
