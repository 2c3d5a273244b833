/**
 * A generated corpus of realistic news articles, built from the real fixture articles in
 * test/fixtures/*.txt: each article takes a fixture's paragraphs (lead first, the rest reordered),
 * tops them up with paragraphs of other fixtures to ~1,200 words, renames some of the people and
 * rescales the numbers. A seeded PRNG makes every run generate the same bytes.
 *
 * Articles are written 100 to a file, each with a "Title\nBy Name\nCITY, Mon DD YYYY (AGENCY)\n"
 * header so the ingest's splitter separates them, and streamed: one file is in memory at a time.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { extractFile } from '../src/extract/pipeline.js'
import { rng, type Rng } from './lib/prng.js'

/** Bump when the generator changes, so cached corpora are rebuilt. */
export const CORPUS_VERSION = 3
export const ARTICLES_PER_FILE = 100
export const TARGET_WORDS = 1200

export interface CorpusManifest {
  version: number
  seed: number
  articles: number
  files: number
  /** Words of the article bodies (whitespace-separated tokens), headers excluded. */
  words: number
  bytes: number
}

interface SourceArticle {
  title: string
  paragraphs: string[]
}

interface NameForm {
  /** A full name ("Volodymyr Zelenskyy") or a surname alias ("Zelenskyy"). */
  form: string
  person: number
  surnameOnly: boolean
}

interface Pool {
  articles: SourceArticle[]
  names: NameForm[]
  nameRe: RegExp | null
}

const FIRST_NAMES = [
  'Amina', 'Carlos', 'Olena', 'Tomasz', 'Fatima', 'Kwame', 'Ingrid', 'Rahul', 'Mei', 'Samuel', 'Layla', 'Pedro', 'Yuki', 'Dmytro',
  'Grace', 'Hassan', 'Lucia', 'Jonas', 'Nadia', 'Ibrahim', 'Elena', 'Mateo', 'Sofia', 'Arjun', 'Chloe', 'Omar', 'Hana', 'Viktor',
  'Zainab', 'Andrei', 'Beatriz', 'Kofi', 'Marta', 'Tariq', 'Anna', 'Diego', 'Leila', 'Pavel', 'Rosa', 'Emeka', 'Irina', 'Felipe',
  'Aisha', 'Lars', 'Noor', 'Marco', 'Yara', 'Sergei', 'Julia', 'Kenji'
]
const LAST_NAMES = [
  'Mensah', 'Kowalczyk', 'Haddad', 'Okafor', 'Lindqvist', 'Moreau', 'Petrenko', 'Santos', 'Nakamura', 'Abdi', 'Fischer', 'Rossi',
  'Kaur', 'Novak', 'Alvarez', 'Osei', 'Ivanova', 'Barros', 'Khalil', 'Tanaka', 'Mwangi', 'Schneider', 'Dubois', 'Hussein', 'Kovacs',
  'Ferreira', 'Lindgren', 'Popescu', 'Nwosu', 'Castillo', 'Yilmaz', 'Horvat', 'Bakr', 'Jensen', 'Romero', 'Chen', 'Adeyemi', 'Weber',
  'Marin', 'Sato', 'Qureshi', 'Nielsen', 'Torres', 'Mazur', 'Banda', 'Costa', 'Larsen', 'Morales', 'Shevchenko', 'Dlamini', 'Ortiz',
  'Varga', 'Rahman', 'Keller', 'Silva', 'Bianchi', 'Eze', 'Lopez', 'Hansen', 'Farouk'
]
const CITIES = [
  'GENEVA', 'UNITED NATIONS', 'KYIV', 'NAIROBI', 'RIO DE JANEIRO', 'BEIRUT', 'LONDON', 'NEW YORK', 'BRASILIA', 'TRIPOLI', 'AMMAN',
  'BRUSSELS', 'JOHANNESBURG', 'BANGKOK', 'MEXICO CITY', 'DAKAR'
]
const AGENCIES = ['IPS', 'AFP', 'Reuters', 'AP', 'IPS', 'IPS']
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
const MONTH_BEFORE = /(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+$/

const words = (s: string): number => s.match(/\S+/g)?.length ?? 0
const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** Paragraphs and people of the fixture articles, as the real extraction sees them. */
export function loadPool(fixturesDir: string): Pool {
  const articles: SourceArticle[] = []
  const forms = new Map<string, NameForm>()
  let personCount = 0
  for (const file of readdirSync(fixturesDir).filter((f) => f.endsWith('.txt')).sort()) {
    for (const facts of extractFile(readFileSync(join(fixturesDir, file), 'utf8'))) {
      const paragraphs = facts.article.body
        .split('\n')
        .map((p) => p.trim())
        .filter((p) => words(p) >= 8)
      if (paragraphs.length < 3) continue
      articles.push({ title: facts.article.title ?? paragraphs[0]!.split(/[.,;:]/)[0]!.slice(0, 90), paragraphs })
      for (const person of facts.people) {
        const parts = person.name.split(/\s+/)
        if (parts.length < 2) continue
        const id = personCount++
        if (!forms.has(person.name)) forms.set(person.name, { form: person.name, person: id, surnameOnly: false })
        const surname = parts[parts.length - 1]!
        if (surname.length >= 4 && !forms.has(surname)) forms.set(surname, { form: surname, person: id, surnameOnly: true })
      }
    }
  }
  const names = [...forms.values()].sort((a, b) => b.form.length - a.form.length)
  const nameRe = names.length ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${names.map((n) => escapeRe(n.form)).join('|')})(?![\\p{L}\\p{N}])`, 'gu') : null
  return { articles, names, nameRe }
}

/** Same digit style as the original: thousands separators, decimals. */
function formatLike(original: string, value: number): string {
  const decimals = original.includes('.') ? (original.split('.')[1]?.length ?? 0) : 0
  const fixed = value.toFixed(decimals)
  if (!original.includes(',')) return fixed
  const [int, frac] = fixed.split('.')
  return `${(int ?? '').replace(/\B(?=(\d{3})+(?!\d))/g, ',')}${frac ? `.${frac}` : ''}`
}

function varyNumbers(text: string, r: Rng): string {
  return text.replace(/\d[\d,]*\d(?:\.\d+)?|\d(?:\.\d+)?/g, (m, offset: number) => {
    if (/^(19|20)\d\d$/.test(m)) return m // a year
    if (MONTH_BEFORE.test(text.slice(Math.max(0, offset - 12), offset))) return m // a day of a date
    const value = Number(m.replace(/,/g, ''))
    if (!Number.isFinite(value) || value === 0) return m
    const scaled = value * (0.5 + r.next() * 1.5)
    const out = value >= 1 && scaled < 1 ? 1 : scaled
    return formatLike(m, out)
  })
}

/** The text of article `i` of the corpus. */
export function generateArticle(pool: Pool, seed: number, i: number): { text: string; words: number } {
  const r = rng(seed * 1_000_003 + i)
  const base = pool.articles[i % pool.articles.length]!
  const [lead, ...rest] = base.paragraphs
  const paragraphs = [lead!, ...r.shuffle([...rest])]
  const target = TARGET_WORDS + r.int(-100, 100)
  let n = paragraphs.reduce((s, p) => s + words(p), 0)
  while (n < target) {
    const other = r.pick(pool.articles)
    const p = r.pick(other.paragraphs)
    paragraphs.push(p)
    n += words(p)
  }
  // Some people keep their names (so a few speakers recur across the corpus), the others are renamed.
  const renamed = new Map<number, { first: string; last: string } | null>()
  const renameOf = (person: number) => {
    if (!renamed.has(person)) renamed.set(person, r.chance(0.6) ? { first: r.pick(FIRST_NAMES), last: r.pick(LAST_NAMES) } : null)
    return renamed.get(person)!
  }
  const byForm = new Map(pool.names.map((f) => [f.form, f]))
  const rename = (p: string): string =>
    pool.nameRe
      ? p.replace(pool.nameRe, (m) => {
          const f = byForm.get(m)
          const to = f ? renameOf(f.person) : null
          return to ? (f!.surnameOnly ? to.last : `${to.first} ${to.last}`) : m
        })
      : p
  const body = paragraphs.map((p) => varyNumbers(rename(p), r))
  const header = [
    varyNumbers(rename(base.title), r),
    `By ${r.pick(FIRST_NAMES)} ${r.pick(LAST_NAMES)}`,
    `${r.pick(CITIES)}, ${r.pick(MONTHS)} ${r.int(1, 28)} ${r.int(2023, 2026)} (${r.pick(AGENCIES)})`
  ]
  return { text: `${header.join('\n')}\n${body.join('\n')}\n`, words: body.reduce((s, p) => s + words(p), 0) }
}

/**
 * Writes (or reuses, when the manifest matches) a corpus of `articles` articles under `dir`,
 * ARTICLES_PER_FILE to a file, holding one file in memory at a time.
 */
export function ensureCorpus(dir: string, articles: number, seed: number, fixturesDir: string): CorpusManifest & { reused: boolean } {
  // next to the folder, not in it: the ingest reads every input format it knows in a folder
  const manifestPath = `${dir}.json`
  if (existsSync(manifestPath)) {
    const m = JSON.parse(readFileSync(manifestPath, 'utf8')) as CorpusManifest
    if (m.version === CORPUS_VERSION && m.seed === seed && m.articles === articles) return { ...m, reused: true }
  }
  rmSync(dir, { recursive: true, force: true })
  mkdirSync(dir, { recursive: true })
  const pool = loadPool(fixturesDir)
  const manifest: CorpusManifest = { version: CORPUS_VERSION, seed, articles, files: 0, words: 0, bytes: 0 }
  for (let start = 0; start < articles; start += ARTICLES_PER_FILE) {
    const parts: string[] = []
    for (let i = start; i < Math.min(articles, start + ARTICLES_PER_FILE); i++) {
      const a = generateArticle(pool, seed, i)
      parts.push(a.text)
      manifest.words += a.words
    }
    const text = parts.join('\n')
    writeFileSync(join(dir, `part-${String(manifest.files).padStart(5, '0')}.txt`), text)
    manifest.files++
    manifest.bytes += Buffer.byteLength(text)
  }
  writeFileSync(manifestPath, JSON.stringify(manifest, null, 2))
  return { ...manifest, reused: false }
}
