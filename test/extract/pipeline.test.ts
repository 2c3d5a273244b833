/** Specification of the extraction conductor: which split texts count as articles. */
import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { extractFile, findPendingClaims } from '../../src/extract/pipeline.js'

describe('extractFile', () => {
  it('keeps an article with one full sentence of running text', () => {
    const facts = extractFile('A headline about the decision\nBy Jane Smith\nFeb 26, 2026\nThe council voted on Tuesday to close the old bridge to all traffic for two years.')
    expect(facts).toHaveLength(1)
  })

  it('drops a page footer whose only sentences are slogans ("Your donation powers frontline reporting.")', () => {
    const footer = ['How the war machine falters under sanctions', 'Nov 17, 2025 13:25', 'War in Ukraine', 'Culture', 'Be the first to know', 'Thank you for subscription!', 'Your donation powers frontline reporting from Ukraine.', 'United, we tell the war as it is.', 'Join Monthly']
    expect(extractFile(footer.join('\n'))).toEqual([])
  })

  it('can leave the claims for later, on another thread: found then, they are the claims found at once', () => {
    const text = readFileSync('test/fixtures/ips-brazil-indigenous-time-frame.txt', 'utf8')
    const atOnce = extractFile(text)
    const deferred = structuredClone(extractFile(text, { deferClaims: true }))
    expect(deferred.every((f) => f.claims.length === 0 && f.pendingClaims)).toBe(true)
    deferred.forEach(findPendingClaims)
    expect(deferred).toEqual(atOnce)
    expect(atOnce.flatMap((f) => f.claims).length).toBeGreaterThan(5)
  })
})
