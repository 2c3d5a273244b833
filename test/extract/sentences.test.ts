/** Specification of sentence splitting: abbreviations, initials, decimals, ellipses, quotes and paragraph breaks. */
import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { splitSentences } from '../../src/extract/sentences.js'
import { splitArticles } from '../../src/extract/split.js'

const sentences = (body: string): string[] => splitSentences(body).map((s) => body.slice(s.start, s.end))
const fixtureDir = new URL('../fixtures/', import.meta.url)
const fixtureBodies = readdirSync(fixtureDir)
  .filter((f) => f.endsWith('.txt'))
  .flatMap((f) => splitArticles(readFileSync(new URL(f, fixtureDir), 'utf8')).map((a) => [f, a.body] as const))

describe('splitSentences', () => {
  it.each([
    ['two plain sentences', 'The UN met. It voted.', ['The UN met.', 'It voted.']],
    ['titles', 'Mr. Dujarric met Ms. Pope and Dr. Grossi. They spoke.', ['Mr. Dujarric met Ms. Pope and Dr. Grossi.', 'They spoke.']],
    ['dotted acronyms before a name or noun', 'U.S. forces and U.N. officials met. Talks ended.', ['U.S. forces and U.N. officials met.', 'Talks ended.']],
    ['a dotted acronym ending a sentence', 'The troops left the U.S. The base stays.', ['The troops left the U.S.', 'The base stays.']],
    ['months and numbers', 'It was published Oct. 25 as No. 10 in St. Petersburg. Next.', ['It was published Oct. 25 as No. 10 in St. Petersburg.', 'Next.']],
    ['initials', 'John T. Smith said so. He left.', ['John T. Smith said so.', 'He left.']],
    ['decimals', 'Some 3.7 million people fled. Many returned.', ['Some 3.7 million people fled.', 'Many returned.']],
    ['an ellipsis inside a sentence', 'We will ask... the court to act. Then we wait.', ['We will ask... the court to act.', 'Then we wait.']],
    ['an ellipsis ending a sentence', 'And then… Nothing happened.', ['And then…', 'Nothing happened.']],
    ['question and exclamation marks', 'Why now? Because! It is time.', ['Why now?', 'Because!', 'It is time.']],
    ['a question inside a quote', '“Why?” he asked. Nobody answered.', ['“Why?” he asked.', 'Nobody answered.']],
    [
      'a quote closed after its comma and attribution',
      '“They can only be described as cruel. They must stop,” said Schmale. “We need peace.”',
      ['“They can only be described as cruel.', 'They must stop,” said Schmale.', '“We need peace.”'],
    ],
    ['a closing curly quote after the period', 'She said: “It is over.” He agreed.', ['She said: “It is over.”', 'He agreed.']],
    ['straight quotes', 'He said "We want peace." They left.', ['He said "We want peace."', 'They left.']],
    ['a company abbreviation before a sentence opener', 'He works at Acme Inc. The firm grew.', ['He works at Acme Inc.', 'The firm grew.']],
    ['no final punctuation', 'A heading without a period', ['A heading without a period']],
  ])('handles %s', (_label, body, expected) => {
    expect(sentences(body)).toEqual(expected)
  })

  it('starts a sentence that opens with a quote and ends with ",” said X." as ONE sentence', () => {
    const body = '“The increase represents a marked deterioration in the protection of civilians,” said Danielle Bell, head of HRMMU.'
    expect(sentences(body)).toEqual([body])
  })

  it('never lets a sentence cross a paragraph break', () => {
    expect(sentences('A first line without a period\nSecond paragraph. Third sentence.\n\nLast one')).toEqual([
      'A first line without a period',
      'Second paragraph.',
      'Third sentence.',
      'Last one',
    ])
  })

  it.each(fixtureBodies)('gives trimmed, ordered spans inside the body of %s', (_file, body) => {
    let last = 0
    for (const s of splitSentences(body)) {
      const text = body.slice(s.start, s.end)
      expect(s.start).toBeGreaterThanOrEqual(last)
      expect(s.end).toBeLessThanOrEqual(body.length)
      expect(text.length).toBeGreaterThan(0)
      expect(text).toBe(text.trim())
      expect(text).not.toContain('\n')
      last = s.end
    }
  })

  it.each([
    ['empty text', ''],
    ['only blanks', '  \n \n '],
    ['only marks', '. . . ! ? …'],
    ['1 MB of dots and spaces', '. '.repeat(500_000)],
    ['1 MB without spaces', 'a.b'.repeat(350_000)],
    ['1 MB of abbreviations', 'Mr. U.S. No. 5 Jan. '.repeat(50_000)],
  ])('does not throw and stays fast on %s', (_label, body) => {
    const started = performance.now()
    const spans = splitSentences(body)
    expect(performance.now() - started).toBeLessThan(3000)
    for (const s of spans) expect(body.slice(s.start, s.end)).toBe(body.slice(s.start, s.end).trim())
  })
})
