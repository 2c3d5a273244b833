/** Word tables for reading numbers written in words: cardinals, scales, vague amounts, fractions, months. */

/** Cardinal words below one hundred that stand alone or start a compound ("twenty-five"). */
export const SMALL_NUMBERS: Readonly<Record<string, number>> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16,
  seventeen: 17, eighteen: 18, nineteen: 19,
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
}

/** Multipliers after a number ("3.7 million", "$5bn", "40k"); "hundred" only multiplies what precedes it. */
export const SCALES: Readonly<Record<string, number>> = {
  hundred: 100,
  thousand: 1e3, k: 1e3,
  million: 1e6, m: 1e6, mn: 1e6, mln: 1e6,
  billion: 1e9, bn: 1e9, b: 1e9,
  trillion: 1e12, tn: 1e12, trn: 1e12,
  // South Asian scales: a lakh is 100,000, a crore 10 million
  lakh: 1e5, lakhs: 1e5, lac: 1e5, lacs: 1e5, crore: 1e7, crores: 1e7,
}

/** Abbreviated scales that need a currency or a glued digit to mean a multiplier ("$5m", "5bn"). */
export const SHORT_SCALES: ReadonlySet<string> = new Set(['k', 'm', 'mn', 'mln', 'bn', 'b', 'tn', 'trn'])

/** Words that count in units of their own: "a dozen", "two dozen". */
export const GROUP_WORDS: Readonly<Record<string, number>> = { dozen: 12 }

/**
 * Plural amounts with no exact figure ("dozens", "thousands"); the annotation convention records
 * them as twice the base, so these are the bases.
 */
export const VAGUE_AMOUNTS: Readonly<Record<string, number>> = {
  dozens: 12, hundreds: 100, thousands: 1e3, millions: 1e6, billions: 1e9,
}

/** "tens of thousands", "hundreds of millions": the first word multiplies the second. */
export const VAGUE_MULTIPLIERS: Readonly<Record<string, number>> = { tens: 10, hundreds: 100 }

/** Fraction denominators, singular and plural ("a third", "two-thirds", "four-fifths"). */
export const FRACTIONS: Readonly<Record<string, number>> = {
  half: 2, halves: 2, third: 3, thirds: 3, quarter: 4, quarters: 4, fourth: 4, fourths: 4,
  fifth: 5, fifths: 5, sixth: 6, sixths: 6, seventh: 7, sevenths: 7, eighth: 8, eighths: 8,
  ninth: 9, ninths: 9, tenth: 10, tenths: 10,
}

/** Month names and their abbreviations; numbers next to them are dates, not counts. */
export const MONTHS: ReadonlySet<string> = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october',
  'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct',
  'nov', 'dec',
])

/** Day names: "Monday 12" style date references. */
export const WEEKDAYS: ReadonlySet<string> = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
])

/** Ordinal suffixes glued to digits ("21st", "3rd"); such numbers are positions, not amounts. */
export const ORDINAL_SUFFIXES: ReadonlySet<string> = new Set(['st', 'nd', 'rd', 'th'])
