/**
 * Countries with the words that stand for them in news: the name, short names, the demonym and the
 * seat of government. Used to link a leader to the country they act for ("Chinese President Xi",
 * "Seoul and Beijing will ...") and to keep place names from being taken for people.
 * Format: country | other names | demonyms | capitals.
 * (Countries and capitals that are also common given names are left out: Chad, Georgia (a state
 * too), Sofia, Santiago, Victoria, Kingston; so is a demonym that is a surname, Lao.)
 */
const TABLE = `
United States|U.S., US, USA, America, the United States, Washington|American, U.S.|Washington
China|PRC, People's Republic of China, Beijing|Chinese|Beijing
South Korea|Korea, Republic of Korea, ROK, Seoul|South Korean, Korean|Seoul
North Korea|DPRK, Pyongyang|North Korean|Pyongyang
Japan|Tokyo|Japanese|Tokyo
Taiwan|Taipei|Taiwanese|Taipei
Russia|Russian Federation, Moscow, Kremlin|Russian|Moscow
Ukraine|Kyiv, Kiev|Ukrainian|Kyiv
United Kingdom|UK, U.K., Britain, Great Britain, London|British|London
France|Paris|French|Paris
Germany|Berlin|German|Berlin
Italy|Rome|Italian|Rome
Spain|Madrid|Spanish|Madrid
Greece|Athens|Greek|Athens
Cyprus|Nicosia|Cypriot|Nicosia
Turkey|Türkiye, Ankara|Turkish|Ankara
Israel|Jerusalem|Israeli|Jerusalem
Egypt|Cairo|Egyptian|Cairo
Libya|Tripoli|Libyan|Tripoli
Syria|Damascus|Syrian|Damascus
Iraq|Baghdad|Iraqi|Baghdad
Iran|Tehran|Iranian|Tehran
Saudi Arabia|Riyadh|Saudi|Riyadh
India|New Delhi|Indian|New Delhi
Pakistan|Islamabad|Pakistani|Islamabad
Afghanistan|Kabul|Afghan|Kabul
Canada|Ottawa|Canadian|Ottawa
Mexico|Mexico City|Mexican|Mexico City
Brazil|Brasilia|Brazilian|Brasilia
Argentina|Buenos Aires|Argentine, Argentinian|Buenos Aires
Australia|Canberra|Australian|Canberra
New Zealand|Wellington|New Zealander|Wellington
Austria|Vienna|Austrian|Vienna
Hungary|Budapest|Hungarian|Budapest
Poland|Warsaw|Polish|Warsaw
Netherlands|The Hague, Holland|Dutch|Amsterdam
Belgium|Brussels|Belgian|Brussels
Sweden|Stockholm|Swedish|Stockholm
Norway|Oslo|Norwegian|Oslo
Switzerland|Bern|Swiss|Bern
Ireland|Dublin|Irish|Dublin
Portugal|Lisbon|Portuguese|Lisbon
Nigeria|Abuja|Nigerian|Abuja
Benin|Porto-Novo, Cotonou|Beninese|Porto-Novo
Niger|Niamey|Nigerien|Niamey
South Africa|Pretoria|South African|Pretoria
Kenya|Nairobi|Kenyan|Nairobi
Ethiopia|Addis Ababa|Ethiopian|Addis Ababa
Vietnam|Hanoi|Vietnamese|Hanoi
Thailand|Bangkok|Thai|Bangkok
Indonesia|Jakarta|Indonesian|Jakarta
Philippines|Manila|Philippine, Filipino|Manila
Malaysia|Kuala Lumpur|Malaysian|Kuala Lumpur
Singapore||Singaporean|Singapore
Venezuela|Caracas|Venezuelan|Caracas
Colombia|Bogota|Colombian|Bogota
Cuba|Havana|Cuban|Havana
Palestine|Palestinian Authority, Ramallah|Palestinian|Ramallah
Lebanon|Beirut|Lebanese|Beirut
Jordan|Amman|Jordanian|Amman
Qatar|Doha|Qatari|Doha
United Arab Emirates|UAE, Abu Dhabi|Emirati|Abu Dhabi
European Union|EU, E.U.|European|Brussels
Albania|Tirana|Albanian|Tirana
Algeria|Algiers|Algerian|Algiers
Angola|Luanda|Angolan|Luanda
Armenia|Yerevan|Armenian|Yerevan
Azerbaijan|Baku|Azerbaijani|Baku
Bahamas|Nassau|Bahamian|Nassau
Bahrain|Manama|Bahraini|Manama
Bangladesh|Dhaka|Bangladeshi|Dhaka
Barbados|Bridgetown|Barbadian|Bridgetown
Belarus|Minsk|Belarusian|Minsk
Bhutan|Thimphu|Bhutanese|Thimphu
Bolivia|La Paz|Bolivian|La Paz
Bosnia and Herzegovina|Bosnia, Sarajevo|Bosnian|Sarajevo
Bulgaria||Bulgarian|
Burkina Faso|Ouagadougou|Burkinabe|Ouagadougou
Burundi|Bujumbura, Gitega|Burundian|Gitega
Cambodia|Phnom Penh|Cambodian|Phnom Penh
Cameroon|Yaounde|Cameroonian|Yaounde
Central African Republic|Bangui|Central African|Bangui
Chile||Chilean|
Costa Rica||Costa Rican|
Croatia|Zagreb|Croatian|Zagreb
Czech Republic|Czechia, Prague|Czech|Prague
Democratic Republic of the Congo|DRC, Kinshasa|Congolese|Kinshasa
Republic of the Congo|Congo, Brazzaville||Brazzaville
Denmark|Copenhagen|Danish|Copenhagen
Djibouti||Djiboutian|
Dominican Republic|Santo Domingo|Dominican|Santo Domingo
Ecuador|Quito|Ecuadorian|Quito
El Salvador|San Salvador|Salvadoran|San Salvador
Equatorial Guinea|Malabo|Equatorial Guinean|Malabo
Eritrea|Asmara|Eritrean|Asmara
Estonia|Tallinn|Estonian|Tallinn
Eswatini|Swaziland, Mbabane|Swazi|Mbabane
Fiji|Suva|Fijian|Suva
Finland|Helsinki|Finnish|Helsinki
Gabon|Libreville|Gabonese|Libreville
Gambia|The Gambia, Banjul|Gambian|Banjul
Ghana|Accra|Ghanaian|Accra
Guatemala|Guatemala City|Guatemalan|Guatemala City
Guinea|Conakry|Guinean|Conakry
Haiti|Port-au-Prince|Haitian|Port-au-Prince
Honduras|Tegucigalpa|Honduran|Tegucigalpa
Hong Kong||Hong Konger|
Iceland|Reykjavik|Icelandic|Reykjavik
Ivory Coast|Cote d'Ivoire, Côte d'Ivoire, Abidjan, Yamoussoukro|Ivorian|Yamoussoukro
Jamaica||Jamaican|
Kazakhstan|Astana|Kazakh|Astana
Kosovo|Pristina|Kosovar|Pristina
Kuwait|Kuwait City|Kuwaiti|Kuwait City
Kyrgyzstan|Bishkek|Kyrgyz|Bishkek
Laos|Vientiane|Laotian|Vientiane
Latvia|Riga|Latvian|Riga
Liberia|Monrovia|Liberian|Monrovia
Lithuania|Vilnius|Lithuanian|Vilnius
Luxembourg||Luxembourgish|
Madagascar|Antananarivo|Malagasy|Antananarivo
Malawi|Lilongwe|Malawian|Lilongwe
Mali|Bamako|Malian|Bamako
Malta|Valletta|Maltese|Valletta
Mauritania|Nouakchott|Mauritanian|Nouakchott
Mauritius|Port Louis|Mauritian|Port Louis
Moldova|Chisinau|Moldovan|Chisinau
Mongolia|Ulaanbaatar, Ulan Bator|Mongolian|Ulaanbaatar
Montenegro|Podgorica|Montenegrin|Podgorica
Morocco|Rabat|Moroccan|Rabat
Mozambique|Maputo|Mozambican|Maputo
Myanmar|Burma, Naypyidaw, Yangon, Rangoon|Burmese|Naypyidaw
Namibia|Windhoek|Namibian|Windhoek
Nepal|Kathmandu|Nepali, Nepalese|Kathmandu
Nicaragua|Managua|Nicaraguan|Managua
North Macedonia|Macedonia, Skopje|Macedonian|Skopje
Oman|Muscat|Omani|Muscat
Panama|Panama City|Panamanian|Panama City
Papua New Guinea|Port Moresby|Papua New Guinean|Port Moresby
Paraguay|Asuncion, Asunción|Paraguayan|Asuncion
Peru|Lima|Peruvian|Lima
Romania|Bucharest|Romanian|Bucharest
Rwanda|Kigali|Rwandan|Kigali
Senegal|Dakar|Senegalese|Dakar
Serbia|Belgrade|Serbian, Serb|Belgrade
Sierra Leone|Freetown|Sierra Leonean|Freetown
Slovakia|Bratislava|Slovak|Bratislava
Slovenia|Ljubljana|Slovenian, Slovene|Ljubljana
Somalia|Mogadishu|Somali|Mogadishu
South Sudan|Juba|South Sudanese|Juba
Sri Lanka|Colombo|Sri Lankan|Colombo
Sudan|Khartoum|Sudanese|Khartoum
Tajikistan|Dushanbe|Tajik|Dushanbe
Tanzania|Dodoma, Dar es Salaam|Tanzanian|Dodoma
Timor-Leste|East Timor, Dili|Timorese|Dili
Togo|Lome, Lomé|Togolese|Lome
Trinidad and Tobago|Trinidad, Port of Spain|Trinidadian|Port of Spain
Tunisia|Tunis|Tunisian|Tunis
Turkmenistan|Ashgabat|Turkmen|Ashgabat
Uganda|Kampala|Ugandan|Kampala
Uruguay|Montevideo|Uruguayan|Montevideo
Uzbekistan|Tashkent|Uzbek|Tashkent
Vatican|Holy See, Vatican City||Vatican City
Yemen|Sanaa, Sana'a|Yemeni|Sanaa
Zambia|Lusaka|Zambian|Lusaka
Zimbabwe|Harare|Zimbabwean|Harare
England|||
Scotland|Edinburgh|Scottish|Edinburgh
Wales|Cardiff||Cardiff
Northern Ireland|Belfast|Northern Irish|Belfast
`;

export interface Place {
  readonly country: string;
  /** every name that stands for the country, the country's own name first */
  readonly names: readonly string[];
  readonly demonyms: readonly string[];
}

export const PLACES: readonly Place[] = TABLE.trim().split('\n').map((line) => {
  const [country, others, demonyms, capitals] = line.split('|').map((s) => s.trim());
  const list = (s: string | undefined): string[] => (s ? s.split(',').map((x) => x.trim()).filter(Boolean) : []);
  return { country: country!, names: [country!, ...list(others), ...list(capitals)], demonyms: list(demonyms) };
});

const byWord = new Map<string, Place>();
for (const p of PLACES) for (const n of [...p.names, ...p.demonyms]) if (!byWord.has(n.toLowerCase())) byWord.set(n.toLowerCase(), p);

/** The country a name, capital or demonym stands for ("Seoul" -> South Korea, "Chinese" -> China). */
// (asked for every capitalised word: "the" is looked for only where a word could start with it)
export const placeOf = (word: string): Place | undefined => {
  const lower = word.toLowerCase();
  return byWord.get(lower.startsWith('the') ? lower.replace(/^the\s+/u, '') : lower);
};

/**
 * States and territories of the United States, with the abbreviations news style uses for them
 * ("Wis.", "N.Y.", "Calif."), and Canada's provinces: places inside a country, so a title after
 * one ("Wisconsin Gov. Jim Doyle") is recognised and a lone state name is not taken for a person.
 */
const REGION_TABLE = `
Alabama|Ala.|Alaska||Arizona|Ariz.|Arkansas|Ark.|California|Calif.|Colorado|Colo.|Connecticut|Conn.|Delaware|Del.|Florida|Fla.|Georgia|Ga.|Hawaii||Idaho||Illinois|Ill.|Indiana|Ind.|Iowa||Kansas|Kan.|Kentucky|Ky.|Louisiana|La.|Maine||Maryland|Md.|Massachusetts|Mass.|Michigan|Mich.|Minnesota|Minn.|Mississippi|Miss.|Missouri|Mo.|Montana|Mont.|Nebraska|Neb.|Nevada|Nev.|New Hampshire|N.H.|New Jersey|N.J.|New Mexico|N.M.|New York|N.Y.|North Carolina|N.C.|North Dakota|N.D.|Ohio||Oklahoma|Okla.|Oregon|Ore.|Pennsylvania|Pa.|Rhode Island|R.I.|South Carolina|S.C.|South Dakota|S.D.|Tennessee|Tenn.|Texas|Tex.|Utah||Vermont|Vt.|Virginia|Va.|West Virginia|W.Va.|Wisconsin|Wis.|Wyoming|Wyo.|District of Columbia|D.C.|Puerto Rico|P.R.|Guam||American Samoa||U.S. Virgin Islands||Northern Mariana Islands||Ontario|Ont.|Quebec|Que.|British Columbia|B.C.|Alberta|Alta.|Manitoba|Man.|Saskatchewan|Sask.|Nova Scotia|N.S.|New Brunswick|N.B.|Newfoundland and Labrador|Nfld.
`;

const regionByWord = new Map<string, string>();
{
  const cells = REGION_TABLE.trim().split('|');
  for (let i = 0; i + 1 < cells.length; i += 2) {
    const name = cells[i]!.trim();
    regionByWord.set(name.toLowerCase(), name);
    if (cells[i + 1]!.trim()) regionByWord.set(cells[i + 1]!.trim().toLowerCase(), name);
  }
}

/** The state a name or its abbreviation stands for ("Wis." -> Wisconsin), if any. */
export const regionOf = (word: string): string | undefined => regionByWord.get(word.toLowerCase());

/** The two-letter postal codes of the US states and territories, in capitals only ("TN", "CA"). */
const POSTAL_CODES = new Set('AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC PR GU VI AS MP'.split(' '));
export const isPostalCode = (word: string): boolean => POSTAL_CODES.has(word);

/**
 * The people of a state or province, singular and plural ("a Texan", "Iowans", "New Yorkers"): the
 * state's demonym, as a country's is in the table above.
 */
const REGION_DEMONYM_TABLE = `
Alabama|Alabamian|Alaska|Alaskan|Arizona|Arizonan|Arkansas|Arkansan|California|Californian|Colorado|Coloradan|Connecticut|Connecticuter|Delaware|Delawarean|Florida|Floridian|Georgia|Georgian|Hawaii|Hawaiian|Idaho|Idahoan|Illinois|Illinoisan|Indiana|Hoosier|Iowa|Iowan|Kansas|Kansan|Kentucky|Kentuckian|Louisiana|Louisianan|Maine|Mainer|Maryland|Marylander|Massachusetts|Bay Stater|Michigan|Michigander|Minnesota|Minnesotan|Mississippi|Mississippian|Missouri|Missourian|Montana|Montanan|Nebraska|Nebraskan|Nevada|Nevadan|New Hampshire|New Hampshirite|New Jersey|New Jerseyan|New Mexico|New Mexican|New York|New Yorker|North Carolina|North Carolinian|North Dakota|North Dakotan|Ohio|Ohioan|Oklahoma|Oklahoman|Oregon|Oregonian|Pennsylvania|Pennsylvanian|Rhode Island|Rhode Islander|South Carolina|South Carolinian|South Dakota|South Dakotan|Tennessee|Tennessean|Texas|Texan|Utah|Utahn|Vermont|Vermonter|Virginia|Virginian|Washington|Washingtonian|West Virginia|West Virginian|Wisconsin|Wisconsinite|Wyoming|Wyomingite|Puerto Rico|Puerto Rican|Quebec|Quebecer
`;

const regionByDemonym = new Map<string, string>();
{
  const cells = REGION_DEMONYM_TABLE.trim().split('|');
  for (let i = 0; i + 1 < cells.length; i += 2) {
    const demonym = cells[i + 1]!.trim().toLowerCase();
    regionByDemonym.set(demonym, cells[i]!.trim());
    regionByDemonym.set(`${demonym}s`, cells[i]!.trim());
  }
}

/** The state whose people a word names ("Texan", "Iowans" -> Iowa), if any. */
export const regionOfDemonym = (word: string): string | undefined => regionByDemonym.get(word.toLowerCase());
