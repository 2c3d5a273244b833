import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openWritable, type DbHandle } from '../../src/db/client.js'
import { storeFile } from '../../src/db/store.js'
import { slugify } from '../../src/extract/slug.js'
import type { ArticleFacts, OrganisationFact, PersonFact } from '../../src/extract/types.js'

const person = (name: string, aliases: string[] = []): PersonFact => ({ key: slugify(name), name, aliases, roles: [], organisationKeys: [], mentions: [] })
const org = (name: string, acronym: string | null, aliases: string[] = []): OrganisationFact => ({ key: slugify(acronym ?? name), name, acronym, aliases, mentions: [] })
const article = (body: string, people: PersonFact[], organisations: OrganisationFact[] = []): ArticleFacts => ({
  article: { index: 0, title: null, byline: null, dateline: null, publishedAt: null, agency: null, body },
  people,
  organisations,
  quotes: [],
  claims: []
})

describe('one row per person or organisation across articles', () => {
  let h: DbHandle
  beforeEach(() => {
    h = openWritable(':memory:')
  })
  afterEach(() => h.close())

  const store = (path: string, facts: ArticleFacts) => storeFile(h.db, { path, sha256: path, facts: [facts] })
  const rows = (table: 'people' | 'organisations') => h.sqlite.prepare(`select id, name from ${table} order by id`).all()

  it.each([
    ['a middle name', 'Rafael Grossi', 'Rafael Mariano Grossi', [{ id: 'rafael-grossi', name: 'Rafael Mariano Grossi' }]],
    ['the same name', 'Volker Türk', 'Volker Türk', [{ id: 'volker-turk', name: 'Volker Türk' }]],
    ['accents aside', 'Volker Türk', 'Volker Turk', [{ id: 'volker-turk', name: 'Volker Türk' }]],
    ['a different first name', 'John Smith', 'Jane Smith', [{ id: 'jane-smith', name: 'Jane Smith' }, { id: 'john-smith', name: 'John Smith' }]]
  ])('merges or keeps apart two people: %s', (_label, first, second, expected) => {
    store('a.txt', article('one', [person(first)]))
    store('b.txt', article('two', [person(second)]))
    expect(rows('people')).toEqual(expected)
  })

  it('links a surname-only mention to the one person known by that alias', () => {
    store('a.txt', article('one', [person('Matthias Schmale', ['Schmale'])]))
    store('b.txt', article('two', [person('Schmale')]))
    expect(rows('people')).toEqual([{ id: 'matthias-schmale', name: 'Matthias Schmale' }])
  })

  it('joins an acronym-only mention to the organisation defined with it elsewhere', () => {
    store('a.txt', article('one', [], [org('OHCHR', 'OHCHR')]))
    store('b.txt', article('two', [], [org('Office of the United Nations High Commissioner for Human Rights', 'OHCHR')]))
    expect(rows('organisations')).toEqual([{ id: 'ohchr', name: 'Office of the United Nations High Commissioner for Human Rights' }])
  })

  it('keeps two bodies apart when they share an acronym but not a name', () => {
    store('a.txt', article('one', [], [org('International Criminal Court', 'ICC')]))
    store('b.txt', article('two', [], [org('International Chamber of Commerce', 'ICC')]))
    expect(rows('organisations')).toHaveLength(2)
  })
})

describe('forms of an entity after a file is replaced', () => {
  let h: DbHandle
  beforeEach(() => {
    h = openWritable(':memory:')
  })
  afterEach(() => h.close())

  const store = (path: string, sha256: string, facts: ArticleFacts) => storeFile(h.db, { path, sha256, facts: [facts] })
  const forms = () => h.sqlite.prepare(`select folded from entity_aliases where entity_id = 'matthias-schmale' order by folded`).pluck().all()

  it('drops the forms that no stored article carries any more', () => {
    store('a.txt', 'v1', article('one', [person('Matthias Schmale', ['Schmale', 'Matt Schmale'])]))
    store('b.txt', 'v1', article('two', [person('Matthias Schmale', ['Schmale'])]))
    expect(forms()).toEqual(['matt schmale', 'matthias schmale', 'schmale'])
    store('a.txt', 'v2', article('one, changed', [person('Matthias Schmale')]))
    expect(forms()).toEqual(['matthias schmale', 'schmale'])
  })
})

describe('ids of quotes and claims', () => {
  it('start with the start of their article’s hash, so that an article’s rows sit together in the primary key', () => {
    const h = openWritable(':memory:')
    try {
      const facts = article('The ministry said 40 people were killed.', [])
      facts.quotes = [{ text: '40 people were killed', kind: 'indirect', speaker: null, start: 18, end: 39 }]
      facts.claims = [
        { text: '40 people', value: 40, valueMax: null, unit: null, qualifier: 'exact', subject: 'people', category: 'killed', source: null, sentence: facts.article.body, start: 18, end: 27 }
      ]
      storeFile(h.db, { path: 'a.txt', sha256: 'a', facts: [facts] })
      const articleId = h.sqlite.prepare('select id from articles').pluck().get() as string
      const ids = [h.sqlite.prepare('select id from quotes').pluck().get(), h.sqlite.prepare('select id from claims').pluck().get()] as string[]
      expect(ids.map((id) => id.slice(2, 10))).toEqual([articleId.slice(2, 10), articleId.slice(2, 10)])
      expect(ids.map((id) => id.slice(0, 2))).toEqual(['q_', 'c_'])
      expect(new Set(ids.map((id) => id.length))).toEqual(new Set([22]))
    } finally {
      h.close()
    }
  })
})
