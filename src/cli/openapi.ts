/** `npm run openapi`: regenerates the committed openapi.yaml from the Zod route schemas. */
import { writeFileSync } from 'node:fs'
import { generateOpenApiYaml } from '../openapi.js'

writeFileSync('openapi.yaml', await generateOpenApiYaml())
console.log('wrote openapi.yaml')
