/**
 * Character-class tests for hand-written scanners. Each one answers exactly what its one-character Unicode
 * regex answers (ASCII from a table built from the regex itself, other code points asked once and remembered),
 * without running a regex per character of an article.
 */

/** Length in code units (0, 1 or 2) of the character at i when it belongs to the class; 0 past the end. */
export type CharClass = (s: string, i: number) => number

/** A class from a regex that matches exactly one character, such as /^[\p{L}\p{N}]$/u. */
export function charClass(re: RegExp): CharClass {
  const ascii = new Uint8Array(128)
  for (let c = 0; c < 128; c++) ascii[c] = re.test(String.fromCharCode(c)) ? 1 : 0
  const others = new Map<number, boolean>()
  return (s, i) => {
    const c = s.charCodeAt(i)
    if (c < 128) return ascii[c] as number
    if (Number.isNaN(c)) return 0
    const cp = s.codePointAt(i) as number
    let yes = others.get(cp)
    if (yes === undefined) {
      yes = re.test(String.fromCodePoint(cp))
      others.set(cp, yes)
    }
    return yes ? (cp > 0xffff ? 2 : 1) : 0
  }
}

/** Code units of the code point at i (a lone surrogate counts as one, as /u regexes see it). */
export const codePointWidth = (s: string, i: number): number => ((s.codePointAt(i) ?? 0) > 0xffff ? 2 : 1)

export const isDigitAt = (s: string, i: number): boolean => {
  const c = s.charCodeAt(i)
  return c >= 48 && c <= 57
}

/** White space as /\s/ matches it. */
export const whiteSpace = charClass(/^\s$/u)

/**
 * What `s.split(/\s+/).length` gives (runs of white space, plus one), without building the array: the rules
 * count the words of every paragraph and sentence this way, and the arrays were a tenth of what quotes allocated.
 */
export function splitWordCount(s: string): number {
  let n = 1
  let inSpace = false
  for (let i = 0; i < s.length; i++) {
    const space = whiteSpace(s, i) > 0
    if (space && !inSpace) n++
    inSpace = space
  }
  return n
}
