/** Domain functions return errors as data; edges turn them into 400s or re-asked questions. */
export type Result<T, E> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: E };
