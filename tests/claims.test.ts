import { describe, expect, it } from 'vitest';
import { analyze } from '../src/core/pipeline.js';
import { body, seedDoc } from './helpers.js';
import { toClaimRecords } from '../src/records/records.js';

const LEADERS = 'President Lee Jae Myung of South Korea met Chinese President Xi Jinping in Beijing. ';
const render = (text: string): string[] => toClaimRecords(body(text)).map((c) => `${c.type}|${c.parties.join('+')}|${c.content}|${c.polarity}|${c.modality}`);

describe('claim types', () => {
  const cases: [string, string, string[]][] = [
    ['agreement to act', `${LEADERS}Lee and Xi agreed to work toward a gradual reopening of cultural exchanges.`, ['agreement|Lee Jae Myung+Xi Jinping|work toward a gradual reopening of cultural exchanges|affirmed|asserted']],
    ['one side accepts', 'Japan agreed to resume imports of U.S. beef next month.', ['agreement|Japan|resume imports of U.S. beef next month|affirmed|asserted']],
    ['"the ministers" named again further on', 'Foreign Minister Sameh Shoukry and his French counterpart, Jean-Yves Le Drian, met in Cairo. They discussed Libya. An observer joined the talks.\n\nThe Libyan side did not attend.\n\nThe foreign ministers agreed to meet again on Crete.', ['agreement|Sameh Shoukry+Jean-Yves Le Drian|meet again on Crete|affirmed|asserted']],
    ['a title inside the content is no sentence end', 'Senator Tim Johnson urged the Senate to protect Mr. Smith from harm.', ['appeal|Tim Johnson|protect Mr. Smith from harm|affirmed|asserted']],
    ['"they" are the people of an earlier coordinated subject', 'Foreign Minister Sameh Shoukry and his Greek and French counterparts, Nikos Dendias and Jean-Yves Le Drian, met in Cairo. The Italian minister, Luigi Di Maio, joined as an observer. They called on Turkey to respect the sovereignty of third states.', ['appeal|Sameh Shoukry+Nikos Dendias+Jean-Yves Le Drian|respect the sovereignty of third states|affirmed|asserted']],
    ['signed deal', 'Nigeria and Benin signed a free trade agreement on Sunday.', ['agreement|Nigeria+Benin|a free trade agreement on Sunday|affirmed|asserted']],
    ['pledge', 'Senator Maria Cantwell pledged to fight for clean energy funding.', ['pledge|Maria Cantwell|fight for clean energy funding|affirmed|asserted']],
    ['appeal with recipient', `${LEADERS}Lee urged the Chinese side to improve order in fishing operations.`, ['appeal|Lee Jae Myung|improve order in fishing operations|affirmed|asserted']],
    ['accord', `${LEADERS}The two leaders shared the view that peace on the peninsula is vital.`, ['accord|Lee Jae Myung+Xi Jinping|peace on the peninsula is vital|affirmed|asserted']],
    ['negated', 'Japan refused to agree to lift the ban on beef imports.', ['agreement|Japan|lift the ban on beef imports|negated|asserted']],
    ['"they" in a quotation stands for the country that announced, in the same sentence', '"Japan announced this morning that they have agreed to lift the restriction," said Senator Johnson.', ['agreement|Japan|lift the restriction|affirmed|asserted']],
    ['conditional', 'If talks succeed, Iran pledged to halt enrichment at Natanz.', ['pledge|Iran|halt enrichment at Natanz|affirmed|conditional']],
    ['narrated past event is no claim', `${LEADERS}The two leaders met at the Great Hall of the People.`, []],
    ['titled coordinated parties', 'Presidents Muhammadu Buhari of Nigeria and Patrice Talon of Benin signed the free trade agreement.', ['agreement|Muhammadu Buhari+Patrice Talon|the free trade agreement|affirmed|asserted']],
    ['agreement with another side', 'Hungary agreed with Airbus to open a helicopter parts factory in Gyula.', ['agreement|Hungary+Airbus|open a helicopter parts factory in Gyula|affirmed|asserted']],
    ['a commitment named as a noun', 'OPEC said the shortfall was the result of its firm determination to defend official prices.', ['pledge|OPEC|defend official prices|affirmed|asserted']],
    ['content ends before the next verb', 'Foreign Secretary Dominic Raab urged the embassy to reconsider and spoke with Mike Pompeo about the case.', ['appeal|Dominic Raab|reconsider|affirmed|asserted']],
    ['content ends before "and" with a new subject and its verb', '"It is simply time Japan stops stalling and the bipartisan bill we have introduced today will keep the pressure on," Senator Tim Johnson said.', ['appeal|Tim Johnson|stops stalling|affirmed|asserted']],
    ['a content that repeats its trigger is none', '"It is not much to ask," Charles told the Daily Mail.', []],
    ['a passive "was agreed to" is no agreement', 'The dialogue was agreed to at the third meeting of the Strategic Economic Dialogue.', []],
    ['a thing that "will" do something makes no pledge', '“Enhancing energy cooperation with China will make our country stronger,” said Senator Maria Cantwell.', []],
    ['a belief is no pledge', 'Senators Craig Thomas and Mike Enzi believe the U.S. would benefit from more trade.', []],
    ['a speaker’s own obligation is no appeal', 'Prime Minister Boris Johnson said, "I must answer you directly on this case."', []],
    ['a noun is no trigger', 'A cargo plane, reported by local press as belonging to the military, crashed into houses near Tehran.', []],
    ['"to" must bring a verb', 'Secretary of State Mike Pompeo sent a letter requesting the new rules to Elaine Chao.', []],
    ['a participle adjunct takes the subject', "Northamptonshire's chief constable Nick Adderley wrote to the US Embassy in London asking to waive her diplomatic immunity.", ['appeal|Nick Adderley|waive her diplomatic immunity|affirmed|asserted']],
    ['a dateline is no party', 'Headline two\n\nLAGOS, March 11 - OPEC has reaffirmed its commitment to fixed crude oil prices, its president said.', ['pledge|OPEC|its commitment to fixed crude oil prices|affirmed|asserted']],
    ['a verb coordinated with the main one', 'In 2018, Hungary licensed Czech firearm technology and started assembling firearms in Kiskunfélegyháza, then agreed with Airbus to open a helicopter parts factory.', ['agreement|Hungary+Airbus|open a helicopter parts factory|affirmed|asserted']],
    ['"would also like to" and "will also have to" make no pledge', '“I would also like to recognize the leadership of my colleague. Travelers will also have to present a passport,” Senator Olympia Snowe said.', []],
    ['what the speaker hopes or is confident another party will do is no pledge of that party', '“I am confident that the Senate Finance Committee will take up this bill soon,” Senator Olympia Snowe said.', []],
    ['what a text or a situation calls for is no appeal', 'The provision calls for $250,000 to help local law enforcement officials crack down on Internet predators. This treacherous weather event calls for drastic measures.', []],
    ['a full stop inside a closing typewriter mark ends the content', "“The committee believes the process of reform 'must begin now.' There is no statement more accurate,” Senator Olympia Snowe said.", ['appeal|Olympia Snowe|begin now|affirmed|asserted']],
    ['a party phrase ends where an earlier sentence of the same quotation does; "our office" is the speaker\'s', '“I encourage those eligible to apply for these funds. Our office stands ready to assist throughout the application process,” Senator John Cornyn said.', ['appeal|John Cornyn|apply for these funds|affirmed|asserted', 'pledge|John Cornyn\'s office|assist throughout the application process|affirmed|asserted']],
    ['"the last thing X should do is" appeals for nothing', '“The last thing Congress should do is raise taxes by letting that relief expire,” Senator John Cornyn said.', []],
    ['what befalls the subject is no pledge', 'Senator Akaka announced that the University of Hawaii will receive $1,022,923 from the Department of Education. “Seniors will face tremendous challenges,” Akaka said. “We will fight these cuts,” he added.', ['pledge|Akaka|fight these cuts|affirmed|future']],
    ['a text with a phrase of its own calls for no one', 'The President’s proposed budget for the coming year calls for the largest cut in education funding in history.', []],
    ['a program or its money makes no pledge', '“I’m thrilled that this federal loan program will allow the railway to expand its service, and this funding will help it attract passengers,” said Sen. Allen.', []],
    ['a law makes no pledge; a country does', '“The Energy Savings Act will reduce our oil dependence,” Bingaman said. “China will cut its emissions,” he added.', ['pledge|China|cut its emissions|affirmed|future']],
    ['being encouraged to see something is no appeal', '“I am encouraged to see young people take responsibility for their education,” Pete Domenici said. “I encourage parents to read with their children,” he added.', ['appeal|Pete Domenici|read with their children|affirmed|asserted']],
    ['a hedge and consent to a thing with no party are no claims', '“I would say the problems are the same as you find in society. I would call it a big highlight,” Garg said. Thank you for agreeing to this interview.', []],
    ['a name inside a phrase before the subject is no party', 'As part of his Hometown Prosperity Plan, a four-pillar agenda for promoting economic development in South Dakota, Senator Johnson has pledged to defend USDA Rural Development infrastructure programs against proposed budget cuts.', ['pledge|Johnson|defend USDA Rural Development infrastructure programs against proposed budget cuts|affirmed|asserted']],
    ['a commitment to a thing is a quality, no pledge', 'As a member of the Lacrosse Club, Key Club and Boy Scouts, Landeen has demonstrated a commitment to his school and the community. Johnson reaffirmed his commitment to protect the program.', ['pledge|Johnson|his commitment to protect the program|affirmed|asserted']],
    ['"agree with X due to" is no agreement to act', '“Though I didn’t agree with the President’s Medicare plan due to specific concerns of how it would impact South Dakotans, I think it’s important for seniors to look closely at the new plan,” said Johnson.', []],
    ['a recipient holds no auxiliary; a new clause ends the content', '“I am concerned about the nation’s elderly, many of whom rely on the CSFP and have already been subjected to funding reductions in other areas. My Hometown Prosperity Plan calls for increased investments in the public good, and this funding is a wonderful example,” Johnson said.', ['appeal|Johnson|increased investments in the public good|affirmed|asserted']],
    ['the speaker’s obligation on themselves, an inverted question and a state are no appeals', '“We must hold those guilty of atrocities responsible. Should we believe new laws will be enough? Border security should always be a top priority. The Senate should act now,” Cornyn said.', ['appeal|Cornyn|act now|affirmed|asserted']],
    ['what a gerund or an object relative clause will do is no pledge; a complement clause is', '“Increasing production of these sources will help reduce our dependence on foreign oil. This amendment reduces our debt, the bill that we would pass on to our children. I assured the mayors that I will continue to fight for a better return on tax dollars,” Cornyn said.', ['pledge|Cornyn|fight for a better return on tax dollars|affirmed|future']],
    ['a phrase that opens the sentence with a preposition holds no party', 'As the Ranking Member of the Veterans Affairs Committee and as a member of the Senate Armed Services Committee, Senator Akaka pledged to continue to address the quality of information.', ['pledge|Akaka|continue to address the quality of information|affirmed|asserted']],
    ['a new clause with a named subject, or a perfect after an infinitive’s object, ends the content', 'The two leaders agreed to work toward a gradual reopening of cultural exchanges, and Xi told Lee he would visit. Donald Trump’s promises to deport immigrants and build a wall have put the issue at the center. Trump vowed to ensure that schools have become safer.', ['agreement||work toward a gradual reopening of cultural exchanges|affirmed|asserted', 'pledge|Donald Trump|deport immigrants and build a wall|affirmed|asserted', 'pledge|Donald Trump|ensure that schools have become safer|affirmed|asserted']],
    ['“he” in reported speech is its speaker; a participle that opens the sentence is no party', 'Donald Trump spoke on Monday. Sanders vowed to fight on and said he would take the race to the convention. Striking a theme of cooperation, Baucus challenged lawmakers, saying he’ll use his chairmanship to expand the program.', ['pledge|Sanders|fight on|affirmed|asserted', 'pledge|Sanders|take the race to the convention|affirmed|future', 'pledge|Baucus|use his chairmanship to expand the program|affirmed|future']],
    ['a grant the subject will be receiving is no pledge; steps called for in a plan are no appeal', '“The department will be receiving this grant. I will be working to pass the bill,” Smith said. Among the steps called for in his Small Business Growth Initiative, Bayh outlines plans to increase access to capital.', ['pledge|Smith|be working to pass the bill|affirmed|future']],
    ['“I” opening the quotation’s last sentence is the subject of a coordinated verb, not a name in an earlier one', '“The genocide in Darfur has become the world’s most dire crisis. I’m encouraged that this legislation is moving forward and urge my colleagues to support it in the full Senate,” Cornyn said.', ['appeal|Cornyn|support it in the full Senate|affirmed|asserted']],
    ['what befalls the subject of “would” is no pledge; what the subject does is', 'Smith said that Bush would fall off the ballot in three states. Smith said that Bush would veto the bill.', ['pledge|Bush|veto the bill|affirmed|future']],
    ['a question or a condition about a party commits no one; the main clause after a condition does', 'Yet it was unclear whether Sanders was ready to follow that script. Reporters asked whether Obama would veto it. “The plan works if the industry is willing to listen,” Kerry said. “If this closure does occur I stand ready to work with State officials,” Smith said.', ['pledge|Smith|work with State officials|affirmed|conditional']],
    ['a source that requested anonymity appeals for nothing', 'A White House official, who requested anonymity to discuss a private conversation, said the deal was done. Smith requested the agency to review the rule.', ['appeal|Smith|review the rule|affirmed|asserted']],
    ['a direct question appeals for and pledges nothing; a statement whose last clause asks still does', '“Why should voters choose the Segal ticket over other tickets on the ballot?” the site asked. Cardinal Marc Ouellet said, “We have said for years that priests should follow certain strict rules, so why should the bishops be exempt?”', ['appeal|Marc Ouellet|follow certain strict rules|affirmed|asserted']],
    ['a forecast with “likely” or “probably” is no pledge', '“He admits that he will likely lose this case in court,” Becerra said. “We will probably observe more systems like it,” Boccaletti said. “We will observe more systems like it,” Boccaletti said.', ['pledge|Boccaletti|observe more systems like it|affirmed|future']],
    ['a comparison with “than” is no pledge', '“We stand a better chance of protecting veterans faster than we would with a stand-alone bill,” Senator Allen said.', []],
    ['what befalls the subject after “continue to” is no pledge', '“I am glad to see the retirees at Holston Defense Corporation will continue to receive the benefits they deserve,” said Senator Allen. “We will continue to fight for them,” Allen said.', ['pledge|Allen|fight for them|affirmed|future']],
    ['“we hope you will” is the speaker’s appeal', '“Given these common challenges, we hope you will consider holding a U.S.-China summit as soon as this year,” Sen. Maria Cantwell wrote.', ['appeal|Maria Cantwell|consider holding a U.S.-China summit as soon as this year|affirmed|asserted']],
    ['a polite request with “would” is no pledge; “will ask” is', '“I would ask that an expeditious review of this request be given,” Allen said. “I will ask consent to pass the bill,” Allen said.', ['pledge|Allen|ask consent to pass the bill|affirmed|future']],
    ['what a prospect is about is no pledge', '“We are deeply disappointed by the prospect that President Bush will veto this legislation,” Reid said.', []],
    ['a description in apposition after the subject is no party', 'Sen. John Cornyn, a member of the Armed Services Committee, on Tuesday pledged to work to restore BRAC funding. The American people, the Baker-Hamilton Report and even Bob Gates have called for a change of course.', ['pledge|John Cornyn|work to restore BRAC funding|affirmed|asserted', 'appeal|Baker-Hamilton Report+Bob Gates|a change of course|affirmed|asserted']],
    ['a question about the party right before it pledges nothing', '“She asked me how long I will just sit here and cry?” Jaya said.', []],
    ['a name after a preposition in a gerund subject is no party', 'Wendy Parmet said naming the virus after Wuhan would place “tremendous stigmatization on the people of Wuhan.”', []],
    ['what the speaker is pleased or honoured about is no pledge', '“I am honored that Forbes Magazine would include me in such a group,” Snowe said. “I am pleased that Mesa Air Group will be providing this service,” Reid said.', []],
    ['what befalls the subject after an adverb is no pledge', '“Hospitals in Canada will now have a fair amount of time to meet the requirements,” Snowe said.', []],
    ['a fronted phrase with an abbreviation names no party', 'In a December 12th letter to U.S. International Trade Commission Chairman Daniel Pearson, Senators Snowe and Collins expressed their support for the case.', ['accord|Snowe+Collins|the case|affirmed|asserted']],
    ['what the subject of an object relative clause needs is no appeal', '"We must provide law enforcement officers the tools they need to combat gang crime," Sen. Cornyn said.', []],
    ['a phrase of time before "we will" leaves the pledge', '"In the coming days we will meet with officials from Ford," Reid said.', ['pledge|Reid|meet with officials from Ford|affirmed|future']],
    ['a hope in a relative clause is still the speaker\'s appeal', '"There are a number of steps I hope Congress will take to help achieve that goal," Cornyn said.', ['appeal|Cornyn|take to help achieve that goal|affirmed|asserted']],
    ['what the speaker hopes of others named at length is their pledge to no one', '"I hope my colleagues in the Senate will join me in supporting this bill," Cornyn said.', []],
    ['what the speaker is surprised to learn or finds baffling binds no one', '"We are surprised to learn that Secretary Rice will stop only briefly in the region," Reid said. "It is baffling that Republicans would precipitate this confrontation," Reid said.', []],
    ['a condition by inversion and a question with "whether or not" appeal to no one', '"Please contact us should you need to discuss this matter further," the senators wrote. "Resolving these issues is pivotal as to whether or not CFIUS, or the Congress, should grant approval," Snowe said.', []],
    ['what "this" must do is no appeal; going without and profiting befall the subject', '"Moreover, this must bring glee to terrorists," Allen said. "Without your generosity, Alberta will go without this equipment," the chief wrote. "China would profit from clean energy," Cantwell said.', []],
    ['a participle of speech has the speaker the quotes stage found, past a fronted phrase', 'A leader in urging the U.S. to expand clean energy cooperation with China, Cantwell authored a bipartisan letter to President Bush, and signed by 11 other senators, urging him to develop a comprehensive energy policy.', ['appeal|Cantwell|expand clean energy cooperation with China|affirmed|asserted', 'appeal|Cantwell|develop a comprehensive energy policy|affirmed|asserted']],
    ['what the speaker understands another will do is no pledge; a belief in an earlier sentence leaves the next one\'s', '"I understand that the Martinsville Fire and EMS, if their grant application is approved, will use the grant to fund overtime," Allen wrote. "That decision I believe rests with the Council. I will do everything in my power to reverse it," Snowe said.', ['pledge|Snowe|do everything in my power to reverse it|affirmed|future']],
    ['the subject of an object relative clause with "which" pledges nothing', '"The number of games on local television (which Comcast and The DISH Network will carry) was reduced," Allen said.', []],
    ['an infinitive of purpose has the sentence\'s subject, past an appositive', 'Sen. John Cornyn, R-Texas, today met with Homeland Security Secretary Michael Chertoff in a renewed effort to urge the Secretary to consider a valley levee proposal.', ['appeal|John Cornyn|consider a valley levee proposal|affirmed|asserted']],
    ['a passive appeal is made to its subject by no one named', 'Residents of the county were urged to evacuate.', ['appeal||evacuate|affirmed|asserted']],
    ['adverbs after "we" are no party', 'We therefore respectfully call on you to present an emergency spending measure.', ['appeal||present an emergency spending measure|affirmed|asserted']],
    ['"I" outside a quotation is the one whose statement it is', 'Statement of Senator Daniel K. Akaka on Homeland Security Rules\n\nThe rule is flawed. I urge DHS to consider that as regulations are finalized.', ['appeal|Daniel K. Akaka|consider that as regulations are finalized|affirmed|asserted']],
    ['what one will remember, miss or rely on is no pledge, after an adverb too; "swear to you" swears no deed', '"We will remember it our entire lives," Pasha said. "We will always rely on unstable regions of the world if we do not reduce our dependence on oil," Reid said. "I will always remember Pope John Paul II as one of the true giants," Allen said. "Susan and I will miss her greatly," Allen said. When she was cast, "I swear to you, I was speechless," she told an audience.', []],
    ['a willingness confirmed is its possessor\'s', `${LEADERS}The two leaders reaffirmed that peace is a shared interest, and confirmed China’s willingness to play a constructive role toward that end.`, ['accord|Lee Jae Myung+Xi Jinping|peace is a shared interest|affirmed|asserted', 'pledge|China|China’s willingness to play a constructive role toward that end|affirmed|asserted']],
    ['a participle has the whole coordinated subject', 'However, the United States and Japan negotiated an agreement in October 2004, agreeing to steps for Japan to open its market to U.S. beef. Sens. Olympia Snowe and Susan Collins sent a letter to Administrator Hector Barreto urging him to declare a disaster.', ['agreement|United States+Japan|steps for Japan to open its market to U.S. beef|affirmed|asserted', 'appeal|Olympia Snowe+Susan Collins|declare a disaster|affirmed|asserted']],
    ['those the subject led or joined in a participle act too', 'Tuesday, Sen. Maria Cantwell (D-WA) led other Senate energy leaders in urging President Bush to implement a comprehensive energy policy. Senator Snowe joined Senator Collins in urging the Secretary to act.', ['appeal|Maria Cantwell+other Senate energy leaders|implement a comprehensive energy policy|affirmed|asserted', 'appeal|Snowe+Collins|act|affirmed|asserted']],
    ['thanks for agreeing, a forecast adverb before "will" and a counterfactual commit no one', 'Thank you for agreeing to discuss your findings. "You return the product and they probably will restore the standard software," Stallman said. "It is not safe to travel right now, otherwise I would be playing for tournaments," she said.', []],
    ['agreeing to the need is a shared view', 'Most candidates agreed to the need of an international body to regulate space.', ['accord|Most candidates|the need of an international body to regulate space|affirmed|asserted']],
    ['"we" opening a quotation is its speaker for a verb coordinated after a possessive name', '"We have quickly approved the White House\'s two previous selections for this post and were prepared to do so again," said Reid.', ['pledge|Reid|do so again|affirmed|asserted']],
    ['an embedded question commits no one; a free relative or a statement of how stays', '"The challenge of how we will look after our loved ones can be overwhelming," said Snowe. "There is an ongoing debate about how America should manage its fisheries," Snowe said. "This is how we will win the war," said Smith.', ['pledge|Smith|win the war|affirmed|future']],
    ['a trigger in a phrase opening the sentence ends at the main clause', 'Despite the repeated promises to consider this bill, Senator Frist has so far failed to include it in his planned "health" week next week.', ['pledge||consider this bill|affirmed|asserted']],
    ['"its" with a country before it in the clause is that country\'s', 'Mr. President, in 1919, the Emir of Iraq wrote to Supreme Court Justice Felix Frankfurter. He wrote at length.\n\nMr. President, America must renew its commitment to peace in the Middle East.', ['pledge|United States|peace in the Middle East|affirmed|asserted']],
    ['outside a quotation, "I" opening the clause is the statement\'s maker; "we" of one maker names no one, not the possessive name after it', 'Statement of Senator Maria Cantwell on the Stimulus\n\nI am urging my colleagues to address the need for investments in new energy sources. We have quickly approved the White House\'s two previous selections and were prepared to do so again.', ['appeal|Maria Cantwell|address the need for investments in new energy sources|affirmed|asserted', 'pledge||do so again|affirmed|asserted']],
    ['"I" opening a quotation is no party when a clause of another subject comes between', '"I am pleased that the parties came together, made compromises, and reached an agreement," Reid said.', ['agreement||an agreement|affirmed|asserted']],
    ['a name after "pledged to" is no deed, unless "that" gives one; a possessive before the noun is a goal', 'Biden was nominated with some delegates pledged to Senator Bernie Sanders of Vermont. At a hearing, Secretary Chertoff committed to Senator Akaka that DHS would finalize a regional structure. Many more nations have committed to Iraq\'s future in the form of economic aid.', ['pledge|Chertoff|DHS would finalize a regional structure|affirmed|asserted', 'pledge|Many more nations|Iraq\'s future in the form of economic aid|affirmed|asserted']],
    ['a likely counterfactual, an equal comparison and a wish are no pledges', '"If I was in Iran, I would most likely still be in jail," Dorsa said. "I have not played in as many tournaments as I would want," Dorsa said. "I would want to see the details first," Dorsa said.', []],
    ['a participle or a verb takes the speaker the quotes stage found for it', 'Hatice Cengiz spoke to the court. "True justice takes time," she said, asking Cengiz to be patient. Sen. Russ Feingold today, in a letter to the President, urged him to include the costs of the wars.', ['appeal|Hatice Cengiz|be patient|affirmed|asserted', 'appeal|Russ Feingold|include the costs of the wars|affirmed|asserted']],
    ['a closed relative clause before the verb is no subject; a "whose" clause and a judgment of someone pledge nothing', 'Sen. Cornyn, who recently returned from meeting with Texas troops in Iraq and Afghanistan, is committed to supporting innovative research. "I can not help but remember Bob Bullock, whose name Pete will recognize," said Cornyn. "Without question, Reed O\'Connor will make an outstanding federal judge," said Cornyn.', ['pledge|Cornyn|supporting innovative research|affirmed|asserted']],
    ['a place named in the object before a coordinated verb gives way to the speaker the quotes stage found', 'Hillary Clinton has made gun control central to her campaign. She favors a California proposal regulating ammunition and has promised to seek legislation ending the immunity.', ['pledge|Hillary Clinton|seek legislation ending the immunity|affirmed|asserted']],
    ['a pronoun contracted with an "â" apostrophe is no party', '"And Iâm sure Senator Baucus will keep an eye on me too," said Jones.', ['pledge|Baucus|keep an eye on me too|affirmed|future']],
    ['a subject continuing to act', 'Sens. Craig Thomas and Mike Enzi, R-Wyo., are continuing to prod the South Korean government to open its borders to U.S. beef.', ['appeal|Craig Thomas+Mike Enzi|open its borders to U.S. beef|affirmed|asserted']],
  ];
  it.each(cases)('%s', (_n, text, expected) => expect(render(text)).toEqual(expected));

  it('reads a pledge inside a quotation as the speaker’s', () => {
    const doc = body(`${LEADERS}“We will continue our unwavering efforts to develop our partnership,” Lee said.`);
    const c = toClaimRecords(doc)[0]!;
    expect([c.type, c.parties, c.reported_by, c.modality, c.quote_id]).toEqual(['pledge', ['Lee Jae Myung'], 'Lee Jae Myung', 'future', 't:q1']);
  });
  it('reads "should" and "it is time" in a quotation as the speaker’s appeal to the subject', () => {
    const doc = body(`${LEADERS}Xi added, however, that both sides “should stand firmly on the right side of history.” “It’s simply time Japan stops stalling,” said Senator Tim Johnson.`);
    const cs = toClaimRecords(doc).map((c) => [c.type, c.parties.join('+'), c.recipient, c.content]);
    expect(cs).toEqual([
      ['appeal', 'Xi Jinping', 'Xi Jinping; Lee Jae Myung', 'stand firmly on the right side of history'],
      ['appeal', 'Tim Johnson', 'Japan', 'stops stalling'],
    ]);
  });
  it('gives the recipient of an appeal', () => {
    const doc = body(`${LEADERS}Xi urged South Korea to respect its commitments.`);
    expect(toClaimRecords(doc)[0]!.recipient).toBe('South Korea');
  });
});

describe('the seed article', () => {
  const claims = toClaimRecords(seedDoc);
  it('finds the summit agreement, reported by the presidential office’s spokesperson where quoted', () => {
    const c = claims.find((x) => x.content.startsWith('work toward a gradual reopening'))!;
    expect([c.type, c.parties, c.cameo, c.plover]).toEqual(['agreement', ['South Korea', 'China'], '030', 'AGREE']);
    const kang = claims.find((x) => x.content.startsWith('continue related communication'))!;
    expect([kang.type, kang.reported_by]).toEqual(['pledge', 'Kang Yu-jung']);
  });
  it('keeps offsets that reproduce trigger, content and sentence', () => {
    for (const c of claims) {
      expect(seedDoc.text.slice(c.trigger_start, c.trigger_end)).toBe(c.trigger);
      expect(seedDoc.text.slice(c.content_start, c.content_end)).toBe(c.content);
      expect(seedDoc.text.slice(c.sentence_start, c.sentence_end)).toBe(c.sentence);
    }
  });
});

describe('the first paragraph', () => {
  it('is read when it is the lead, not a headline (a corpus that gives the title apart)', () => {
    const doc = analyze('Washington, D.C. -- Senator Maria Cantwell today urged the administration to hold an energy summit with China. She said the summit would help both countries cut emissions and create jobs.');
    expect(toClaimRecords(doc).map((c) => `${c.type}|${c.parties.join('+')}|${c.content}`)).toEqual(['appeal|Maria Cantwell|hold an energy summit with China']);
  });
  it('is skipped as a headline when it is one', () => {
    const doc = analyze('Cantwell urges China summit\n\nThe senator spoke on Tuesday.');
    expect(toClaimRecords(doc)).toEqual([]);
  });
});
