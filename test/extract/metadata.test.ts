/** Specification of header parsing: dates, datelines, bylines and headlines. */
import { describe, expect, it } from 'vitest'
import { isTitleLike, matchByline, matchDateLine, matchDateline } from '../../src/extract/metadata.js'

describe('matchDateLine', () => {
  it.each([
    ['Jan 23 2026', '2026-01-23'],
    ['Feb 24, 2026', '2026-02-24'],
    ['February 27, 2026', '2026-02-27'],
    ['27 February 2026', '2026-02-27'],
    ['2026-02-27', '2026-02-27'],
    ['Feb 27, 2026 6:40 pm', '2026-02-27'],
    ['Published On 27 Feb 2026', '2026-02-27'],
    ['Published Fri, Feb 27 2026', '2026-02-27'],
    ['Friday 27 February 2026 10.44 GMT', '2026-02-27'],
    ['Feb. 27, 2026', '2026-02-27'],
    ['February 27th, 2026', '2026-02-27'],
    ['27.02.2026', '2026-02-27'],
    ['Updated 3:45 PM EST, Fri February 27, 2026', '2026-02-27'],
    ['Jan 23 2026 (IPS)', '2026-01-23'],
  ])('reads "%s" as %s', (line, iso) => {
    expect(matchDateLine(line)?.date).toBe(iso)
  })

  it('marks an "Updated" stamp and reads the agency in brackets', () => {
    expect(matchDateLine('Updated Fri, Feb 27 2026')?.updated).toBe(true)
    expect(matchDateLine('Jan 23 2026 (IPS)')?.agency).toBe('IPS')
  })

  it.each([
    ['a date without a year', 'Aug 20', null],
    ['an impossible date', 'February 30, 2026', null],
  ])('gives no date for %s', (_label, line, iso) => {
    expect(matchDateLine(line)?.date ?? null).toBe(iso)
  })

  it.each([
    'On 21 September 2023, the court deemed the framework unconstitutional.',
    'Since Sept. 1, 2022, inspectors have been present at the plant.',
    'Mikola Dziadok',
  ])('does not take running text for a date line: "%s"', (line) => {
    expect(matchDateLine(line)).toBeNull()
  })
})

describe('matchDateline', () => {
  it.each([
    ['UNITED NATIONS, Jan 23 2026 (IPS)', 'UNITED NATIONS', '2026-01-23', 'IPS'],
    ['RIO DE JANEIRO, Aug 20 (IPS) - A never-ending battle threatens', 'RIO DE JANEIRO', null, 'IPS'],
    ['GENEVA (Reuters) - The agency said', 'GENEVA', null, 'Reuters'],
    ['KYIV, Ukraine (AP) — Officials said', 'KYIV', null, 'AP'],
    ['Geneva, 27 February 2026 – The UN refugee agency warned', 'Geneva', '2026-02-27', null],
    ['ALBANY, N.Y. (AP) New York lawmakers began voting', 'ALBANY, N.Y.', null, 'AP'],
  ])('reads "%s"', (line, place, date, agency) => {
    expect(matchDateline(line)).toMatchObject({ place, date, agency })
  })

  it('needs an agency to read a dateline without a dash ("WASHINGTON The …" is no dateline)', () => {
    expect(matchDateline('WASHINGTON The Senate voted on Tuesday to advance the bill.')).toBeNull()
    const line = 'ALBANY, N.Y. (AP) New York lawmakers began voting'
    expect(line.slice(matchDateline(line)?.length ?? 0)).toBe('New York lawmakers began voting')
  })

  it('measures the prefix so the paragraph starts after the dash', () => {
    const line = 'RIO DE JANEIRO, Aug 20 (IPS) - A never-ending battle'
    const info = matchDateline(line)
    expect(line.slice(info?.length ?? 0)).toBe('A never-ending battle')
  })

  it.each([
    'UN News: You warned that the renewed scramble for Libya is rendering a solution elusive.',
    'The UN on Thursday condemned the latest attacks.',
    'Monday, 27 February 2026, was a quiet day.',
  ])('does not take running text for a dateline: "%s"', (line) => {
    expect(matchDateline(line)).toBeNull()
  })
})

describe('matchByline', () => {
  it.each([
    ['By Oritro Karim', 'Oritro Karim', null],
    ['By CIVICUS', 'CIVICUS', null],
    ['by Anadolu Agency', 'Anadolu Agency', 'Anadolu Agency'],
    ['Maria KOSTENKO with Vadym TOMASHEVSKY in Irpin AFP', 'Maria KOSTENKO with Vadym TOMASHEVSKY', 'AFP'],
    ['By Jane Smith, BBC News, Kyiv', 'Jane Smith', null],
    ['By Jane Smith and John Doe', 'Jane Smith and John Doe', null],
    ['Written by Ursula von der Leyen', 'Ursula von der Leyen', null],
  ])('reads "%s" as %s', (line, byline, agency) => {
    expect(matchByline(line)).toEqual({ byline, agency })
  })

  it.each([
    'By 2020, Belarus had already lived through five fraudulent elections.',
    'By that time, I had around 17 years of experience in the movement.',
    'By the numbers',
    'Byron Smith',
    'Henry NICHOLLS',
  ])('is not fooled by "%s"', (line) => {
    expect(matchByline(line)).toBeNull()
  })
})

describe('isTitleLike', () => {
  it.each([
    ['a wire headline', 'Zelensky says Ukraine unbroken after 4 years, but Russia vows to fight on', true],
    ['a headline with a colon', 'Cease-fire agreed near Zaporizhzhia for power repairs: IAEA', true],
    ['a one-line paragraph ending in a period', 'The minister resigned on Friday after the vote.', false],
    ['a quotation ending in a closing quote', 'He said it was “the war remains a stain on our conscience.”', false],
    ['a section label', 'Russia-Ukraine war', false],
    ['a tag in capitals', 'NUCLEAR POWER PLANT', false],
    ['an interview question marker', 'Q: Why were you arrested', false],
    ['a title-case headline of two sentences', 'A Federal Judge Just Killed the $100,000 H-1B Fee. Every Indian Worker in America Should Read the Fine Print.', true],
    ['a sentence with a few names in it', 'The Health Ministry said Kathmandu Valley recorded more infections.', false],
  ])('%s → %s', (_label, line, expected) => {
    expect(isTitleLike(line)).toBe(expected)
  })
})
