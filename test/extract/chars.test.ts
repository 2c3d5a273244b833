import { describe, expect, it } from 'vitest'
import { splitWordCount } from '../../src/extract/chars.js'

describe('splitWordCount', () => {
  it.each([
    ['', 1],
    [' ', 2],
    ['word', 1],
    ['two words', 2],
    [' leading and trailing ', 5],
    ['tabs\tand\n\nnew lines', 4],
    ['no-break\u00a0and ideographic\u3000spaces', 4],
    ['zero width no-break\ufeff', 4]
  ])('counts %j as split(/\\s+/) does: %i', (text, n) => {
    expect(splitWordCount(text)).toBe(n)
    expect(text.split(/\s+/).length).toBe(n)
  })

  it('treats every character as /\\s/ does', () => {
    for (let c = 0; c < 0x10000; c++) {
      const s = `a${String.fromCharCode(c)}b`
      if (splitWordCount(s) !== s.split(/\s+/).length) throw new Error(`U+${c.toString(16)} differs`)
    }
  })
})
