import Database from 'better-sqlite3'
import { afterAll, describe, expect, it } from 'vitest'
import { bm25Scores, foldForMatch, inverseDocumentFrequency, snippetOf, termFrequency, type QueryTerm } from '../../src/db/queries/search-text.js'
import { ftsQuery, queryTerms } from '../../src/db/sqlite-sql.js'

const word = (w: string): QueryTerm => ({ word: w, prefix: false })
const prefix = (w: string): QueryTerm => ({ word: w, prefix: true })

describe('foldForMatch', () => {
  it.each([
    ['Ukraine’s Zelensky', 'ukraine’s zelensky'],
    ['Düsseldorf, État, São Paulo', 'dusseldorf, etat, sao paulo'],
    ['“Drones” — 1,300', '“drones” — 1,300']
  ])('folds %j to %j', (text, folded) => {
    expect(foldForMatch(text)).toBe(folded)
  })
})

describe('termFrequency', () => {
  it.each([
    ['drones, drones and more drones', word('drones'), 3],
    ['hydrones and drones', word('drones'), 1],
    ['a drone, not drones', word('drone'), 1],
    ["ukraine's ukrainian neighbours", prefix('ukrain'), 2],
    ['the ukrainian', word('ukrain'), 0],
    ['sao paulo', word('sao'), 1]
  ])('counts %j for %o as %i', (text, term, count) => {
    expect(termFrequency(text, term)).toBe(count)
  })
})

describe('inverseDocumentFrequency', () => {
  it('is bm25’s IDF of the exact count when the sample is not full', () => {
    expect(inverseDocumentFrequency(10, 500, 1000, 10_000)).toBeCloseTo(Math.log((10_000 - 10 + 0.5) / (10 + 0.5)), 10)
  })

  it('scales a full sample to the rowids it spans', () => {
    // 1,000 matches among the newest 10,000 rows of 100,000: about 10,000 in all
    expect(inverseDocumentFrequency(1000, 90_001, 1000, 100_000)).toBeCloseTo(Math.log((100_000 - 10_000 + 0.5) / (10_000 + 0.5)), 10)
  })

  it('never goes below a tiny positive weight for a word in most rows', () => {
    expect(inverseDocumentFrequency(900, 1, 1000, 1000)).toBe(1e-6)
  })
})

describe('bm25Scores', () => {
  const terms = [{ ...word('drones'), idf: 2 }]

  it('ranks more occurrences first (lower is better)', () => {
    const [once, twice] = bm25Scores(['drones hit a city of the east', 'drones and more drones hit a city'], terms)
    expect(twice!).toBeLessThan(once!)
  })

  it('ranks a shorter text first at the same count', () => {
    const [short, long] = bm25Scores(['drones hit kyiv', 'drones hit kyiv and several other cities in the east overnight'], terms)
    expect(short!).toBeLessThan(long!)
  })

  it('weighs a rare word above a common one', () => {
    const weighted = [
      { ...word('drones'), idf: 0.5 },
      { ...word('zaporizhzhia'), idf: 5 }
    ]
    const [common, rare] = bm25Scores(['drones drones near the plant', 'zaporizhzhia near the plant'], weighted)
    expect(rare!).toBeLessThan(common!)
  })

  it('gives 0 to a text without the words', () => {
    expect(bm25Scores(['nothing here'], terms)).toEqual([-0])
  })
})

describe('snippetOf cuts the same snippet as FTS5’s snippet(…, 16)', () => {
  const sqlite = new Database(':memory:')
  sqlite.exec("create virtual table t using fts5(x, tokenize='unicode61 remove_diacritics 2')")
  afterAll(() => sqlite.close())
  const fts5Snippet = (text: string, q: string): string => {
    sqlite.exec('delete from t')
    sqlite.prepare('insert into t(x) values (?)').run(text)
    const row = sqlite.prepare("select snippet(t, 0, '[', ']', '…', 16) as s from t where t match ?").get(ftsQuery(q)) as { s: string } | undefined
    if (!row) throw new Error(`FTS5 does not match ${q} in ${text}`)
    return row.s
  }
  const long =
    '“We have documented 2,514 civilians killed since the start,” said Matthias Schmale, adding that the drones kept coming every night across the whole country and that nobody was safe.'
  it.each([
    ['The UN said roughly 1,300 drones were launched between January 11 and 17.', 'drones'],
    [long, 'drones'],
    [long, 'civilians killed'],
    [long, 'schmale safe'],
    ['Drones, drones and more drones: the war in Ukraine has become a war of drones, officials in Kyiv said on Tuesday.', 'ukrain*'],
    ['Drones, drones and more drones: the war in Ukraine has become a war of drones, officials in Kyiv said on Tuesday.', 'drones war'],
    ['A short one about Ukraine’s drones.', 'ukraine'],
    ['Officials reported that villages had been shelled overnight. According to the governor, drones had hit a power station near the border.', 'drones'],
    ['Le président a visité São Paulo et Brasília, où les pluies ont fait des dégâts considérables dans plusieurs quartiers de la ville.', 'sao paulo'],
    ['Η Ελλάδα και η Κύπρος υπέγραψαν συμφωνία για την ενέργεια.', 'Ελλάδα'],
    ['Удари по Києву та Харкову тривали всю ніч.', 'Києву']
  ])('in %j for %j', (text, q) => {
    expect(snippetOf(text, queryTerms(q))).toBe(fts5Snippet(text, q))
  })
})
