/** Response serialization compiled once per route from its Zod schema (fast-json-stringify). */
import fastJson from 'fast-json-stringify'
import type { FastifySerializerCompiler } from 'fastify/types/schema.js'
import { z } from 'zod'

/**
 * The Zod response schema stays the single source of truth, but it is turned into JSON Schema
 * once, at start, and compiled to a serializer: no Zod parse of every response. The compiled
 * function still writes only the declared fields, so nothing undeclared leaks out.
 */
export const serializerCompiler: FastifySerializerCompiler<z.ZodType> = ({ schema }) => {
  // Compiled on the route's first answer, not at start: start-up is every replica's cold path.
  let serialize: ((data: unknown) => string) | undefined
  return (data) => {
    serialize ??= fastJson(z.toJSONSchema(schema, { target: 'draft-7', io: 'output', unrepresentable: 'any' }) as Parameters<typeof fastJson>[0])
    return serialize(data)
  }
}
