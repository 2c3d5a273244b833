/** Specification of article splitting and furniture cleaning, on copied news pages and small made-up inputs. */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { splitArticles } from '../../src/extract/split.js'

const fixture = (name: string): string => readFileSync(new URL(`../fixtures/${name}.txt`, import.meta.url), 'utf8')
const para = (words: number, seed = 'word'): string => `${Array.from({ length: words }, (_, i) => `${seed}${i}`).join(' ')}.`

describe('splitArticles on copied news pages', () => {
  it('splits the seed file into the interview and the UN Bureau report', () => {
    const [interview, report, ...rest] = splitArticles(fixture('000_b8a49620419f854f'))
    expect(rest).toHaveLength(0)
    expect(interview).toMatchObject({ index: 0, byline: 'CIVICUS', dateline: null, publishedAt: '2026-01-23', agency: 'IPS' })
    expect(interview?.body.startsWith('CIVICUS speaks with Belarusian activist')).toBe(true)
    expect(report).toMatchObject({ index: 1, byline: 'Oritro Karim', dateline: 'UNITED NATIONS', publishedAt: '2026-01-23', agency: 'IPS' })
    expect(report?.body.startsWith('Nearly four years into')).toBe(true)
  })

  it('gives the caption placed before a byline to the next article and drops it as furniture', () => {
    const [interview, report] = splitArticles(fixture('000_b8a49620419f854f'))
    expect(interview?.body).not.toMatch(/Andrii Melnyk|Credit:|SEE ALSO|GET IN TOUCH|Follow @/)
    expect(report?.body).not.toMatch(/Andrii Melnyk|Credit:/)
  })

  it('puts a question glued to the end of an answer on its own line', () => {
    const [interview] = splitArticles(fixture('000_b8a49620419f854f'))
    expect(interview?.body).toContain('remain behind bars.\nWhy were you arrested following protests in 2020?\nI was arrested')
  })

  it.each([
    ['000_b8a49620419f854f', 2],
    ['afp-zelensky-ukraine-unbroken', 1],
    ['albawaba-israeli-settlements-reaction', 1],
    ['aljazeera-ukraine-fifth-year-territory', 1],
    ['bbc-assange-sweden-investigation-dropped', 1],
    ['ips-brazil-indigenous-time-frame', 1],
    ['polygraph-rukban-al-tanf', 1],
    ['un-news-brief-ukraine-migrants-brazil', 1],
    ['un-news-interview-libya-bathily', 1],
    ['un-news-ukraine-fifth-year-general-assembly', 1],
    ['zaporizhzhia-ceasefire-dailysabah-cnbc', 2],
  ])('finds the articles of %s (%i)', (name, count) => {
    expect(splitArticles(fixture(name))).toHaveLength(count)
  })

  it('reads a wire byline with an ALL-CAPS surname and a trailing agency', () => {
    const [a] = splitArticles(fixture('afp-zelensky-ukraine-unbroken'))
    expect(a).toMatchObject({ byline: 'Maria KOSTENKO with Vadym TOMASHEVSKY', agency: 'AFP', publishedAt: '2026-02-24' })
    expect(a?.title).toMatch(/^Zelensky says Ukraine unbroken/)
    expect(a?.body).not.toMatch(/HENRY NICHOLLS|Copy article link|bur-jc|doc\.afp\.com/)
  })

  it('reads a byline on the line after a lone "By" and drops share buttons, lists and ads', () => {
    const [a] = splitArticles(fixture('aljazeera-ukraine-fifth-year-territory'))
    expect(a).toMatchObject({ byline: 'John T Psaropoulos', publishedAt: '2026-02-27' })
    expect(a?.body).not.toMatch(/Listen to this article|Recommended Stories|list 1 of 4|Advertisement|\[Al Jazeera\]|aj-logo/)
    expect(a?.body).toContain('in recent weeks, but the campaign took two years')
  })

  it('cuts a dateline glued to the first paragraph off the body', () => {
    const [a] = splitArticles(fixture('ips-brazil-indigenous-time-frame'))
    expect(a).toMatchObject({ dateline: 'RIO DE JANEIRO', publishedAt: null, agency: 'IPS' })
    expect(a?.body.startsWith('A never-ending battle')).toBe(true)
  })

  it('takes a name right under a date stamp as the byline of a blog-style page', () => {
    const [a] = splitArticles(fixture('un-news-brief-ukraine-migrants-brazil'))
    expect(a).toMatchObject({ byline: 'United Nations', publishedAt: '2026-02-27' })
    expect(a?.body).not.toMatch(/Leave a Comment|Tweet URL|platform\.twitter|Share on Reddit|© UNOCHA/)
  })

  it('splits two syndicated pages apart at the second headline', () => {
    const [first, second] = splitArticles(fixture('zaporizhzhia-ceasefire-dailysabah-cnbc'))
    expect(first).toMatchObject({ byline: 'Anadolu Agency', publishedAt: '2026-02-27', title: 'Cease-fire agreed near Zaporizhzhia for power repairs: IAEA' })
    expect(second).toMatchObject({ byline: 'Sam Meredith', publishedAt: '2026-02-27' })
    expect(second?.title).toMatch(/^Russia and Ukraine agree local truce/)
    expect(first?.body).not.toMatch(/Edited By|NUCLEAR POWER PLANT/)
  })

  it('keeps blank-line paragraph breaks and leaves an interview without metadata', () => {
    const [a] = splitArticles(fixture('un-news-interview-libya-bathily'))
    expect(a).toMatchObject({ title: null, byline: null, dateline: null, publishedAt: null })
    expect(a?.body).toContain('\n\nAbdoulaye Bathily:')
    expect(a?.body).not.toMatch(/© UNICEF/)
  })

  it('drops a pull quote that repeats the words of the paragraphs around it', () => {
    const [a] = splitArticles(fixture('un-news-interview-libya-bathily'))
    expect(a?.body).not.toContain('Libya is not a poor country; there are enough resources')
  })
})

describe('splitArticles on made-up pages', () => {
  it.each([
    ['a share-button column', 'Facebook\nTwitter\nWhatsApp\nSMS\nEmail\nPrint\nCopy article link\nSave', 'Facebook'],
    ['a "SEE ALSO" link list', 'SEE ALSO\nAnother story about something else\nA third story headline here', 'Another story'],
    ['a "Follow @" line', 'Follow @SomeBureau', 'Follow'],
    ['a caption with its credit', 'Children walk past a damaged school in the north. Credit: UN Photo/Jane Doe', 'Children walk'],
    ['a caption with a bracketed credit', 'Rescuers search the rubble of a building in the city [John Smith/Reuters]', 'Rescuers'],
    ['a caption with a handout credit', 'Soldiers ride a pickup near the front line. (Handout via AFP)', 'Soldiers ride'],
    ['a copyright credit', '© UNOCHA/Jane Doe', 'UNOCHA'],
    ['a caption above a wire photographer credit', 'Mourners lay flowers at a memorial in the square\nJOHN SMITH', 'Mourners'],
    ['an advertisement label', 'Advertisement', 'Advertisement'],
    ['a "Listen to this article" widget', 'Listen to this article\n6 mins', 'Listen'],
  ])('removes %s', (_label, furniture, marker) => {
    const raw = `${para(40, 'alpha')}\n${furniture}\n${para(40, 'omega')}`
    const [a, ...rest] = splitArticles(raw)
    expect(rest).toHaveLength(0)
    expect(a?.body).not.toContain(marker)
    expect(a?.body).toContain('alpha0')
    expect(a?.body).toContain('omega0')
  })

  it('opens a second article at a second headline, byline and date', () => {
    const raw = [
      'First story headline here today', 'By Jane Doe | Feb 27, 2026', para(40, 'first'),
      'Second story headline is this one', 'By John Roe', 'February 28, 2026', para(40, 'second'),
    ].join('\n')
    const drafts = splitArticles(raw)
    expect(drafts.map((d) => [d.title, d.byline, d.publishedAt])).toEqual([
      ['First story headline here today', 'Jane Doe', '2026-02-27'],
      ['Second story headline is this one', 'John Roe', '2026-02-28'],
    ])
    expect(drafts[0]?.body).not.toContain('Second story')
  })

  it.each([
    ['a reporting line that starts with "By" and a year', `By 2020, the country had already lived through five disputed elections and much more.\n${para(30)}`],
    ['dated paragraphs of a timeline', `${para(40)}\nFebruary 24, 2022\nTroops crossed the border at several points along the frontier.\nMarch 2, 2022\nThe assembly voted.`],
  ])('does not treat %s as a header', (_label, raw) => {
    const drafts = splitArticles(raw)
    expect(drafts).toHaveLength(1)
    expect(drafts[0]).toMatchObject({ byline: null, publishedAt: null })
  })

  it.each([
    ['a one-line paragraph ending in a period', `The minister resigned on Friday after the vote.\n${para(30)}`],
    ['an interview question at the top', `Why were you arrested after the protests?\n${para(30)}`],
    ['a first line that is already running text', para(30)],
  ])('does not take %s as the title', (_label, raw) => {
    expect(splitArticles(raw)[0]?.title).toBeNull()
  })

  it('takes a short headline above running text as the title and keeps it out of the body', () => {
    const [a] = splitArticles(`Sweden drops its investigation into the case\n${para(30)}`)
    expect(a?.title).toBe('Sweden drops its investigation into the case')
    expect(a?.body.startsWith('word0')).toBe(true)
  })

  it('does not take a section label under the date as the byline, and finds the headline below it', () => {
    const [a] = splitArticles(`24 February 2026\nPeace and Security\nUkraine war enters fifth year with intensified attacks\n${para(30)}`)
    expect(a).toMatchObject({ byline: null, publishedAt: '2026-02-24', title: 'Ukraine war enters fifth year with intensified attacks' })
    expect(a?.body.startsWith('word0')).toBe(true)
  })

  it('reads agency datelines without a year as place and agency, with no date', () => {
    const [a] = splitArticles(`GENEVA (Reuters) - The agency said on Friday that aid was running out. ${para(20)}`)
    expect(a).toMatchObject({ dateline: 'GENEVA', agency: 'Reuters', publishedAt: null })
    expect(a?.body.startsWith('The agency said')).toBe(true)
  })

  it.each([['6 hrs ago'], ['Updated 2 hours ago'], ['an hour ago'], ['15 min ago']])('drops the relative timestamp "%s" above the body', (stamp) => {
    const raw = `A headline about the decision\nBy Jane Smith\nFeb 26, 2026\nUpdated\n${stamp}\n${para(30)}`
    const [a] = splitArticles(raw)
    expect(a?.body.startsWith('word0')).toBe(true)
  })

  it('reads an Anadolu-style header: standfirst, "Name  |", "27.02.2026 - Update : 27.02.2026", "MOSCOW"', () => {
    const raw = [
      'Russia’s war economy slows as sanctions enter 5th year',
      'Despite efforts to offset the impact, the economy faces a bleak outlook, with growth expected to fall below 1% in 2026',
      'Emre Gurkan Abay  |',
      '27.02.2026 - Update : 27.02.2026',
      'MOSCOW',
      para(30),
      '*Writing by Emir Yildirim in Istanbul',
    ].join('\n')
    const [a] = splitArticles(raw)
    expect(a).toMatchObject({ title: 'Russia’s war economy slows as sanctions enter 5th year', byline: 'Emre Gurkan Abay', publishedAt: '2026-02-27', dateline: 'MOSCOW' })
    expect(a?.body.startsWith('word0')).toBe(true)
    expect(a?.body).not.toContain('Yildirim')
  })

  it('reads a Dawn-style header: "Name Published <date> Updated <date> <time>" and a "PLACE:" dateline', () => {
    const raw = [
      'Five customs officials injured in Peshawar attack',
      '',
      'Bureau Report Published May 29, 2023 Updated May 29, 2023 06:55am',
      '',
      'PESHAWAR: Five personnel of the Pakistan Customs sustained injuries when attackers opened fire at them on Saturday night.',
      '',
      para(30),
    ].join('\n')
    const [a] = splitArticles(raw)
    expect(a).toMatchObject({ title: 'Five customs officials injured in Peshawar attack', byline: 'Bureau Report', publishedAt: '2023-05-29', dateline: 'PESHAWAR' })
    expect(a?.body.startsWith('Five personnel')).toBe(true)
  })

  it('reads a Hürriyet-style header: a date with seconds ("November 14 2019 09:56:05") and "ANKARA-Anadolu Agency"', () => {
    const raw = ["Turkey 'strongly' condemns Israeli attacks in Gaza", '', 'November 14 2019 09:56:05', '', 'ANKARA-Anadolu Agency', '', para(30)].join('\n')
    const [a] = splitArticles(raw)
    expect(a).toMatchObject({ title: "Turkey 'strongly' condemns Israeli attacks in Gaza", byline: null, publishedAt: '2019-11-14', dateline: 'ANKARA', agency: 'Anadolu Agency' })
    expect(a?.body.startsWith('word0')).toBe(true)
  })

  it.each([['WARNING'], ['UPDATE'], ['EXCLUSIVE']])('leaves a "%s:" label opening the body to the body', (label) => {
    const [a] = splitArticles(['A headline about the decision', 'By Jane Smith', 'Feb 26, 2026', `${label}: The council voted on Tuesday to close the old bridge to all traffic for two years.`, para(30)].join('\n'))
    expect(a?.dateline).toBeNull()
  })

  it('drops a note to readers about subscriptions at the end of the body', () => {
    const [a] = splitArticles(`A headline about the decision\nBy Jane Smith\nFeb 26, 2026\n${para(30)}\nThe agency website contains only a portion of the news stories offered to subscribers.\nPlease contact us for subscription options.`)
    expect(a?.body).not.toMatch(/subscri/)
  })

  it('takes the name under an "Authors" label as the byline, and drops its job line and a "(Source: Getty Images)" caption', () => {
    const raw = ['Russia’s industry comes under strain as job losses loom', 'Feb 27, 2026 16:51', 'Authors', 'Katherina Popilnichenko', 'News Intern', 'Vladimir Putin inspects military drills at a training ground. (Source: Getty Images)', para(30)].join('\n')
    const [a] = splitArticles(raw)
    expect(a).toMatchObject({ byline: 'Katherina Popilnichenko', publishedAt: '2026-02-27' })
    expect(a?.body.startsWith('word0')).toBe(true)
  })

  it('reads a numeric date with a period after the year and an "h" after the time ("27.02.2026. 06:20h")', () => {
    const [a] = splitArticles(`A headline about the decision\nBy Jane Smith\n27.02.2026. 06:20h\n${para(30)}`)
    expect(a?.publishedAt).toBe('2026-02-27')
  })

  it('reads a date with a time and a UTC offset ("February 27, 2026 03:55 PM GMT+03:00")', () => {
    const [a] = splitArticles(`A headline about the decision\nBy Newsroom\nFebruary 27, 2026 03:55 PM GMT+03:00\n${para(30)}`)
    expect(a?.publishedAt).toBe('2026-02-27')
  })

  it('reads markdown as text: "# Headline" is the title, "## Subheading" a line, "**bold**" and links their words', () => {
    const [a] = splitArticles(`# A headline about the decision\n\n${para(20)} The **Health Ministry** said so, [the report](https://example.org/r?id=1) shows.\n\n## What comes next\n\n> ${para(20, 'Quoted')}\n\n![A photo](https://example.org/p.jpg)\n\n${para(20, 'more')}`)
    expect(a?.title).toBe('A headline about the decision')
    expect(a?.body).toContain('The Health Ministry said so, the report shows.')
    expect(a?.body).toContain('\nWhat comes next\n')
    expect(a?.body).toContain('\nQuoted0 ')
    expect(a?.body).not.toMatch(/[#*[\]>]|example\.org/)
  })

  it('repairs UTF-8 read as Windows-1252 ("â€œ" is “, "â€™" is ’, "Ã©" is é) and leaves correct text alone', () => {
    const [a] = splitArticles(`A headline about the decision\nBy Jane Smith\n${para(20)} \u00e2\u20ac\u0153We checked,\u00e2\u20ac said the CafÃ© owner in SÃ£o Paulo; the farmers\u00e2\u20ac\u2122 income fell \u00e2\u20ac\u201c and “naïve” stays.`)
    expect(a?.body).toContain('“We checked,” said the Café owner in São Paulo; the farmers’ income fell – and “naïve” stays.')
  })

  it('leaves hashtags, lone asterisks and snake_case words of plain text alone', () => {
    const [a] = splitArticles(`A headline about the decision\nBy Jane Smith\n${para(20)} Boil the jars for *10 minutes; see #Ukraine and file_name_2 too.`)
    expect(a?.body).toContain('*10 minutes; see #Ukraine and file_name_2 too.')
  })

  it('drops appeals for donations between paragraphs', () => {
    const [a] = splitArticles(`A headline about the decision\nBy Jane Smith\nFeb 26, 2026\n${para(15)}\nWe bring you stories from the ground.\nYour support keeps our team in the field.\nDONATE NOW\n${para(15)}`)
    expect(a?.body).not.toMatch(/support|stories from the ground/i)
  })

  it('keeps a list of related stories, each with its author and date, out of the article count', () => {
    const related = ['Related articles', 'Author', 'Vlad Litnarovych', 'Weekly war expenses exceed the budgets of regions', 'Jan 28, 2025 17:02', 'Author', 'Ivan Khomenko', 'How the war machine falters under sanctions', 'Nov 17, 2025 13:25']
    const drafts = splitArticles([`A headline about the decision`, 'By Jane Smith', 'Feb 26, 2026', para(40), ...related].join('\n'))
    expect(drafts).toHaveLength(1)
    expect(drafts[0]?.body).not.toContain('Litnarovych')
  })

  it('rejoins lines a page broke at inline markup: drop caps, lone quotation marks, attributions, cut links', () => {
    const raw = [
      'A headline about the students',
      'By Jane Smith',
      'Feb 26, 2026',
      para(20),
      '“W',
      'e moved to the U.K., so there was almost no language barrier, or just',
      'don’t',
      'get the joke,',
      '”',
      'Vodopianov said.',
      '“I',
      'just don’t think people realize the impact,',
      '”',
      'Gushchyk said.',
      'According to Mykolaj Suchy, a research analyst at',
      'KI Insights',
      ', one outcome of the invasion is a strain on integration.',
    ].join('\n')
    const body = splitArticles(raw)[0]?.body ?? ''
    expect(body).toContain('“We moved to the U.K., so there was almost no language barrier, or just don’t get the joke,” Vodopianov said.')
    expect(body).toContain('“I just don’t think people realize the impact,” Gushchyk said.')
    expect(body).toContain('According to Mykolaj Suchy, a research analyst at KI Insights, one outcome of the invasion is a strain on integration.')
  })

  it('does not take a capitalised section label above the body for a dateline', () => {
    const [a] = splitArticles(`A headline about the decision\nBy Jane Smith\nFeb 26, 2026\nANALYSIS\n${para(30)}`)
    expect(a?.dateline).toBeNull()
  })

  it('drops a BBC-style image caption and the outlet line under the byline', () => {
    const raw = 'A headline about the decision\n19 November 2019\nShare\nImage caption,\nThe man was evicted in April\nBy Jane Smith\nBBC News, Stockholm\n\n' + para(30)
    const [a] = splitArticles(raw)
    expect(a).toMatchObject({ byline: 'Jane Smith', publishedAt: '2019-11-19', title: 'A headline about the decision' })
    expect(a?.body.startsWith('word0')).toBe(true)
  })
})

describe('splitArticles on hostile input', () => {
  it.each([
    ['empty text', ''],
    ['only blanks', ' \n\n\t \r\n '],
    ['only punctuation', '!!! ??? ... |||'],
    ['control characters', '\u0000\u0001\u200B\uFEFF abc \u00A0'],
    ['one very long line', 'x'.repeat(200_000)],
    ['many short lines', 'By\n'.repeat(5000)],
    ['1 MB of junk', Array.from({ length: 60_000 }, (_, i) => ['By X.', 'Jan 1 2020', '© A/B', 'WORD WORD', 'a.b.c.', '“q”'][i % 6]).join(' \n')],
  ])('does not throw on %s', (_label, raw) => {
    const started = performance.now()
    const drafts = splitArticles(raw)
    expect(Array.isArray(drafts)).toBe(true)
    expect(performance.now() - started).toBeLessThan(3000)
    for (const d of drafts) expect(d.body).toBe(d.body.trim())
  })

})
