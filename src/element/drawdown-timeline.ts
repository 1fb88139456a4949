import { html, nothing, type PropertyValues } from 'lit';
import { storyDomain } from '../layout/story-domain.js';
import { memoizeLast } from '../model/memoize-last.js';
import { PLOT_DEFS } from '../render/plot-defs.js';
import { fill } from '../words/messages.js';
import { windowSaid } from '../words/window-said.js';
import { warnAttribute } from './attribute-values.js';
import { LanguageController } from './controllers/language.js';
import type { Paper } from './controllers/paper.js';
import { PlotDrawing } from './controllers/plot-drawing.js';
import type { PlotInput } from './controllers/plot-input.js';
import type { SelectionActions } from './controllers/selection-actions.js';
import { Selection, type SelectionOptions } from './controllers/selection.js';
import { StoryLoader, type LoadState } from './controllers/story-loader.js';
import { Announcer } from './controllers/announcer.js';
import { HeldInput } from './controllers/held-input.js';
import { LoadReport } from './controllers/load-report.js';
import { ToolbarFocus } from './controllers/toolbar-focus.js';
import { ReadingViews } from './controllers/reading-views.js';
import { ViewWindow } from './controllers/view-window.js';
import type { WheelHint } from './controllers/wheel-hint.js';
import type { MapSlot } from './controllers/map-slot.js';
import { loadExport } from '../export/load-export.js';
import { frameTools } from '../layout/frame-tools.js';
import { layoutTimeline } from '../layout/layout-timeline.js';
import { legendEntries } from '../layout/legend-entries.js';
import { drawBand, drawContext } from '../render/draw-plot.js';
import type { Reading } from './views/load-reading.js';
import { legendView } from './views/legend-view.js';
import { reportFailure } from './console-reports.js';
import { ShownStory, type MoveLayout } from './shown-story.js';
import { timelineStyles } from './styles/index.js';
import { readOptions, type TimelineOptions } from './timeline-options.js';
import { TimelineProperties } from './timeline-properties.js';
import type { ExportOptions } from '../export/export-options.js';
import type { PlotListeners } from './views/plot-view.js';
import { needsReading, timelineView, type TimelineViewOptions } from './views/timeline-view.js';

/**
 * An embeddable timeline of forces withdrawn, moved and evacuated: who moved what, from where to where, when,
 * how much, and on whose word. Configured entirely by attributes; a bad attribute value is ignored with one console
 * warning naming the attribute and the values it accepts.
 *
 * @tag drawdown-timeline
 *
 * @attr lang - Which language of a multi-language text to show, and the language of dates and numbers. Falls back
 *   to the nearest ancestor's `lang` (the document's), then to the first language the data has. Read again when it
 *   changes.
 * @attr dir - `rtl` lays the element out right to left, and mirrors the time axis unless `axis-direction` says
 *   otherwise; inherited from ancestors like any `dir`. Read again when it changes on the element.
 *
 * @fires drawdown-load - The story has been drawn. `detail`: `{events, skipped, problems}`.
 * @fires drawdown-error - Nothing could be drawn: the fetch failed, timed out or was too large, the file is not JSON,
 *   CSV or TimelineJS, or the document is not a v1 story. The element shows why, with a "Try again" button. Also
 *   when `reload()` fails over a story shown, which stays, under a note saying why. `detail`: `{problems}`.
 * @fires drawdown-rangechange - The reader changed the time window: wheel, pinch, drag, keys, the zoom buttons,
 *   or zooming into a group; at most once a frame.
 *   `detail`: `{start, end}`, as the `start` and `end` properties now hold them (the attributes follow at the
 *   element's next update, before the next frame).
 * @fires drawdown-select - The reader selected an event (click, Enter, or a pick from a group) or cleared the
 *   selection (click again, Escape). `detail`: `{id}`, the event's id or `null`; the `selected` property now
 *   holds it (the attribute follows at the next update).
 *
 * @csspart title - The story's title.
 * @csspart subtitle - The story's subtitle.
 * @csspart controls - The toolbar: zoom in, zoom out, the whole story, the event table, print, and downloads.
 * @csspart plot - The SVG holding lanes, axis, links and marks.
 * @csspart axis - The time axis.
 * @csspart lane - One lane's band.
 * @csspart lane-label - A lane's name, with its region and country.
 * @csspart event - One event's mark; carries `data-id` with the event's id. Events in a crowded stretch are drawn
 *   as a group instead, until zoomed in; the one focused or selected is always drawn as a mark.
 * @csspart event-target - One mark's target, under it and at least 24 × 24 px: invisible, it takes the pointer for
 *   the event, and for its primary mark the keyboard too (a toggle button named after the event, `aria-pressed` when
 *   selected); shaded under the pointer, it carries the focus ring and `data-id`.
 * @csspart groups - The bars of crowded stretches, one path per kind, with the kinds' glyphs over them; the tallest
 *   holds the most events. On paper, each names the numbers of its events.
 * @csspart transfer - One transfer's link and arrowhead; carries `data-id` and `data-to` (the destination place id).
 *   Its width follows the amount moved. The transfers of a group (events too crowded to draw one by one) to one
 *   place are one link, carrying `data-group` instead of `data-id`, as wide as they are many.
 * @csspart transfer-label - The amount a transfer moved, beside its link ("~1,000 personnel"); carries `data-id`.
 * @csspart series - One force-level track: a step chart of a `series` above the lanes, with `data-series` (its id).
 * @csspart eras - The eras' bands and names, and the "as of" line.
 * @csspart as-of - The "as of" line of the story's `published` date, and the hatching of what lies after it.
 * @csspart legend - The legend.
 * @csspart map - The route map's box (`map`): the map, its summary in words, the places it could not put on it and
 *   the outlines' credit; or, when its file could not be loaded, why. Its routes carry `data-id` (the event's id) and
 *   `data-to`, as the chart's transfers do.
 * @csspart details - The details panel of the selected or focused event.
 * @csspart error - The error shown when nothing could be drawn.
 * @csspart retry - The error's "Try again" button, which loads the story again (`reload()`).
 * @csspart warnings - The collapsible list of problems found in a story that was drawn anyway (`show-warnings`),
 *   and the note over a story still shown when loading it again failed.
 * @csspart credit - The story's credit line.
 * @csspart cards - On a plot narrower than 480 px, an overview with numbered marks: the events under it as cards, in
 *   time order, numbered as the marks are, each picking its event on the plot.
 * @csspart outline - The story outline under the chart (`show-outline`): a tree of places, movements, and units and
 *   assets, each item a line.
 * @csspart table - The event table under the chart (`show-table`), with the list of sources its footnote numbers
 *   resolve to. Paper always has it.
 *
 * @cssprop [--drawdown-font-family=system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Noto Sans Arabic', sans-serif] - Font of
 *   all text, the labels measured in it (again when a web font named here finishes loading). For Arabic, name a font
 *   with Arabic letters (`'Noto Naskh Arabic'`, `'Amiri'`) before one without.
 * @cssprop [--drawdown-font-size=14px] - Base font size.
 * @cssprop [--drawdown-label-size=12px] - Size of axis, lane and mark labels.
 * @cssprop [--drawdown-row-height=24px] - Height of one row of marks in a lane, in pixels (14px to 60px); read when the story is laid out. Under 24px, the targets of events in rows next to each other overlap, under the 24 × 24 px WCAG 2.5.8 asks for.
 * @cssprop [--drawdown-text-color=#1d1d1f] - Text colour.
 * @cssprop [--drawdown-muted-color=#5b5b63] - Secondary text colour.
 * @cssprop [--drawdown-background=#ffffff] - Background.
 * @cssprop [--drawdown-lane-background=#f6f6f8] - Background of odd lanes.
 * @cssprop [--drawdown-lane-background-alt=#ffffff] - Background of even lanes.
 * @cssprop [--drawdown-grid-color=#dcdce2] - Grid lines and borders.
 * @cssprop [--drawdown-focus-color=#1a56db] - Focus ring, selection and buttons.
 * @cssprop [--drawdown-error-color=#b42318] - Errors and warnings.
 * @cssprop [--drawdown-color-withdrawal=#c2410c] - Colour of withdrawal events.
 * @cssprop [--drawdown-color-transfer=#0b63a8] - Colour of transfers.
 * @cssprop [--drawdown-color-evacuation=#a3367d] - Colour of evacuations.
 * @cssprop [--drawdown-color-deployment=#0d7a55] - Colour of deployments.
 * @cssprop [--drawdown-color-handover=#946200] - Colour of handovers.
 * @cssprop [--drawdown-color-statement=#6b4fa0] - Colour of statements.
 * @cssprop [--drawdown-color-other=#5f6368] - Colour of other events.
 * @cssprop [--drawdown-dash-forecast=4 2] - Outline dashes of expected and planned events.
 * @cssprop [--drawdown-dash-uncertain=1 2] - Outline dots of events whose date is uncertain.
 * @cssprop [--drawdown-dash-reported=9 3] - Dashes of a reported transfer's line.
 * @cssprop [--drawdown-dash-claimed=4 3] - Dashes of a claimed transfer's line.
 * @cssprop [--drawdown-dash-planned=1 3] - Dashes of an expected or planned transfer's line.
 * @cssprop [--drawdown-dash-denied=6 2 1.5 2] - Dashes of a denied transfer's line: a dash-dot, which no other status uses.
 * @cssprop [--drawdown-denied-opacity=0.8] - Opacity of a denied transfer's line. Values under the default may put
 * it under the 3:1 contrast WCAG 1.4.11 asks of graphics (0.4 did, in every kind colour); forced colours ignore it.
 */
export class DrawdownTimeline extends TimelineProperties {
  static override styles = timelineStyles;

  /** `lang` and `dir` are the page's global attributes; the element redraws when either changes on it. */
  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang', 'dir'];
  }

  // The element's jobs, one controller each: loading the story, its words, the window in time and the gestures
  // that move it, drawing the plot, selection and keys, paper and exports. They are wired to each other here.
  readonly #loader = new StoryLoader(this, (state) => this.#onLoadState(state));
  readonly #language = new LanguageController(this);
  readonly #view = new ShownStory();
  readonly #announcer = new Announcer(this);
  readonly #report = new LoadReport(this, {
    drawn: () => this.status === 'ready' && this.#language.ready,
    words: () => this.#language.words,
    say: this.#announcer.say,
  });
  readonly #window: ViewWindow = new ViewWindow(this, {
    bounds: () => (this.story && storyDomain(this.story)) ?? undefined,
    drawn: () => this.#view.layout?.scale.domain(),
    warn: (name, value, expected) => warnAttribute(this.warned, name, value, expected),
    moved: () => {
      this.#selection.forgetGroups();
      // Once it rests, a screen reader hears where: the dates shown and how many events they hold.
      this.#announcer.sayWhenSettled(() => {
        const { layout, shown } = this.#view, words = this.#language.words;
        return layout && shown ? windowSaid(shown, layout.scale.domain() as [number, number], words.formatter, words.messages) : '';
      });
    },
  });
  readonly #plot: PlotDrawing = new PlotDrawing(this, () => this.#drawn() ? this.#view.plotState(this.#selection.selectedId, this.#selection.focusId) : null);
  // The selection's wiring, which the reader's input (loaded after the first paint) shares.
  readonly #selectionWiring: SelectionOptions = {
    view: () => (this.#drawn() ? { layout: this.#view.layout!, shown: this.#view.shown!, words: this.#language.words } : null),
    window: this.#window,
    focusMark: () => this.#plot.focusMark(),
    say: this.#announcer.say,
    walk: () => this.#reading.walk,
  };
  readonly #selection: Selection = new Selection(this, this.#selectionWiring);
  // What the first paint does not need loads right after it; the controllers made of it are below (#arrived).
  readonly #reading: ReadingViews = new ReadingViews(this, () => this.#drawn(), (views) => this.#arrived(views));
  readonly #held = new HeldInput(this, this.#reading.want);
  #input: PlotInput | undefined;
  #actions: SelectionActions | undefined;
  #paper: Paper | undefined;
  #hint: WheelHint | undefined;
  #map: MapSlot | undefined;
  /** How a frame of a gesture or a glide moves the last full layout, once the code that does it is here. */
  #frameMove: MoveLayout | undefined;
  /** Whether the reader's fingers are zooming or panning. */
  #moving = false;
  readonly #toolbar = new ToolbarFocus(this);
  // The plot's listeners: the reader's input, held until the code handling it is here.
  readonly #listeners: PlotListeners = {
    onClick: (event) => (this.#input ? this.#input.onClick(event) : this.#held.hold(event)),
    onFocusIn: (event) => (this.#input ? this.#input.onFocusIn(event) : this.#held.hold(event)),
    onKeydown: (event) => (this.#input ? this.#input.onKeydown(event) : this.#held.hold(event)),
    onPointerOver: (event) => this.#input?.onPointerOver(event),
    onPointerMove: (event) => this.#input?.onPointerMove(event),
    onPointerLeave: () => this.#input?.onPointerLeave(),
    onScroll: this.#plot.onScroll,
  };

  #options!: TimelineOptions;
  readonly #readOptions = memoizeLast((...values: unknown[]) => {
    const [src, format, loading, fetchTimeout, groupBy, kinds, statuses, theme, height, numerals, axisDirection, calendar, printRange, map] = values;
    return readOptions({ src, format, loading, fetchTimeout, groupBy, kinds, statuses, theme, height, numerals, axisDirection, calendar, printRange, map }, this.warned);
  });

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang' || name === 'dir') this.requestUpdate(name, old);
  }

  protected override willUpdate(changed: PropertyValues): void {
    const options = this.#options = this.#readOptions(this.src, this.format, this.loading, this.fetchTimeout, this.groupBy,
      this.kinds, this.statuses, this.theme, this.height, this.numerals, this.axisDirection, this.calendar, this.printRange, this.map);
    if (changed.has('lang')) this.#language.invalidate();
    this.#language.numerals = options.numerals;
    this.#language.calendars = [options.calendar, options.besideCalendar];
    const { src, format, lazy, timeoutMs } = options;
    this.#loader.update(changed, { src, data: this.data, format, lazy, timeoutMs }, !this.hasUpdated);
    this.#selection.update(changed, this.story, (value) => warnAttribute(this.warned, 'selected', value, 'the id of an event in the story'));
    const language = this.#language;
    // Nothing is drawn in stand-in words while the reader's language is on its way.
    if (!this.story || !language.ready) return this.#view.clear();
    const fresh = this.#view.update({
      story: this.story, kinds: options.kinds, statuses: options.statuses, words: language.words,
      direction: options.axisDirection === 'auto' ? language.direction : options.axisDirection,
      measure: language.measure, measureStrong: language.measureStrong, groupBy: options.groupBy, rowHeight: this.#plot.rowHeight, width: this.#plot.width,
      // Read after now(), which ends a glide that has arrived: its last frame is laid out in full.
      window: this.#window.now(), move: this.#moving || this.#window.gliding ? this.#frameMove : undefined,
    });
    if (fresh) this.#selection.laidOut(this.#view.layout!);
  }

  protected override firstUpdated(): void {
    this.#language.prepareWhenIdle(() => this.story !== null);
  }

  protected override render() {
    const words = this.#language.words, selection = this.#selection, window = this.#window;
    const view: TimelineViewOptions = {
      // An error too waits for the reader's words (or for English to stand in for them): never said in English first.
      status: !this.#language.ready ? 'waiting' : this.#drawn() || this.status !== 'ready' ? this.status : 'empty',
      problems: this.#report.problems, skipped: this.#report.skipped,
      warnings: this.showWarnings,
      view: this.#view, words, legend: !this.noLegend, table: this.showTable, on: this.#listeners, announcement: this.#announcer.text,
      showOutline: this.showOutline,
      outline: this.showOutline && this.#drawn() ? this.#reading.outline(this.#view.layout!.index, this.#view.describe, words, (id) => this.#actions?.pick(id)) : undefined,
      selected: selection.selectedId, onPick: (id) => this.#actions?.toggle(id),
      hint: this.#hint?.showing ? fill(words.messages.ui.wheelHint, { key: this.#hint.key }) : undefined,
      onRetry: () => { void this.reload(); },
      refreshProblems: this.#report.refreshProblems,
      controls: this.noControls ? undefined : {
        zoomed: window.zoomed, table: this.showTable, focus: this.#toolbar,
        // The zoom's code comes after the first paint.
        onZoom: (action) => (action === 'reset' ? window.set(undefined, { glide: true })
          : this.#reading.whenHere((views) => views.zoomBy(window, action === 'in' ? 0.5 : 2))),
        onTable: () => { this.showTable = !this.showTable; },
        outline: this.showOutline,
        onOutline: () => { this.showOutline = !this.showOutline; },
        onPrint: (range) => { this.#paperNow().then((paper) => paper.print(range)).catch(reportFailure); },
        onDownload: (format) => { this.#paperNow().then((paper) => paper.download(format)).catch(reportFailure); },
      },
      details: this.noDetails || !this.#view.layout ? undefined : (this.#actions ?? selection).details(this.#view.layout, this.#view.shown!),
      reading: this.#reading.views,
      map: this.#map?.view(),
    };
    // Shown before they were loaded (the table from the start, a click right after the first paint): they load now.
    if (!view.reading && view.status === 'ready' && needsReading(view)) this.#reading.want();
    // The shared drawing resources sit in a box of no size, never hidden: a mask or pattern inside an undisplayed
    // svg draws nothing, and the screen's plot is not displayed on paper, nor the paper's on screen.
    return html`<div class="frame ${this.#options.height ? 'fixed' : ''}" data-map=${this.#map?.placement ?? nothing}>
      ${timelineView(view)}
      ${this.#paper?.view()}
      <svg class="defs" aria-hidden="true" width="0" height="0">${PLOT_DEFS}</svg>
    </div>`;
  }

  protected override updated(changed: PropertyValues): void {
    // A length set through the CSS object model, which a strict Content-Security-Policy allows (a style attribute
    // written into the markup it would not).
    // Not on the first update without a height: writing 'auto' there restyled every element before the first paint.
    const height = this.#options.height ?? 'auto';
    if (changed.has('height') && (height !== 'auto' || changed.get('height'))) {
      this.renderRoot.querySelector<HTMLElement>('.frame')!.style.setProperty('--_height', height);
    }
  }

  /** Waits for a glide to arrive too, and for the views that load after the first paint: what a page or test reads
   * after `updateComplete` is where the zoom ends, with the details, table and paper views there to read. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let result = await super.getUpdateComplete();
    while (await this.#window.glided() || await this.#reading.arrived()) result = await super.getUpdateComplete();
    return result;
  }

  /**
   * Prints this timeline alone, not the page around it: the story as paper shows it (see *Print and export* in the
   * README), whole or the window shown as `print-range` says, in a document of its own, with the element's styles
   * and theme. Resolves when the print dialog has closed. The print code loads on first use, from
   * `drawdown-timeline-export.min.js` beside the single file.
   */
  async print(): Promise<void> {
    return (await this.#paperNow()).print();
  }

  /**
   * The story as a standalone SVG document, as a printout holds it: title, legend, the chart with numbered
   * labels, the numbered event table with the sources, and the credit (or the chart alone: `content: 'chart'`),
   * laid out for a paper (`paper`, `landscape`), whole or the window shown (`range`), in the theme shown or
   * `theme: 'light'`. Styles are written onto every shape, text is kept as text, links stay links, and there is
   * no external reference or foreignObject, so it opens in vector editors. Loads the export code on first use,
   * hence a promise.
   */
  async exportSVG(options: ExportOptions = {}): Promise<string> {
    return (await this.#paperNow()).exportSVG(options);
  }

  /**
   * The same as a PNG image, at `scale` device pixels a CSS pixel (2 by default, 192 dpi: sharp on slides and
   * retina screens; lowered for a story too tall for a canvas), its resolution, title and credit written in it.
   */
  async exportPNG(options: ExportOptions = {}): Promise<Blob> {
    return (await this.#paperNow()).exportPNG(options);
  }

  /**
   * The story's data as a file's text: `csv`, one row per event in the columns the CSV import reads (so it reads
   * back the same events), or `json`, the story as a data format v1 document. The toolbar offers both.
   */
  async exportData(format: 'csv' | 'json'): Promise<string> {
    return (await this.#paperNow()).exportData(format);
  }

  /**
   * Reads the story again from where it came from: fetches `src` again (a retry after a failure, or the latest
   * version of a story that changes), or reads `data` or the inline script again. A story shown stays shown while
   * it loads, and if loading fails it stays too, under a note saying so (and `drawdown-error` fires). Resolves
   * once the story is read, whether it could be or not.
   */
  reload(): Promise<void> {
    return this.#loader.reload();
  }

  #onLoadState(state: LoadState): void {
    const loaded = this.#report.read(state);
    if (!loaded) return;
    if (state.status === 'read') {
      this.#selection.reset();
      this.#plot.forgetRowHeight();
    }
    this.story = loaded.story;
    this.status = loaded.status;
  }

  /** Paper, loading it now if it is not here yet. */
  async #paperNow(): Promise<Paper> {
    await this.#reading.need();
    return this.#paper!;
  }

  /** What loads after the first paint is here: the controllers made of it, wired to the element's own (see
   * arrive.ts), with the first paint's code they use rather than copies of it. */
  #arrived(views: Reading): void {
    ({ hint: this.#hint, frameMove: this.#frameMove, actions: this.#actions, input: this.#input, paper: this.#paper, map: this.#map } = views.arrive(this, {
      view: this.#view, language: this.#language, selection: this.#selection, selectionWiring: this.#selectionWiring, window: this.#window,
      walk: this.#reading.walk!, held: this.#held, story: () => this.story, drawn: () => this.#drawn(), options: () => this.#options,
      moving: (moving) => { this.#moving = moving; },
      updateNow: () => { this.requestUpdate(); this.performUpdate(); },
      tools: { frameTools, storyDomain, layoutTimeline, drawBand, drawContext, legendEntries, legendView, exportCode: loadExport },
    }));
  }

  /** Whether a story is laid out to draw. */
  #drawn(): boolean {
    return this.status === 'ready' && this.#view.layout !== null;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'drawdown-timeline': DrawdownTimeline;
  }
}
