/**
 * A bigger database from an ingested one, built inside SQLite: every article with all its rows
 * (entity names, mentions, roles, quotes, claims, FTS entries through the migration's triggers)
 * copied `factor - 1` times under new ids. People and organisations are shared by the copies, as
 * recurring newsmakers are in a real archive. Extraction-based ingest of 100k ~1,200-word articles
 * would take tens of minutes on this machine, so the 100k database is built this way, once, and cached.
 */
import { copyFileSync, renameSync, rmSync } from 'node:fs'
import Database from 'better-sqlite3'

const rm = (path: string) => {
  for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(path + suffix, { force: true })
}

export function growDatabase(srcPath: string, destPath: string, factor: number, log: (s: string) => void = () => {}): { ms: number; articles: number } {
  const t0 = performance.now()
  const tmp = `${destPath}.building`
  rm(tmp)
  const src = new Database(srcPath)
  src.pragma('wal_checkpoint(TRUNCATE)')
  src.close()
  copyFileSync(srcPath, tmp)
  const db = new Database(tmp)
  db.pragma('journal_mode = DELETE')
  db.pragma('synchronous = OFF')
  db.pragma('foreign_keys = OFF')
  db.pragma('cache_size = -262144')
  const maxRowid = (table: string): number => (db.prepare(`select coalesce(max(rowid), 0) as m from ${table}`).get() as { m: number }).m
  const tables = ['source_files', 'articles', 'entity_names', 'article_entities', 'mentions', 'person_roles', 'person_organisations', 'quotes', 'claims']
  const limits = Object.fromEntries(tables.map((t) => [t, maxRowid(t)])) as Record<string, number>
  const copy = db.transaction((k: number) => {
    const sfx = `x${k}`
    const a = (col: string) => `${col} || '${sfx}'`
    const where = (t: string) => `where rowid <= ${limits[t]}`
    db.exec(`
      insert into source_files (path, sha256, article_count)
        select path || '#${k}', sha256, article_count from source_files ${where('source_files')};
      insert into articles (id, source_file, source_sha256, source_index, title, byline, dateline, published_at, agency, url, body)
        select ${a('id')}, source_file || '#${k}', source_sha256, source_index, title, byline, dateline, published_at, agency, url, body
        from articles ${where('articles')} order by rowid;
      insert into entity_names (entity_type, entity_id, name, folded, article_id)
        select entity_type, entity_id, name, folded, ${a('article_id')} from entity_names ${where('entity_names')};
      insert into article_entities (article_id, entity_type, entity_id)
        select ${a('article_id')}, entity_type, entity_id from article_entities ${where('article_entities')};
      insert into mentions (article_id, entity_type, entity_id, start, "end", text)
        select ${a('article_id')}, entity_type, entity_id, start, "end", text from mentions ${where('mentions')};
      insert into person_roles (person_id, role, article_id)
        select person_id, role, ${a('article_id')} from person_roles ${where('person_roles')};
      insert into person_organisations (person_id, organisation_id, article_id)
        select person_id, organisation_id, ${a('article_id')} from person_organisations ${where('person_organisations')};
      insert into quotes (id, article_id, text, kind, speaker_type, speaker_id, start, "end")
        select ${a('id')}, ${a('article_id')}, text, kind, speaker_type, speaker_id, start, "end" from quotes ${where('quotes')} order by rowid;
      insert into claims (id, article_id, text, value, value_max, unit, qualifier, subject, category, source_type, source_id, sentence, start, "end")
        select ${a('id')}, ${a('article_id')}, text, value, value_max, unit, qualifier, subject, category, source_type, source_id, sentence, start, "end"
        from claims ${where('claims')} order by rowid;
    `)
  })
  for (let k = 1; k < factor; k++) {
    copy(k)
    log(`  copy ${k}/${factor - 1} (${((performance.now() - t0) / 1000).toFixed(0)} s)`)
  }
  const articles = (db.prepare('select count(*) as n from articles').get() as { n: number }).n
  db.pragma('journal_mode = WAL')
  db.close()
  rm(destPath)
  renameSync(tmp, destPath)
  return { ms: performance.now() - t0, articles }
}
