// Validates an Adaptive Card against the bundled 1.5 schema (the highest version Teams renders for
// bots) plus the two rules the schema leaves to prose: a top-level card names its type and version.
import { compileSchema, loadSchema, type Validate } from './json-schema.js';

export const TEAMS_MAX_CARD_VERSION = '1.5';

let validateSchema: Validate | undefined;

/** Every problem found, as `instancePath message params` lines; empty when the card is valid. */
export function validateAdaptiveCard(card: unknown): string[] {
  if (typeof card !== 'object' || card === null || Array.isArray(card)) return ['/ must be an object'];
  // `msteams` (width, mention entities) is Teams' documented extension of the card root; the
  // Adaptive Cards schema forbids unknown root properties, so check it apart and validate the rest.
  const { msteams, ...rest } = card as Record<string, unknown>;
  const problems: string[] = [];
  if (msteams !== undefined && (typeof msteams !== 'object' || msteams === null || Array.isArray(msteams))) {
    problems.push('/msteams must be an object');
  }
  if (rest.type !== 'AdaptiveCard') problems.push(`/type must be "AdaptiveCard"`);
  const version = rest.version;
  if (typeof version !== 'string' || !/^1\.[0-9]$/.test(version)) {
    problems.push('/version must be a string like "1.5" (required on a top-level card)');
  } else if (Number(version.slice(2)) > Number(TEAMS_MAX_CARD_VERSION.slice(2))) {
    problems.push(
      `/version ${version} is above ${TEAMS_MAX_CARD_VERSION}, the highest Teams renders for bots`,
    );
  }
  validateSchema ??= compileSchema(loadSchema('adaptive-card-1.5.json'));
  return [...problems, ...validateSchema(rest)];
}
