/** The browser dashboard at `/`: static files from public/ plus chart.js from node_modules, all same-origin (the CSP allows nothing else). */
import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import fastifyStatic from '@fastify/static'
import type { FastifyPluginAsync } from 'fastify'

// src/routes/ and dist/routes/ are both two levels below the project root, so one relative path
// works under tsx and after `npm run build`.
export const PUBLIC_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'public')

// chart.js's exports map hides dist/chart.umd.min.js, but its CommonJS entry sits in the same folder.
const CHART_DIR = dirname(createRequire(import.meta.url).resolve('chart.js'))
const CHART_FILE = 'chart.umd.min.js'

export const dashboardRoutes: FastifyPluginAsync = async (app) => {
  if (!existsSync(PUBLIC_DIR)) {
    // An image built without public/ still serves the API; the dashboard is an extra.
    app.log.warn({ dir: PUBLIC_DIR }, 'dashboard files not found; / is not served')
    return
  }
  await app.register(fastifyStatic, {
    root: PUBLIC_DIR,
    prefix: '/',
    // One route per file found at start, instead of a /* wildcard: unknown paths keep reaching the
    // app's problem+json 404 handler, and nothing outside public/ can be asked for.
    wildcard: false,
    index: 'index.html',
    dotfiles: 'ignore',
    schemaHide: true,
    // The files change with deployments, not with the data; revalidate by ETag each time.
    maxAge: 0
  })
  // The UMD build sets window.Chart; the ESM build imports bare specifiers a browser cannot
  // resolve without an import map, and an import map would be an inline script.
  app.get('/vendor/chart.umd.js', { schema: { hide: true } }, (_req, reply) => reply.sendFile(CHART_FILE, CHART_DIR, { maxAge: '1d' }))
}
