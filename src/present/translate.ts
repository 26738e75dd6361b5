// The translator type is the domain's: pure code takes it as a parameter, so it is defined there.
export type { Translate } from '../domain/translate.js';
