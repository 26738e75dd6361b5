/**
 * Freezes `value` and everything it holds, in place, and returns it. What is frozen already is
 * taken to be frozen all the way down and not walked again: a state shares most of what it holds
 * with the state before it. So freeze deeply, or not at all, everywhere (flow/values.ts does).
 * For plain data (JSON-like trees).
 */
export function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value as object)) deepFreeze(v);
  }
  return value;
}
