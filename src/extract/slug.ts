/** Readable, stable ids from names: "Volker Türk" → "volker-turk". */

export function slugify(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’`]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
}

const foldCache = new Map<string, string>()
const FOLD_CACHE_ENTRIES = 10_000
const FOLD_CACHE_MAX_CHARS = 120

/** Case- and accent-insensitive form of a name, for matching aliases. */
export function foldName(name: string): string {
  // the same few hundred names are folded over and over while an article's entities are matched
  if (name.length > FOLD_CACHE_MAX_CHARS) return foldNameUncached(name)
  let folded = foldCache.get(name)
  if (folded === undefined) {
    folded = foldNameUncached(name)
    if (foldCache.size >= FOLD_CACHE_ENTRIES) foldCache.clear()
    foldCache.set(name, folded)
  }
  return folded
}

function foldNameUncached(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’`]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .replace(/^the /, '')
    .trim()
}
