/** The OpenAPI document as YAML, generated from the live app's Zod route schemas. */
import { buildApp } from './app.js'
import { openWritable } from './db/client.js'

export async function generateOpenApiYaml(): Promise<string> {
  const handle = openWritable(':memory:')
  const app = await buildApp({ db: handle.db })
  try {
    await app.ready()
    return app.swagger({ yaml: true })
  } finally {
    await app.close()
    handle.close()
  }
}
