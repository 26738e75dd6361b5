/** A translator fixed to one language (i18next's `getFixedT`), passed into pure code as a plain function. */
export type Translate = (key: string, vars?: Record<string, unknown>) => string;
