/** Word tables for units: currencies, percentages, durations and measures, mapped to canonical unit names. */

/** Currency marks written before a number ("$5m", "£3bn", "USD 2.3 billion"). */
export const CURRENCY_PREFIXES: Readonly<Record<string, string>> = {
  $: 'USD', usd: 'USD', 'us$': 'USD', us: 'USD',
  '£': 'GBP', gbp: 'GBP',
  '€': 'EUR', eur: 'EUR',
  '¥': 'JPY', jpy: 'JPY',
  '₹': 'INR', inr: 'INR', rs: 'INR',
  chf: 'CHF', cad: 'CAD', 'c$': 'CAD', aud: 'AUD', 'a$': 'AUD', nzd: 'NZD', cny: 'CNY', rmb: 'CNY',
  'r$': 'BRL', brl: 'BRL', rub: 'RUB', '₽': 'RUB', uah: 'UAH', '₴': 'UAH', try: 'TRY', '₺': 'TRY',
  zar: 'ZAR', ngn: 'NGN', '₦': 'NGN', kes: 'KES',
}

/** Currency codes that are also ordinary words, so they only count glued to "$" or before a digit. */
export const AMBIGUOUS_CURRENCY_PREFIXES: ReadonlySet<string> = new Set(['us', 'try', 'rs'])

/** Currency names written after a number ("40 million euros"). */
export const CURRENCY_WORDS: Readonly<Record<string, string>> = {
  dollar: 'USD', dollars: 'USD', euro: 'EUR', euros: 'EUR', yen: 'JPY', yuan: 'CNY',
  renminbi: 'CNY', rupee: 'INR', rupees: 'INR', rouble: 'RUB', roubles: 'RUB', ruble: 'RUB',
  rubles: 'RUB', hryvnia: 'UAH', hryvnias: 'UAH', francs: 'CHF', reais: 'BRL', real: 'BRL',
  lira: 'TRY', rand: 'ZAR', naira: 'NGN', shillings: 'KES', sterling: 'GBP',
}

/** Words after "US"/"Canadian" etc. that qualify a currency word ("US dollars"). */
export const CURRENCY_ADJECTIVES: Readonly<Record<string, string>> = {
  us: 'USD', 'u.s.': 'USD', american: 'USD', canadian: 'CAD', australian: 'AUD', hong: 'HKD', swiss: 'CHF',
}

/** Percentage marks after a number. Multi-word forms are matched token by token. */
export const PERCENT_FORMS: readonly (readonly string[])[] = [
  ['%'], ['percent'], ['per', 'cent'], ['pc'], ['percentage', 'points'], ['percentage', 'point'],
]

/** Unit names for the two-word percent-point form, which is not a share. */
export const PERCENT_POINT_UNIT = 'percentage points'

/** Time units; "decade" is read as ten years because that is how durations are compared. */
export const DURATION_UNITS: Readonly<Record<string, { unit: string; factor: number }>> = {
  year: { unit: 'years', factor: 1 }, years: { unit: 'years', factor: 1 },
  yr: { unit: 'years', factor: 1 }, yrs: { unit: 'years', factor: 1 },
  decade: { unit: 'years', factor: 10 }, decades: { unit: 'years', factor: 10 },
  century: { unit: 'years', factor: 100 }, centuries: { unit: 'years', factor: 100 },
  month: { unit: 'months', factor: 1 }, months: { unit: 'months', factor: 1 },
  week: { unit: 'weeks', factor: 1 }, weeks: { unit: 'weeks', factor: 1 },
  day: { unit: 'days', factor: 1 }, days: { unit: 'days', factor: 1 },
  hour: { unit: 'hours', factor: 1 }, hours: { unit: 'hours', factor: 1 },
  minute: { unit: 'minutes', factor: 1 }, minutes: { unit: 'minutes', factor: 1 },
  second: { unit: 'seconds', factor: 1 }, seconds: { unit: 'seconds', factor: 1 },
}

/**
 * Measures after a number, longest form first where one is a prefix of another.
 * Keys are token sequences joined by a space, lower-cased.
 */
export const MEASURE_UNITS: Readonly<Record<string, string>> = {
  'square kilometres': 'km2', 'square kilometers': 'km2', 'square kilometre': 'km2',
  'square kilometer': 'km2', 'sq km': 'km2', km2: 'km2', 'km²': 'km2', 'sq kms': 'km2',
  'square miles': 'square miles', 'square mile': 'square miles', 'sq miles': 'square miles',
  'square metres': 'm2', 'square meters': 'm2', 'sq m': 'm2', m2: 'm2',
  kilometres: 'km', kilometers: 'km', kilometre: 'km', kilometer: 'km', km: 'km', kms: 'km',
  miles: 'miles', mile: 'miles', metres: 'metres', meters: 'metres', metre: 'metres',
  meter: 'metres', feet: 'feet', foot: 'feet', ft: 'feet', centimetres: 'cm', cm: 'cm',
  millimetres: 'mm', mm: 'mm', inches: 'inches',
  hectares: 'hectares', hectare: 'hectares', ha: 'hectares', acres: 'acres', acre: 'acres',
  tonnes: 'tonnes', tonne: 'tonnes', tons: 'tonnes', ton: 'tonnes', 'metric tons': 'tonnes',
  kilograms: 'kg', kilogrammes: 'kg', kilogram: 'kg', kg: 'kg', kilos: 'kg', grams: 'g', g: 'g',
  pounds: 'pounds', lb: 'pounds', lbs: 'pounds', ounces: 'ounces',
  litres: 'litres', liters: 'litres', litre: 'litres', gallons: 'gallons',
  'cubic metres': 'm3', 'cubic meters': 'm3', barrels: 'barrels', barrel: 'barrels', bpd: 'barrels per day',
  kilovolt: 'kV', kilovolts: 'kV', kv: 'kV', megawatts: 'MW', megawatt: 'MW', mw: 'MW',
  gigawatts: 'GW', gigawatt: 'GW', gw: 'GW', kwh: 'kWh', mwh: 'MWh', twh: 'TWh', volts: 'V',
  degrees: 'degrees', celsius: 'degrees', calories: 'calories',
  times: 'times', fold: 'times',
}

/** Short measure symbols that are only units when glued to the digits ("1,200km", "400sq"). */
export const GLUED_ONLY_UNITS: ReadonlySet<string> = new Set(['g', 'ha', 'ft', 'sq m', 'm2'])

/** What a measure unit measures, named when the sentence gives no noun for it ("1,150kg" → "weight"). */
export const UNIT_DIMENSIONS: Readonly<Record<string, string>> = {
  kg: 'weight', g: 'weight', tonnes: 'weight', pounds: 'weight', ounces: 'weight',
  km: 'distance', miles: 'distance', metres: 'distance', feet: 'distance', cm: 'distance', mm: 'distance', inches: 'distance',
  km2: 'area', 'square miles': 'area', m2: 'area', hectares: 'area', acres: 'area',
  litres: 'volume', gallons: 'volume', m3: 'volume',
}
