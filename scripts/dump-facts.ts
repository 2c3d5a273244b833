/** Prints what extraction finds in a file, for eyeballing rules: tsx scripts/dump-facts.ts FILE [--part quotes|claims|entities|articles] */
import { readFileSync } from 'node:fs'
import { extractFile } from '../src/extract/pipeline.js'

const [file, flag, part] = process.argv.slice(2)
if (!file) throw new Error('usage: tsx scripts/dump-facts.ts FILE [--part quotes|claims|entities|articles]')
const facts = extractFile(readFileSync(file, 'utf8'))
const pick = flag === '--part' ? part : undefined
for (const f of facts) {
  const { body, ...meta } = f.article
  if (!pick || pick === 'articles') console.log(JSON.stringify({ ...meta, opening: body.slice(0, 160) }, null, 1))
  if (!pick || pick === 'entities') console.log(JSON.stringify({ people: f.people.map(({ mentions, ...p }) => p), organisations: f.organisations.map(({ mentions, ...o }) => o) }, null, 1))
  if (!pick || pick === 'quotes') for (const q of f.quotes) console.log(`Q ${q.kind} [${q.speaker?.name ?? '-'}] ${q.text.slice(0, 100)}`)
  if (!pick || pick === 'claims') for (const c of f.claims) console.log(`C ${c.text} = ${c.value}${c.valueMax != null ? '-' + c.valueMax : ''} ${c.unit ?? ''} ${c.qualifier} [${c.category}] "${c.subject}" <${c.source?.name ?? '-'}>`)
}
