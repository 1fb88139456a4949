import type { EventKind, EventStatus, PlaceKind, Text } from './types.js';

/**
 * A story as an author writes it: the data format v1 (schema/drawdown-timeline.v1.schema.json) as TypeScript
 * types, for `element.data = story` with the checks an editor gives. `Story` is what the element makes of it
 * once read (dates parsed, defaults filled in); this is what goes in. Unknown fields are allowed, as in the
 * format: newer documents still load.
 */
export interface StoryInput {
  readonly $schema?: string;
  readonly version: 1;
  readonly title: Text;
  readonly subtitle?: Text;
  readonly credit?: Text;
  /** When the story was reported: the "as of" date. */
  readonly published?: DateInput;
  readonly sources?: readonly SourceInput[];
  readonly places?: readonly PlaceInput[];
  readonly series?: readonly SeriesInput[];
  readonly eras?: readonly EraInput[];
  readonly events: readonly EventInput[];
  readonly [field: string]: unknown;
}

/**
 * An EDTF level 0/1 date, read in UTC: `2024-12-16`, `2024-12`, `2024-12~` (approximate), `2024-12?`
 * (uncertain), `2024-12-15/2024-12-16` (an interval), `../2025-01-17` (open start).
 */
export type DateInput = string;

/** One place id, or a list of them. */
export type IdListInput = string | readonly string[];

export interface SourceInput {
  readonly id: string;
  readonly name: Text;
  /** `http:` or `https:` only. */
  readonly url?: string;
  readonly date?: DateInput;
  /** The id of the source this one was reported through. */
  readonly via?: string;
  readonly note?: Text;
  readonly [field: string]: unknown;
}

export interface PlaceInput {
  readonly id: string;
  readonly name: Text;
  readonly region?: Text;
  readonly country?: Text;
  readonly kind?: PlaceKind;
  /** WGS84, decimal degrees. */
  readonly lat?: number;
  readonly lon?: number;
  readonly [field: string]: unknown;
}

export interface SeriesPointInput {
  readonly when: DateInput;
  readonly value: number;
  readonly approx?: boolean;
  /** `expected` and `planned` points are forecasts. */
  readonly status?: EventStatus;
  readonly note?: Text;
  readonly [field: string]: unknown;
}

export interface SeriesInput {
  readonly id: string;
  readonly title: Text;
  readonly unit: Text;
  readonly points: readonly SeriesPointInput[];
  readonly [field: string]: unknown;
}

export interface EraInput {
  readonly title: Text;
  /** An interval; `..` for an open end. */
  readonly when: DateInput;
  readonly [field: string]: unknown;
}

export interface AmountInput {
  readonly value: number;
  /** `%` makes the amount a share of what `of` names. */
  readonly unit: Text;
  readonly approx?: boolean;
  readonly min?: number;
  readonly max?: number;
  /** What the amount is a share or count of. */
  readonly of?: Text;
  readonly [field: string]: unknown;
}

export interface EventInput {
  readonly id: string;
  readonly kind: EventKind;
  readonly title: Text;
  /** Plain text; blank lines make paragraphs. */
  readonly text?: Text;
  readonly when: DateInput;
  /** `reported` when absent. */
  readonly status?: EventStatus;
  readonly from?: IdListInput;
  readonly to?: IdListInput;
  readonly at?: IdListInput;
  readonly amount?: AmountInput;
  readonly assets?: readonly Text[];
  readonly units?: readonly Text[];
  /** Source ids. */
  readonly sources?: readonly string[];
  readonly tags?: readonly string[];
  readonly [field: string]: unknown;
}
