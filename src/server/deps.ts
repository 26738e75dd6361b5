// What the HTTP edge needs, built once at start-up and passed down (no globals).
import type { Config } from '../config.js';
import type { I18n } from '../i18n/index.js';
import type { Knowledge } from '../knowledge/types.js';
import type { FinderIndex } from '../domain/finder/finder.js';
import type { ListableStorage } from '../storage/index.js';
import type { Logger } from './log.js';
import type { Secrets } from './secrets.js';
import type { FileUploader } from './teams/file-upload.js';

export interface AppDeps {
  readonly config: Config;
  readonly knowledge: Knowledge;
  readonly finder: FinderIndex;
  readonly i18n: I18n;
  readonly storage: ListableStorage;
  /** Today's date as YYYY-MM-DD (a function, so tests and long-running servers agree on "now"). */
  readonly today: () => string;
  readonly log: Logger;
  readonly secrets: Secrets;
  /** The clock for timestamps and retention (tests move it). */
  readonly now: () => Date;
  /** PUTs a file into a Teams upload session (tests record it instead); default: fetch. */
  readonly fileUpload?: FileUploader;
}
