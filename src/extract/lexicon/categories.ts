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
])

/** Participles of irregular verbs, for turning "sending 90 billion" into "… sent". */
export const IRREGULAR_PARTICIPLES: Readonly<Record<string, string>> = {
  sending: 'sent', leaving: 'left', making: 'made', bringing: 'brought', holding: 'held', keeping: 'kept',
  taking: 'taken', hitting: 'hit', putting: 'put', building: 'built', finding: 'found', spending: 'spent',
  losing: 'lost', giving: 'given', seeing: 'seen', getting: 'got', selling: 'sold', buying: 'bought',
  paying: 'paid', shooting: 'shot', striking: 'struck', fleeing: 'fled', winning: 'won', meeting: 'met',
  calling: 'calling', including: 'including', housing: 'housing',
}
