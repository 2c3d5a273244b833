/** Specification of number reading: digits, scales, words, vague amounts and fractions. */
import { describe, expect, it } from 'vitest'
import { parseNumber, readNumberAt, tokenize } from '../../src/extract/numbers.js'

describe('parseNumber', () => {
  it.each([
    ['2,514', 2514],
    ['3.7 million', 3_700_000],
    ['1,693,535', 1_693_535],
    ['nine million', 9_000_000],
    ['two and a half', 2.5],
    ['one and a half million', 1_500_000],
    ['half a million', 500_000],
    ['a dozen', 12],
    ['two dozen', 24],
    ['twenty-five', 25],
    ['one hundred and fifty', 150],
    ['two thousand five hundred', 2500],
    ['5bn', 5e9],
    ['5m', 5e6],
    ['40k', 40_000],
    ['dozens', 24],
    ['hundreds', 200],
    ['thousands', 2000],
    ['millions', 2_000_000],
    ['tens of thousands', 20_000],
    ['hundreds of thousands', 200_000],
    ['16.6 million', 16_600_000],
    ['4.1 billion', 4_100_000_000],
    ['0.3 million', 300_000],
  ])('reads "%s" as %d', (text, value) => {
    expect(parseNumber(text)).toBe(value)
  })

  it.each([
    ['two-thirds', 2 / 3],
    ['four-fifths', 0.8],
    ['three quarters', 0.75],
  ])('reads the fraction "%s" as a share of one', (text, value) => {
    expect(parseNumber(text)).toBeCloseTo(value)
  })

  it.each(['first', 'fourth', 'hello', 'a', 'the one', ''])('reads no number from "%s"', (text) => {
    expect(parseNumber(text)).toBeNull()
  })
})

describe('tokenize', () => {
  it('keeps offsets so every token slices back out of the text', () => {
    const text = 'USD $2.3 billion, 31 per cent — U.S. troops; “quoted” 1,200km'
    for (const t of tokenize(text)) expect(text.slice(t.start, t.end)).toBe(t.text)
  })

  it('marks tokens that follow a line break', () => {
    const toks = tokenize('one\ntwo three')
    expect(toks.map((t) => t.afterBreak)).toEqual([true, true, false])
  })

  it.each([
    ['an ASCII word', 'Kyiv', 'word'],
    ['a word with accents', 'Ubá', 'word'],
    ['a word in another script', 'Київ', 'word'],
    ['digits', '2,514', 'digits'],
    ['an ASCII mark', '%', 'punct'],
    ['a typographic dash', '—', 'punct'],
  ])('reads %s as a %s token', (_label, text, kind) => {
    expect(tokenize(text)[0]?.kind).toBe(kind)
  })

  it('straightens curly apostrophes in the lower-case form only', () => {
    const [t] = tokenize('Ukraine’s')
    expect(t).toMatchObject({ text: 'Ukraine’s', lower: "ukraine's" })
  })

  it('reads no number from a word that cannot start one', () => {
    expect(readNumberAt(tokenize('drones launched'), 0)).toBeNull()
  })

  it('reads a figure from the middle of a token stream', () => {
    const toks = tokenize('they freed 3.7 million people')
    const r = readNumberAt(toks, 2)
    expect(r).toMatchObject({ value: 3_700_000, from: 2, to: 4, form: 'digits', scaled: true })
  })
})
