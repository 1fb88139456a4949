/**
 * drawdown-timeline: the public API. Importing this module registers `<drawdown-timeline>`.
 */
// First, before Lit: it explains a Trusted Types policy that refuses Lit's (see the module).
import './element/trusted-types-help.js';
import { RegisteredTimeline } from './element/define.js';
import type { DrawdownTimeline as TimelineElement } from './element/drawdown-timeline.js';

/** The `<drawdown-timeline>` element class (the registered one, should the script be loaded twice). */
export const DrawdownTimeline = RegisteredTimeline;
export type DrawdownTimeline = TimelineElement;
export {
  DrawdownErrorEvent, DrawdownLoadEvent, DrawdownRangeChangeEvent, DrawdownSelectEvent,
  type ErrorDetail, type LoadDetail, type RangeChangeDetail, type SelectDetail,
} from './element/events.js';
export { parseStory, type ParseResult } from './model/parse-story.js';
export { readStory, FORMATS, type Format, type ReadOptions } from './model/read-story.js';
export { parseWhen, isDatePoint } from './model/edtf.js';
export { pickText } from './model/pick-text.js';
export type * from './model/types.js';
export type * from './model/story-input.js';
export type { Theme, Loading, Numerals, PrintRange, AxisDirection, Calendar, MapPlace } from './element/timeline-options.js';
export type { GroupBy } from './layout/lanes.js';
export { layoutTimeline, defaultMetrics } from './layout/layout-timeline.js';
export type { LayoutOptions, TimelineLayout, EventMark, LinkMark, LaneBox, Metrics } from './layout/types.js';
export { createFormatter, type Formatter } from './words/format-when.js';
export { messagesEn } from './words/en.js';
export { registerMessages, type PartialMessages } from './words/languages.js';
export type { MapMessages, Messages, PluralForms } from './words/messages.js';
export type { Words } from './words/words.js';
