/** Specification of people and organisations: names, titles, aliases, acronyms, and what is not an entity. */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { resolveMention } from '../../src/extract/attribution.js'
import { findEntities, genderOfName, personGender } from '../../src/extract/entities.js'
import { splitSentences } from '../../src/extract/sentences.js'
import type { Entities, OrganisationFact, PersonFact } from '../../src/extract/types.js'

const entitiesOf = (body: string): Entities => findEntities(body, splitSentences(body))
const person = (body: string, name: string): PersonFact | undefined => entitiesOf(body).people.find((p) => p.name === name)
const org = (body: string, name: string): OrganisationFact | undefined => entitiesOf(body).organisations.find((o) => o.name === name || o.acronym === name)
const fixture = (name: string): string => readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8')

describe('people', () => {
  it.each([
    ['strips a title and keeps it as the role', 'Ukrainian President Volodymyr Zelensky spoke on Tuesday.', 'Volodymyr Zelensky', 'Ukrainian President'],
    ['keeps name particles ("von der")', 'EU chiefs Ursula von der Leyen and Antonio Costa visited Kyiv.', 'Ursula von der Leyen', 'EU chiefs'],
    ['keeps diacritics', '“They must stop,” said UN Human Rights Chief Volker Türk.', 'Volker Türk', 'UN Human Rights Chief'],
    ['reads a role from an apposition', '“It is bad,” said Danielle Bell, head of HRMMU.', 'Danielle Bell', 'head of HRMMU'],
    ['reads a multi-word title with "of"', 'Deputy Director of Public Prosecution Eva-Marie Persson took the decision.', 'Eva-Marie Persson', 'Deputy Director of Public Prosecution'],
    ['reads a lower-case role before the name', 'Missile expert Fabian Hoffman said it was new.', 'Fabian Hoffman', 'Missile expert'],
  ])('%s', (_label, body, name, role) => {
    const p = person(body, name)
    expect(p?.key).toBe(p ? p.key : 'missing')
    expect(p?.roles).toContain(role)
  })

  it.each([
    ['"X of <place>" after a speech verb', '“I could not walk,” wrote 43-year-old Martin Taylor of Aberdeenshire, Scotland.', 'Martin Taylor'],
    ['"X of <organisation>"', 'He had, according to Alex Horton of the Washington Post, eaten a marmot.', 'Alex Horton'],
    ['"X from <place>"', '“It hurts,” said Anna Berg from Oslo.', 'Anna Berg'],
    ['a US politician with party and state ("(R-OK)")', 'Rep. Frank Lucas (R-OK), the ranking member, backed it.', 'Frank Lucas'],
    ['a company\'s CEO ("company CEO Andy Vesey")', 'The company CEO Andy Vesey said it would not take the risk.', 'Andy Vesey'],
    ['a person before "of" a body', 'Dr. Joneigh Khaldun of the Michigan Department of Health and Human Services said cases rose.', 'Joneigh Khaldun'],
    ['a surname that is also a title word ("White")', '“Tariffs hurt,” said Lawrence White, a professor at the university.', 'Lawrence White'],
    ['a surname that is also a place word ("Hill")', 'The talks stalled, said former trade adviser Ruth Hill.', 'Ruth Hill'],
    ['a surname that is also a building word ("Hall")', '“We were never told,” said Gareth Hall, a parent at the school.', 'Gareth Hall'],
    ['a name after "by" in running text ("was read by John Smith, a spokesman")', 'The statement was read by John Smith, a spokesman for the ministry.', 'John Smith'],
    ['a name after "by" and before a role ("briefing by Stéphane Dujarric, Spokesman for …")', 'The briefing was given by Stéphane Dujarric, Spokesman for the Secretary-General, on Monday.', 'Stéphane Dujarric'],
    ['a name after a plural title ("former MPAs Malik Shafiullah Khan")', 'The detainees included former MPAs Malik Shafiullah Khan and Azam Khan, a spokesman said.', 'Malik Shafiullah Khan'],
    ['a surname that is also a month ("Theresa May")', 'Prime Minister Theresa May told the House of Commons that budgets were protected.', 'Theresa May'],
    ['a surname that is a common word, after a title ("Prime Minister John Key")', 'Prime Minister John Key said at a news conference that only 55 of 75 dead had been identified.', 'John Key'],
    ['a surname that is a common word, before speech ("Ted Key said")', 'The vote was close. Ted Key said the count was fair.', 'Ted Key'],
    ['a first name that is a common word ("Bill Clinton")', 'Former president Bill Clinton said the deal would hold.', 'Bill Clinton'],
    ['a Korean name with a surname that is a common word ("Park Geun-hye")', 'Former president Park Geun-hye said the figures were wrong.', 'Park Geun-hye'],
  ])('finds a person: %s', (_label, body, name) => {
    expect(entitiesOf(body).people.map((p) => p.name)).toContain(name)
  })

  it('takes no person from a credit ("Editing by Tom Brown", "Photo by …")', () => {
    expect(entitiesOf('Titan has lakes, scientists said.\n\n(Reporting by Will Dunham; Editing by Tom Brown)').people).toEqual([])
  })

  it('takes a month after no first name for no surname ("in May")', () => {
    expect(entitiesOf('The vote is due in May. In March Sarah Jones said no.').people.map((p) => p.name)).toEqual(['Sarah Jones'])
  })

  it('knows "Sir Keir" as the Sir Keir Starmer named before', () => {
    const e = entitiesOf('Labour leader Sir Keir Starmer spoke on Tuesday. But Sir Keir dismissed the claim as garbage.')
    expect(e.people.map((p) => p.name)).toEqual(['Keir Starmer'])
    expect(e.people[0]?.mentions).toHaveLength(2)
  })

  it.each([
    ['"Duke of Edinburgh"', 'The Duke of Edinburgh opened the hall.'],
    ['"Gulf of Mexico"', 'Storms formed over the Gulf of Mexico.'],
  ])('takes no person from a title or place joined by "of": %s', (_label, body) => {
    expect(entitiesOf(body).people).toEqual([])
  })

  it('links a surname and an honorific form to the full name', () => {
    const body = 'Deputy Director Eva-Marie Persson took the decision. Ms Persson said it was hard. Persson left.'
    const p = person(body, 'Eva-Marie Persson')
    expect(p?.key).toBe('eva-marie-persson')
    expect(p?.aliases).toEqual(expect.arrayContaining(['Ms Persson', 'Persson']))
    expect(p?.mentions).toHaveLength(3)
  })

  it('affiliates a person with the organisation in the role', () => {
    const p = person('The mission (HRMMU) reported. “It is bad,” said Danielle Bell, head of HRMMU.', 'Danielle Bell')
    expect(p?.organisationKeys).toContain('hrmmu')
  })

  it('uses the slug of the canonical name as key', () => {
    expect(person('UN Human Rights Chief Volker Türk spoke.', 'Volker Türk')?.key).toBe('volker-turk')
  })

  it.each([
    ['a capitalised sentence start is not a person', 'Despite Heavy rains, people stayed. Heavy rains fell again.'],
    ['a country is not a person', 'The United States and Burkina Faso signed a deal.'],
    ['a place after "in" is not a person', 'Floods hit homes in Juiz de Fora and in Minas Gerais.'],
    ['a month and a weekday are not people', 'On Tuesday February 24 the talks ended.'],
    ['a photo credit is not a person', 'Ruins of a school. Credit: Gustavo Bezerra / IndiBSB\nUN Photo/Eskinder Debebe'],
    ['a byline line is not a person', 'By Oritro Karim\nThe war goes on.'],
    ['an organisation is not a person', 'The Kohelet Policy Forum said so.'],
    ['a street or a building named after someone is not a person', 'They marched down John Street. Patients at Victoria Hospital said they were afraid.'],
    ['a city whose name is a first name is not a person', 'Flights from San Francisco Bay and São Paulo Airport resumed.'],
  ])('%s', (_label, body) => {
    expect(entitiesOf(body).people).toEqual([])
  })
})

describe('person evidence on unseen text', () => {
  it.each([
    ['a party label is a role ("Republican Phil Bryant")', 'Republican Phil Bryant won the race in 2015.', 'Phil Bryant', 'Republican'],
    ['a party label before a title ("Democratic Sen. Jane Doe")', 'Democratic Sen. Elizabeth Warren spoke on Tuesday.', 'Elizabeth Warren', 'Democratic Sen.'],
    ['a demonym and a title ("Ukrainian President X")', 'Ukrainian President Volodymyr Zelensky spoke.', 'Volodymyr Zelensky', 'Ukrainian President'],
    ['a capitalised job word before a full name', 'Superintendent Jennifer McCormick asked for more money.', 'Jennifer McCormick', 'Superintendent'],
    ['a sports position before the name', 'The suspension hit Pittsburgh center Maurkice Pouncey hard.', 'Maurkice Pouncey', 'Pittsburgh center'],
  ])('%s', (_label, body, name, role) => {
    expect(person(body, name)?.roles).toContain(role)
  })

  it.each([
    ['a common first name', 'The award went to Sarah Lindqvist this year.', 'Sarah Lindqvist'],
    ['a speech verb after the name', 'Mikola Dziadok told the court he was innocent.', 'Mikola Dziadok'],
    ['an age after the name', 'The driver, Oskarr Vantelo, 48, was not hurt.', 'Oskarr Vantelo'],
    ['a title phrase before the name', 'In June, the then UK Home Secretary, Sajid Javid, approved the request.', 'Sajid Javid'],
    ['a surname used again as a subject', 'Ales Bialiatski won the prize. Bialiatski is still in prison.', 'Ales Bialiatski'],
    ['a pronoun later in the sentence', 'Brandon Montour spoiled his shutout bid late in the game.', 'Brandon Montour'],
    ['a middle initial', 'The case against Patrick W. Carlineo went to trial.', 'Patrick W. Carlineo'],
    ['a first name ending like a verb, with a role after it', 'Prices rose. Henning Gloystein, head of research at Eurasia Group, said prices would rise.', 'Henning Gloystein'],
    ['an organisation and a speech verb after the name', 'Khanderao Kand of the Foundation for India and Indian Diaspora Studies said the ruling restores fairness.', 'Khanderao Kand'],
  ])('finds a person with evidence: %s', (_label, body, name) => {
    expect(entitiesOf(body).people.map((p) => p.name)).toContain(name)
  })

  it.each([
    ['"Virginia Democrats" (a group)', 'Virginia Democrats won control of the legislature.'],
    ['"Kentucky Democrats" (a group)', 'Kentucky Democrats celebrated on Tuesday night.'],
    ['"Total Endorsement" (words inside a quoted tweet)', 'He tweeted: “Get out and vote for him. He has my Complete and Total Endorsement!”'],
    ['"Auto Show" (an event)', 'The car was shown at the LA Auto Show this week, where the show drew crowds.'],
    ['"Space Vizzion Concept" (a product)', 'The brand revealed the ID Space Vizzion Concept on Monday.'],
    ['"Mach E" (a model name)', 'Ford unveiled the Mustang Mach E in Los Angeles.'],
    ['"Caja Magica" (a venue)', 'The matches are played at the Caja Magica in Madrid.'],
    ['"Magic Box" (a venue)', 'Spain won the final at the Magic Box on Sunday.'],
    ['"Texas Austin" (a place)', 'Joshua Apte, a professor at the University of Texas Austin, explained the data.'],
    ['"Full Fact" (a website named by a noun)', 'Will Moy, chief executive of the fact-checking website Full Fact, told the BBC.'],
    ['"Eve Door" (a brand with an ampersand)', 'The Eve Door & Window sensor costs $30.'],
    ['"Star Trek" (a film)', 'The most recent Star Trek film was a success. The fourth Trek film is coming.'],
    ['"Getting Disney" (a sentence opener)', 'Getting Disney to agree took months of talks.'],
    ['a name inside a hashtag', 'Fans posted #JusticeForHarambe Gorilla Fund messages.'],
  ])('does not take %s for a person', (_label, body) => {
    const names = entitiesOf(body).people.map((p) => p.name)
    expect(names.filter((n) => !['Joshua Apte', 'Will Moy'].includes(n))).toEqual([])
  })
})

describe('organisations', () => {
  it('links a defined acronym to the full name and keys it by the acronym', () => {
    const o = org('According to the Office for the Coordination of Humanitarian Affairs (OCHA), needs grew. OCHA warned of more.', 'OCHA')
    expect(o?.key).toBe('ocha')
    expect(o?.name).toBe('Office for the Coordination of Humanitarian Affairs')
    expect(o?.mentions).toHaveLength(3)
  })

  it('treats "UN", "U.N." and "United Nations" as one organisation', () => {
    const e = entitiesOf('The UN said so. The U.N. agreed. The United Nations voted.')
    const uns = e.organisations.filter((o) => o.key === 'un')
    expect(uns).toHaveLength(1)
    expect(uns[0]?.mentions).toHaveLength(3)
  })

  it.each([
    ['"the UN’s refugee agency"', 'The UN’s refugee agency said 3,000 people fled on Sunday.', 'UNHCR'],
    ['"the United Nations\' nuclear watchdog"', "Repairs began, according to the United Nations' nuclear watchdog.", 'IAEA'],
    ['"the UN\'s migration agency"', "The UN's migration agency counted the deaths.", 'IOM'],
  ])('knows a UN agency by its epithet with a possessive: %s', (_label, body, acronym) => {
    const e = entitiesOf(body)
    expect(e.organisations.map((o) => o.acronym)).toEqual([acronym])
  })

  it('knows UNHCR by its formal name, "the Office of the United Nations High Commissioner for Refugees"', () => {
    const e = entitiesOf('The Office of the United Nations High Commissioner for Refugees has deployed plastic sheets.')
    expect(e.organisations.map((o) => o.acronym)).toEqual(['UNHCR'])
  })

  it.each([
    ['a title after "of the" is part of the name', 'The Office of the Special Envoy said it would help.', 'Office of the Special Envoy'],
    ['so is "Inspector General" after "of"', 'Conditions were found by the DHS Office of Inspector General.', 'DHS Office of Inspector General'],
    ['a name an apposition calls one of the country’s companies', 'Marathon Myanmar, one of the country’s leading e-commerce delivery companies, also reported higher demand.', 'Marathon Myanmar'],
    ['a party\'s qualifier in brackets is part of its name', 'The Communist Party of Nepal (Maoist Centre) chair spoke to the delegates.', 'Communist Party of Nepal (Maoist Centre)'],
    ['a country in brackets is not', 'The Labour Party (Ghana) met on Monday.', 'Labour Party'],
    ['a person\'s title after a chamber is not', 'On Monday, State Senate Majority Leader Andrea Stewart-Cousins said voting would end.', 'State Senate'],
    ['an acronym defined after a job that names a field ("Director for Workplace and Management of the … (WFP)")', 'Stephen Omollo, Director for Workplace and Management of the World Food Programme (WFP), said that famine had spread.', 'World Food Programme'],
    ['an acronym defined after a name holding one ("UN Security Council (UNSC)")', 'Sigrid Kaag briefed members of the UN Security Council (UNSC) in a closed meeting.', 'UN Security Council'],
    ['an acronym defined after a name holding one ("US Agency for International Development (USAID)")', 'The US Agency for International Development (USAID) cut its funding.', 'US Agency for International Development'],
    ['a ministry named by its portfolio ("the Interior Ministry")', 'A roadside bomb wounded 15 of the officers, the Interior Ministry said.', 'Interior Ministry'],
    ['a ministry named by a portfolio that is a title word ("Health Ministry")', 'The Health Ministry said 8,536 tests were performed.', 'Health Ministry'],
    ['a finance firm named "Associates"', 'Ray Dalio, co-chief investment officer of the largest hedge fund, Bridgewater Associates, said he was worried.', 'Bridgewater Associates'],
    ['a finance firm named "Management"', 'Apollo Global Management declined to comment.', 'Apollo Global Management'],
    ['a finance firm named "Securities"', 'Trading was quiet, said Michael James, managing director at Wedbush Securities in Los Angeles.', 'Wedbush Securities'],
  ])('names the organisation in full: %s', (_label, body, name) => {
    const names = entitiesOf(body).organisations.map((o) => o.name)
    expect(names).toContain(name)
    expect(names.filter((n) => n !== name && (name.startsWith(n) || n.startsWith(name)))).toEqual([])
  })

  it('takes a job\'s field ending in a firm word for no firm ("Director for Management of the World Food Programme")', () => {
    const body = 'Stephen Omollo, Director for Management of the World Food Programme, said that famine had spread.'
    expect(entitiesOf(body).organisations.map((o) => o.name)).toEqual(['World Food Programme'])
  })

  it('keeps a possessive that opens no known name as it was: "the UN’s Ukraine office" is the UN’s', () => {
    expect(entitiesOf('The UN’s Ukraine office said aid was slowed.').organisations.map((o) => o.key)).toEqual(['un'])
  })

  it.each([
    ['a well-known acronym used alone', 'The IAEA said power was restored.', 'IAEA'],
    ['a government body', 'The Kremlin said talks would go on.', 'Kremlin'],
    ['a body named by its keyword', 'The Swedish Prosecution Authority said it would appeal.', 'Swedish Prosecution Authority'],
    ['a country\'s ministry', "Russia's foreign ministry said it viewed the move as hostile.", "Russia's foreign ministry"],
    ['a military whose officials speak', 'Israeli military officials said the strike was precise.', 'Israeli military'],
    ['a body named after a person "of" it, without the person', 'Dr. Joneigh Khaldun of the Michigan Department of Health and Human Services said cases rose.', 'Michigan Department of Health and Human Services'],
    ['an office named with a possessive title ("Attorney’s Office")', 'He was charged by the U.S. Attorney’s Office for the Western District of New York.', 'U.S. Attorney’s Office for the Western District of New York'],
    ['a sheriff\'s department', 'The Los Angeles County Sheriff\'s Department said two deputies were hurt.', "Los Angeles County Sheriff's Department"],
    ['an outlet someone told ("told The Hill")', 'Her lawyer told The Hill in a statement that she meant no harm.', 'The Hill'],
    ['an outlet a report comes from ("according to The Wrap")', 'The sequel is on hold, according to The Wrap, while the studio decides.', 'The Wrap'],
    ['a committee followed by a weekday', 'Two officials testified before the House Intelligence Committee Tuesday about the call.', 'House Intelligence Committee'],
    ['a committee followed by a weekday, at the start of a sentence', 'The Senate Foreign Relations Committee Wednesday approved the bill.', 'Senate Foreign Relations Committee'],
    ['a media outlet', 'Terena told IPS by telephone.', 'IPS'],
    ['an "X, or ACR" definition', 'The rebels known as Maghawir al Thawra, or MaT, fought on.', 'MaT'],
    ['a company named by its type', 'Russian nuclear power company Rosatom said nothing.', 'Rosatom'],
    ['a company of capitals joined by "&" ("PG&E")', 'PG&E officials said the outages would continue.', 'PG&E'],
    ['a company of two names joined by "&"', 'Shares of Marks & Spencer fell 3 percent in London on Monday.', 'Marks & Spencer'],
    ['a company after "investment fund", before a person who works there', 'Vice Chairman of US investment fund BlackRock Philipp Hildebrand was also seen there.', 'BlackRock'],
    ['a body named "… on SUBJECT"', 'The National Institute on Drug Abuse has estimated that 964,000 people used meth.', 'National Institute on Drug Abuse'],
    ['a council "on" a subject', 'Wilson is a senior fellow at the Council on Foreign Relations in New York.', 'Council on Foreign Relations'],
    ['an institute "for" a field that reads like a name', 'Philippe Jay of the Institute for Functional Genomics led the study.', 'Institute for Functional Genomics'],
    ['a centre "for" a field of three words', 'A study by the Centre for Economic Policy Research found that prices rose.', 'Centre for Economic Policy Research'],
    ['an "&" company with a place word and a suffix', 'Pacific Gas & Electric Co. cut power to 900,000 customers.', 'Pacific Gas & Electric Co'],
  ])('finds %s', (_label, body, name) => {
    expect(org(body, name)).toBeDefined()
  })

  it('reads an acronym defined after a name with "on" in it ("Framework Convention on Climate Change (UNFCCC)")', () => {
    const e = entitiesOf('Countries pledged money under the United Nations Framework Convention on Climate Change (UNFCCC) last year.')
    expect(e.organisations.map((o) => [o.name, o.acronym])).toEqual([['United Nations Framework Convention on Climate Change', 'UNFCCC']])
  })

  it('links "Amnesty" to "Amnesty International" named before', () => {
    const e = entitiesOf('Amnesty International published a report. The killings were verified by Amnesty on Monday.')
    expect(e.organisations.map((o) => [o.name, o.mentions.length])).toEqual([['Amnesty International', 2]])
  })

  it('links a later short form to the full name ("Supreme Court")', () => {
    const e = entitiesOf('The Federal Supreme Court (STF) ruled. The Supreme Court then waited.')
    expect(e.organisations).toHaveLength(1)
    expect(e.organisations[0]?.aliases).toContain('Supreme Court')
  })

  it.each([
    ['Russia as a subject is not an organisation', 'Russia launched 197 drones on Sunday.'],
    ['a currency code is not an organisation', 'The plan costs USD 2 billion.'],
    ['a plant is not an organisation', 'Repairs at the Zaporizhzhia Nuclear Power Plant went on.'],
    ['"military aid" is aid, not the military', 'Congress held up US military aid to Ukraine for weeks.'],
    ['"military bases" are bases', 'Russian military bases in Syria were expanded.'],
    ['"government bonds" are bonds', 'Russian government bonds fell sharply.'],
    ['"military ruler" is a person\'s role, not the military', 'Field Marshal Hussein Tantawi, Egypt’s military ruler, spoke.'],
    ['a title after a chamber\'s name ("Senate Majority Leader")', 'The Senate Majority Leader said the vote would wait.'],
    ['a heading that opens with a question word', 'The judge ruled on Monday.\n\nWhat the Court Actually Said\n\nHe found that the fee was a tax.'],
  ])('%s', (_label, body) => {
    expect(entitiesOf(body).organisations).toEqual([])
  })

  it.each([
    ['a model code with digits ("RAV4")', 'The RAV4 and the Corolla sold well in 2019.', 'RAV4'],
    ['a trim name ("GT")', 'The GT version has a bigger battery and the GT costs more.', 'GT'],
    ['a roster abbreviation ("DL")', 'DL Larry Ogunjobi also received a one-game suspension.', 'DL'],
    ['a unit abbreviation ("LED")', 'The LED lights use less power than the old bulbs.', 'LED'],
    ['a state code ("NY")', 'The company is based in Buffalo, NY and has 40 staff.', 'NY'],
    ['a shouted word ("OPEN")', 'The store is OPEN every day of the week.', 'OPEN'],
    ['an adjective before a role noun ("Washington-based analysts")', 'Pork exports may rise, Washington-based analysts who have done the calculations say.', 'Washington-based'],
    ['a party-and-state tag ("(D-N.Y.)")', 'Rep. Alexandria Ocasio-Cortez (D-N.Y.) spoke after the arrest.', 'D-N.Y.'],
    ['a council meeting "on" a country', 'The UN Security Council on Syria met again on Monday.', 'Council on Syria'],
    ['a council meeting "on" a weekday', 'The European Commission on Friday proposed new rules.', 'European Commission on Friday'],
    ['the surname of a person named before ("a spokeswoman for Neumann")', 'WeWork founder Adam Neumann resigned in September.\n\nA spokeswoman for Neumann declined to comment.', 'Neumann'],
    ['a city\'s "D.C."', 'The team at American University in Washington, D.C., said in a statement that it was done.', 'DC'],
    ['a tournament group ("Group A")', 'France beat Australia in Group A, and Croatia topped Group C.', 'Group A'],
    ['a person\'s dotted initials ("J.J. Abrams")', 'The two films were directed by J.J. Abrams for the studio.', 'JJ'],
    ['a person after a job that is also a company type ("producer John Shanks")', 'The band worked with producer John Shanks on five songs.', 'John Shanks'],
    ['"R&D" (research and development)', 'Spending on R&D rose by 8 percent at the firm.', 'R&D'],
    ['a genre joined by "&" ("Rock & Roll")', 'The band was inducted after years of Rock & Roll stardom.', 'Rock & Roll'],
    ['a section label joined by "&"', 'Arts & Culture\n\nThe museum reopened on Monday after two years.', 'Arts & Culture'],
    ['a cleric\'s title after "according to" ("The Rev.")', 'The service was moving, according to The Rev. Anne Hall of the parish.', 'The Rev'],
    ['a sentence-opening "But" before a chamber ("But the Senate")', 'But the Senate did make changes, particularly to Medicaid.', 'But the Senate'],
    ['a market data code glued to a dot (".IXIC")', 'The Dow rose 0.2 percent and the Nasdaq Composite .IXIC added 16.98 points, traders said.', 'IXIC'],
    ['a person\'s "X\'s said" ("Trump\'s said": Trump has said)', "President Donald Trump spoke. Trump's said he would go.", "Trump's"],
    ['a company\'s possessive before an adjective ("Apple’s upgraded H1 chip")', 'The buds include Apple’s upgraded H1 chip for fast pairing.', 'Apple’s'],
  ])('does not take %s for an organisation', (_label, body, name) => {
    expect(entitiesOf(body).organisations.map((o) => o.acronym ?? o.name)).not.toContain(name)
  })

  it.each([
    ['keeps "and" inside a known name', 'The Securities and Exchange Commission said it would act.', 'Securities and Exchange Commission'],
    ['takes a possessive name that speaks for a company ("McDonald\'s said")', "McDonald's said sales rose 5 percent.", "McDonald's"],
    ['takes "Corp" for a company ("Kimberly-Clark Corp")', 'Its peers include Johnson & Johnson and Kimberly-Clark Corp.', 'Kimberly-Clark Corp'],
    ['drops a sentence-opening common word before "of" ("Shares of Acme Corp")', 'Shares of Acme Corp rose 2 percent. The shares were cheap.', 'Acme Corp'],
    ['drops a byline\'s "By" ("By Tribune News Services")', 'April 26, 2000|By Tribune News Services.\n\nShares fell 9 percent on Tuesday, traders said.', 'Tribune News Services'],
    ['knows a rescue service by its byname ("the White Helmets")', 'The White Helmets said there were more than 210 collapsed buildings.', 'Syria Civil Defence'],
    ['knows an armed movement named in the plural ("the Houthis")', 'The Houthis said they fired three missiles.', 'Houthis'],
    ['keeps "and" after "the" in a ministry\'s name', 'The Industry and Trade Ministry expects a shortage of skilled workers.', 'Industry and Trade Ministry'],
    ['keeps "and" after a country\'s possessive', 'Turkey’s Disaster and Emergency Management Agency said the toll rose to 3,381.', 'Disaster and Emergency Management Agency'],
    ['keeps "and" after a country\'s name', 'The US Fish and Wildlife Service said the bird was endangered.', 'Fish and Wildlife Service'],
    ['keeps "and" after "of" in a keyword name', 'A spokesman for the Department of Health and Human Services declined to comment.', 'Department of Health and Human Services'],
    ['an unknown acronym that speaks', 'The KBS said the show would return next week.', 'KBS'],
    ['an unknown acronym after an organisation noun', 'The report was aired by broadcaster JTBC on Monday.', 'JTBC'],
    ['an unknown acronym defined after a name in brackets', 'Staff of the Human Rights Monitoring Mission in Ukraine (HRMMU) reported it.', 'HRMMU'],
    ['a well-known league', 'The NFL suspended him for the rest of the season.', 'NFL'],
    ['a name that only contains a demonym and an army', 'The group, formerly the Free Syrian Army, fights Islamic State.', 'Free Syrian Army'],
    ['a national army after a capitalised word', 'A spokesman for the Royal Thai Army denied the report.', 'Royal Thai Army'],
    ['a national army after a weekday', 'On Monday Syrian army units moved into the town.', 'Syrian army'],
    ['a body after a "-controlled" adjective', 'Trump claimed victory as the Democratic Party-controlled House of Representatives ended its hearing.', 'House of Representatives'],
    ['a court with a possessive in its name', "The hearing will take place at Westminster Magistrate's Court in February.", "Westminster Magistrate's Court"],
    ['an army with a possessive in its name', "The People's Liberation Army held drills near the island.", "People's Liberation Army"],
  ])('%s', (_label, body, name) => {
    expect(entitiesOf(body).organisations.some((o) => o.name === name || o.acronym === name)).toBe(true)
  })

  it('does not cut "Free Syrian Army" down to the national army', () => {
    expect(entitiesOf('The group, formerly the Free Syrian Army, fights Islamic State.').organisations.map((o) => o.name)).not.toContain('Syrian Army')
  })

  it("does not join an owner's possessive to the organisation it owns", () => {
    const names = entitiesOf("Obama's White House Council said it would act. Google's Research Council met.").organisations.map((o) => o.name)
    expect(names.filter((n) => /['’]s\b/.test(n))).toEqual([])
  })

  it('does not keep a truncated "Exchange Commission"', () => {
    expect(entitiesOf('The Securities and Exchange Commission said it would act.').organisations.map((o) => o.name)).not.toContain('Exchange Commission')
  })

  it('does not take a job title for an organisation ("CBS Sports NFL Insider")', () => {
    const e = entitiesOf('CBS Sports NFL Insider Jason La Canfora reported the news.')
    expect(e.organisations.map((o) => o.name)).not.toContain('CBS Sports NFL Insider')
  })
})

describe('articles', () => {
  it('finds the people and organisations of a real article', () => {
    const e = entitiesOf(fixture('albawaba-israeli-settlements-reaction.txt'))
    const names = e.people.map((p) => p.name)
    expect(names).toEqual(expect.arrayContaining(['Mike Pompeo', 'Benjamin Netanyahu', 'Donald Trump', 'Ayman Safadi', 'Saeb Erekat', 'Avi Bell']))
    expect(e.people.find((p) => p.name === 'Mike Pompeo')?.aliases).toContain('Pompeo')
    const orgs = e.organisations.map((o) => o.name)
    expect(orgs).toEqual(expect.arrayContaining(['Arab League', 'Palestinian Authority', 'International Criminal Court', 'Kohelet Policy Forum']))
    expect(orgs).not.toContain('Israel')
  })

  it('every mention points at its words (offset invariant)', () => {
    for (const f of ['albawaba-israeli-settlements-reaction.txt', 'bbc-assange-sweden-investigation-dropped.txt', '000_b8a49620419f854f.txt']) {
      const body = fixture(f)
      const e = entitiesOf(body)
      for (const p of e.people) for (const m of p.mentions) expect(body.slice(m.start, m.end).length).toBeGreaterThan(0)
      for (const o of e.organisations) for (const m of o.mentions) {
        const words = body.slice(m.start, m.end)
        expect([o.name, o.acronym, ...o.aliases].some((f2) => f2 && f2.replace(/\W/g, '').toLowerCase() === words.replace(/\W/g, '').toLowerCase())).toBe(true)
      }
    }
  })

  it('resolveMention maps a surname, an honorific form and an acronym to the entity', () => {
    const e = entitiesOf('Deputy Director Eva-Marie Persson spoke for the Office for the Coordination of Humanitarian Affairs (OCHA).')
    expect(resolveMention('said Persson', e)?.key).toBe('eva-marie-persson')
    expect(resolveMention('the OCHA team', e)?.key).toBe('ocha')
    expect(resolveMention('nobody here', e)).toBeNull()
  })
})

describe('robustness', () => {
  it.each([
    ['empty text', ''],
    ['junk', '“”"\'‘’ ((( ,,, ... \u0000 \n\n\n ÀÀ ﻿'],
    ['a huge article', 'President John Smith of the World Bank (WB) said: “We are fine.” '.repeat(3000)],
  ])('does not throw on %s', (_label, body) => {
    expect(() => entitiesOf(body)).not.toThrow()
  })
})

describe('gender of a person, for resolving "he" and "she"', () => {
  it.each([
    ['a woman\'s given name', 'Juliana Batista', 'f'],
    ['a man\'s given name', 'Mauricio Terena', 'm'],
    ['an unlisted given name in "-a"', 'Yevgenia Antoniuk', 'f'],
    ['a man\'s given name in "-a"', 'Mustafa Kemal', 'm'],
    ['a unisex given name', 'Alex Morgan', null],
    ['a family name written first', 'Li Wei', null],
    ['a single word', 'Batista', null],
    ['a title before the name', 'President Rosemary DiCarlo', 'f'],
  ])('%s: %s → %s', (_label, name, gender) => {
    expect(genderOfName(name)).toBe(gender)
  })

  it.each([
    ['an honorific', 'Ms Kim Lee spoke to the press on Monday about the plan.', 'Kim Lee', 'f'],
    ['a role word', 'Kremlin spokeswoman Alex Morgan spoke to the press on Monday.', 'Alex Morgan', 'f'],
    ['a role word beats the given name', 'Company spokesman Andrea Rossi spoke to the press on Monday about the plan.', 'Andrea Rossi', 'm'],
    ['the given name when nothing else tells', 'Peter Novak spoke to the press on Monday about the plan.', 'Peter Novak', 'm'],
  ])('from %s', (_label, body, name, gender) => {
    const p = findEntities(body, splitSentences(body)).people.find((x) => x.name === name)
    expect(p).toBeDefined()
    expect(personGender.get(p as PersonFact) ?? null).toBe(gender)
  })
})
