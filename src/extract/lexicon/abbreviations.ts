/** Word tables for sentence and date parsing: abbreviations that a period does not end, month and weekday names. */

/** Titles and other abbreviations that are followed by a name or a number, so their period never ends a sentence. */
export const NON_TERMINAL_ABBREVIATIONS: readonly string[] = [
  'mr', 'mrs', 'ms', 'mx', 'dr', 'prof', 'st', 'ste', 'mt', 'ft', 'gen', 'lt', 'col', 'maj', 'capt', 'cpt', 'cmdr',
  'cdr', 'adm', 'sgt', 'cpl', 'pvt', 'brig', 'rep', 'reps', 'sen', 'sens', 'gov', 'pres', 'rev', 'hon', 'fr', 'sr',
  'jr', 'messrs', 'vs', 'v', 'approx', 'dept', 'univ', 'assn', 'e.g', 'i.e', 'cf', 'al', 'gov’t',
]

/** Abbreviations whose period ends no sentence when a number follows ("No. 5", "p. 12"), but may otherwise ("said no."). */
export const NUMBER_ABBREVIATIONS: readonly string[] = [
  'no', 'nos', 'vol', 'vols', 'art', 'arts', 'para', 'paras', 'fig', 'figs', 'p', 'pp', 'ch', 'sec', 'ca', 'c', 'op', 'ref', 'res',
]

/** Abbreviations that may end a sentence but usually do not ("Inc.", "etc."): they end one only before a common sentence opener. */
export const AMBIGUOUS_ABBREVIATIONS: readonly string[] = ['inc', 'ltd', 'co', 'corp', 'plc', 'llc', 'bros', 'etc', 'dist']

/** Month names and their abbreviations, lower-cased, mapped to the month number. */
export const MONTHS: Readonly<Record<string, number>> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
  july: 7, jul: 7, august: 8, aug: 8, september: 9, sep: 9, sept: 9, october: 10, oct: 10, november: 11, nov: 11,
  december: 12, dec: 12,
}

/** Weekday names and abbreviations, lower-cased. */
export const WEEKDAYS: readonly string[] = [
  'monday', 'mon', 'tuesday', 'tue', 'tues', 'wednesday', 'wed', 'thursday', 'thu', 'thur', 'thurs', 'friday', 'fri',
  'saturday', 'sat', 'sunday', 'sun',
]

/** Words that commonly open a sentence: after "U.S." or "Inc." they show the period did end the sentence. */
export const SENTENCE_OPENERS: readonly string[] = [
  'the', 'a', 'an', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'this', 'that', 'these', 'those', 'there', 'but',
  'and', 'or', 'so', 'yet', 'in', 'on', 'at', 'as', 'if', 'when', 'while', 'after', 'before', 'since', 'however',
  'meanwhile', 'his', 'her', 'its', 'their', 'our', 'my', 'some', 'many', 'most', 'all', 'no', 'one', 'what', 'why',
  'how', 'who', 'where', 'according', 'officials', 'last', 'earlier', 'later', 'also', 'still', 'both', 'such',
]
