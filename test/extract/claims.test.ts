/** Specification of numeric claims: what counts as a figure, how it is read, and what it is about. */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { findClaims } from '../../src/extract/claims.js'
import { extractArticle } from '../../src/extract/pipeline.js'
import { splitSentences } from '../../src/extract/sentences.js'
import type { ClaimFact, Entities, QuoteFact } from '../../src/extract/types.js'

const none: Entities = { people: [], organisations: [] }
const claimsOf = (body: string): ClaimFact[] => findClaims(body, splitSentences(body), none, [])
const only = (body: string): ClaimFact => {
  const cs = claimsOf(body)
  expect(cs).toHaveLength(1)
  return cs[0] as ClaimFact
}

describe('reading figures', () => {
  it.each([
    ['reads "USD $2.3 billion" as 2300000000 USD', 'The plan calls for USD $2.3 billion.', 'USD $2.3 billion', 2.3e9, 'USD'],
    ['reads "$5m" as five million dollars', 'The firm paid $5m in fines.', '$5m', 5e6, 'USD'],
    ['reads "£3bn" as pounds sterling', 'The deal is worth £3bn to the economy.', '£3bn', 3e9, 'GBP'],
    ['reads "€40 million" as euros', 'The EU pledged €40 million in aid.', '€40 million', 4e7, 'EUR'],
    ['reads "40 million euros" as euros', 'The EU pledged 40 million euros in aid.', '40 million euros', 4e7, 'EUR'],
    ['reads "US$1.2bn" as dollars', 'Exports reached US$1.2bn last year.', 'US$1.2bn', 1.2e9, 'USD'],
    ['reads "U.S. dollars" written out as dollars', 'He launched a record 20.1 billion U.S. dollars humanitarian appeal.', '20.1 billion U.S. dollars', 2.01e10, 'USD'],
    ['reads "96 lakh" as 9.6 million', 'The scheme reached over 96 lakh farmers across the country.', '96 lakh', 9.6e6, null],
    ['reads "Rs 1,38,619.58 crore" in Indian grouping as rupees', 'Farmers got an MSP value of Rs 1,38,619.58 crore this year.', 'Rs 1,38,619.58 crore', 1386195800000, 'INR'],
    ['reads "Rs. 500" as rupees', 'It paid Rs. 500 to each family.', 'Rs. 500', 500, 'INR'],
    ['reads "707.24 lakh tonne" as tonnes', 'The Centre procured 707.24 lakh tonne of paddy.', '707.24 lakh tonne', 70724000, 'tonnes'],
    ['reads "31 per cent" as a percentage', 'Prices rose by 31 per cent in a year.', '31 per cent', 31, 'percent'],
    ['reads "31%" as a percentage', 'Turnout was 31% in the capital.', '31%', 31, 'percent'],
    ['reads "31 percent" as a percentage', 'This marks a 31 percent increase.', '31 percent', 31, 'percent'],
    ['reads "10 years" as a duration', 'He spent 10 years in prison.', '10 years', 10, 'years'],
    ['reads "six months" as a duration', 'The talks took six months to conclude.', 'six months', 6, 'months'],
    ['reads "48 hours" as a duration', 'The ceasefire held for 48 hours overall.', '48 hours', 48, 'hours'],
    ['reads "two and a half years" as a duration', 'She spent two and a half years in solitary confinement.', 'two and a half years', 2.5, 'years'],
    ['reads "three decades" as thirty years', 'Three decades of democracy changed the country.', 'Three decades', 30, 'years'],
    ['reads "300 square kilometres" as km2', 'Troops regained 300 square kilometres of territory.', '300 square kilometres', 300, 'km2'],
    ['reads "1,200km" as km', 'The factory lies 1,200km from the border.', '1,200km', 1200, 'km'],
    ['reads "55-kilometer" as km', 'The base sits inside a 55-kilometer zone.', '55-kilometer', 55, 'km'],
    ['reads "5,000 tonnes" as tonnes', 'The ship carried 5,000 tonnes of grain.', '5,000 tonnes', 5000, 'tonnes'],
    ['reads "3.7 million" as a plain count', 'Some say 3.7 million people have been displaced.', '3.7 million', 3.7e6, null],
    ['reads "nine million" as a plain count', 'It is a country of only nine million.', 'nine million', 9e6, null],
    ['reads "two-thirds" as a percentage', 'Two-thirds of voters backed the plan.', 'Two-thirds', 66.7, 'percent'],
  ])('%s', (_label, body, text, value, unit) => {
    const c = only(body)
    expect(c.text).toBe(text)
    expect(c.value).toBeCloseTo(value as number)
    expect(c.unit).toBe(unit)
  })
})

describe('qualifiers and ranges', () => {
  it.each([
    ['at least 55,600 civilians were hurt.', 'at_least', 55_600],
    ['over 120 detainees were freed.', 'more_than', 120],
    ['more than 3,500 people fled.', 'more_than', 3500],
    ['in excess of 200 homes burned.', 'more_than', 200],
    ['around 50 detainees were freed.', 'about', 50],
    ['roughly 10.8 million people need aid.', 'about', 10.8e6],
    ['an estimated 40,000 people live there.', 'about', 40_000],
    ['some 200 soldiers remain.', 'about', 200],
    ['nearly 7,000 people were evacuated.', 'almost', 7000],
    ['almost 4,000 prisoners were counted.', 'almost', 4000],
    ['just under 900 ballots were spoiled.', 'almost', 900],
    ['up to five years in prison is possible.', 'up_to', 5],
    ['as many as 300 drones flew.', 'up_to', 300],
    ['90 or more missiles were fired.', 'at_least', 90],
  ])('hedge in "%s" gives %s', (body, qualifier, value) => {
    const c = only(`Officials said ${body}`)
    expect(c.qualifier).toBe(qualifier)
    expect(c.value).toBeCloseTo(value as number)
  })

  it.each([
    ['between 50 and 60 people', 50, 60],
    ['from 50 to 60 people', 50, 60],
    ['50-60 people', 50, 60],
    ['three to eight million people', 3e6, 8e6],
    ['about 20-30 families', 20, 30],
    ['3-5 years of delays', 3, 5],
    ['between 5-11 in all', 5, 11],
  ])('reads the range "%s" as one claim', (phrase, lo, hi) => {
    const c = only(`Officials counted ${phrase} in the camp.`)
    expect(c).toMatchObject({ value: lo, valueMax: hi, qualifier: 'range' })
  })

  it.each([
    ['dozens of civilians were injured.', 24],
    ['hundreds of homes were damaged.', 200],
    ['thousands of people fled.', 2000],
    ['tens of thousands of people fled.', 20_000],
    ['hundreds of thousands of people fled.', 200_000],
    ['millions of people fled.', 2_000_000],
  ])('records the vague amount in "%s" at twice its base, about', (body, value) => {
    const c = only(`Officials said ${body}`)
    expect(c).toMatchObject({ value, qualifier: 'about' })
  })
})

describe('not claims', () => {
  it.each([
    ['a year used as a time reference', 'Protests began in 2020 across the country.'],
    ['a month and day', 'The talks resumed on January 19 in Geneva.'],
    ['a day and month', 'After the 9 August election, the mood changed.'],
    ['dates joined in a range', 'Between January 8 and 9, the city was shelled.'],
    ['a disease name', 'The COVID-19 pandemic exposed the state.'],
    ['a plan named after its year', 'They launched the 2026 Humanitarian Needs and Response Plan.'],
    ['a numbered resolution', 'The council cited Resolution 2254 again.'],
    ['a group name', 'Leaders of the G7 met on Friday.'],
    ['an age descriptor', 'The 48-year-old Australian was evicted.'],
    ['an age after a name', 'Said Jane Doe, 43.'],
    ['an ordinal word', 'It was the first time they met.'],
    ['an ordinal in digits', 'It marks the 21st anniversary.'],
    ['an ordinal anniversary', 'They marked the fourth anniversary of the war.'],
    ['a time of day', 'The meeting started at 10:30 sharp.'],
    ['a clock time', 'The strike hit at 3pm local time.'],
    ['a phone number', 'Call +41 22 917 1234 for details.'],
    ['the pronoun one', 'It is one of the hardest cases.'],
    ['a decade name', 'Prices fell through the 1990s.'],
    ['a relative time span', 'Two days later, the troops left.'],
    ['a hyphenated adjective', 'They backed the two-state solution.'],
    ['set scores after "beat"', 'She rallied to beat her rival 3-6, 6-3, 7-6 (0) in the opener.'],
    ['set scores with a tie-break', 'He defeated the champion 6-4, 7-6 (5) on Sunday.'],
    ['a series score', 'The win levelled the series 1-1 after a long night.'],
    ['a result before "win"', 'It gave the hosts a 2-1 win in the final.'],
    ['a result before "victory"', 'The club secured its spot with a 3-1 victory away.'],
    ['a final score after a verb', 'The visitors won 2-0 in the capital.'],
    ['a score after "drew"', 'The champions drew their rivals 0-0 at home.'],
    ['a half-time lead', 'The home side led 14-7 at halftime.'],
    ['a score in a game state', 'The pair squandered a chance while serving at 5-4.'],
    ['a bare record', 'At 4-7, the team needs help.'],
    ['records in brackets', 'The leaders (9-1, 6-1) play the bottom side (2-8, 0-7) on Saturday.'],
    ['a win-loss-draw record', 'The side improved to 14-0-1 this season.'],
    ['a court ruling split', 'The court ruled 5-4 against the law.'],
    ['a model number with a dash', 'The airline bought new 787-9 jets.'],
    ['a time of day with dots', 'The match ended close to 2 a.m. local time.'],
    ['a time of day before a weekday', 'Tickets go on sale at 10 a.m. Friday.'],
    ['a clock time in brackets', 'It ended at dawn (0100 GMT) on Wednesday.'],
    ['a race time', 'She won the marathon in 2:18:35 on Sunday.'],
    ['a version number with two dots', 'The phone now runs version 13.2.1 of the software.'],
    ['a version number after a name', 'The update brings iOS 13.2 to older phones.'],
    ['a product number after a name', 'The iPhone 11 sold out in a day.'],
    ['a ratio', 'The odds stood at 3:1 against.'],
    ['a rank after "No."', 'The world No. 3 lost in the opening round.'],
    ['a rank after "ranked"', 'She is ranked 12 in the world.'],
    ['a rank after "seeded"', 'He was seeded 5 at the event.'],
    ['a "top 10" list', 'The film made the top 10 of the year.'],
    ['a capitalised "Top 10"', 'Our Top 10 picks are below.'],
    ['a street address', 'Send letters to 520 Third Street in the city.'],
    ['an age in brackets after a name', 'The victim, Jane Doe (43), was taken to hospital.'],
    ['a numbered reference in brackets', 'Restrictive diets may trigger binge eating (1).'],
    ['a list of numbered references', 'Other studies point the same way (10, 11).'],
    ['a reference in square brackets', 'Most alarms need no clinical intervention [2].'],
    ['a list number opening a line', 'Here are the steps.\n\n2. Avoid skipping meals\n\nEat at regular times.'],
    ['a list number with a bracket', 'Here are the steps.\n\n7) Vote informed!'],
    ['an age after a name with "Jr."', 'Patrick Carlineo Jr., 55, pleaded guilty.'],
    ['an age opening the sentence', 'At 16, he went to Indiana University.'],
    ['an age bound after "children under"', 'Vaccines reached children under 10 in the south.'],
    ['an age bound after "people over"', 'Vaccines go first to people over 65 and health workers.'],
    ['an age bound in words', 'Most of the dead were children under five, officials said.'],
    ['a span of seasons', 'The 2019-20 season was cut short.'],
    ['a span of years in a name', 'He ran the firm in 1996-98 alone.'],
    ['"the two" standing for people', 'Police said the two were arrested later.'],
  ])('skips %s', (_label, body) => {
    expect(claimsOf(body)).toEqual([])
  })
})

describe('conversions in brackets', () => {
  it.each([
    ['a distance', 'The site lies 3,200 miles (5,150 km) away.', '3,200 miles'],
    ['money', 'The listing could raise $12.9bn (£10bn) this week.', '$12.9bn'],
    ['a rate with words between', 'It gets 90 miles per gallon (38 kilometers per liter) on the road.', '90 miles'],
    ['a currency named in words', 'Shares were priced at 176 Hong Kong dollars (£17.43) each.', '176 Hong Kong dollars'],
  ])('keeps only the first figure of %s', (_label, body, text) => {
    expect(claimsOf(body).map((c) => c.text)).toEqual([text])
  })

  it('keeps a bracketed figure of another kind', () => {
    expect(claimsOf('Sales rose 5% ($3m) last year.').map((c) => c.text)).toEqual(['5%', '$3m'])
  })
})

describe('subject and category', () => {
  it.each([
    ['2,514 civilians were killed in 2025.', 'civilians killed', 'killed'],
    ['3.7 million people have been internally displaced since the invasion.', 'people internally displaced', 'displaced'],
    ['Russia launched 197 drones on Sunday.', 'drones Russia launched on Sunday', 'attacks'],
    ['Police arrested 40 protesters in the square.', 'protesters Police arrested', 'detained'],
    ['At least 12 people were wounded in the blast.', 'people wounded', 'injured'],
    ['About 10.8 million people are in urgent need of assistance.', 'people in urgent need of', 'in_need'],
  ])('"%s" counts "%s" (%s)', (body, subjectPart, category) => {
    const c = only(body)
    expect(c.subject).toContain(subjectPart)
    expect(c.category).toBe(category)
  })

  it.each([
    ['The budget is $5m.', 'money'],
    ['Turnout was 31%.', 'percent'],
    ['He spent 10 years abroad.', 'duration'],
  ])('categorises "%s" by its unit as %s', (body, category) => {
    expect(only(body).category).toBe(category)
  })

  it('lends the counted noun of a coordinated figure to the next one', () => {
    const [a, b] = claimsOf('It caused more than 15,000 civilians killed, 41,000 injured and more.')
    expect(a?.subject).toContain('civilians killed')
    expect(b?.subject).toContain('civilians injured')
  })
})

describe('subject phrases', () => {
  /** The subject of the figure written `text` in `body`. */
  const subjectOf = (body: string, text: string): string => {
    const c = claimsOf(body).find((x) => x.text === text)
    expect(c, `no claim "${text}"`).toBeDefined()
    return c?.subject ?? ''
  }

  it.each([
    ['an agent keeps its verb as written', 'Now Assange faces 18 criminal charges in the US.', '18', 'criminal charges Assange faces in the US'],
    ['a verb without agent becomes a participle', 'The company employs 3,000 staff.', '3,000', 'staff employed'],
    ['a lone modifier before "and" shares the next noun', 'As of Tuesday, 4,838,223 PCR and 809,541 antigen tests have been carried out.', '4,838,223', 'PCR tests carried out as of Tuesday'],
    ['a plural noun before "and" keeps its own', 'The army sent 200 police and 300 soldiers.', '200', 'police sent'],
    ['words written as one keep their hyphen', 'The fee applies to 85,000 new H-1B visas for multi-story firms.', '85,000', 'new H-1B visas for multi-story firms'],
    ['nouns listed with commas and "and" are one group', 'Almost 26 million men, women, and children are struggling to find food.', '26 million', 'men women and children struggling to find food'],
    ['but ", and" between two clauses is no list', 'Yields hit a 20-year high, and bond strategists warned of volatility.', '20-year', 'high'],
    ['an "and" inside a hyphenated word does not end the phrase', 'More than 25 search-and-rescue teams are working in Mandalay.', '25', 'search-and-rescue teams working in Mandalay'],
    ['a possessive keeps its apostrophe', 'The airline bought 30 of Boeing’s long-range jets.', '30', 'Boeing’s long-range jets bought'],
    ['an irregular participle', 'The nursery is growing 300 trees.', '300', 'trees grown'],
    ['a verb that takes a clause is left out', 'The ruling took effect on Monday, meaning the $100,000 fee is no longer in force.', '$100,000', 'fee no longer in force'],
    ['"X of N" before a verb measures X', 'The standard filing fees of $2,000 to $5,000 remain in place.', '$2,000 to $5,000', 'fees remain in place'],
    ['"X of N" before "is" measures X', 'A fine of $500 is due by Friday.', '$500', 'fine due by Friday'],
    ['an -ing verb after a span of time is what the time went on', 'Police officers spent four minutes trying to reason with the man.', 'four minutes', 'time Police officers spent trying to reason with the man'],
    ['a participle before a plural noun describes it', 'The ministry warned of a shortage of 4.8 million skilled workers by early 2026.', '4.8 million', 'skilled workers by early 2026'],
    ['a participle with nothing after it says what happened', 'It included 15,000 civilians killed and 41,000 injured.', '41,000', 'civilians injured'],
    ['a modal after "that" stays', 'It is a $229 billion budget that would raise the minimum wage.', '$229 billion', 'budget that would raise the minimum wage'],
    ['a modal keeps its auxiliaries', 'The plan includes 300 homes that will be built by 2030.', '300', 'homes included that will be built by 2030'],
    ['a reference after the phrase is left out', 'Nurses hear up to 1,000 alarms per shift [1].', '1,000', 'alarms per shift'],
    ['words in square brackets are kept', 'Ukraine plans to make more than three million [first-person view] drones a year.', 'three million', 'first-person view drones a year Ukraine plans to make'],
    ['a verb after "to" stays an infinitive', 'The campaign began on Monday, aiming to reach 590,000 children in the south.', '590,000', 'children to reach in the south'],
    ['a named doer of "hopes to" is kept', 'WHO hopes to vaccinate 200,000 children.', '200,000', 'children WHO hopes to vaccinate'],
    ['an irregular verb becomes its own participle', 'The army was seeking 40 recruits.', '40', 'recruits sought'],
    ['a doubled consonant stays doubled ("stopping" → "stopped")', 'The goalkeeper was stopping 30 shots.', '30', 'shots stopped'],
    ['a double consonant of the stem stays ("adding" → "added")', 'The agency is adding five companies to the contract.', 'five', 'companies added to the contract'],
    ['"cutting" becomes "cut"', 'The firm is cutting 4,000 jobs.', '4,000', 'jobs cut'],
    ['"testifying" becomes "testified"', 'The inquiry heard nine witnesses testifying over three days.', 'three days', 'time inquiry heard nine witnesses testified'],
    ['money called for is funding', 'The plan covers food and shelter, calling for $1.2 billion.', '$1.2 billion', 'funding called for'],
    ['money sought keeps who seeks it', 'The Relief Office is seeking $45 million.', '$45 million', 'funding Relief Office sought'],
    ['money appealed for drops the purpose it is for', 'Aid groups are appealing for €20 million to help flood victims.', '€20 million', 'funding appealed for'],
    ['money spent is not funding asked for', 'The government allocated $5 million for schools.', '$5 million', 'allocated for schools'],
    ['a relative pronoun gives "by" and its name', 'Russia, which occupies around 20 percent of Ukraine, wants more.', '20 percent', 'share of Ukraine occupied by Russia'],
    ['coordinated verbs act together', 'In December they pardoned and released over 120 detainees.', '120', 'detainees pardoned and released'],
    ['a preposition links the figure to an earlier verb', 'Russia attacked Ukraine during the week with 1,500 drones.', '1,500', 'drones Russia attacked Ukraine during week'],
    ['a time phrase set off by a comma scopes the clause', 'Then, on Thursday, Russia launched 420 drones.', '420', 'drones Russia launched on Thursday'],
    ['an opening phrase after "that" scopes its clause', 'Leaders noted that over the past three years, it has seized 1.5 percent of Ukraine.', '1.5 percent', 'share of Ukraine seized over the past three years'],
    ['a "where" clause names its place', 'IOM helped another state, Rio Grande do Sul, where 1,000 people were hosted in shelters.', '1,000', 'people hosted in shelters in Rio Grande do Sul'],
    ['a phrase after the last coordinated figure is shared', '2,514 civilians were killed and 12,142 were injured as a result of the violence.', '2,514', 'civilians killed as a result of the violence'],
    ['a partitive takes the noun after "of"', 'The plant houses six of its 15 operational reactors.', 'six', 'operational reactors housed'],
    ['a level verb measures the clause subject', 'The population in the camp has fluctuated and currently is estimated at around 40,000.', '40,000', 'population in the camp'],
    ['"the number of …" keeps its relative clause, up to another figure', 'The total number of children who received a dose of the vaccine in the south after two days of work is 156,943.', '156,943', 'total number of children who received a dose of the vaccine in the south'],
    ['"the number of …" before a perfect', 'Officials said the number of displaced people has now risen to more than 40,000.', '40,000', 'number of displaced people'],
    ['an apposition between subject and verb is skipped', 'The indigenous population, estimated at three million then, fell to 294,131 in the 1991 census.', '294,131', 'indigenous population in the 1991 census'],
    ['a figure in another unit borrows the earlier noun', 'Inflation was 3.2% in March, down from 3.4% in February.', '3.4%', 'Inflation in February'],
    ['the noun before "of" is what is measured', 'It took a town with a pre-war population of 60,000.', '60,000', 'pre-war population'],
    ['a span of time names the doer and the verb', 'Assange, who denies the accusation, has avoided extradition to Sweden for seven years.', 'seven years', 'time Assange avoided extradition to Sweden'],
    ['a span of time with only a phrase after it', 'I spent 10 years inside: five years between 2010 and 2015.', 'five years', 'time between 2010 and 2015'],
    ['a span of time inside the phrase is dropped', 'More than 1,000 people were hosted for nearly a year in three reception centres.', '1,000', 'people hosted in reception centres'],
    ['a length after a noun is a distance', 'The missiles struck a factory about 1,200km from the border.', '1,200km', 'distance from the border'],
    ['a hyphenated measure gives the size of its noun', 'The base is inside a 55-kilometer zone.', '55-kilometer', 'size of zone'],
    ['a weight in apposition is the weight of the noun before', 'It carries the largest warhead to date – 1,150kg.', '1,150kg', 'weight of the largest warhead to date'],
    ['two nouns joined right after the figure', 'In the region, damage disrupted power for around 20,000 families and businesses.', '20,000', 'families and businesses disrupted power in the region'],
    ['a rate after ", or" is not lent to the figure before it', 'The company reported net earnings of $2.41 billion, or 82 cents per share, in the quarter.', '$2.41 billion', 'net earnings'],
    ['a figure after "with" and an earlier figure takes no verb from before them', 'The count was expected to climb past 75 with 300 people still missing.', '300', 'people still missing'],
    ['the noun of an opening "Of the deaths,"', 'Of the deaths, 17,388 were reported in Kashmir, he said.', '17,388', 'deaths in Kashmir'],
    ['two capitalised words joined before one noun', 'Some 40 Syrian and Iraqi refugees crossed the border.', '40', 'Syrian and Iraqi refugees who crossed the border'],
    ['a list of names is one object', 'More than 300 drones struck the Kharkiv, Sumy, and Odesa regions.', '300', 'drones that struck the Kharkiv Sumy and Odesa regions'],
    ['names joined in a phrase of place', 'More than 600,000 Israelis live in east Jerusalem and the West Bank.', '600,000', 'Israelis living in east Jerusalem and the West Bank'],
    ['"alongside" shares what the first figure does', 'More than 600,000 Israelis live in settlements, alongside more than three million Palestinians.', 'three million', 'Palestinians living in settlements'],
    ['a share "of which" is of the earlier noun', 'About 5,635 buildings lost heating, 80 percent of which were homes.', '80 percent', 'share of buildings'],
    ['an owner names whose things are counted', 'Apib has only six members.', 'six', 'Apib members'],
    ['an adverb ends the noun group', 'Brazil has 533 territories already formalised.', '533', 'Brazil territories already formalised'],
    ['a participle clause acts for the sentence subject', 'The EU has become the biggest donor, sending 195 billion euros to date.', '195 billion euros', 'EU sent to date'],
    ['a participle after "as" stays in the phrase', 'With 3.6 million identified as particularly vulnerable.', '3.6 million', 'identified as particularly vulnerable'],
    ['a past verb after a counted noun opening the clause reads "who"', 'In 2025, at least 2,185 people died in the sea.', '2,185', 'people who died in the sea in 2025'],
    ['a past verb after a counted thing reads "that"', 'For two weeks, more than 300 drones struck the city.', '300', 'drones that struck the city'],
    ['a present verb after a counted noun reads as "-ing"', 'More than 600,000 Israelis live in settlements.', '600,000', 'Israelis living in settlements'],
    ['an active perfect keeps its auxiliary', 'Since 2020, over 50,000 people have spent time in detention.', '50,000', 'people who have spent time in detention since 2020'],
    ['a passive drops its auxiliary and takes no pronoun', 'More than 3.7 million people have been displaced since the invasion.', '3.7 million', 'people displaced since the invasion'],
    ['a passive with "by" takes no pronoun', 'At least 40 people arrested by police were freed.', '40', 'people arrested by police freed'],
    ['"to have" reads "that have"', 'The only two states to have signed treaties objected.', 'two', 'states that have signed treaties objected'],
    ['a span of something opening the clause', 'Three decades of democracy prompted a renaissance.', 'Three decades', 'years of democracy'],
    ['a "where" clause names the place of every figure in it', 'IOM helped another state, Rio Grande do Sul, where 1,000 people were hosted in three centres.', 'three', 'centres in Rio Grande do Sul'],
    ['votes in favour of the object of the verb', 'The Assembly adopted the overall resolution with 107 votes in favour to 12 against, and 51 abstentions.', '107', 'votes in favour of the overall resolution'],
    ['votes against the object of the verb', 'The Assembly adopted the overall resolution with 107 votes in favour to 12 against, and 51 abstentions.', '12', 'votes against the overall resolution'],
    ['abstentions on the object of the verb', 'The Assembly adopted the overall resolution with 107 votes in favour to 12 against, and 51 abstentions.', '51', 'abstentions on the overall resolution'],
    ['votes on a passive subject', 'The procedural motion was rejected by 69 votes against, 11 in favour.', '11', 'votes in favour of The procedural motion'],
    ['"while" with a participle stays in the phrase', 'At least 7,667 people died while attempting to migrate last year.', '7,667', 'people who died while attempting to migrate last year'],
  ])('%s: "%s" → %s gives "%s"', (_label, body, text, subject) => {
    expect(subjectOf(body, text)).toBe(subject)
  })

  it.each([
    ['a linking phrase', 'In fact, 21 migrants died every day in 2025.', '21', 'fact'],
    ['a phrase cut off by another clause', 'In 2024, IOM supported a response in Kent, where 1,000 people were hosted.', '1,000', '2024'],
    ['an adjective after a determiner', 'For the following two days, more than 300 drones struck the city.', '300', 'followed'],
    ['an opening clause with a verb', 'Since 2020, over 50,000 people have spent time in detention, in a country of only nine million.', 'nine million', 'detention'],
    ['a quantity noun before "of"', 'A total of 1,693,535 declared themselves indigenous.', '1,693,535', 'total'],
    ['an infinitive after a coordinated figure', 'It includes 15,000 civilians killed, 41,000 injured and millions forced to flee their homes.', '41,000', 'flee'],
    ['a passive clause after a preposition', 'At least 270 remains washed ashore in 2025 without being linked to any wreck.', '270', 'linked'],
    ['a comparative after "or"', 'It has seized 1.5 percent of Ukraine or less at a cost of lives.', '1.5 percent', 'less'],
    ['"who" after a noun that is no noun group', 'She faces nine charges of kidnapping, six counts of aggravated assault and more.', 'six', 'that'],
    ['"who" before a verb that ends the sentence', 'He had 1 sack, 1 pass defended.', '1', 'that'],
    ['"who" for a span of time', 'In 2020, five years passed quickly in prison.', 'five years', 'that'],
    ['a comparative after "to", which is no verb', 'Spending rose from $20 billion a year to much more than $30 billion.', '$30 billion', 'much'],
  ])('leaves out %s: "%s" → %s has no "%s"', (_label, body, text, word) => {
    expect(subjectOf(body, text)).not.toContain(word)
  })
})

/** Entities whose mentions are every occurrence of their names (and aliases) in `body`. */
function entitiesIn(body: string, people: { name: string; roles?: string[]; aliases?: string[] }[], orgs: { name: string; aliases?: string[] }[]): Entities {
  const spans = (forms: string[]): { start: number; end: number }[] =>
    forms.flatMap((f) => [...body.matchAll(new RegExp(`\\b${f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'g'))].map((m) => ({ start: m.index ?? 0, end: (m.index ?? 0) + f.length })))
  const key = (n: string): string => n.toLowerCase().replace(/\W+/g, '-')
  return {
    people: people.map((p) => ({ key: key(p.name), name: p.name, aliases: p.aliases ?? [], roles: p.roles ?? [], organisationKeys: [], mentions: spans([p.name, ...(p.aliases ?? [])]) })),
    organisations: orgs.map((o) => ({ key: key(o.name), name: o.name, acronym: null, aliases: o.aliases ?? [], mentions: spans([o.name, ...(o.aliases ?? [])]) })),
  }
}

describe('source rules', () => {
  const sourceOf = (body: string, entities: Entities, text: string, quotes: QuoteFact[] = []): string | null => {
    const c = findClaims(body, splitSentences(body), entities, quotes).find((x) => x.text === text)
    expect(c, `no claim "${text}"`).toBeDefined()
    return c?.source?.name ?? null
  }

  it('takes the body "reporting that" a figure over one named earlier as the origin of the data', () => {
    const body = 'Figures from the World Agency indicate a rise, with the Monitoring Mission reporting that 2,514 civilians were killed.'
    expect(sourceOf(body, entitiesIn(body, [], [{ name: 'World Agency' }, { name: 'Monitoring Mission' }]), '2,514')).toBe('Monitoring Mission')
  })

  it('takes a name cut off onto the next line after "according to", and lends it to the sentence just before', () => {
    const body = 'At least 7,667 people died last year.\nIn fact, 21 migrants died every day, according to new data\nIOM\nOther news.'
    const entities = entitiesIn(body, [], [{ name: 'IOM' }])
    expect(sourceOf(body, entities, '21')).toBe('IOM')
    expect(sourceOf(body, entities, '7,667')).toBe('IOM')
  })

  it('does not lend an attribution that comes before the figure to the sentence before', () => {
    const body = 'Around 40,000 families lost power.\nAccording to the World Agency, nearly 7,000 people were evacuated.'
    const entities = entitiesIn(body, [], [{ name: 'World Agency' }])
    expect(sourceOf(body, entities, '7,000')).toBe('World Agency')
    expect(sourceOf(body, entities, '40,000')).toBeNull()
  })

  it.each([
    ['a common noun of the same stem as an organisation', 'Prosecutors told reporters they had interviewed seven witnesses.', 'seven', 'Swedish Prosecution Authority'],
    ['a role noun after an organisation name', 'Juliana Batista spoke first. The court took two years to rule, the ISA lawyer pointed out.', 'two years', 'Juliana Batista'],
  ])('resolves %s', (_label, body, text, expected) => {
    const entities = entitiesIn(body, [{ name: 'Juliana Batista', roles: ['lawyer at the Institute'] }], [{ name: 'Swedish Prosecution Authority' }, { name: 'ISA' }])
    expect(sourceOf(body, entities, text)).toBe(expected)
  })

  it.each([
    ['"held by X" names who holds, not who counts', 'The Taliban swapped two hostages for three commanders held by the Afghan Government.', 'three', null],
    ['"estimated by X" names who counts', 'The damage was put at $3 billion, a figure estimated by the Relief Office.', '$3 billion', 'Relief Office'],
    ['"a study by X" names who counts', 'About 40 percent of the plants were closed, according to a study by the Relief Office.', '40 percent', 'Relief Office'],
    ['"reports received by X" names who counts', 'At least 106 protesters have been killed, according to reports received by the Relief Office.', '106', 'Relief Office'],
    ['"X was found dead" is no attribution', 'Ten of the 18 guards on the shift on which the Afghan Government was found wanting worked overtime.', 'Ten', null],
    ['"…, reports X" after the figures', 'China has seen 26 cases and 11 deaths between 2009 and 2018, reports the Relief Office.', '26', 'Relief Office'],
    ['"X reports for Y": Y is whom X reports for', 'As Ana Ruiz reports for the Relief Office, two infected people sought treatment.', 'two', 'Ana Ruiz'],
    ['a name inside a relative clause does not own the verb after it', 'Ana Ruiz, who sat with envoys of the Relief Office for about six hours, said the talks went well.', 'six hours', null],
    ['"X expects" a forecast', 'The Relief Office expects 16.6 million vehicles will be sold this year.', '16.6 million', 'Relief Office'],
  ])('"by": %s', (_label, body, text, expected) => {
    const entities = entitiesIn(body, [{ name: 'Ana Ruiz' }], [{ name: 'Afghan Government' }, { name: 'Relief Office' }])
    expect(sourceOf(body, entities, text)).toBe(expected)
  })

  it('gives "the statement said" to the organisation last quoted', () => {
    const body = '"Repairs must go ahead," the Agency said. Talks continued at the Plant. Officials met, the statement said, adding that the Agency facilitated four ceasefire deals.'
    const entities = entitiesIn(body, [], [{ name: 'Agency' }, { name: 'Plant' }])
    const agency = { type: 'organisation' as const, key: 'agency', name: 'Agency' }
    const quote: QuoteFact = { text: 'Repairs must go ahead,', kind: 'direct', speaker: agency, start: 1, end: 23 }
    expect(sourceOf(body, entities, 'four', [quote])).toBe('Agency')
  })

  it.each([
    ['"<body> is appealing for $N to help N people"', 'The Relief Office is appealing for $2.1 billion to help 5 million people in Sudan this year.', ['$2.1 billion', '5 million']],
    ['"<body> launched a plan, aiming to reach N people"', 'In response, the Food Agency and its partners launched a new plan on Monday, aiming to reach 3.2 million people by December.', ['3.2 million']],
    ['"<body> is seeking $N"', 'The Children’s Fund is seeking $45 million for clean water.', ['$45 million']],
  ])('gives the figures of an appeal to the organisation making it: %s', (_label, body, texts) => {
    const entities = entitiesIn(body, [], [{ name: 'Relief Office' }, { name: 'Food Agency' }, { name: 'Children’s Fund' }])
    for (const text of texts) expect(sourceOf(body, entities, text)).not.toBeNull()
  })

  it('gives "The plan … calling for $N" to the organisation that launched the plan in a sentence before', () => {
    const body = 'The Relief Office and its partners launched a response plan for the region on Monday. The plan covers food and shelter for displaced families, calling for $1.2 billion.'
    const entities = entitiesIn(body, [], [{ name: 'Relief Office' }])
    expect(sourceOf(body, entities, '$1.2 billion')).toBe('Relief Office')
  })

  it('does not give a plan to an organisation that only appears in the sentence before', () => {
    const body = 'Villagers complained to the Relief Office on Monday. The plan covers food and shelter, calling for $1.2 billion.'
    const entities = entitiesIn(body, [], [{ name: 'Relief Office' }])
    expect(sourceOf(body, entities, '$1.2 billion')).toBeNull()
  })

  it('takes "according to X" inside reported speech over the speaker of the reported speech', () => {
    const body = '“We sent aid,” said Mr. Dujarric, adding that according to the Relief Office, nearly 7,000 people were evacuated.'
    const entities = entitiesIn(body, [{ name: 'Dujarric' }], [{ name: 'Relief Office' }])
    const speaker = { type: 'person' as const, key: 'dujarric', name: 'Dujarric' }
    const at = body.indexOf('according')
    const reported: QuoteFact = { text: body.slice(at, body.length - 1), kind: 'indirect', speaker, start: at, end: body.length - 1 }
    expect(sourceOf(body, entities, '7,000', [reported])).toBe('Relief Office')
    const plain = 'Mr. Dujarric said that nearly 7,000 people were evacuated.'
    const from = plain.indexOf('nearly')
    expect(sourceOf(plain, entitiesIn(plain, [{ name: 'Dujarric' }], []), '7,000', [{ text: plain.slice(from, -1), kind: 'indirect', speaker, start: from, end: plain.length - 1 }])).toBe('Dujarric')
  })

  it.each([
    ['a person appealing', 'Maria Lopez is appealing for $20,000 to rebuild her home.', '$20,000'],
    ['an organisation that is not the subject', 'Residents angry with the Relief Office are seeking $5 million in damages.', '$5 million'],
    ['"called" naming something', 'The Relief Office runs a scheme called 50 Homes.', '50'],
  ])('gives no appeal source for %s', (_label, body, text) => {
    const entities = entitiesIn(body, [{ name: 'Maria Lopez' }], [{ name: 'Relief Office' }])
    const c = findClaims(body, splitSentences(body), entities, []).find((x) => x.text === text)
    expect(c?.source ?? null).toBeNull()
  })

  it.each([
    ['a name inside a quote that does not hold the figure', '"It is a move by the Supreme Court," Terena told IPS, referring to conflicts lasting five years.'],
    ['a name whose verb belongs to a later name', '"It is a fight with Congress," Terena told IPS, referring to conflicts lasting five years.'],
  ])('does not take %s', (_label, body) => {
    const entities = entitiesIn(body, [{ name: 'Terena' }], [{ name: 'Supreme Court' }, { name: 'Congress' }, { name: 'IPS' }])
    const quote: QuoteFact = { text: body.slice(1, body.indexOf(',"') + 1), kind: 'direct', speaker: { type: 'person', key: 'terena', name: 'Terena' }, start: 1, end: body.indexOf(',"') + 1 }
    expect(sourceOf(body, entities, 'five years', [quote])).toBeNull()
  })
})

describe('source', () => {
  const body = 'According to the World Agency (WA), 300 people died. The city has 2,000 homes.'
  const entities: Entities = {
    people: [],
    organisations: [{ key: 'wa', name: 'World Agency', acronym: 'WA', aliases: ['WA'], mentions: [{ start: 17, end: 29 }, { start: 31, end: 33 }] }],
  }
  it('takes the organisation named in "according to X" in the same sentence', () => {
    const [a, b] = findClaims(body, splitSentences(body), entities, [])
    expect(a?.source).toMatchObject({ key: 'wa', type: 'organisation' })
    expect(b?.source).toBeNull()
  })

  it('takes the speaker of the quote that holds the figure', () => {
    const text = '“We counted 40 bodies,” said the mayor.'
    const speaker = { type: 'person' as const, key: 'mayor', name: 'Mayor' }
    const [c] = findClaims(text, splitSentences(text), none, [{ text: 'We counted 40 bodies,', kind: 'direct', speaker, start: 1, end: 22 }])
    expect(c?.source).toEqual(speaker)
  })
})

describe('the source of figures in reported words', () => {
  const claimsOf = (body: string) => extractArticle({ index: 0, title: null, byline: null, dateline: null, publishedAt: null, agency: null, body }).claims

  it.each([
    ['a promise to act has no source ("promised to ratify the 14 lands")', 'President Lula promised to ratify the 14 indigenous lands that were already demarcated.', '14', null],
    ['a call has no source ("called for a separate vote on two paragraphs")', 'The Foreign Ministry called for a separate vote on two paragraphs of the resolution.', 'two', null],
    ['a pledge that states figures is its speaker\'s ("pledged that his country would go from 175 gigawatts")', 'Indian Prime Minister Narendra Modi pledged that his country would go from 175 gigawatts to 450 gigawatts by 2022.', '175 gigawatts', 'Narendra Modi'],
  ])('%s', (_label, body, text, source) => {
    expect(claimsOf(body).find((c) => c.text === text)?.source?.name ?? null).toBe(source)
  })
})

describe('the source of "he said" in a whole article', () => {
  const claimsOf = (body: string) => extractArticle({ index: 0, title: null, byline: null, dateline: null, publishedAt: null, agency: null, body }).claims

  it('is not a person named only in what an unnamed spokesman said before', () => {
    const body =
      'The spokesman said that raids were being conducted to arrest others, including council chairman Asim Shoaib. ' +
      'He said 22 people were arrested under Section 3 of the order.'
    expect(claimsOf(body).find((c) => c.text === '22')?.source).toBeNull()
  })

  it('is the person who spoke before', () => {
    const body = 'Police chief Tariq Iqbal said that raids were under way against council chairman Asim Shoaib. He said 22 people were arrested on Monday.'
    expect(claimsOf(body).find((c) => c.text === '22')?.source?.name).toBe('Tariq Iqbal')
  })
})

describe('invariants', () => {
  const fixture = readFileSync(new URL('../fixtures/000_b8a49620419f854f.txt', import.meta.url), 'utf8')
  const body = fixture.replace(/\r\n?/g, '\n')
  const claims = extractArticle({ index: 0, title: null, byline: null, dateline: null, publishedAt: null, agency: null, body }).claims

  it('finds the figures of a real article, e.g. "USD $2.3 billion" as 2300000000 USD', () => {
    expect(claims.find((c) => c.text === 'USD $2.3 billion')).toMatchObject({ value: 2.3e9, unit: 'USD', category: 'money' })
    expect(claims.find((c) => c.text === '3.7 million')).toMatchObject({ value: 3.7e6, qualifier: 'more_than' })
  })

  it('keeps body.slice(start, end) === text and the sentence around it', () => {
    expect(claims.length).toBeGreaterThan(20)
    for (const c of claims) {
      expect(body.slice(c.start, c.end)).toBe(c.text)
      expect(body.includes(c.sentence)).toBe(true)
      expect(c.sentence.includes(c.text)).toBe(true)
    }
  })

  it.each([
    ['empty', ''],
    ['whitespace', '   \n\n  '],
    ['junk', '%%%$$$€€ 12-- --34 ,,, 5,,6 .7. $ £ bn m k 1e9 ½ ¾'],
    ['only numbers', '1 2 3 4 5 6 7 8 9 10 11 12 13'],
    ['huge', 'Over 3,000 people fled and 40% were hurt. '.repeat(20_000)],
  ])('never throws on %s input', (_label, text) => {
    expect(() => findClaims(text, splitSentences(text), none, [])).not.toThrow()
  })
})
