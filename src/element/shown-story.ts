import { filterStory } from '../layout/filter-story.js';
import type { GroupBy } from '../layout/lanes.js';
import { layoutTimeline } from '../layout/layout-timeline.js';
import { legendEntries, type LegendEntries } from '../layout/legend-entries.js';
import type { EventMark, LayoutOptions, TimelineLayout } from '../layout/types.js';
import { memoizeLast } from '../model/memoize-last.js';
import { pickText } from '../model/pick-text.js';
import type { EventKind, EventStatus, Story, TimelineEvent } from '../model/types.js';
import { accessibleName, createDescriber, type EventDescription } from '../words/describe-event.js';
import type { EventTable, eventTable } from '../words/event-table.js';
import { storySummary } from '../words/story-summary.js';
import type { Words } from '../words/words.js';
import { fill } from '../words/messages.js';
import type { StoryIndex } from '../layout/story-index.js';
import type { PaperSource } from './controllers/paper.js';
import type { PlotState } from './controllers/plot-drawing.js';

/**
 * Below this plot width the plot is an overview: its marks carry their numbers, which every label shows whatever
 * room its title has, and the events are read in cards under it (see eventCardsView).
 */
export const COMPACT_WIDTH = 480;

/** The layout's options that do not change with a zoom: words, direction, font, lanes and row height. The screen
 * always measures its text. */
export type ScreenOptions = Omit<LayoutOptions, 'width' | 'window' | 'numbered' | 'measureText'> & Pick<Required<LayoutOptions>, 'measureText'>;

/** What the story is shown with now, as the element reads it at an update. */
export interface ShowInputs {
  readonly story: Story;
  readonly kinds: ReadonlySet<EventKind> | undefined;
  readonly statuses: ReadonlySet<EventStatus> | undefined;
  readonly words: Words;
  readonly direction: 'ltr' | 'rtl';
  readonly measure: (text: string) => number;
  readonly measureStrong: (text: string) => number;
  readonly groupBy: GroupBy;
  readonly rowHeight: number;
  readonly width: number;
  /** The time window to lay out, or undefined for the whole story. */
  readonly window: readonly [number, number] | undefined;
  /** While the reader's fingers zoom or pan, or a zoom glides: moves the last full layout to the window instead of
   * laying out anew (see layout/gesture-frame.ts); the update after the gesture rests or the glide arrives, without
   * it, lays the window out in full. */
  readonly move?: MoveLayout | undefined;
}

/** The last full layout moved to show `window` (undefined: the whole story), for a frame of a gesture or a glide. */
export type MoveLayout = (layout: TimelineLayout, window: readonly [number, number] | undefined, shown: Story, options: ScreenOptions) => TimelineLayout;

/**
 * The story as the element shows it now: filtered, laid out for the screen, and put into words. Each derived value
 * is made again only when what it is made from changes: a zoom frame makes a new layout and keeps the rest (the
 * filtered story, the layout's options, the events' descriptions, the summary, the event table).
 */
export class ShownStory {
  /** The story as the filters let it through. */
  shown: Story | null = null;
  layout: TimelineLayout | null = null;
  #story: Story | null = null;
  #words: Words | null = null;
  #options: ScreenOptions | null = null;
  /** The last full layout and what it was laid out from: what a gesture frame moves. */
  #full: readonly [TimelineLayout, Story, ScreenOptions, number] | null = null;

  readonly #filter = memoizeLast((story: Story, kinds: ShowInputs['kinds'], statuses: ShowInputs['statuses']) =>
    filterStory(story, { kinds, statuses }));
  readonly #screenOptions = memoizeLast((words: Words, direction: 'ltr' | 'rtl', measureText: (text: string) => number,
    measureStrong: (text: string) => number, groupBy: GroupBy, rowHeight: number): ScreenOptions =>
    ({ ...words, direction, measureText, measureStrong, groupBy, metrics: { rowHeight } }));
  readonly #layoutOf = memoizeLast((shown: Story, options: ScreenOptions, width: number, start: number, end: number) =>
    layoutTimeline(shown, { ...options, width, numbered: width < COMPACT_WIDTH, window: Number.isNaN(start) ? undefined : [start, end] }));
  readonly #describer = memoizeLast((story: Story, words: Words) =>
    createDescriber(story, words.formatter, words.messages, words.languages));
  // An event's place in time order ends its name ("3 of 15"): a screen reader's list of buttons comes in lane order.
  readonly #markName = memoizeLast((describe: (event: TimelineEvent) => EventDescription, words: Words, index: StoryIndex) =>
    (mark: EventMark) => `${accessibleName(describe(mark.event), words.messages)}. ${fill(words.messages.ui.position, {
      position: words.formatter.number(index.ranks[index.indexOf(mark.event)]! + 1), count: words.formatter.number(index.order.length),
    })}`);
  readonly #summary = memoizeLast((shown: Story, words: Words) => storySummary(shown, words.formatter, words.messages, words.languages));
  readonly #legend = memoizeLast((layout: TimelineLayout) => legendEntries(layout.marks, layout.groups, layout.links));
  readonly #table = memoizeLast((make: typeof eventTable, shown: Story, order: readonly string[], describe: (event: TimelineEvent) => EventDescription, words: Words) =>
    make(shown, order, describe, words.messages, words.formatter, words.languages));

  /** Shows `inputs.story` as they say; returns whether the layout is a new one. */
  update(inputs: ShowInputs): boolean {
    const { story, words } = inputs;
    this.#story = story;
    this.#words = words;
    const shown = this.shown = this.#filter(story, inputs.kinds, inputs.statuses);
    const options = this.#options = this.#screenOptions(words, inputs.direction, inputs.measure, inputs.measureStrong, inputs.groupBy, inputs.rowHeight);
    const [start, end] = inputs.window ?? [NaN, NaN], full = this.#full, move = inputs.move;
    let layout: TimelineLayout;
    if (move && full?.[1] === shown && full[2] === options && full[3] === inputs.width) layout = move(full[0], inputs.window, shown, options);
    else this.#full = [layout = this.#layoutOf(shown, options, inputs.width, start, end), shown, options, inputs.width];
    const fresh = layout !== this.layout;
    this.layout = layout;
    return fresh;
  }

  /** Nothing to show. */
  clear(): void {
    this.shown = this.layout = this.#story = this.#full = null;
  }

  /** Whether the plot is a phone's overview (see COMPACT_WIDTH). */
  get compact(): boolean {
    return !!this.layout && this.layout.width < COMPACT_WIDTH;
  }

  /** The layout's options as the screen uses them; paper starts from these. */
  get options(): ScreenOptions {
    return this.#options!;
  }

  /** Puts an event into words (each event once per story and language). */
  get describe(): (event: TimelineEvent) => EventDescription {
    return this.#describer(this.#story!, this.#words!);
  }

  /** A mark's accessible name: the same function until the words change, so marks are renamed only then. */
  get markName(): (mark: EventMark) => string {
    return this.#markName(this.describe, this.#words!, this.layout!.index);
  }

  /** The story in a sentence, for the plot's description. */
  get summary(): string {
    return this.#summary(this.shown!, this.#words!);
  }

  /** The last full layout: not a frame of a gesture or a glide. The route map follows it, so that it moves once the
   * window rests rather than at every frame (see map/map-panel.ts). */
  get full(): TimelineLayout | null {
    return this.#full?.[0] ?? null;
  }

  /** What the legend explains: what the last full layout draws. The frames of a gesture or a glide keep it, so that it
   * does not jump under the chart while the window moves (a frame leaves out the lines it moved off the plot). */
  get legend(): LegendEntries {
    return this.#legend(this.#full![0]);
  }

  /** Every shown event in time order, in words, with its sources as footnotes, made by `make` (which loads with the
   * views that show it, see views/reading.ts). */
  readonly tableWith = (make: typeof eventTable): EventTable => this.#table(make, this.shown!, this.layout!.order, this.describe, this.#words!);

  /** What the plot draws now, with the selected and focused events; null with nothing laid out. */
  plotState(selectedId: string | undefined, focusId: string | undefined): PlotState | null {
    const { layout, shown } = this;
    return layout && shown ? { layout, shown, selectedId, focusId, markName: this.markName } : null;
  }

  /** What paper is made of now; null with nothing laid out. */
  paperSource(): PaperSource | null {
    const story = this.#story, shown = this.shown, words = this.#words;
    if (!story || !shown || !words || !this.layout) return null;
    const { title, subtitle, credit } = this.titles;
    return { story, shown, messages: words.messages, digits: words.formatter.numberingSystem, options: this.options, table: this.tableWith, markName: this.markName, title, subtitle, credit,
      today: () => words.formatter.instant(Date.now(), 'day') };
  }

  /** The story's title, subtitle and credit in the reader's language ('' for none). */
  get titles(): { readonly title: string; readonly subtitle: string; readonly credit: string } {
    const story = this.#story!, languages = this.#words!.languages;
    const text = (value: Story['subtitle']) => (value ? pickText(value, languages) : '');
    return { title: text(story.title), subtitle: text(story.subtitle), credit: text(story.credit) };
  }
}
