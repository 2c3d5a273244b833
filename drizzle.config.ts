/** drizzle-kit settings: migrations are generated from src/db/schema.ts into migrations/. */
import { defineConfig } from 'drizzle-kit'

export default defineConfig({
  dialect: 'sqlite',
  schema: './src/db/schema.ts',
  out: './migrations'
})
