/** Word tables for finding people: honorifics, job titles, name particles and capitalised words that are never names. */

/** Courtesy and rank abbreviations written before a name ("Ms Persson", "Cmdr. Sean Robertson"). */
export const HONORIFICS = new Set([
  'mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'professor', 'sir', 'dame', 'lord', 'lady', 'rev', 'reverend',
  'father', 'sister', 'brother', 'sheikh', 'sheik', 'imam', 'rabbi', 'cmdr', 'commander', 'gen', 'general', 'lt',
  'col', 'colonel', 'maj', 'major', 'capt', 'captain', 'sgt', 'sergeant', 'adm', 'admiral', 'judge', 'justice',
  'senator', 'sen', 'rep', 'gov', 'governor', 'mayor', 'president', 'king', 'queen', 'prince', 'princess',
  'emir', 'pope', 'cardinal', 'bishop', 'archbishop', 'marshal', 'ambassador', 'minister', 'chancellor',
  'premier', 'chairman', 'chairwoman', 'chair', 'speaker', 'secretary', 'director', 'detective', 'inspector',
  'officer', 'constable', 'chief', 'deputy', 'vice', 'spokesperson', 'spokesman', 'spokeswoman', 'envoy',
  'coordinator', 'representative', 'commissioner', 'advocate', 'attorney', 'prosecutor', 'lawyer', 'analyst',
])

/** Honorifics that tell the gender, used to resolve "he" and "she". */
export const MALE_HONORIFICS = new Set(['mr', 'sir', 'lord', 'father', 'brother', 'king', 'prince', 'sheikh', 'sheik', 'emir', 'pope'])
export const FEMALE_HONORIFICS = new Set(['mrs', 'ms', 'miss', 'dame', 'lady', 'sister', 'queen', 'princess'])

/**
 * Capitalised words that belong to a title before a name ("Under-Secretary-General",
 * "Special Representative", "Human Rights Chief"); a run of them is a role, not a name.
 */
export const TITLE_WORDS = new Set([
  ...HONORIFICS,
  'prime', 'foreign', 'defence', 'defense', 'interior', 'finance', 'home', 'health', 'justice', 'state', 'special',
  'high', 'senior', 'executive', 'managing', 'assistant', 'associate', 'acting', 'interim', 'former', 'first',
  'lady', 'supreme', 'leader', 'head', 'founder', 'co-founder', 'editor', 'editor-in-chief', 'correspondent',
  'reporter', 'humanitarian', 'human', 'rights', 'resident', 'permanent', 'under-secretary-general',
  'secretary-general', 'director-general', 'deputy', 'minister', 'ministers', 'chiefs', 'un', 'u.n.', 'eu',
  'public', 'prosecution', 'political', 'affairs', 'opposition', 'military', 'army', 'navy', 'air', 'force',
  'staff', 'national', 'security', 'adviser', 'advisor', 'economy', 'trade', 'energy', 'environment', 'labour',
  'education', 'culture', 'communications', 'information', 'mission', 'operations', 'ceo', 'cfo', 'coo', 'cto',
  'founding', 'partner', 'professor', 'expert', 'nobel', 'laureate', 'official', 'activist', 'journalist',
  'correspondent', 'economist', 'diplomat', 'negotiator', 'agency', 'general', 'chief', 'president-elect',
  'vice-president', 'crown', 'majority', 'minority', 'whip', 'house', 'white', 'cabinet', 'of', 'for', 'the',
])

/** Lower-case role nouns that may stand right before a name ("missile expert Fabian Hoffman"). */
export const ROLE_NOUNS = new Set([
  'president', 'minister', 'spokesman', 'spokeswoman', 'spokesperson', 'adviser', 'advisor', 'expert', 'analyst',
  'lawyer', 'activist', 'journalist', 'blogger', 'director', 'chief', 'head', 'leader', 'figure', 'laureate',
  'correspondent', 'reporter', 'editor', 'editor-in-chief', 'founder', 'co-founder', 'secretary', 'envoy',
  'ambassador', 'official', 'officer', 'commander', 'general', 'negotiator', 'premier', 'chancellor', 'economist',
  'researcher', 'professor', 'scientist', 'diplomat', 'representative', 'coordinator', 'chairman', 'chairwoman',
  'chair', 'ceo', 'executive', 'governor', 'mayor', 'senator', 'judge', 'prosecutor', 'attorney', 'chiefs',
  'manager', 'student', 'teacher', 'doctor', 'nurse', 'farmer', 'resident', 'veteran', 'priest', 'writer',
  'author', 'artist', 'singer', 'actor', 'actress', 'player', 'coach', 'candidate', 'politician', 'lawmaker',
  'legislator', 'mp', 'member', 'fellow', 'administrator', 'consultant', 'specialist', 'organiser', 'organizer', 'campaigner', 'defender', 'partner', 'founder', 'owner', 'designer', 'engineer', 'strategist',
])

/** Lower-case particles inside a full name ("Ursula von der Leyen", "Luiz Inácio Lula da Silva"). */
export const NAME_PARTICLES = new Set([
  'von', 'van', 'der', 'den', 'de', 'da', 'das', 'do', 'dos', 'du', 'di', 'del', 'della', 'la', 'le', 'al', 'el',
  'bin', 'ibn', 'bint', 'ben', 'abu', 'ter', 'ten', 'y', 'st',
])

export const MONTHS = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november',
  'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
])

export const WEEKDAYS = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
])

/**
 * Capitalised words that are never part of a person's name: function words that open
 * sentences, pronouns, places and event words. Countries and demonyms live in lexicon/organisations.ts.
 */
export const NOT_NAME_WORDS = new Set([
  'the', 'a', 'an', 'and', 'or', 'but', 'if', 'in', 'on', 'at', 'to', 'for', 'from', 'by', 'with', 'of', 'as',
  'after', 'before', 'during', 'since', 'until', 'while', 'when', 'where', 'what', 'why', 'how', 'who', 'which',
  'this', 'that', 'these', 'those', 'there', 'here', 'it', 'its', 'he', 'she', 'they', 'we', 'i', 'you', 'his',
  'her', 'their', 'our', 'my', 'your', 'some', 'many', 'most', 'all', 'any', 'each', 'every', 'no', 'not',
  'also', 'however', 'meanwhile', 'moreover', 'furthermore', 'despite', 'although', 'though', 'amid', 'among',
  'according', 'additional', 'additionally', 'last', 'next', 'first', 'second', 'third', 'new', 'old', 'north',
  'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central', 'world', 'war', 'day',
  'today', 'yesterday', 'tomorrow', 'tonight', 'so', 'then', 'now', 'yet', 'still', 'both', 'either', 'neither',
  'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'earlier', 'later', 'once',
  'other', 'others', 'another', 'such', 'only', 'even', 'just', 'more', 'less', 'several', 'few', 'about',
  'over', 'under', 'above', 'below', 'into', 'through', 'across', 'against', 'between', 'without', 'within',
  'photo', 'credit', 'file', 'image', 'video', 'watch', 'read', 'share', 'follow', 'click', 'see', 'also',
  'related', 'advertisement', 'updated', 'published', 'edited', 'listen', 'key', 'points', 'profile',
  'timeline', 'square', 'street', 'avenue', 'road', 'river', 'sea', 'ocean', 'gulf', 'bay', 'island', 'islands',
  'mountain', 'mountains', 'valley', 'region', 'province', 'state', 'city', 'town', 'village', 'district',
  'county', 'plant', 'station', 'camp', 'airport', 'port', 'bridge', 'gap', 'route', 'border', 'strip', 'bank',
  'coast', 'desert', 'lake', 'hill', 'hills', 'park', 'palace', 'hall', 'tower', 'building', 'prison', 'jail',
  'hospital', 'school', 'church', 'mosque', 'cathedral', 'temple', 'museum', 'stadium', 'hotel', 'square',
  'pipeline', 'factory', 'highway', 'oblast', 'oblasts', 'covid', 'covid-19', 'internet', 'god', 'allah',
  'christmas', 'easter', 'ramadan', 'eid', 'amendment', 'constitution', 'charter', 'act', 'law', 'bill',
  'treaty', 'accord', 'agreement', 'resolution', 'plan', 'report', 'census', 'index', 'cup', 'games',
  'olympics', 'championship', 'prize', 'award', 'summit', 'conference', 'forum', 'initiative', 'programme',
  'program', 'project', 'fund', 'news', 'brief', 'interview', 'lens', 'website', 'facebook', 'twitter',
  'instagram', 'whatsapp', 'telegram', 'youtube', 'tiktok', 'google', 'email', 'print', 'save', 'copy',
  'mediterranean', 'atlantic', 'pacific', 'arctic', 'sahel', 'balkans', 'caucasus', 'middle', 'far', 'great',
  'upper', 'lower', 'greater', 'little', 'san', 'santa', 'saint', 'los', 'las', 'rio', 'mount', 'lake', 'cape',
  'fort', 'port', 'new', 'kyiv', 'moscow', 'london', 'paris', 'berlin', 'brussels', 'geneva', 'washington',
  'beijing', 'tokyo', 'delhi', 'jerusalem', 'gaza', 'damascus', 'baghdad', 'tehran', 'kabul', 'cairo',
  'nairobi', 'york', 'dhabi', 'dubai', 'doha', 'riyadh', 'ankara', 'istanbul', 'rome', 'madrid', 'vienna',
  'warsaw', 'minsk', 'tripoli', 'khartoum', 'brasilia', 'janeiro', 'paulo', 'stockholm', 'oslo', 'helsinki',
  'copenhagen', 'amsterdam', 'hague', 'lisbon', 'athens', 'budapest', 'prague', 'bucharest', 'sofia', 'belgrade',
  'zagreb', 'odesa', 'odessa', 'kharkiv', 'dnipro', 'lviv', 'zaporizhzhia', 'bucha', 'irpin', 'crimea',
  'donbas', 'donetsk', 'luhansk', 'kherson', 'mariupol', 'homs', 'aleppo', 'idlib', 'mosul', 'beirut', 'amman',
  'ramallah', 'sanaa', 'aden', 'mogadishu', 'addis', 'ababa', 'lagos', 'abuja', 'accra', 'dakar', 'johannesburg',
  'sydney', 'melbourne', 'toronto', 'ottawa', 'chicago', 'angeles', 'francisco', 'mumbai', 'karachi', 'islamabad',
  'lahore', 'dhaka', 'jakarta', 'manila', 'bangkok', 'hanoi', 'seoul', 'pyongyang', 'taipei', 'singapore',
  'hong', 'kong', 'shanghai', 'mexico', 'bogota', 'lima', 'santiago', 'buenos', 'aires', 'caracas', 'havana',
  'africa', 'asia', 'europe', 'america', 'americas', 'oceania', 'antarctica', 'latin', 'caribbean',
  'internationally', 'nationally', 'politics', 'business', 'sport', 'sports', 'opinion', 'analysis', 'live',
  'member', 'members', 'states', 'nations', 'breaking', 'latest', 'headlines', 'home', 'menu', 'search', 'sign', 'login', 'subscribe', 'newsletter',
])

/** Pronouns that may stand for a speaker, by the kind of entity they stand for. */
export const PERSON_PRONOUNS = new Set(['he', 'she'])
export const ORG_PRONOUNS = new Set(['it', 'they'])
