import { html, nothing, type TemplateResult } from 'lit';
import { eventById } from '../../model/event-by-id.js';
import type { Problem } from '../../model/types.js';
import type { Words } from '../../words/words.js';
import type { DetailsState } from '../controllers/selection.js';
import type { ShownStory } from '../shown-story.js';
import type { ControlsOptions } from './controls-view.js';
import { headerView } from './header-view.js';
import { legendView } from './legend-view.js';
import { plotView, type PlotListeners } from './plot-view.js';
import { errorView, refreshFailedView, warningsView } from './problems-view.js';
import { skipChartView } from './skip-chart-view.js';
import type { Reading } from './load-reading.js';

export interface TimelineViewOptions {
  /** `waiting`: loading, before the words to say so in have arrived (see LanguageController.ready). */
  readonly status: 'empty' | 'loading' | 'waiting' | 'error' | 'ready';
  readonly problems: readonly Problem[];
  /** Events of the document that could not be used. */
  readonly skipped: number;
  /** Whether the problems of a story drawn anyway are listed above it. */
  readonly warnings: boolean;
  readonly view: ShownStory;
  readonly words: Words;
  /** The toolbar, or undefined to hide it. */
  readonly controls: Omit<ControlsOptions, 'messages'> | undefined;
  readonly legend: boolean;
  /** The details panel, or undefined to hide it. */
  readonly details: DetailsState | undefined;
  readonly table: boolean;
  /** Whether the story outline shows, and the outline once loaded. */
  readonly showOutline: boolean;
  readonly outline: TemplateResult | undefined;
  /** The selected event, for the cards of a phone's overview. */
  readonly selected: string | undefined;
  /** Picks an event from its card. */
  readonly onPick: (id: string) => void;
  readonly on: PlotListeners;
  /** The hint shown over the plot for a moment, if any. */
  readonly hint: string | undefined;
  /** What the live region says. */
  readonly announcement: string;
  /** Loads the story again (the error's "Try again"). */
  readonly onRetry: () => void;
  /** Why loading the story again failed, over the story still shown ([] when it did not). */
  readonly refreshProblems: readonly Problem[];
  /** The route map where it sits (see MapSlot), once loaded. */
  readonly map?: TemplateResult | typeof nothing | undefined;
  /** The details, table, cards and paper views, once loaded after the first paint (see ReadingViews); each shows
   * when they arrive. */
  readonly reading: Reading | undefined;
}

/** Whether what `options` shows needs the views that load after the first paint. */
export function needsReading(options: Pick<TimelineViewOptions, 'details' | 'table' | 'view' | 'showOutline'>): boolean {
  return options.table || options.showOutline || options.view.compact || options.details?.group !== undefined || options.details?.id !== undefined;
}

/**
 * Everything on screen: the error, or the loading state, or the story with its header and toolbar, the warnings,
 * the plot with its legend, the details panel, the live region, the event table and the credit.
 */
export function timelineView(options: TimelineViewOptions): TemplateResult {
  const { status, view, words, details, reading } = options, { messages } = words, { shown, layout } = view;
  if (status === 'error') return errorView(options.problems, messages.ui, options.onRetry);
  if (status !== 'ready' || !shown || !layout) {
    return html`<p class="loading" aria-busy=${status === 'loading' || status === 'waiting'}>${status === 'loading' ? messages.ui.loading : nothing}</p>`;
  }
  const events = shown.events.length, { title, subtitle, credit } = view.titles;
  // An event the filters hide has no details to show, even if `selected` names it.
  const event = !details || details.group || details.id === undefined ? undefined : eventById(shown, details.id);
  // With nothing to show, a hint on how to get something, which the first paint has.
  const panel = !details ? undefined : !details.group && !event
    ? html`<section class="details" part="details"><p class="hint">${messages.ui.hint}</p></section>`
    : reading?.detailsPanel({
      group: details.group && { mark: details.group, place: layout.lanes[details.group.lane]!.fullLabel },
      event: event && view.describe(event),
      words, onKeydown: details.onKeydown, onPick: details.onPick, onZoom: details.onZoom, preview: details.preview,
      onClose: details.onClose, floating: details.anchored,
    });
  // Something to show goes next to it, over the plot; the hint on how to get something, and what has no place on the
  // plot, stay under the plot.
  const shows = !!(details && details.anchored && (details.group || event));
  // Something after the chart for "Skip the chart" to land on (see skip-chart-view.ts).
  const landing = options.legend || (panel && !shows) || credit || options.table || view.compact;
  return html`
    ${headerView({ title, subtitle, controls: options.controls && events ? { ...options.controls, messages } : undefined })}
    ${options.refreshProblems.length ? refreshFailedView(options.refreshProblems, messages.ui.refreshFailed) : nothing}
    ${options.warnings ? warningsView(options.problems, options.skipped, words) : nothing}
    ${options.map}
    ${!events ? html`<p class="empty">${messages.ui.noEvents}</p>` : html`
      ${landing ? skipChartView(messages.ui.skipChart) : nothing}
      ${plotView({ layout, title, summary: view.summary, messages, on: options.on, hint: options.hint, popover: shows && panel ? panel : nothing })}
      ${options.legend ? legendView(view.legend, messages) : nothing}`}
    ${panel && !shows ? panel : nothing}
    ${options.showOutline && events && options.outline ? options.outline : nothing}
    <p class="visually-hidden" role="status">${options.announcement}</p>
    ${reading && view.compact && events && !options.table ? reading.eventCardsView({ table: view.tableWith(reading.eventTable), messages, selected: options.selected, onPick: options.onPick }) : nothing}
    ${reading && options.table && events ? reading.tableView(view.tableWith(reading.eventTable), messages, words.formatter.numberingSystem) : nothing}
    ${credit ? html`<p class="credit" part="credit">${credit}</p>` : nothing}`;
}
