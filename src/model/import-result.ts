import type { Problem } from './types.js';

/** What an importer makes of a file in another format: a v1 document, and what did not carry over. */
export interface ImportResult {
  /** A v1 story document, to be validated by parseStory like any other. */
  readonly document: unknown;
  /** Problems found while converting (warnings for what could not be mapped; errors for rows/events that cannot become events). */
  readonly problems: readonly Problem[];
  /**
   * Rewrites a path of the v1 document (as parseStory reports it, e.g. `events[3].when`) into where that value came
   * from in the source file, so parseStory's problems point into the user's file.
   */
  readonly sourcePath: (path: string) => string;
}
