// `npm run schemas`: writes knowledge/schemas/*.schema.json from the zod schemas (after a build).
import { mkdirSync, writeFileSync } from 'node:fs';
import { knowledgeJsonSchemas } from '../dist/src/knowledge/json-schemas.js';

mkdirSync('knowledge/schemas', { recursive: true });
for (const [name, schema] of Object.entries(knowledgeJsonSchemas())) {
  writeFileSync(`knowledge/schemas/${name}`, `${JSON.stringify(schema, null, 2)}\n`);
  console.log(`knowledge/schemas/${name}`);
}
