import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { generateOpenApiYaml } from '../src/openapi.js'

describe('openapi.yaml', () => {
  it('matches what the Zod route schemas generate (run `npm run openapi` after changing a schema)', async () => {
    const committed = readFileSync('openapi.yaml', 'utf8')
    expect(await generateOpenApiYaml()).toBe(committed)
  })

  it('documents every public route with its parameters', () => {
    const doc = parse(readFileSync('openapi.yaml', 'utf8'))
    expect(doc.openapi).toBe('3.1.0')
    for (const path of [
      '/healthz',
      '/v1/articles',
      '/v1/articles/{id}',
      '/v1/people',
      '/v1/people/{id}',
      '/v1/people/{id}/quotes',
      '/v1/organisations',
      '/v1/organisations/{id}',
      '/v1/organisations/{id}/claims',
      '/v1/organisations/{id}/quotes',
      '/v1/quotes',
      '/v1/claims'
    ]) {
      expect(doc.paths[path]?.get, path).toBeDefined()
    }
    const claimParams = doc.paths['/v1/claims'].get.parameters.map((p: { name: string }) => p.name)
    expect(claimParams).toEqual(expect.arrayContaining(['limit', 'cursor', 'articleId', 'sourceId', 'source', 'unit', 'category', 'min', 'max']))
  })

  it('describes every parameter with an example', () => {
    const doc = parse(readFileSync('openapi.yaml', 'utf8'))
    const missing: string[] = []
    for (const [path, ops] of Object.entries<Record<string, { parameters?: { name: string; description?: string; schema?: Record<string, unknown> }[] }>>(doc.paths)) {
      for (const op of Object.values(ops)) {
        for (const p of op.parameters ?? []) {
          if (!p.description) missing.push(`${path} ${p.name}: description`)
          if (p.schema?.example === undefined && p.schema?.enum === undefined) missing.push(`${path} ${p.name}: example`)
        }
      }
    }
    expect(missing).toEqual([])
  })

  it('describes every field of every response schema', () => {
    const doc = parse(readFileSync('openapi.yaml', 'utf8'))
    const missing: string[] = []
    const walk = (where: string, s: Record<string, unknown> | undefined): void => {
      if (!s || typeof s !== 'object') return
      for (const [k, v] of Object.entries((s.properties ?? {}) as Record<string, Record<string, unknown>>)) {
        if (!v.description && !v.$ref) missing.push(`${where}.${k}`)
        walk(`${where}.${k}`, v)
      }
      walk(where, s.items as Record<string, unknown> | undefined)
      for (const alt of (s.anyOf ?? []) as Record<string, unknown>[]) walk(where, alt)
    }
    for (const [name, schema] of Object.entries<Record<string, unknown>>(doc.components.schemas)) if (!name.endsWith('Input')) walk(name, schema)
    expect(missing).toEqual([])
  })
})
