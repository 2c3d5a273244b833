/** Typed client for the News Facts API: openapi-fetch over the types openapi-typescript generates from openapi.yaml (schema.d.ts). */
import createClient, { type Client, type ClientOptions } from 'openapi-fetch'
import type { components, paths } from './schema.js'

export type { components, paths } from './schema.js'

/** The response shapes under their OpenAPI names, so callers can type their own functions. */
export type Schemas = components['schemas']
export type Article = Schemas['Article']
export type ArticleDetail = Schemas['ArticleDetail']
export type Claim = Schemas['Claim']
export type ClaimGroup = Schemas['ClaimGroup']
export type Quote = Schemas['Quote']
export type Person = Schemas['Person']
export type Organisation = Schemas['Organisation']
export type PageInfo = Schemas['PageInfo']
export type Problem = Schemas['Problem']
/** Every filter GET /v1/claims takes (source, category, unit, min, max, from, to, q, sort, limit, cursor, …). */
export type ClaimQuery = NonNullable<paths['/v1/claims']['get']['parameters']['query']>

export type FactsClient = Client<paths>

/**
 * A client whose paths, query parameters and responses are checked by the compiler:
 * `const { data, error } = await client.GET('/v1/claims', { params: { query: { source: 'OHCHR' } } })`.
 * `data` is the 200 body, `error` the problem+json body of a 400/404; network failures throw.
 */
export function createFactsClient(baseUrl: string, options: Omit<ClientOptions, 'baseUrl'> = {}): FactsClient {
  return createClient<paths>({ ...options, baseUrl })
}
