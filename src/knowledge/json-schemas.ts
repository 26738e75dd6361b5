// JSON Schemas of the knowledge files, generated from the zod schemas, so editors can validate
// knowledge/ as it is typed (`"$schema": "./schemas/…"`). A test keeps the committed copies current.
import { z } from 'zod';
import { FILES, ProgramFile } from './schema.js';

export function knowledgeJsonSchemas(): Record<string, unknown> {
  const entries: [string, z.ZodType][] = [
    ...Object.entries(FILES).map(([file, schema]) => [file.replace(/\.json$/, '.schema.json'), schema] as [string, z.ZodType]),
    ['program-file.schema.json', ProgramFile],
  ];
  return Object.fromEntries(
    entries.map(([name, schema]) => [name, z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' })]),
  );
}
