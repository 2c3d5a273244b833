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
})
