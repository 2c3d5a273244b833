/**
 * The tokenizers are hand-written scanners for speed; their regexes stay the definition. Whatever the text,
 * a scanner finds exactly the regex's tokens.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { tokenize as entityTokens, tokenizeByRegex } from '../../src/extract/entities.js'
import { tokenize as numberTokens, tokenSpansByRegex } from '../../src/extract/numbers.js'
import { splitArticles } from '../../src/extract/split.js'

const FIXTURES = 'test/fixtures'
const bodies = readdirSync(FIXTURES)
  .filter((f) => f.endsWith('.txt'))
  .flatMap((f) => splitArticles(readFileSync(join(FIXTURES, f), 'utf8')).map((a) => a.body))

/** Letters of several scripts, accents as marks, digits, separators, quotes, spaces and a lone surrogate. */
const PIECES = ['a', 'Z', 'é', 'e\u0301', 'ß', 'İ', 'Ω', 'ǅ', '漢', '𝐀', '😀', '\ud800', '1', '12', '1234', ',000', '.5', 'U.', 'S.', 'Mr', 'Gen', "'", '’', 's', '-', '.', ',', ' ', '\n', '\u00a0', '\u2028']
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 24 }).map((parts) => parts.join(''))

const TRICKY = ['U.S. officials', 'U.S.A. and the U.N.', 'Zelensky’s aides', "O'Brien's", 'al-Assad', 'Mr. Smith Jr. said', '2,514 and 1,2345 and 3.7bn', 'Côte d’Ivoire', 'naïve café', 'e\u0301cole', '𝐀𝐁𝐂 𝟙𝟚', 'x\ud800y']

describe('entity tokens', () => {
  it.each(TRICKY)('finds the regex tokens in %j', (s) => {
    expect(entityTokens(s)).toEqual(tokenizeByRegex(s))
  })

  it('finds the regex tokens in every fixture body', () => {
    for (const body of bodies) expect(entityTokens(body)).toEqual(tokenizeByRegex(body))
  })

  it('finds the regex tokens in any text', () => {
    fc.assert(
      fc.property(text, (s) => {
        expect(entityTokens(s)).toEqual(tokenizeByRegex(s))
      }),
      { numRuns: 3000 }
    )
  })
})

describe('number tokens', () => {
  const spans = (s: string) => numberTokens(s).map((t) => [t.start, t.end])

  it.each(TRICKY)('finds the regex tokens in %j', (s) => {
    expect(spans(s)).toEqual(tokenSpansByRegex(s))
  })

  it('finds the regex tokens in every fixture body', () => {
    for (const body of bodies) expect(spans(body)).toEqual(tokenSpansByRegex(body))
  })

  it('finds the regex tokens in any text', () => {
    fc.assert(
      fc.property(text, (s) => {
        expect(spans(s)).toEqual(tokenSpansByRegex(s))
      }),
      { numRuns: 3000 }
    )
  })
})
