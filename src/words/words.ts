import type { Formatter } from './format-when.js';
import type { Messages } from './messages.js';

/** Everything the element says things with, for one language. */
export interface Words {
  /** The reader's languages for multi-language text, best first. */
  readonly languages: readonly string[];
  /** Dates, numbers and counts, in the reader's locale. */
  readonly formatter: Formatter;
  /** The element's own words. */
  readonly messages: Messages;
}
