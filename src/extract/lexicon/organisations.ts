/** Word tables for finding organisations: well-known bodies, name keywords, countries and demonyms that are not organisations. */

/** A well-known organisation: canonical name, acronym, other spellings. General knowledge, not article data. */
export interface KnownOrg {
  name: string
  acronym: string | null
  aliases: string[]
}

/** International organisations, big government bodies, news agencies and outlets, and their usual short forms. */
export const KNOWN_ORGS: KnownOrg[] = [
  { name: 'United Nations', acronym: 'UN', aliases: ['U.N.', 'UNO'] },
  { name: 'European Union', acronym: 'EU', aliases: ['E.U.'] },
  { name: 'North Atlantic Treaty Organization', acronym: 'NATO', aliases: ['Nato', 'North Atlantic Treaty Organisation'] },
  { name: 'International Atomic Energy Agency', acronym: 'IAEA', aliases: ['UN nuclear watchdog', 'U.N. nuclear watchdog', 'United Nations nuclear watchdog'] },
  { name: 'Office for the Coordination of Humanitarian Affairs', acronym: 'OCHA', aliases: ['UNOCHA', 'UN humanitarian affairs office'] },
  { name: 'Office of the United Nations High Commissioner for Human Rights', acronym: 'OHCHR', aliases: ['UN human rights office', 'UN Human Rights Office'] },
  // its formal name is the Office's, as the rights office's is: "The Office of the United Nations High Commissioner for Refugees (UNHCR)"
  { name: 'United Nations High Commissioner for Refugees', acronym: 'UNHCR', aliases: ['UN refugee agency', 'UN Refugee Agency', 'Office of the United Nations High Commissioner for Refugees', 'Office of the UN High Commissioner for Refugees'] },
  { name: 'International Organization for Migration', acronym: 'IOM', aliases: ['UN migration agency', 'International Organisation for Migration'] },
  { name: 'United Nations Children\'s Fund', acronym: 'UNICEF', aliases: ['UN children\'s agency', 'Unicef'] },
  { name: 'World Health Organization', acronym: 'WHO', aliases: ['World Health Organisation', 'UN health agency'] },
  { name: 'World Food Programme', acronym: 'WFP', aliases: ['World Food Program', 'UN food agency'] },
  { name: 'Food and Agriculture Organization', acronym: 'FAO', aliases: ['Food and Agriculture Organisation'] },
  { name: 'United Nations Development Programme', acronym: 'UNDP', aliases: [] },
  { name: 'United Nations Population Fund', acronym: 'UNFPA', aliases: [] },
  { name: 'United Nations Environment Programme', acronym: 'UNEP', aliases: [] },
  { name: 'UN Relief and Works Agency for Palestine Refugees', acronym: 'UNRWA', aliases: [] },
  { name: 'United Nations Educational, Scientific and Cultural Organization', acronym: 'UNESCO', aliases: ['Unesco'] },
  { name: 'International Labour Organization', acronym: 'ILO', aliases: ['International Labour Organisation'] },
  { name: 'International Monetary Fund', acronym: 'IMF', aliases: [] },
  { name: 'World Bank', acronym: null, aliases: [] },
  { name: 'World Trade Organization', acronym: 'WTO', aliases: ['World Trade Organisation'] },
  { name: 'UN Security Council', acronym: 'UNSC', aliases: ['Security Council', 'United Nations Security Council', 'U.N. Security Council'] },
  { name: 'UN General Assembly', acronym: 'UNGA', aliases: ['General Assembly', 'United Nations General Assembly'] },
  { name: 'UN Human Rights Council', acronym: 'HRC', aliases: ['Human Rights Council'] },
  { name: 'UN News', acronym: null, aliases: [] },
  { name: 'International Court of Justice', acronym: 'ICJ', aliases: [] },
  { name: 'International Criminal Court', acronym: 'ICC', aliases: [] },
  { name: 'International Committee of the Red Cross', acronym: 'ICRC', aliases: ['Red Cross'] },
  { name: 'Médecins Sans Frontières', acronym: 'MSF', aliases: ['Doctors Without Borders'] },
  { name: 'Amnesty International', acronym: null, aliases: [] },
  { name: 'Human Rights Watch', acronym: 'HRW', aliases: [] },
  { name: 'Organization for Security and Co-operation in Europe', acronym: 'OSCE', aliases: [] },
  { name: 'Organisation for Economic Co-operation and Development', acronym: 'OECD', aliases: [] },
  { name: 'African Union', acronym: 'AU', aliases: [] },
  { name: 'Arab League', acronym: null, aliases: ['League of Arab States'] },
  { name: 'Association of Southeast Asian Nations', acronym: 'ASEAN', aliases: [] },
  { name: 'Group of Seven', acronym: 'G7', aliases: [] },
  { name: 'Group of 20', acronym: 'G20', aliases: [] },
  { name: 'Organization of the Petroleum Exporting Countries', acronym: 'OPEC', aliases: [] },
  { name: 'European Commission', acronym: null, aliases: [] },
  { name: 'European Council', acronym: null, aliases: [] },
  { name: 'European Parliament', acronym: null, aliases: ['EU parliament', 'EU Parliament'] },
  { name: 'European Central Bank', acronym: 'ECB', aliases: [] },
  { name: 'Bank of England', acronym: null, aliases: [] },
  { name: 'Federal Reserve', acronym: 'Fed', aliases: ['US Federal Reserve'] },
  { name: 'Islamic State', acronym: 'ISIS', aliases: ['ISIL', 'Islamic State group', 'Daesh'] },
  { name: 'Pentagon', acronym: null, aliases: [] },
  { name: 'Kremlin', acronym: null, aliases: [] },
  { name: 'White House', acronym: null, aliases: [] },
  { name: 'State Department', acronym: null, aliases: ['US State Department'] },
  { name: 'Downing Street', acronym: null, aliases: [] },
  { name: 'Foreign Office', acronym: null, aliases: [] },
  { name: 'Central Intelligence Agency', acronym: 'CIA', aliases: [] },
  { name: 'Federal Bureau of Investigation', acronym: 'FBI', aliases: [] },
  { name: 'Federal Security Service', acronym: 'FSB', aliases: [] },
  { name: 'KGB', acronym: 'KGB', aliases: [] },
  { name: 'Hamas', acronym: null, aliases: [] },
  { name: 'Hezbollah', acronym: null, aliases: [] },
  { name: 'Taliban', acronym: null, aliases: [] },
  { name: 'Agence France-Presse', acronym: 'AFP', aliases: [] },
  { name: 'Associated Press', acronym: 'AP', aliases: [] },
  { name: 'Reuters', acronym: null, aliases: [] },
  { name: 'Inter Press Service', acronym: 'IPS', aliases: [] },
  { name: 'Anadolu Agency', acronym: null, aliases: ['Anadolu'] },
  { name: 'BBC', acronym: 'BBC', aliases: ['BBC News'] },
  { name: 'CNN', acronym: 'CNN', aliases: [] },
  { name: 'CNBC', acronym: 'CNBC', aliases: [] },
  { name: 'Voice of America', acronym: 'VOA', aliases: [] },
  { name: 'Al Jazeera', acronym: null, aliases: [] },
  { name: 'Bloomberg', acronym: null, aliases: [] },
  { name: 'New York Times', acronym: null, aliases: [] },
  { name: 'Washington Post', acronym: null, aliases: [] },
  { name: 'Financial Times', acronym: 'FT', aliases: [] },
  { name: 'Wall Street Journal', acronym: 'WSJ', aliases: [] },
  { name: 'The Guardian', acronym: null, aliases: [] },
  { name: 'Interfax', acronym: null, aliases: [] },
  { name: 'TASS', acronym: null, aliases: [] },
  { name: 'Xinhua', acronym: null, aliases: [] },
  { name: 'Business Insider', acronym: null, aliases: [] },
  { name: 'CBS', acronym: 'CBS', aliases: ['CBS News'] },
  { name: 'NBC', acronym: 'NBC', aliases: ['NBC News'] },
  { name: 'MSNBC', acronym: 'MSNBC', aliases: [] },
  { name: 'ESPN', acronym: 'ESPN', aliases: [] },
  { name: 'National Public Radio', acronym: 'NPR', aliases: [] },
  { name: 'Public Broadcasting Service', acronym: 'PBS', aliases: [] },
  { name: 'HBO', acronym: 'HBO', aliases: [] },
  { name: 'Fox News', acronym: null, aliases: [] },
  { name: 'Sky News', acronym: null, aliases: [] },
  { name: 'ITV', acronym: 'ITV', aliases: [] },
  { name: 'National Football League', acronym: 'NFL', aliases: [] },
  { name: 'National Basketball Association', acronym: 'NBA', aliases: [] },
  { name: 'National Hockey League', acronym: 'NHL', aliases: [] },
  { name: 'Major League Baseball', acronym: 'MLB', aliases: [] },
  { name: 'NASCAR', acronym: 'NASCAR', aliases: [] },
  { name: 'National Collegiate Athletic Association', acronym: 'NCAA', aliases: [] },
  { name: 'FIFA', acronym: 'FIFA', aliases: [] },
  { name: 'UEFA', acronym: 'UEFA', aliases: [] },
  { name: 'International Olympic Committee', acronym: 'IOC', aliases: [] },
  { name: 'ATP', acronym: 'ATP', aliases: ['ATP Tour'] },
  { name: 'WTA', acronym: 'WTA', aliases: ['WTA Tour'] },
  { name: 'Premier League', acronym: null, aliases: [] },
  { name: 'National Aeronautics and Space Administration', acronym: 'NASA', aliases: [] },
  { name: 'European Space Agency', acronym: 'ESA', aliases: [] },
  { name: 'Securities and Exchange Commission', acronym: 'SEC', aliases: ['US Securities and Exchange Commission', 'U.S. Securities and Exchange Commission'] },
  { name: 'Food and Drug Administration', acronym: 'FDA', aliases: ['US Food and Drug Administration', 'U.S. Food and Drug Administration'] },
  { name: 'Centers for Disease Control and Prevention', acronym: 'CDC', aliases: ['Centers for Disease Control'] },
  { name: 'Environmental Protection Agency', acronym: 'EPA', aliases: [] },
  { name: 'Federal Trade Commission', acronym: 'FTC', aliases: [] },
  { name: 'Federal Communications Commission', acronym: 'FCC', aliases: [] },
  { name: 'Department of Justice', acronym: 'DOJ', aliases: ['Justice Department', 'US Justice Department', 'U.S. Justice Department'] },
  { name: 'Department of Homeland Security', acronym: 'DHS', aliases: ['Homeland Security Department'] },
  { name: 'Internal Revenue Service', acronym: 'IRS', aliases: [] },
  { name: 'Drug Enforcement Administration', acronym: 'DEA', aliases: [] },
  { name: 'National Security Agency', acronym: 'NSA', aliases: [] },
  { name: 'National Health Service', acronym: 'NHS', aliases: [] },
  { name: 'Office for National Statistics', acronym: 'ONS', aliases: [] },
  { name: 'Confederation of British Industry', acronym: 'CBI', aliases: [] },
  { name: 'Trades Union Congress', acronym: 'TUC', aliases: [] },
  { name: 'Republican Party', acronym: 'GOP', aliases: [] },
  { name: 'Democratic Party', acronym: null, aliases: [] },
  { name: 'Conservative Party', acronym: null, aliases: [] },
  { name: 'Labour Party', acronym: null, aliases: [] },
  { name: 'IBM', acronym: 'IBM', aliases: [] },
  { name: 'AMD', acronym: 'AMD', aliases: [] },
  { name: 'Microsoft', acronym: null, aliases: [] },
  { name: 'Google', acronym: null, aliases: [] },
  { name: 'Tesla', acronym: null, aliases: [] },
  { name: 'Netflix', acronym: null, aliases: [] },
  { name: 'Samsung', acronym: null, aliases: ['Samsung Electronics'] },
  { name: 'Toyota', acronym: null, aliases: ['Toyota Motor'] },
  { name: 'Volkswagen', acronym: 'VW', aliases: [] },
  { name: 'SpaceX', acronym: null, aliases: [] },
  { name: 'Boeing', acronym: null, aliases: [] },
  { name: 'Airbus', acronym: null, aliases: [] },
  { name: 'Intel', acronym: null, aliases: [] },
  { name: 'Nvidia', acronym: null, aliases: ['NVIDIA'] },
  { name: 'Huawei', acronym: null, aliases: [] },
  { name: 'Alibaba', acronym: null, aliases: [] },
  { name: 'Tencent', acronym: null, aliases: [] },
  { name: 'Walmart', acronym: null, aliases: [] },
  { name: 'JPMorgan', acronym: null, aliases: ['JPMorgan Chase', 'JP Morgan'] },
  { name: 'Goldman Sachs', acronym: null, aliases: [] },
  { name: 'Morgan Stanley', acronym: null, aliases: [] },
  { name: 'HSBC', acronym: 'HSBC', aliases: [] },
  { name: 'Barclays', acronym: null, aliases: [] },
  { name: 'Pfizer', acronym: null, aliases: [] },
  { name: 'Uber', acronym: null, aliases: [] },
]

/** Head words that make a capitalised phrase an organisation name ("Swedish Prosecution Authority"). */
export const ORG_KEYWORDS = new Set([
  'agency', 'authority', 'council', 'commission', 'committee', 'court', 'tribunal', 'ministry', 'office',
  'department', 'institute', 'institution', 'instituto', 'center', 'centre', 'university', 'college', 'academy',
  'forum', 'army', 'forces', 'force', 'navy', 'guard', 'police', 'league', 'union', 'assembly', 'parliament',
  'congress', 'senate', 'party', 'bank', 'fund', 'programme', 'organization', 'organisation', 'association',
  'foundation', 'federation', 'confederation', 'society', 'corporation', 'company', 'co', 'inc', 'ltd', 'plc',
  'llc', 'group', 'holdings', 'network', 'movement', 'front', 'brigade', 'brigades', 'coalition', 'alliance',
  'mission', 'government', 'staff', 'service', 'services', 'bureau', 'board', 'secretariat', 'observatory',
  'watch', 'trust', 'partnership', 'consortium', 'cooperative', 'club', 'chamber', 'directorate', 'administration',
  'unit', 'corps', 'regiment', 'battalion', 'project', 'commissioner', 'cabinet', 'presidency', 'embassy',
  'consulate', 'delegation', 'fundação', 'fundación', 'ministerio', 'ministério', 'airlines', 'airways',
  'motors', 'systems', 'technologies', 'industries', 'laboratories', 'labs', 'pharmaceuticals', 'energy',
  'times', 'post', 'journal', 'herald', 'tribune', 'gazette', 'telegraph', 'broadcasting',
])

/**
 * Last words of finance firms' names: "Bridgewater Associates", "Evercore Partners", "Apollo Global Management".
 * Only last: "Director for Management of the World Food Programme" names a job. Not "Capital": "the National Capital".
 */
export const FIRM_SUFFIXES = new Set(['associates', 'partners', 'management', 'investments', 'securities', 'advisors', 'advisers'])
for (const w of FIRM_SUFFIXES) ORG_KEYWORDS.add(w)

/** Organisation head words that may stand alone as a short back-reference ("the Council", "the Assembly"). */
export const BACKREF_KEYWORDS = new Set([
  'council', 'assembly', 'commission', 'court', 'committee', 'agency', 'ministry', 'parliament', 'congress',
  'tribunal', 'mission', 'authority', 'bank', 'fund', 'institute', 'union',
])

/** Lower-case government-body nouns after a country or demonym ("Russia's foreign ministry", "Jordanian government"). */
export const GOV_BODY_NOUNS = [
  'foreign ministry', 'defence ministry', 'defense ministry', 'interior ministry', 'justice ministry',
  'finance ministry', 'health ministry', 'economy ministry', 'energy ministry', 'agriculture ministry',
  'education ministry', 'environment ministry', 'culture ministry', 'transport ministry', 'trade ministry',
  'commerce ministry', 'industry ministry', 'labour ministry', 'labor ministry', 'emergencies ministry',
  'emergency ministry', 'information ministry', 'communications ministry', 'foreign affairs ministry', 'ministry', 'foreign office', 'government',
  'embassy', 'military', 'army', 'navy', 'air force', 'delegation', 'parliament', 'general staff', 'regime',
  'armed forces', 'security service', 'coast guard', 'central bank', 'supreme court', 'cabinet', 'presidency',
]

/** Lower-case nouns that say the next capitalised word is an organisation ("company Rosatom"). */
export const ORG_TYPE_NOUNS = new Set([
  'company', 'firm', 'group', 'organisation', 'organization', 'agency', 'broadcaster', 'newspaper', 'outlet',
  'ngo', 'charity', 'watchdog', 'operator', 'giant', 'maker', 'manufacturer', 'carrier', 'airline', 'bank',
  'lender', 'insurer', 'retailer', 'startup', 'start-up', 'conglomerate', 'producer', 'supplier', 'developer',
  'publisher', 'network', 'platform', 'party', 'militia', 'movement', 'coalition', 'union', 'tank', 'institute', 'fund',
])

/** Title-like head words of short media and company names that are also ordinary words. */
export const MEDIA_SUFFIXES = /\.(?:com|info|org|net|news|co\.uk|io)$/i

/** Country and territory names: a country acting ("Russia launched…") is not an organisation. */
export const COUNTRIES = new Set([
  'afghanistan', 'albania', 'algeria', 'andorra', 'angola', 'argentina', 'armenia', 'australia', 'austria',
  'azerbaijan', 'bahamas', 'bahrain', 'bangladesh', 'barbados', 'belarus', 'belgium', 'belize', 'benin',
  'bhutan', 'bolivia', 'bosnia', 'herzegovina', 'botswana', 'brazil', 'brunei', 'bulgaria', 'burkina', 'faso',
  'burundi', 'cambodia', 'cameroon', 'canada', 'chad', 'chile', 'china', 'colombia', 'comoros', 'congo',
  'croatia', 'cuba', 'cyprus', 'czechia', 'czech', 'denmark', 'djibouti', 'dominica',
  'ecuador', 'egypt', 'eritrea', 'estonia', 'eswatini', 'ethiopia', 'fiji', 'finland', 'france',
  'gabon', 'gambia', 'georgia', 'germany', 'ghana', 'greece', 'grenada', 'guatemala', 'guinea', 'guyana',
  'haiti', 'honduras', 'hungary', 'iceland', 'india', 'indonesia', 'iran', 'iraq', 'ireland', 'israel', 'italy',
  'jamaica', 'japan', 'jordan', 'kazakhstan', 'kenya', 'kiribati', 'korea', 'kosovo', 'kuwait', 'kyrgyzstan',
  'laos', 'latvia', 'lebanon', 'lesotho', 'liberia', 'libya', 'liechtenstein', 'lithuania', 'luxembourg',
  'madagascar', 'malawi', 'malaysia', 'maldives', 'mali', 'malta', 'mauritania', 'mauritius', 'mexico',
  'micronesia', 'moldova', 'monaco', 'mongolia', 'montenegro', 'morocco', 'mozambique', 'myanmar', 'namibia',
  'nauru', 'nepal', 'netherlands', 'nicaragua', 'niger', 'nigeria', 'norway', 'oman', 'pakistan', 'palau',
  'palestine', 'panama', 'paraguay', 'peru', 'philippines', 'poland', 'portugal', 'qatar', 'romania', 'russia',
  'rwanda', 'samoa', 'senegal', 'serbia', 'seychelles', 'singapore', 'slovakia', 'slovenia', 'somalia',
  'spain', 'sudan', 'suriname', 'sweden', 'switzerland', 'syria', 'taiwan', 'tajikistan', 'tanzania',
  'thailand', 'togo', 'tonga', 'tunisia', 'turkey', 'türkiye', 'turkiye', 'turkmenistan', 'tuvalu', 'uganda',
  'ukraine', 'uruguay', 'uzbekistan', 'vanuatu', 'venezuela', 'vietnam', 'yemen', 'zambia', 'zimbabwe', 'us',
  'u.s.', 'usa', 'u.s.a.', 'uk', 'u.k.', 'britain', 'england', 'scotland', 'wales', 'america', 'emirates',
  'uae', 'drc', 'gaza', 'kyiv', 'moscow', 'washington', 'beijing', 'brussels', 'london', 'tehran', 'damascus',
  'jerusalem', 'ankara', 'paris', 'berlin', 'tokyo', 'delhi', 'caracas', 'havana', 'pyongyang', 'seoul',
])

/** Multi-word country names, folded. */
export const COUNTRY_PHRASES = new Set([
  'united states', 'united states of america', 'united kingdom', 'russian federation', 'south africa',
  'south korea', 'north korea', 'south sudan', 'saudi arabia', 'new zealand', 'sri lanka', 'burkina faso',
  'costa rica', 'el salvador', 'united arab emirates', 'czech republic', 'dominican republic',
  'central african republic', 'democratic republic of the congo', 'ivory coast', 'cote d ivoire',
  'bosnia and herzegovina', 'north macedonia', 'papua new guinea', 'sierra leone', 'east timor',
  'west bank', 'gaza strip', 'hong kong', 'vatican city', 'state of palestine', 'state of israel',
])

/** Demonyms and country adjectives ("Russian", "Ukrainian"); they open government-body names and are not names. */
export const DEMONYMS = new Set([
  'afghan', 'albanian', 'algerian', 'american', 'angolan', 'argentine', 'argentinian', 'armenian', 'australian',
  'austrian', 'azerbaijani', 'bangladeshi', 'belarusian', 'belarussian', 'belgian', 'bolivian', 'bosnian',
  'brazilian', 'british', 'bulgarian', 'burmese', 'cambodian', 'cameroonian', 'canadian', 'chadian', 'chilean',
  'chinese', 'colombian', 'congolese', 'croatian', 'cuban', 'cypriot', 'czech', 'danish', 'dutch', 'ecuadorean',
  'ecuadorian', 'egyptian', 'emirati', 'english', 'eritrean', 'estonian', 'ethiopian', 'european', 'filipino',
  'finnish', 'french', 'georgian', 'german', 'ghanaian', 'greek', 'guatemalan', 'haitian', 'honduran',
  'hungarian', 'icelandic', 'indian', 'indonesian', 'iranian', 'iraqi', 'irish', 'israeli', 'italian',
  'jamaican', 'japanese', 'jordanian', 'kazakh', 'kenyan', 'korean', 'kosovan', 'kuwaiti', 'kyrgyz', 'lao',
  'latvian', 'lebanese', 'liberian', 'libyan', 'lithuanian', 'malaysian', 'malian', 'maltese', 'mexican',
  'moldovan', 'mongolian', 'moroccan', 'mozambican', 'namibian', 'nepalese', 'nicaraguan', 'nigerian',
  'nigerien', 'norwegian', 'pakistani', 'palestinian', 'panamanian', 'paraguayan', 'peruvian', 'polish',
  'portuguese', 'qatari', 'romanian', 'russian', 'rwandan', 'saudi', 'scottish', 'senegalese', 'serbian',
  'singaporean', 'slovak', 'slovenian', 'somali', 'spanish', 'sudanese', 'swedish', 'swiss', 'syrian',
  'taiwanese', 'tajik', 'tanzanian', 'thai', 'tunisian', 'turkish', 'turkmen', 'ugandan', 'ukrainian',
  'uruguayan', 'uzbek', 'venezuelan', 'vietnamese', 'welsh', 'yemeni', 'zambian', 'zimbabwean', 'arab',
  'african', 'asian', 'latin', 'western', 'eastern', 'soviet', 'kurdish', 'jewish', 'muslim', 'christian',
  'islamic', 'catholic', 'sunni', 'shia', 'shiite', 'israelis', 'palestinians', 'ukrainians', 'russians',
  'americans', 'syrians', 'europeans', 'africans', 'belarusians', 'libyans', 'brazilians',
])

/** All-capital tokens that are not organisations: currencies, units, countries, furniture words. */
export const NOT_ACRONYMS = new Set([
  'US', 'USA', 'UK', 'UAE', 'DRC', 'DC', 'USD', 'EUR', 'GBP', 'JPY', 'CNY', 'CHF', 'RUB', 'UAH', 'AM', 'PM', 'GMT',
  'UTC', 'BST', 'CET', 'EST', 'PST', 'TV', 'OK', 'ID', 'PDF', 'URL', 'COVID', 'HIV', 'AIDS', 'GDP', 'CEO', 'CFO',
  'II', 'III', 'IV', 'VI', 'VII', 'VIII', 'IX', 'XI', 'XX', 'KM', 'KG', 'KV', 'MW', 'GW', 'KW', 'CO2', 'NB',
  'PS', 'FAQ', 'AI', 'IT', 'A', 'I', 'Q', 'Q1', 'Q2', 'Q3', 'Q4', 'MP', 'MPS', 'PR', 'LGBT', 'LGBTQ', 'DNA',
  'SMS', 'RSS', 'FP', 'HQ', 'VIP', 'SEE', 'ALSO', 'GET', 'IN', 'TOUCH', 'WATCH', 'LIVE', 'NEW', 'THE', 'AND',
  'OF', 'BY', 'ON', 'TO', 'FOR', 'RE', 'ET', 'AL', 'SUV', 'GPS', 'ATM', 'POW', 'POWS', 'IDP', 'IDPS', 'HMP',
])
