// Compiles the bundled third-party JSON schemas (draft-04/06) with Ajv's default draft-07 engine.
// Later drafts only added keywords, so the result is the same as long as a schema avoids the few
// draft-04 constructs whose meaning changed; loadSchema refuses a schema that uses them.
import { readFileSync } from 'node:fs';
import { Ajv, type AnySchemaObject, type ErrorObject } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { projectPath } from '../../src/paths.js';

// ajv-formats is CommonJS: under NodeNext its default export is `module.exports`, the plugin is `.default`.
const addFormats = addFormatsModule.default;

export type Validate = (data: unknown) => string[];

/** Reads a schema under test/fixtures/schemas/ and drops the draft markers Ajv 8 cannot take. */
export function loadSchema(relativePath: string): AnySchemaObject {
  const text = readFileSync(projectPath('test', 'fixtures', 'schemas', relativePath), 'utf8');
  if (/"exclusiveM(in|ax)imum"\s*:\s*(true|false)/.test(text)) {
    throw new Error(`${relativePath}: draft-04 boolean exclusiveMinimum/Maximum needs a draft-04 validator`);
  }
  const schema = JSON.parse(text) as AnySchemaObject;
  delete schema.$schema;
  delete schema.id; // draft-04/06 identifier; all $refs in these files are local (#/definitions/...)
  return schema;
}

export function compileSchema(schema: AnySchemaObject): Validate {
  // strict off: the schemas carry documentation keywords (version, features, example).
  // unicodeRegExp off: the Teams localization schema has patterns that are invalid with the u flag.
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
  addFormats(ajv);
  const validate = ajv.compile(schema);
  return (data) => (validate(data) ? [] : formatErrors(validate.errors ?? []));
}

export function formatErrors(errors: readonly ErrorObject[]): string[] {
  const lines = errors.map(
    (e) => `${e.instancePath || '/'} ${e.message ?? 'is invalid'} ${JSON.stringify(e.params)}`,
  );
  return [...new Set(lines)];
}
