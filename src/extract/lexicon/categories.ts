/** Word tables for claim categories and for the qualifiers written around a figure. */
import type { ClaimCategory, Qualifier } from '../types.js'

/** Word stems that put a counted subject in a category; checked in this order. */
export const CATEGORY_STEMS: readonly (readonly [ClaimCategory, readonly string[]])[] = [
  ['killed', ['kill', 'dead', 'death', 'died', 'die', 'dying', 'fatalit', 'murder', 'massacre', 'bodies', 'body', 'lives', 'slain', 'executed', 'drown', 'casualt', 'toll', 'missing']],
  ['injured', ['injur', 'wound', 'hurt', 'maim']],
  ['detained', ['detain', 'detention', 'arrest', 'imprison', 'prison', 'jail', 'captiv', 'hostage', 'abduct', 'kidnap', 'custody', 'sentenced', 'incarcerat']],
  ['displaced', ['displace', 'refugee', 'fled', 'flee', 'evacuat', 'asylum', 'homeless', 'uproot', 'migrant', 'returnee']],
  ['in_need', ['need', 'assistance', 'aid', 'hunger', 'hungry', 'food insecur', 'famine', 'malnourish', 'starv', 'vulnerable']],
  ['attacks', ['drone', 'missile', 'strike', 'attack', 'shell', 'rocket', 'bomb', 'airstrike', 'raid', 'assault', 'shot down', 'intercept']],
]

/** Units that decide the category on their own. */
export const UNIT_CATEGORIES: Readonly<Record<string, ClaimCategory>> = {
  percent: 'percent', 'percentage points': 'percent',
  years: 'duration', months: 'duration', weeks: 'duration', days: 'duration', hours: 'duration',
  minutes: 'duration', seconds: 'duration',
}

/**
 * Words written before a figure that hedge it, longest first within a shared start.
 * Keys are lower-case token sequences joined by a space.
 */
export const QUALIFIERS_BEFORE: readonly (readonly [string, Qualifier])[] = [
  ['no fewer than', 'at_least'], ['no less than', 'at_least'], ['a minimum of', 'at_least'],
  ['at least', 'at_least'], ['at minimum', 'at_least'],
  ['just more than', 'more_than'], ['slightly more than', 'more_than'], ['well over', 'more_than'],
  ['just over', 'more_than'], ['more than', 'more_than'], ['in excess of', 'more_than'],
  ['upwards of', 'more_than'], ['greater than', 'more_than'], ['over', 'more_than'],
  ['above', 'more_than'], ['exceeding', 'more_than'], ['exceeded', 'more_than'],
  ['just under', 'almost'], ['just below', 'almost'], ['just shy of', 'almost'],
  ['nearly', 'almost'], ['almost', 'almost'], ['close to', 'almost'], ['nigh on', 'almost'],
  ['no more than', 'up_to'], ['a maximum of', 'up_to'], ['up to', 'up_to'], ['as many as', 'up_to'],
  ['as much as', 'up_to'], ['as high as', 'up_to'], ['fewer than', 'up_to'], ['less than', 'up_to'],
  ['under', 'up_to'], ['below', 'up_to'],
  ['an estimated', 'about'], ['estimated at', 'about'], ['approximately', 'about'], ['around', 'about'],
  ['about', 'about'], ['roughly', 'about'], ['some', 'about'], ['circa', 'about'], ['approx', 'about'],
  ['an average of', 'about'], ['on average', 'about'], ['or so', 'about'],
]

/** Words written after a figure that hedge it ("90 or more", "1.5 percent or less"). */
export const QUALIFIERS_AFTER: readonly (readonly [string, Qualifier])[] = [
  ['or more', 'at_least'], ['or over', 'at_least'], ['and more', 'at_least'], ['plus', 'more_than'], ['+', 'more_than'],
  ['or less', 'up_to'], ['or fewer', 'up_to'], ['or so', 'about'],
]

/** Present and irregular past verb forms that take a count as object ("faces 18 charges", "took two years"). */
export const VERB_FORMS: ReadonlySet<string> = new Set([
  'had', 'has', 'have', 'took', 'takes', 'spent', 'spends', 'faces', 'face', 'produces', 'produce', 'houses', 'house',
  'holds', 'hold', 'held', 'saw', 'sees', 'made', 'makes', 'left', 'leaves', 'lost', 'loses', 'gave', 'gives', 'got',
  'gets', 'sent', 'sends', 'won', 'wins', 'hit', 'hits', 'struck', 'strikes', 'shot', 'found', 'finds', 'brought',
  'brings', 'kept', 'keeps', 'paid', 'pays', 'sold', 'sells', 'bought', 'buys', 'built', 'builds', 'met', 'meets',
  'drew', 'draws', 'includes', 'include', 'needs', 'need', 'hosts', 'host', 'employs', 'employ', 'counts', 'numbers',
  'contains', 'reaches', 'carries', 'carry', 'fell', 'rose', 'grew', 'went', 'killed', 'died', 'fled', 'lives', 'live',
  'remain', 'remains', 'stand', 'stands', 'owns', 'owes', 'costs', 'cost', 'puts', 'put', 'sets', 'set', 'seeks',
  'sought', 'wants', 'wanted', 'received', 'receives', 'raised', 'raises', 'requires', 'require', 'requested',
  'cut', 'cuts', 'lent', 'lends', 'bid', 'bids', 'spend', 'invest', 'invests', 'borrow', 'borrows', 'sell', 'buy',
])

/** Participles of irregular verbs, for turning "sending 90 billion" or "sends 90 billion" into "… sent". */
export const IRREGULAR_PARTICIPLES: Readonly<Record<string, string>> = {
  sending: 'sent', leaving: 'left', making: 'made', bringing: 'brought', holding: 'held', keeping: 'kept',
  taking: 'taken', hitting: 'hit', putting: 'put', building: 'built', finding: 'found', spending: 'spent',
  losing: 'lost', giving: 'given', seeing: 'seen', getting: 'got', selling: 'sold', buying: 'bought',
  paying: 'paid', shooting: 'shot', striking: 'struck', fleeing: 'fled', winning: 'won', meeting: 'met',
  seeking: 'sought', teaching: 'taught', catching: 'caught', fighting: 'fought', thinking: 'thought',
  feeding: 'fed', leading: 'led', reading: 'read', telling: 'told', cutting: 'cut', running: 'run',
  setting: 'set', letting: 'let', shutting: 'shut', splitting: 'split', quitting: 'quit', betting: 'bet',
  sitting: 'sat', spinning: 'spun', swimming: 'swum', beginning: 'begun', forgetting: 'forgotten',
  calling: 'calling', including: 'including', housing: 'housing',
  takes: 'taken', spends: 'spent', holds: 'held', sees: 'seen', makes: 'made', leaves: 'left', loses: 'lost',
  gives: 'given', gets: 'got', sends: 'sent', wins: 'won', hits: 'hit', strikes: 'struck', finds: 'found',
  brings: 'brought', keeps: 'kept', pays: 'paid', sells: 'sold', buys: 'bought', builds: 'built', meets: 'met',
  draws: 'drawn', stands: 'stood', puts: 'put', sets: 'set', seeks: 'sought', costs: 'cost', shoots: 'shot',
  flees: 'fled', owes: 'owed', lives: 'lived',
  meaning: 'meant', means: 'meant', standing: 'stood', growing: 'grown', grows: 'grown', showing: 'shown',
  shows: 'shown', choosing: 'chosen', chooses: 'chosen', driving: 'driven', drives: 'driven', writing: 'written',
  writes: 'written', speaking: 'spoken', breaking: 'broken', breaks: 'broken', stealing: 'stolen', steals: 'stolen',
  hiding: 'hidden', throwing: 'thrown', throws: 'thrown', flying: 'flown', flies: 'flown', wearing: 'worn',
  tearing: 'torn', sinking: 'sunk', feeling: 'felt', dealing: 'dealt', lending: 'lent', lends: 'lent',
  sleeping: 'slept', sweeping: 'swept', hanging: 'hung', digging: 'dug', sticking: 'stuck', binding: 'bound',
  hearing: 'heard', hears: 'heard', laying: 'laid', lays: 'laid', falling: 'fallen', falls: 'fallen',
  rising: 'risen', rises: 'risen', withdrawing: 'withdrawn', withdraws: 'withdrawn', understanding: 'understood',
  overseeing: 'overseen', oversees: 'overseen', undertaking: 'undertaken', forgiving: 'forgiven', drawing: 'drawn',
  knowing: 'known', knows: 'known', blowing: 'blown', freezing: 'frozen', shaking: 'shaken', riding: 'ridden',
}

/**
 * Opening phrases that link a sentence to the last one rather than place its figures in time or
 * space ("In fact, 21 migrants died"); they never join a subject. Lower-case token sequences.
 */
export const DISCOURSE_LEADS: ReadonlySet<string> = new Set([
  'in fact', 'in response', 'in addition', 'in total', 'in all', 'in particular', 'in contrast', 'by contrast',
  'on average', 'in general', 'in short', 'in turn', 'on the other hand', 'in other words', 'at the same time',
  'in this case', 'in that case', 'in any case', 'in practice', 'in theory', 'in sum', 'in summary', 'by comparison',
  'in comparison', 'for example', 'for instance', 'of course', 'on balance', 'in reality', 'in the end', 'at least',
  'by that time', 'by then', 'on top of that', 'in the meantime', 'in the past', 'for now', 'for its part', 'for his part', 'for her part', 'for their part',
])

/** Nouns that only announce a quantity ("a total of 1,693,535"); they never name what is counted. */
export const QUANTITY_NOUNS: ReadonlySet<string> = new Set([
  'total', 'number', 'figure', 'sum', 'tally', 'count', 'maximum', 'minimum', 'average', 'amount', 'quantity', 'tune', 'rate', 'level', 'value',
])

/** Verbs whose figure measures their grammatical subject ("the population fell to 294,131", "is estimated at 40,000"). */
export const LEVEL_VERBS = /^(is|are|was|were|be|been|stood|stands|stand|reached|reaches|totalled|totaled|totals|amounted|amounts|estimated|put|numbered|numbers|topped|tops|exceeded|exceeds|hit|hits|remained|remains|rose|rise|rises|risen|fell|fall|falls|fallen|increased|decreased|grew|grown|dropped|jumped|climbed|declined|surged|soared|plunged|plummeted|shrank|shrunk|doubled|tripled|halved)$/

/** Nouns of calendar time that end a counted noun group after "last"/"this"/"next" ("2,000 jobs last year"). */
export const TIME_NOUNS = /^(year|month|week|day|night|weekend|quarter|season|spring|summer|autumn|winter|time|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december)$/

/** Nouns right after "a-b" that make it a score or result rather than a range ("a 2-1 win", "a 38-10 lead", "a 5-4 ruling"). */
export const RESULT_NOUNS: ReadonlySet<string> = new Set([
  'win', 'wins', 'victory', 'victories', 'defeat', 'defeats', 'loss', 'losses', 'lead', 'draw', 'tie', 'scoreline',
  'record', 'series', 'margin', 'triumph', 'thrashing', 'drubbing', 'aggregate', 'decision', 'vote', 'votes',
  'majority', 'split', 'ruling', 'verdict', 'halftime', 'half-time', 'final', 'result', 'score', 'rout', 'bulge',
  'deficit', 'advantage', 'finish', 'count', 'tally',
])

/** Words before a number that give a rank or position rather than a count ("ranked 3", "seeded 5", "the top 10"). */
export const RANK_WORDS: ReadonlySet<string> = new Set(['ranked', 'rank', 'ranking', 'seeded', 'seed', 'top', 'bottom', 'placed', 'position', 'pos'])

/** Street words that make "10 Downing Street" an address. */
export const STREET_WORDS: ReadonlySet<string> = new Set([
  'street', 'st', 'avenue', 'ave', 'road', 'rd', 'boulevard', 'blvd', 'lane', 'ln', 'drive', 'dr', 'way', 'place',
  'square', 'sq', 'court', 'ct', 'terrace', 'crescent', 'highway', 'hwy', 'parkway', 'pkwy', 'plaza', 'strasse', 'straße',
])

/** Plural nouns for people, which take "who" rather than "that" in a subject phrase ("people who died"). */
export const PEOPLE_NOUNS: ReadonlySet<string> = new Set([
  'people', 'persons', 'civilians', 'migrants', 'refugees', 'children', 'women', 'men', 'adults', 'workers', 'residents',
  'soldiers', 'troops', 'fighters', 'patients', 'students', 'voters', 'employees', 'staff', 'members', 'protesters',
  'detainees', 'prisoners', 'victims', 'survivors', 'families', 'households', 'citizens', 'nationals', 'journalists',
  'officers', 'officials', 'users', 'customers', 'passengers', 'asylum-seekers', 'individuals', 'girls', 'boys', 'babies',
  'pilgrims', 'demonstrators', 'tourists', 'visitors', 'farmers', 'teachers', 'doctors', 'nurses', 'volunteers', 'players', 'fans',
])

/** Irregular simple-past verbs: after a counted noun they make a clause ("300 drones struck …"), not a participle phrase. */
export const PAST_FORMS: ReadonlySet<string> = new Set([
  'struck', 'fell', 'rose', 'grew', 'went', 'fled', 'lost', 'won', 'made', 'left', 'took', 'held', 'saw', 'gave', 'got',
  'sent', 'shot', 'found', 'brought', 'kept', 'paid', 'sold', 'bought', 'built', 'met', 'drew', 'spent', 'became', 'came',
  'ran', 'began', 'stood', 'fought', 'sought', 'slept', 'swam', 'flew', 'drove', 'rode', 'wrote', 'spoke', 'broke', 'chose',
])

/** Verbs that settle a motion by vote: the motion is their object ("adopted the resolution with 107 votes") or subject. */
export const VOTE_VERBS = /^(adopted|adopts|adopt|passed|passes|pass|approved|approves|approve|rejected|rejects|reject|backed|backs|endorsed|endorses|defeated|carried|vetoed|supported|opposed|voted)$/
