/** Specification of people and organisations: names, titles, aliases, acronyms, and what is not an entity. */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { resolveMention } from '../../src/extract/attribution.js'
import { findEntities } from '../../src/extract/entities.js'
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
  ])('%s', (_label, body) => {
    expect(entitiesOf(body).people).toEqual([])
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
    ['a well-known acronym used alone', 'The IAEA said power was restored.', 'IAEA'],
    ['a government body', 'The Kremlin said talks would go on.', 'Kremlin'],
    ['a body named by its keyword', 'The Swedish Prosecution Authority said it would appeal.', 'Swedish Prosecution Authority'],
    ['a country\'s ministry', "Russia's foreign ministry said it viewed the move as hostile.", "Russia's foreign ministry"],
    ['a media outlet', 'Terena told IPS by telephone.', 'IPS'],
    ['an "X, or ACR" definition', 'The rebels known as Maghawir al Thawra, or MaT, fought on.', 'MaT'],
    ['a company named by its type', 'Russian nuclear power company Rosatom said nothing.', 'Rosatom'],
  ])('finds %s', (_label, body, name) => {
    expect(org(body, name)).toBeDefined()
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
  ])('%s', (_label, body) => {
    expect(entitiesOf(body).organisations).toEqual([])
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
