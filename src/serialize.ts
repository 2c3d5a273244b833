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
  const json = z.toJSONSchema(schema, { target: 'draft-7', io: 'output', unrepresentable: 'any' })
  return fastJson(json as Parameters<typeof fastJson>[0])
}
