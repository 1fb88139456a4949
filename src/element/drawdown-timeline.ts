import { html, LitElement, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { accessibleName, createDescriber, type EventDescription } from '../words/describe-event.js';
import { createFormatter, type Formatter } from '../words/format-when.js';
import { groupAt, liftMark } from '../layout/groups.js';
import { layoutTimeline } from '../layout/layout-timeline.js';
import type { EventMark, GroupMark, TimelineLayout } from '../layout/types.js';
import { GROUP_BY, type GroupBy } from '../layout/lanes.js';
import { legendEntries, type LegendEntries } from '../layout/legend-entries.js';
import { storyDomain } from '../layout/story-domain.js';
import { messagesEn } from '../words/en.js';
import type { Messages } from '../words/messages.js';
import { bandHolds, visibleBand, type Band } from '../layout/vertical-band.js';
import { filterStory } from '../layout/filter-story.js';
import { eventTable, type EventTable } from '../words/event-table.js';
import { paperRows } from '../layout/paper-rows.js';
import { glideWindow, revealWindow, zoomWindow } from '../layout/zoom-window.js';
import { laneStep } from '../layout/lane-step.js';
import { storySummary } from '../words/story-summary.js';
import { fill } from '../words/messages.js';
import { formatInstant, parseWhen } from '../model/edtf.js';
import { eventById } from '../model/event-by-id.js';
import { pickText } from '../model/pick-text.js';
import { FORMATS, type Format } from '../model/read-story.js';
import { loadExport, type Export } from '../export/load-export.js';
import type { SvgDocument } from '../export/svg-document.js';
import { EVENT_KINDS, EVENT_STATUSES, type Problem, type Story, type TimelineEvent } from '../model/types.js';
import { createTextMeasurer } from '../render/measure-text.js';
import { drawBand, drawContext } from '../render/draw-plot.js';
import { renderMarkState } from '../render/render-marks.js';
import { readChoice, readHeight, readTokens, warnAttribute, type Warned } from './attribute-values.js';
import { controlsView } from './controls-view.js';
import { detailsView } from './details-view.js';
import { DrawdownErrorEvent, DrawdownLoadEvent, DrawdownRangeChangeEvent, DrawdownSelectEvent } from './events.js';
import { groupView } from './group-view.js';
import { keyAction } from './key-action.js';
import { ZoomGestures } from './zoom-gestures.js';
import { legendView } from './legend-view.js';
import { errorView, warningsView } from './problems-view.js';
import { PLOT_DEFS } from './plot-defs.js';
import { PLOT_LAYERS } from './plot-layers.js';
import { paperView, type PaperOptions } from './paper-view.js';
import { tableView } from './table-view.js';
import { StoryLoader, type LoadState } from './story-loader.js';
import { timelineStyles } from './styles.js';

type Status = 'empty' | 'loading' | 'error' | 'ready';

const THEMES = ['light', 'dark', 'auto'] as const;
/** Paper's layout width in CSS pixels: A4's and US Letter's printable width at margins of 15 mm or less (at 96 px
 * an inch, 12 px labels print at 9 pt). */
const PAPER_WIDTH = 680;
/** Rows of marks a lane may use on paper before its crowded stretches are grouped (8 on screen): a lane of 32 rows
 * still fits a page. */
const PAPER_MAX_ROWS = 32;
const LOADING = ['eager', 'lazy'] as const;
/**
 * Text attributes: a removed attribute is the empty string (Lit's default would be `null`, which a property typed
 * as a string must never hold), and an empty reflected value removes the attribute rather than leaving `start=""`.
 */
const emptyAsAbsent = { fromAttribute: (value: string | null) => value ?? '', toAttribute: (value: string) => value || null };

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
 * @attr dir - `rtl` mirrors the time axis (time runs right to left) and the layout; inherited from ancestors like
 *   any `dir`. Read again when it changes on the element.
 *
 * @fires drawdown-load - The story has been drawn. `detail`: `{events, skipped, problems}`.
 * @fires drawdown-error - Nothing could be drawn: the fetch failed, timed out or was too large, the file is not JSON,
 *   CSV or TimelineJS, or the document is not a v1 story. The element shows why. `detail`: `{problems}`.
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
 * @csspart groups - The bars of crowded stretches, one path per kind; the tallest holds the most events.
 * @csspart transfer - One transfer's link and arrowhead; carries `data-id` and `data-to` (the destination place id).
 *   Its width follows the amount moved.
 * @csspart transfer-label - The amount a transfer moved, beside its link ("~1,000 personnel"); carries `data-id`.
 * @csspart series - One force-level track: a step chart of a `series` above the lanes, with `data-series` (its id).
 * @csspart eras - The eras' bands and names, and the "as of" line.
 * @csspart as-of - The "as of" line of the story's `published` date, and the hatching of what lies after it.
 * @csspart legend - The legend.
 * @csspart details - The details panel of the selected or focused event.
 * @csspart error - The error shown when nothing could be drawn.
 * @csspart warnings - The collapsible list of problems found in a story that was drawn anyway.
 * @csspart credit - The story's credit line.
 * @csspart table - The event table under the chart (`show-table`), with the list of sources its footnote numbers
 *   resolve to. Paper always has it.
 *
 * @cssprop [--drawdown-font-family=system-ui, sans-serif] - Font of all text.
 * @cssprop [--drawdown-font-size=14px] - Base font size.
 * @cssprop [--drawdown-label-size=12px] - Size of axis, lane and mark labels.
 * @cssprop [--drawdown-row-height=22px] - Height of one row of marks in a lane, in pixels (14px to 60px); read when the story is laid out.
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
 * @cssprop [--drawdown-dash-denied=4 3] - Dashes of a denied transfer's line.
 * @cssprop [--drawdown-denied-opacity=0.4] - Opacity of a denied transfer's line.
 */
export class DrawdownTimeline extends LitElement {
  static override styles = timelineStyles;

  /**
   * The reactive properties, each documented where it is declared below. Declared here rather than with
   * decorators: browsers do not run decorators yet, and compiled for them, decorators cost 2 KB gzip of the
   * single file. Lit wraps each `accessor` below so that setting it updates the element.
   */
  static override properties: PropertyDeclarations = {
    src: { converter: emptyAsAbsent },
    data: { attribute: false },
    format: { converter: emptyAsAbsent },
    loading: { converter: emptyAsAbsent },
    fetchTimeout: { type: Number, attribute: 'fetch-timeout' },
    start: { reflect: true, converter: emptyAsAbsent },
    end: { reflect: true, converter: emptyAsAbsent },
    groupBy: { attribute: 'group-by', converter: emptyAsAbsent },
    kinds: { converter: emptyAsAbsent },
    statuses: { converter: emptyAsAbsent },
    height: { converter: emptyAsAbsent },
    theme: { reflect: true, converter: emptyAsAbsent },
    noLegend: { type: Boolean, attribute: 'no-legend' },
    noDetails: { type: Boolean, attribute: 'no-details' },
    noControls: { type: Boolean, attribute: 'no-controls' },
    showTable: { type: Boolean, reflect: true, attribute: 'show-table' },
    selected: { reflect: true, converter: emptyAsAbsent },
    status: { state: true },
    story: { state: true },
    shown: { state: true },
    problems: { state: true },
    skipped: { state: true },
    width: { state: true },
    previewId: { state: true },
    focusId: { state: true },
    selectedGroup: { state: true },
    previewGroup: { state: true },
    hinting: { state: true },
    announcement: { state: true },
    glideAt: { state: true },
  };

  /** `lang` and `dir` are the page's global attributes; the element redraws when either changes on it. */
  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang', 'dir'];
  }

  /**
   * Address of a story file: JSON in the data format v1, CSV or TimelineJS (see `format`). Relative addresses
   * resolve against the page. Fetched without cookies, so any server that allows cross-origin requests works;
   * refused past 20 MB.
   */
  accessor src = '';

  /**
   * A story as a JavaScript value (or a file's text), for applications; validated exactly like a fetched one.
   * Setting it takes precedence over `src` until `src` changes again. With neither, the element reads an inline
   * `<script type="application/json">` (or `type="text/csv"`) child.
   */
  accessor data: unknown = undefined;

  /**
   * The data's format: `auto` (default: told by the file's type, name and content), `json` (data format v1),
   * `csv` (one event per row, headers named like v1 fields) or `timelinejs` (a TimelineJS3 JSON file).
   */
  accessor format = 'auto';

  /** `lazy` waits until the element nears the viewport before fetching `src`; `eager` (default) fetches at once. */
  accessor loading = 'eager';

  /** How long to wait for `src` before giving up, in milliseconds. */
  accessor fetchTimeout = 15_000;

  /**
   * The start of the time window shown, as a date in the data format (`2024-12`, `2024-12-16`); the window
   * starts where that date's period starts. Empty: the story's first date, with a margin. Reflected: when the
   * reader zooms, the attribute holds the new window.
   */
  accessor start = '';

  /** The end of the time window shown, where that date's period ends. Empty: the story's last date, with a margin. */
  accessor end = '';

  /**
   * What the lanes stand for: `place` (default; a lane per place, transfers drawn as links between them), `kind`,
   * `status`, or `none` (one lane).
   */
  accessor groupBy = 'place';

  /**
   * Show only events of these kinds, space-separated (`withdrawal transfer`); empty shows every kind. Kinds:
   * withdrawal, transfer, evacuation, deployment, handover, statement, other.
   */
  accessor kinds = '';

  /**
   * Show only events with these statuses, space-separated (`confirmed reported`); empty shows every status.
   * Statuses: confirmed, reported, claimed, expected, planned, denied.
   */
  accessor statuses = '';

  /**
   * The element's height: a number of pixels (`480`) or a CSS length (`70vh`); the lanes scroll inside it. Empty
   * (default): as tall as its content.
   */
  accessor height = '';

  /** Colours: `light` (default), `dark`, or `auto`, which follows the reader's system setting. Reflected. */
  accessor theme = 'light';

  /** Hides the legend. */
  accessor noLegend = false;

  /** Hides the details panel (the hovered or selected event's text and sources). */
  accessor noDetails = false;

  /** Hides the toolbar (zoom, the table toggle, print and download). */
  accessor noControls = false;

  /**
   * Shows the event table under the chart: every event in time order with its date as stated, route, amount,
   * status and sources as footnote numbers, then the sources. Paper always has it. Reflected: the toolbar's
   * Table button toggles it.
   */
  accessor showTable = false;

  /**
   * The id of the selected event, whose details show; empty for none. Reflected: a reader's click, Enter or Escape
   * updates it and fires `drawdown-select`.
   */
  accessor selected = '';

  private accessor status: Status = 'empty';
  /** The story as read, and the part of it that the `kinds` and `statuses` filters let through. */
  private accessor story: Story | null = null;
  private accessor shown: Story | null = null;
  private accessor problems: readonly Problem[] = [];
  private accessor skipped = 0;
  private accessor width = 0;
  /** The event whose details show: pinned by click or Enter (`selected`), previewed by hover or focus. */
  private accessor previewId: string | undefined = undefined;
  private accessor focusId: string | undefined = undefined;
  /** The group whose details show, by key: pinned by click, previewed by hover. */
  private accessor selectedGroup: string | undefined = undefined;
  private accessor previewGroup: string | undefined = undefined;
  /** Whether the hint on zooming with Ctrl/⌘ + wheel shows. */
  private accessor hinting = false;
  /** What the live region says: that details opened, once. */
  private accessor announcement = '';
  /** The time of the glide's frame being drawn (see #glide). */
  private accessor glideAt = 0;

  private get plot(): SVGSVGElement | null {
    return this.renderRoot.querySelector('svg.plot');
  }

  /** The box everything is drawn in: the one rendered element that lives as long as the element does. */
  private get frame(): HTMLElement | null {
    return this.renderRoot.querySelector('.frame');
  }

  /** The shared drawing resources, which exports and print documents copy. */
  private get defs(): SVGSVGElement | null {
    return this.renderRoot.querySelector('svg.defs');
  }

  #layout: TimelineLayout | null = null;
  #legend: LegendEntries = { kinds: [], forms: [], statuses: [], amounts: false };
  #describe: ((event: TimelineEvent) => EventDescription) | null = null;
  /** A mark's accessible name; a new function only with a new describer, so marks are renamed only then. */
  #markName: (mark: EventMark) => string = () => '';
  /** What `#describe` was made for: it caches each event's words, so a zoom must not throw it away. */
  #describedFor: readonly [Story, Formatter, string] | null = null;
  #drawnLayout: TimelineLayout | null = null;
  /** Marks of the focused and selected events, drawn wherever they are: stand-ins where they are only part of a
   * group, their own marks where those lie outside the drawn band. */
  #kept: readonly EventMark[] = [];
  /** The band of the plot whose marks and links are drawn. */
  #band: Band = [0, 0];
  /** Between `beforeprint` and `afterprint`: the story is laid out for paper, beside the screen's view. */
  #printing = false;
  /** While `print()` or an export copies the paper view: for a print document, or whole for an export. */
  #copying: 'print' | 'export' | null = null;
  /** The story for paper while printing: drawn in its own part of the shadow root, which only print media shows,
   * so the screen's zoom, selection and scroll are never touched. */
  #paper: PaperOptions | null = null;
  #drawnPaper: PaperOptions | null = null;
  /** The event table, made when first shown, for the story and words it was made from. */
  #table: { from: readonly [Story, unknown]; table: EventTable } | null = null;
  /** What the marks and links on screen were drawn from. */
  #drawnFrom: readonly [SVGSVGElement, TimelineLayout, number, number, readonly EventMark[]] | null = null;
  #drawnPlot: SVGSVGElement | null = null;
  #scrollFrame = 0;
  /** The idle callback that widens the band drawn with a new layout to its margin. */
  #overscan: (() => void) | null = null;
  /** The element's top edge relative to the viewport's, read before each new layout. */
  #top = 0;
  #messages: Messages = messagesEn;
  /** Made when first needed: building Intl formats takes milliseconds, not to be spent on an element with no data. */
  #formatter: Formatter | null = null;
  #languages: readonly string[] = [];
  /** Whether `lang` (the element's, an ancestor's, the document's) may have changed since the formatter was made. */
  #languagesStale = true;
  #measure: ((text: string) => number) | null = null;
  /** Bad attribute values already warned about. */
  #warned: Warned = new Set();
  #loader = new StoryLoader(this, (loadState) => this.#onLoadState(loadState));
  /** Whether `data` was set more recently than `src`, and so wins. */
  #dataWins = false;
  #announceLoad = false;
  /** The row height the story is laid out with; 0 until read. */
  #row = 0;
  #resizeObserver: ResizeObserver | null = null;
  /** Watches the document's `lang` and `dir`, which the element falls back to. */
  #pageObserver: MutationObserver | null = null;
  /** A reader's zoom by button or key, drawn as a short glide from the window drawn to the new one (`start` and
   * `end` hold the new one at once); none when the reader prefers reduced motion. */
  #glide: { from: readonly [number, number]; started: number; finished: Promise<void>; end: () => void } | null = null;
  #glideNext = false;
  /** Whether the next update moves the keyboard's focus onto the focused event's mark. */
  #focusMark = false;
  /** The hint on zooming by wheel shows the first time plain wheel scrolls the page over the plot, not again. */
  #hinted = false;
  #summary: { from: readonly [Story, Formatter]; text: string } | null = null;

  constructor() {
    super();
    this.addController(new ZoomGestures({
      area: () => this.renderRoot.querySelector<HTMLElement>('.plot-wrap'),
      view: () => {
        const layout = this.#layout, bounds = this.story && storyDomain(this.story);
        return layout && bounds ? { window: layout.scale.domain(), range: layout.scale.range(), bounds } : null;
      },
      setWindow: (window) => this.#setWindow(window),
      hint: () => this.#showHint(),
    }));
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Put somewhere else in the page, it may have other ancestors' `lang`.
    this.#languagesStale = true;
    // The new layout waits for the next frame: laid out inside the observer's callback, it would change the
    // frame's height while the browser is still delivering sizes ("ResizeObserver loop" errors).
    // The width comes from the observer's entry: reading the frame's box in that frame would force a layout of
    // whatever the frame's updates had changed by then (a zoom step, say), on top of the frame's own.
    this.#resizeObserver = new ResizeObserver(([entry]) => {
      const width = Math.floor(entry?.borderBoxSize[0]?.inlineSize ?? 0);
      requestAnimationFrame(() => this.#takeWidth(width));
    });
    // The frame, not the host: a page's CSS may make the host inline (a reset like `* { all: revert }`), and an
    // inline box reports no width, where the block inside it still spans its container.
    if (this.hasUpdated) this.#observeSize();
    this.#pageObserver = new MutationObserver(() => this.requestUpdate('lang'));
    this.#pageObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['lang', 'dir'] });
    // Any scroller may move the plot into view: scroll events do not bubble, but they reach a capturing listener.
    document.addEventListener('scroll', this.#onScroll, { capture: true, passive: true });
    window.addEventListener('resize', this.#onScroll, { passive: true });
    window.addEventListener('beforeprint', this.#onBeforePrint);
    window.addEventListener('afterprint', this.#onAfterPrint);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#resizeObserver?.disconnect();
    this.#resizeObserver = null;
    this.#pageObserver?.disconnect();
    this.#pageObserver = null;
    document.removeEventListener('scroll', this.#onScroll, { capture: true });
    window.removeEventListener('resize', this.#onScroll);
    window.removeEventListener('beforeprint', this.#onBeforePrint);
    window.removeEventListener('afterprint', this.#onAfterPrint);
    cancelAnimationFrame(this.#scrollFrame);
    this.#scrollFrame = 0;
    this.#endGlide();
    this.#overscan?.();
    this.#overscan = null;
  }

  #observeSize(): void {
    this.#resizeObserver?.observe(this.frame!);
  }

  /** Follows the container's width: a new width lays the story out again. */
  #takeWidth(width: number): void {
    if (width > 0 && width !== this.width) this.width = width;
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang' || name === 'dir') this.requestUpdate(name, old);
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('lang')) this.#languagesStale = true;
    if (changed.has('src')) this.#dataWins = false;
    if (changed.has('data')) this.#dataWins = this.data !== undefined;
    // How to fetch matters only until something has been read: a late change of `loading` must not fetch again.
    const waiting = this.status === 'empty' || this.status === 'loading';
    if (!this.hasUpdated || changed.has('src') || changed.has('data') || changed.has('format') ||
      (waiting && (changed.has('loading') || changed.has('fetchTimeout')))) {
      if (changed.has('fetchTimeout') && !(this.fetchTimeout > 0)) {
        warnAttribute(this.#warned, 'fetch-timeout', String(this.getAttribute('fetch-timeout') ?? this.fetchTimeout), 'a positive number of milliseconds');
      }
      this.#loader.load({
        src: this.src.trim(),
        data: this.#dataWins ? this.data : undefined,
        format: readChoice<Format>(this.#warned, 'format', this.format, FORMATS, 'auto'),
        lazy: readChoice(this.#warned, 'loading', this.loading, LOADING, 'eager') === 'lazy',
        timeoutMs: this.fetchTimeout > 0 ? this.fetchTimeout : 15_000,
      });
    }
    if (changed.has('theme')) readChoice(this.#warned, 'theme', this.theme, THEMES, 'light');
    if (changed.has('story') || changed.has('kinds') || changed.has('statuses')) {
      this.shown = this.story && filterStory(this.story, {
        kinds: readTokens(this.#warned, 'kinds', this.kinds, EVENT_KINDS),
        statuses: readTokens(this.#warned, 'statuses', this.statuses, EVENT_STATUSES),
      });
    }
    if ((changed.has('selected') || changed.has('story')) && this.selected && this.story && !eventById(this.story, this.selected)) {
      warnAttribute(this.#warned, 'selected', this.selected, 'the id of an event in the story');
    }
    if (changed.has('selected') && this.selected) this.focusId = this.selected;
    const relayout = changed.has('shown') || changed.has('width') || changed.has('start') || changed.has('end') ||
      changed.has('groupBy') || changed.has('lang') || changed.has('dir') || changed.has('glideAt') || this.width === 0;
    // Group keys are by lane position: another grouping of lanes makes a pinned group meaningless.
    if (changed.has('groupBy')) this.selectedGroup = this.previewGroup = undefined;
    if (relayout) {
      // Read before this update changes the DOM, while the page's layout is still clean, so reading is free.
      const box = (this.frame ?? this).getBoundingClientRect();
      this.#top = box.top;
      if (this.width === 0) this.width = Math.floor(box.width) || 640;
      this.#relayout();
    }
    if (relayout || changed.has('focusId') || changed.has('selected')) this.#keepMarks();
    const paperFor = this.#copying ?? (this.#printing ? 'print' : null);
    if (!paperFor) this.#paper = null;
    else if (!this.#paper || relayout || changed.has('story') || !!this.#paper.whole !== (paperFor === 'export')) {
      this.#paper = this.#layoutPaper(paperFor === 'export');
    }
  }

  protected override firstUpdated(): void {
    this.#observeSize();
    // A canvas's first measurement sets up its fonts and Intl builds its date formats, which take milliseconds
    // each: done while the data is on its way, they are not done while the reader waits for the drawing.
    const prepare = () => {
      if (this.story) return;
      this.#measurer()('0');
      this.#formatterFor().prepare();
    };
    if ('requestIdleCallback' in window) requestIdleCallback(prepare, { timeout: 500 });
    else setTimeout(prepare, 0);
  }

  /**
   * The formatter for the element's language, made once per locale; also notes the preferred languages for
   * Text: the element's `lang`, then the document's (the browser's comes last, for dates and numbers only).
   */
  #formatterFor(): Formatter {
    // Read again only when `lang` may have changed: a zoom lays out every frame, and the languages stay the same.
    if (this.#languagesStale || !this.#formatter) {
      this.#languagesStale = false;
      const nearest = this.closest('[lang]')?.getAttribute('lang');
      this.#languages = [nearest, document.documentElement.lang].filter((tag): tag is string => !!tag);
      const locale = firstValidLocale([...this.#languages, navigator.language]);
      if (locale !== this.#formatter?.locale) this.#formatter = createFormatter(locale, this.#messages);
    }
    return this.#formatter!;
  }

  /** `--drawdown-row-height`, within the range where marks and labels still fit a row. */
  #rowHeight(): number {
    // Read once a story: reading styles in every zoom frame would cost a style recalculation each time.
    if (!this.#row) {
      const height = parseFloat(getComputedStyle(this).getPropertyValue('--_row'));
      this.#row = Number.isFinite(height) ? Math.min(60, Math.max(14, height)) : 22;
    }
    return this.#row;
  }

  /** Label widths in the labels' font, measured once a character (see createTextMeasurer). */
  #measurer(): (text: string) => number {
    if (!this.#measure) {
      // The labels' own font, not the host's: the host inherits the page's font, which the frame inside replaces.
      const style = getComputedStyle(this);
      const family = style.getPropertyValue('--_font').trim() || style.fontFamily;
      this.#measure = createTextMeasurer(`${style.getPropertyValue('--_label-size').trim() || '12px'} ${family}`);
    }
    return this.#measure;
  }

  protected override render() {
    // The shared drawing resources sit in a box of no size, never hidden: a mask or pattern inside an undisplayed
    // svg draws nothing, and the screen's plot is not displayed on paper, nor the paper's on screen.
    return html`<div class="frame ${this.height ? 'fixed' : ''}">
      ${this.#renderContent()}
      ${this.#paper ? paperView(this.#paper) : nothing}
      <svg class="defs" aria-hidden="true" width="0" height="0">${PLOT_DEFS}</svg>
    </div>`;
  }

  #renderContent() {
    if (this.status === 'error') return errorView(this.problems, this.#messages.ui.errorTitle);
    const story = this.story, shown = this.shown;
    if (this.status !== 'ready' || !story || !shown) {
      return html`<p class="loading" aria-busy=${this.status === 'loading'}>
        ${this.status === 'loading' ? this.#messages.ui.loading : nothing}</p>`;
    }
    const languages = this.#languages;
    const layout = this.#layout!;
    return html`
      <header>
        <div class="heading">
          <h2 part="title">${pickText(story.title, languages)}</h2>
          ${story.subtitle ? html`<p class="subtitle" part="subtitle">${pickText(story.subtitle, languages)}</p>` : nothing}
        </div>
        ${this.noControls || shown.events.length === 0 ? nothing : controlsView({
          messages: this.#messages,
          zoomed: !!(this.start || this.end),
          onZoom: this.#onZoomControl,
          table: this.showTable,
          onTable: () => { this.showTable = !this.showTable; },
          onPrint: () => { this.print().catch(reportFailure); },
          onDownload: (format) => { this.#download(format).catch(reportFailure); },
        })}
      </header>
      ${warningsView(this.problems, this.skipped)}
      ${shown.events.length === 0 ? html`<p class="empty">${this.#messages.ui.noEvents}</p>` : html`
        <div class="plot-wrap" @scroll=${this.#onScroll} @focusin=${this.#onPlotFocus}>
          <svg class="plot" part="plot" role="group" aria-roledescription=${this.#messages.ui.timeline}
            aria-label=${pickText(story.title, languages)} aria-describedby="summary"
            width=${layout.width} height=${layout.height}
            @click=${this.#onPlotClick} @pointerover=${this.#onPlotPointer} @pointermove=${this.#onPlotMove}
            @pointerleave=${this.#onPlotLeave}
            @keydown=${this.#onPlotKeydown}>
            ${PLOT_LAYERS}
          </svg>
          ${this.hinting ? html`<p class="zoom-hint" aria-hidden="true">${fill(this.#messages.ui.wheelHint, { key: isApple() ? '⌘' : 'Ctrl' })}</p>` : nothing}
        </div>
        <p id="summary" class="visually-hidden">${this.#summaryText(shown)} ${this.#messages.ui.keys}</p>
        ${this.noLegend ? nothing : legendView(this.#legend, this.#messages)}`}
      ${this.noDetails ? nothing : this.#renderDetails()}
      <p class="visually-hidden" role="status">${this.announcement}</p>
      ${this.showTable && shown.events.length ? tableView(this.#eventTable(), this.#messages) : nothing}
      ${story.credit ? html`<p class="credit" part="credit">${pickText(story.credit, languages)}</p>` : nothing}`;
  }

  protected override updated(changed: PropertyValues): void {
    // A length set through the CSS object model, which a strict Content-Security-Policy allows (a style attribute
    // written into the markup it would not).
    if (changed.has('height')) this.frame!.style.setProperty('--_height', readHeight(this.#warned, this.height) ?? 'auto');
    const plot = this.plot;
    const layout = this.#layout;
    if (plot && layout && this.story) {
      // Hover and focus only move a class and the Tab stop; only a new layout, a scroll or a kept mark redraws.
      if (plot !== this.#drawnPlot || layout !== this.#drawnLayout) {
        this.#drawContext(plot, layout);
        // A new layout draws what is in view first, and the margin around it once the page is idle: the reader
        // sees the drawing (or the next zoom step) sooner. The element's top stands in for the plot's, a header
        // higher, so the band starts a header's height lower.
        this.#band = this.#bandToDraw(this.#top, layout, 0);
        this.#scheduleOverscan();
      }
      this.#drawVisible(plot, layout);
      renderMarkState(this.#host(plot, 'marks'), this.#host(plot, 'labels'), this.#selectedId, this.focusId);
      this.#takeFocus(plot);
    }
    if (this.#paper && this.#paper !== this.#drawnPaper) this.#drawPaper(this.#paper);
    if (this.#announceLoad && this.status === 'ready') {
      this.#announceLoad = false;
      this.dispatchEvent(new DrawdownLoadEvent({
        events: this.story?.events.length ?? 0,
        skipped: this.skipped,
        problems: this.problems,
      }));
    }
  }

  #onLoadState(loadState: LoadState): void {
    if (loadState.status !== 'read') {
      this.status = loadState.status;
      this.story = null;
      return;
    }
    const result = loadState.result;
    this.problems = result.problems;
    this.skipped = result.skippedEvents;
    this.previewId = this.focusId = undefined;
    this.selectedGroup = this.previewGroup = undefined;
    if (!result.story) {
      this.story = null;
      this.#layout = null;
      this.status = 'error';
      this.dispatchEvent(new DrawdownErrorEvent({ problems: result.problems }));
      return;
    }
    this.story = result.story;
    this.status = 'ready';
    this.#row = 0;
    this.#announceLoad = true;
  }

  #relayout(): void {
    const story = this.story, shown = this.shown;
    if (!story || !shown) {
      this.#layout = null;
      return;
    }
    const formatter = this.#formatterFor();
    this.#layout = layoutTimeline(shown, {
      ...this.#layoutOptions(formatter),
      width: this.width,
      window: this.#gliding(this.#targetWindow(story)),
      metrics: { rowHeight: this.#rowHeight() },
    });
    this.#legend = legendEntries(this.#layout.marks, this.#layout.groups, this.#layout.links);
    // A group pinned or previewed before a zoom is gone once the window changes.
    const groups = this.#layout.groups;
    const gone = (key: string | undefined) => key !== undefined && !groups.some((group) => group.key === key);
    if (gone(this.selectedGroup)) this.selectedGroup = undefined;
    if (gone(this.previewGroup)) this.previewGroup = undefined;
    const describedFor = [story, formatter, this.#languages.join(',')] as const;
    if (!this.#describedFor || describedFor.some((value, i) => value !== this.#describedFor![i])) {
      this.#describedFor = describedFor;
      const describe = createDescriber(story, formatter, this.#messages, this.#languages);
      this.#describe = describe;
      this.#markName = (mark) => accessibleName(describe(mark.event));
    }
    // A story loaded with `selected` set starts the keyboard there.
    this.focusId ??= this.#selectedId && this.#layout.order.includes(this.#selectedId) ? this.#selectedId : this.#layout.order[0];
  }

  /** What the screen's and paper's layouts share: direction, languages, words, fonts and lanes. */
  #layoutOptions(formatter: Formatter) {
    return {
      direction: this.matches(':dir(rtl)') ? 'rtl' : 'ltr',
      languages: this.#languages,
      formatter,
      messages: this.#messages,
      measureText: this.#measurer(),
      groupBy: readChoice<GroupBy>(this.#warned, 'group-by', this.groupBy, GROUP_BY, 'place'),
    } as const;
  }

  /**
   * The story laid out for paper: the whole story whatever the zoom, at a width that fits A4 and US Letter
   * (printed wider, it scales up), every label numbered as its row in the event table, and lanes allowed more
   * rows before crowded stretches are grouped. For export (`whole`), the labels are not numbered: the image has
   * no table to point into.
   */
  #layoutPaper(whole: boolean): PaperOptions | null {
    const story = this.story, shown = this.shown, layout = this.#layout;
    if (!story || !shown || !layout) return null;
    const paper = layoutTimeline(shown, {
      ...this.#layoutOptions(this.#formatterFor()),
      width: PAPER_WIDTH,
      window: storyDomain(story) ?? undefined,
      numbered: !whole,
      metrics: { rowHeight: this.#rowHeight(), maxRows: PAPER_MAX_ROWS },
    });
    const languages = this.#languages;
    return {
      title: pickText(story.title, languages),
      subtitle: story.subtitle ? pickText(story.subtitle, languages) : '',
      credit: story.credit ? pickText(story.credit, languages) : '',
      layout: paper,
      rows: paperRows(paper),
      legend: legendEntries(paper.marks, paper.groups, paper.links),
      table: this.#eventTable(),
      messages: this.#messages,
      whole,
    };
  }

  /**
   * Prints this timeline alone, not the page around it: the whole story as paper shows it (see *Print and export*
   * in the README) in a document of its own, with the element's styles and theme. Resolves when the print dialog
   * has closed. The print code loads on first use, from `drawdown-timeline-export.min.js` beside the single file.
   */
  async print(): Promise<void> {
    const { printDocument } = await exportCode();
    return this.#copyPaper('print', (printout, title) => printDocument(this, printout, this.defs!, title));
  }

  /**
   * The whole story as a standalone SVG document: title, legend, the chart over the story's full span, sources
   * and credit, with styles written onto every shape, text kept as text, and no external reference or
   * foreignObject, so it opens in vector editors. Loads the export code on first use, hence a promise.
   */
  async exportSVG(): Promise<string> {
    return this.#svgImage(await exportCode()).svg;
  }

  /**
   * The whole story as a PNG image, drawn from `exportSVG()`'s document at `scale` device pixels a CSS pixel
   * (2 by default, for sharp slides and retina screens; lowered for a story too tall for a canvas).
   */
  async exportPNG({ scale = 2 }: { scale?: number } = {}): Promise<Blob> {
    const code = await exportCode();
    const image = this.#svgImage(code);
    return code.pngFromSvg(image.svg, image.width, image.height, scale > 0 ? scale : 2);
  }

  /** The paper view, whole, written as a standalone SVG: what both exports are made of. */
  #svgImage({ svgDocument }: Export): SvgDocument {
    return this.#copyPaper('export', (printout, title) => svgDocument(printout, this.defs!, title));
  }

  /** The toolbar's downloads: the export, as a file named after the story. */
  async #download(format: 'svg' | 'png'): Promise<void> {
    const { download, fileName } = await exportCode();
    const title = this.story ? pickText(this.story.title, this.#languages) : '';
    const blob = format === 'svg' ? new Blob([await this.exportSVG()], { type: 'image/svg+xml' }) : await this.exportPNG();
    download(blob, fileName(title, format));
  }

  /**
   * Lays the story out for paper (or for export), draws it at once, and hands it to `use` to copy; then lets it
   * go at the next update. Nothing the screen shows changes.
   */
  #copyPaper<T>(purpose: 'print' | 'export', use: (printout: HTMLElement, title: string) => T): T {
    if (this.status !== 'ready' || !this.shown?.events.length) {
      throw new Error('<drawdown-timeline>: there is no story to print or export yet (wait for drawdown-load).');
    }
    this.#copying = purpose;
    this.#updateNow();
    try {
      return use(this.renderRoot.querySelector<HTMLElement>('.printout')!, this.#paper!.title);
    } finally {
      this.#copying = null;
      this.requestUpdate();
    }
  }

  /** The event table of the story as the filters show it, made again only for another story or other words. */
  #eventTable(): EventTable {
    const from = [this.shown!, this.#describe] as const;
    if (!this.#table || this.#table.from.some((value, i) => value !== from[i])) {
      this.#table = { from, table: eventTable(this.shown!, this.#layout!.order, this.#describe!) };
    }
    return this.#table.table;
  }

  /** Draws each row of the paper's plot: its band of the paper layout, in the layers the row has. */
  #drawPaper(paper: PaperOptions): void {
    this.#drawnPaper = paper;
    const layout = paper.layout;
    for (const row of this.renderRoot.querySelectorAll<SVGSVGElement>('.printout svg[data-band]')) {
      const [top, bottom] = row.dataset.band!.split(' ').map(Number) as [number, number];
      drawContext(row, layout);
      drawBand(row, layout, [top, bottom], [], { focusId: undefined, describe: this.#markName }, { cutLinks: !paper.whole });
    }
  }

  /** The window from `start` and `end`; a value that is not a date is ignored with a warning naming it. */
  #window(story: Story): [number, number] | undefined {
    const read = (name: 'start' | 'end') => {
      const value = this[name];
      if (!value) return NaN;
      const parsed = parseWhen(value);
      if ('when' in parsed && !Number.isNaN(parsed.when.min) && !Number.isNaN(parsed.when.max)) {
        return name === 'start' ? parsed.when.min : parsed.when.max;
      }
      warnAttribute(this.#warned, name, value, `a date in the data format, such as 2024-12-16 (${'error' in parsed ? parsed.error : 'an open date'})`);
      return NaN;
    };
    const start = read('start'), end = read('end');
    if (Number.isNaN(start) && Number.isNaN(end)) return undefined;
    const [first, last] = storyDomain(story) ?? [start, end];
    const window: [number, number] = [Number.isNaN(start) ? first : start, Number.isNaN(end) ? last : end];
    if (!(window[0] < window[1])) {
      warnAttribute(this.#warned, 'start', this.start, this.end ? `a date before end="${this.end}"` : 'a date before the story\'s end');
      return undefined;
    }
    return window;
  }

  /**
   * The focused and selected events are always drawn, whatever the band: the keyboard walks every event, and
   * what it reaches must be seen (and hold the Tab stop). An event drawn only as part of a group gets a stand-in.
   */
  #keepMarks(): void {
    const layout = this.#layout;
    const kept: EventMark[] = [];
    if (layout && this.shown) {
      for (const id of new Set([this.focusId, this.#selectedId])) {
        if (id === undefined) continue;
        const own = layout.marks.find((mark) => mark.primary && mark.event.id === id);
        const event = own ? undefined : eventById(this.shown, id);
        const mark = own ?? (event && liftMark(layout, event, layout.metrics));
        if (mark) kept.push(mark);
      }
    }
    this.#kept = kept;
  }

  /** The band around what the viewport shows of the plot, widened by `margin` (by default half a viewport) each way. */
  #bandToDraw(plotTop: number, layout: TimelineLayout, margin = Math.max(300, innerHeight / 2)): Band {
    return visibleBand(plotTop, layout.height, innerHeight, margin);
  }

  /**
   * Widens the band to its margin once the layout has rested a moment and the page is idle, unless a newer layout
   * or a scroll does first. During a continuous zoom or pan, each frame draws only what is in view.
   */
  #scheduleOverscan(): void {
    this.#overscan?.();
    let idle = 0;
    const rest = setTimeout(() => {
      const widen = () => {
        this.#overscan = null;
        this.#redrawBand();
      };
      if ('requestIdleCallback' in window) idle = requestIdleCallback(widen, { timeout: 200 });
      else widen();
    }, 100);
    this.#overscan = () => {
      clearTimeout(rest);
      if (idle) cancelIdleCallback(idle);
    };
  }

  /** Draws the lanes, groups, links and marks in the band, and the kept marks, unless that is drawn already. */
  #drawVisible(plot: SVGSVGElement, layout: TimelineLayout): void {
    const from = [plot, layout, this.#band[0], this.#band[1], this.#kept] as const;
    if (this.#drawnFrom?.every((value, i) => value === from[i])) return;
    this.#drawnFrom = from;
    // Drawing puts marks in time order by moving nodes, and replaces a stand-in by its own mark; a node moved or
    // replaced loses focus, which the focused event's mark takes back.
    const hadFocus = this.#markHasFocus();
    drawBand(plot, layout, this.#band, this.#kept, { focusId: this.focusId, describe: this.#markName });
    if (hadFocus && !this.#markHasFocus()) this.#focusMark = true;
  }

  #markHasFocus(): boolean {
    return !!(this.renderRoot as ShadowRoot).activeElement?.matches('.mark');
  }

  /** Moves the keyboard's focus to the focused event's mark, when a key moved it or drawing took it away. */
  #takeFocus(plot: SVGSVGElement): void {
    if (!this.#focusMark || this.focusId === undefined) return;
    // Until the event's own mark is drawn (a glide may take a few frames to bring it in), the flag stays up.
    const mark = plot.querySelector<SVGPathElement>(`.mark[data-primary][data-id="${CSS.escape(this.focusId)}"]`);
    if (!mark) return;
    this.#focusMark = false;
    mark.focus();
    // Focus scrolls a mark into view, the plot's box too: time is panned by the window, never by scrolling.
    plot.parentElement!.scrollLeft = 0;
  }

  /** After a scroll, at most once a frame: draws more of the plot once the viewport reaches past the band drawn. */
  #onScroll = () => {
    if (this.#scrollFrame) return;
    this.#scrollFrame = requestAnimationFrame(() => {
      this.#scrollFrame = 0;
      const plot = this.plot, layout = this.#drawnLayout;
      if (!plot || !layout) return;
      if (!bandHolds(this.#band, visibleBand(plot.getBoundingClientRect().top, layout.height, innerHeight, 0))) this.#redrawBand();
    });
  };

  /**
   * Before the browser prints (Ctrl+P, `window.print()`, a PDF export), the story is laid out again for paper
   * and drawn at once: the browser lays out for print right after this event's microtasks, so the update runs
   * now rather than at its usual time.
   */
  #onBeforePrint = () => {
    this.#printing = true;
    this.#updateNow();
  };

  /** Updates at once rather than at the next microtask: what is rendered is read (or printed) right after. */
  #updateNow(): void {
    this.requestUpdate();
    this.performUpdate();
  }

  #onAfterPrint = () => {
    this.#printing = false;
    this.requestUpdate();
  };

  /** Draws the band around what the viewport now shows. */
  #redrawBand(): void {
    const plot = this.plot, layout = this.#drawnLayout;
    if (!plot || !layout) return;
    this.#band = this.#bandToDraw(plot.getBoundingClientRect().top, layout);
    this.#drawVisible(plot, layout);
    renderMarkState(this.#host(plot, 'marks'), this.#host(plot, 'labels'), this.#selectedId, this.focusId);
    this.#takeFocus(plot);
  }

  /** Draws what does not depend on the band: the axis, the eras and "as of" line, the force-level tracks. */
  #drawContext(plot: SVGSVGElement, layout: TimelineLayout): void {
    this.#drawnPlot = plot;
    this.#drawnLayout = layout;
    drawContext(plot, layout);
  }

  /** One of the `<g>` hosts the render layer draws into. */
  #host(plot: SVGSVGElement, name: string): SVGGElement {
    return plot.querySelector<SVGGElement>(`g.${name}`)!;
  }

  #renderDetails() {
    // What the pointer is over wins over what was pinned; a group and an event are never pinned together.
    const groupKey = this.previewId !== undefined ? undefined
      : this.previewGroup ?? (this.#selectedId === undefined ? this.selectedGroup : undefined);
    const group = groupKey === undefined ? undefined : this.#layout?.groups.find((g) => g.key === groupKey);
    if (group) {
      return html`<section class="details" part="details" data-group=${group.key} @keydown=${this.#onDetailsKeydown}>
        ${groupView(group, {
          place: this.#layout!.lanes[group.lane]!.label,
          languages: this.#languages,
          formatter: this.#formatter!,
          messages: this.#messages,
          onPick: this.#pickFromGroup,
          onZoom: () => this.#zoomTo(group),
        })}
      </section>`;
    }
    const id = this.previewId ?? this.#selectedId;
    // An event the filters hide has no details to show, even if `selected` names it.
    const event = id === undefined || !this.shown ? undefined : eventById(this.shown, id);
    if (!event) {
      return html`<section class="details" part="details"><p class="hint">${this.#messages.ui.hint}</p></section>`;
    }
    const description = this.#describe!(event);
    return html`<section class="details" part="details" data-id=${event.id} @keydown=${this.#onDetailsKeydown}>
      ${detailsView(description, event.assets, event.units, this.#messages)}
    </section>`;
  }

  /** The event under a pointer or focus: its mark, or its label. */
  #markId(target: EventTarget | null): string | undefined {
    const mark = (target as Element | null)?.closest?.('.mark, .label');
    return mark instanceof SVGElement ? mark.dataset.id : undefined;
  }

  /** The group under a pointer event, found by position: all groups of a kind share one path. */
  #groupAt(event: PointerEvent | MouseEvent): GroupMark | undefined {
    if (!(event.target as Element | null)?.classList?.contains('group') || !this.plot || !this.#layout) return undefined;
    const box = this.plot.getBoundingClientRect();
    return groupAt(this.#layout, event.clientX - box.left, event.clientY - box.top, this.#layout.metrics.rowHeight);
  }

  /** The selected event's id: `selected`, or `undefined` for none. */
  get #selectedId(): string | undefined {
    return this.selected || undefined;
  }

  /** Selects an event (or nothing) for the reader: `selected` follows, and the page hears of it once, and so does
   * a screen reader, politely, in a few words rather than the whole panel. */
  #select(id: string | undefined): void {
    if ((id ?? '') === this.selected) return;
    this.selected = id ?? '';
    const event = id === undefined || !this.shown ? undefined : eventById(this.shown, id);
    this.announcement = event && !this.noDetails ? fill(this.#messages.ui.detailsShown, { title: pickText(event.title, this.#languages) }) : '';
    this.dispatchEvent(new DrawdownSelectEvent({ id: id ?? null }));
  }

  #onPlotClick = (event: MouseEvent) => {
    const group = this.#groupAt(event);
    if (group) {
      this.selectedGroup = group.key === this.selectedGroup ? undefined : group.key;
      this.#select(undefined);
      return;
    }
    const id = this.#markId(event.target);
    this.#select(id === this.#selectedId ? undefined : id);
    this.selectedGroup = undefined;
    if (id) this.focusId = id;
  };

  #onPlotPointer = (event: PointerEvent) => {
    this.previewId = this.#markId(event.target);
  };

  #onPlotMove = (event: PointerEvent) => {
    const key = this.#groupAt(event)?.key;
    if (key !== this.previewGroup) this.previewGroup = key;
  };

  #onPlotLeave = () => {
    this.previewId = undefined;
    this.previewGroup = undefined;
  };

  /** An event picked from a group's list: selected, focused, and drawn with a mark of its own. */
  #pickFromGroup = (id: string) => {
    this.selectedGroup = this.previewGroup = undefined;
    this.focusId = id;
    this.#select(id);
  };

  /** Zooms into a group's stretch of time, with a margin, through `start` and `end`, as a reader's zoom would. */
  #zoomTo(group: GroupMark): void {
    const margin = (group.end - group.start) * 0.1;
    this.#setWindow([group.start - margin, group.end + margin], true);
  }

  /** The toolbar's buttons: halve or double the window around its middle, or show the whole story again. */
  #onZoomControl = (action: 'in' | 'out' | 'reset') => {
    if (action === 'reset') this.#setWindow(undefined, true);
    else this.#zoomBy(action === 'in' ? 0.5 : 2);
  };

  /** Scales the window the reader is going to by `factor`, around `center` (by default its middle). */
  #zoomBy(factor: number, center?: number): void {
    const window = this.story && this.#targetWindow(this.story);
    if (window) this.#setWindow(zoomWindow(window, factor, storyDomain(this.story!)!, center), true);
  }

  /**
   * Sets the window for the reader, through `start` and `end`, and tells the page. Zoomed all the way out is the
   * whole story, and clears them, as they were before any zoom. A `glide` is drawn as one (see #glide).
   */
  #setWindow(window: readonly [number, number] | undefined, glide = false): void {
    const bounds = this.story && storyDomain(this.story);
    if (window && bounds && window[1] - window[0] >= bounds[1] - bounds[0]) window = undefined;
    const start = window ? formatInstant(window[0]) : '', end = window ? formatInstant(window[1]) : '';
    if (start === undefined || end === undefined || (start === this.start && end === this.end)) return;
    if (glide && this.#layout && !matchMedia('(prefers-reduced-motion: reduce)').matches) this.#glideNext = true;
    else this.#endGlide();
    this.selectedGroup = this.previewGroup = undefined;
    this.start = start;
    this.end = end;
    this.dispatchEvent(new DrawdownRangeChangeEvent({ start, end }));
  }

  /** The window `start` and `end` ask for, else the whole story's span (not the filtered one's: a filter hides
   * events, it does not move the others). */
  #targetWindow(story: Story): readonly [number, number] | undefined {
    return this.#window(story) ?? storyDomain(story) ?? undefined;
  }

  /**
   * The window to lay out now: `target`, or during a glide the window part of the way there. Each frame of a
   * glide asks for the next (through `glideAt`) until it arrives.
   */
  #gliding(target: readonly [number, number] | undefined): readonly [number, number] | undefined {
    if (this.#glideNext && target && this.#layout) {
      this.#glideNext = false;
      const from = this.#glide ? this.#gliding(target)! : this.#layout.scale.domain();
      this.#endGlide();
      let end!: () => void;
      const finished = new Promise<void>((resolve) => { end = resolve; });
      this.#glide = { from, started: performance.now(), finished, end };
    }
    const glide = this.#glide;
    if (!glide || !target) return target;
    const t = Math.min(1, (performance.now() - glide.started) / GLIDE_MS);
    if (t >= 1) {
      this.#endGlide();
      return target;
    }
    requestAnimationFrame((now) => { if (this.#glide === glide) this.glideAt = now; });
    return glideWindow(glide.from, target, 1 - (1 - t) ** 3);
  }

  #endGlide(): void {
    this.#glide?.end();
    this.#glide = null;
  }

  /** Waits for a glide to arrive too: what a page or test reads after `updateComplete` is where the zoom ends. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let result = await super.getUpdateComplete();
    while (this.#glide) {
      await this.#glide.finished;
      result = await super.getUpdateComplete();
    }
    return result;
  }

  /** The first time plain wheel scrolls the page over the plot, a moment's hint that Ctrl/⌘ + wheel zooms. */
  #showHint(): void {
    if (this.#hinted) return;
    this.#hinted = this.hinting = true;
    setTimeout(() => { this.hinting = false; }, HINT_MS);
  }

  /** The plot's description: the story in a sentence, made again only for another story or other words. */
  #summaryText(shown: Story): string {
    const formatter = this.#formatterFor();
    if (this.#summary?.from[0] !== shown || this.#summary.from[1] !== formatter) {
      this.#summary = { from: [shown, formatter], text: storySummary(shown, formatter, this.#messages, this.#languages) };
    }
    return this.#summary.text;
  }

  #onPlotFocus = (event: FocusEvent) => {
    const id = this.#markId(event.target);
    if (id) {
      this.focusId = id;
      this.previewId = id;
    }
  };

  /**
   * Arrow keys walk the events in time order (mirrored for right-to-left) and between lanes, Home/End jump,
   * Enter pins details and Escape closes them, + and - zoom around the focused event. The window follows the
   * focused event, so it is always in view. Keys with Ctrl, Alt or ⌘ are the browser's (Ctrl + - zooms the page).
   */
  #onPlotKeydown = (event: KeyboardEvent) => {
    const layout = this.#layout;
    if (!layout || event.ctrlKey || event.altKey || event.metaKey) return;
    const action = keyAction(event.key, layout.direction);
    // Escape with nothing to clear is left to the page (it may close a dialog holding the timeline).
    const nothingOpen = [this.#selectedId, this.previewId, this.selectedGroup, this.previewGroup].every((v) => v === undefined);
    if (!action || (action === 'clear' && nothingOpen)) return;
    event.preventDefault();
    const order = layout.order;
    if (action === 'select') this.#select(this.focusId);
    else if (action === 'clear') this.#closeDetails();
    else if (action === 'zoom-in' || action === 'zoom-out') {
      const focused = this.focusId && this.shown ? eventById(this.shown, this.focusId) : undefined;
      const [start, end] = layout.scale.domain(), time = focused && timeOf(focused);
      this.#zoomBy(action === 'zoom-in' ? 0.5 : 2, time !== undefined && time >= start && time <= end ? time : undefined);
    } else if (action === 'up' || action === 'down') {
      const next = laneStep(layout.index, this.focusId ?? order[0]!, action === 'up' ? -1 : 1);
      if (next !== undefined) this.#moveFocus(next);
    } else {
      const current = Math.max(0, order.indexOf(this.focusId ?? ''));
      const next = action === 'first' ? 0 : action === 'last' ? order.length - 1 : current + (action === 'next' ? 1 : -1);
      this.#moveFocus(order[Math.min(order.length - 1, Math.max(0, next))]!);
    }
  };

  /** Moves the keyboard to an event: its mark takes focus, and the window pans to show it if it lies outside. */
  #moveFocus(id: string): void {
    this.focusId = id;
    this.#focusMark = true;
    const event = this.shown && eventById(this.shown, id), bounds = this.story && storyDomain(this.story);
    const window = this.#layout?.scale.domain();
    if (!event || !bounds || !window || !(this.start || this.end)) return;
    const { min, max } = event.when, time = timeOf(event);
    const shown = revealWindow(window, [Number.isNaN(min) ? time : min, Number.isNaN(max) ? time : max], bounds);
    if (shown !== window) this.#setWindow(shown, true);
  }

  /** Closes the details, and gives the keyboard back to the event's mark (it may have been in the panel). */
  #closeDetails(): void {
    this.previewId = this.selectedGroup = this.previewGroup = undefined;
    this.#select(undefined);
    this.#focusMark = true;
  }

  /** Escape in the details panel (on a source's link, say) closes it and returns to the event. */
  #onDetailsKeydown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    this.#closeDetails();
  };
}

/** How long a glide from one window to another takes, in ms. */
const GLIDE_MS = 250;
/** How long the wheel hint shows, in ms. */
const HINT_MS = 2500;

/**
 * Where the keyboard finds an event in time: its first instant, or for an open start its last, the side where its
 * mark is drawn crisp (not `whenSortKey`, which places "by January 2025" at the month's start, inside the fade).
 */
function timeOf(event: TimelineEvent): number {
  return Number.isNaN(event.when.min) ? event.when.max : event.when.min;
}

/** Apple's keyboards zoom with ⌘, others with Ctrl. */
function isApple(): boolean {
  return /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent);
}

/** The print and export code, or an error that says which file is missing and where it belongs. */
async function exportCode(): Promise<Export> {
  try {
    return await loadExport();
  } catch (error) {
    throw new Error('<drawdown-timeline>: print and export need drawdown-timeline-export.min.js, which belongs beside ' +
      `drawdown-timeline.min.js (${error instanceof Error ? error.message : String(error)})`, { cause: error });
  }
}

/** A toolbar action that failed (a missing export file, a story too large for a canvas) is reported, not thrown. */
function reportFailure(error: unknown): void {
  console.error('<drawdown-timeline>:', error);
}

/** The first tag Intl accepts; a malformed `lang` attribute must not break formatting. */
function firstValidLocale(tags: readonly string[]): string {
  for (const tag of tags) {
    try {
      const [canonical] = Intl.getCanonicalLocales(tag);
      if (canonical) return canonical;
    } catch {
      // not a language tag: try the next
    }
  }
  return 'en';
}

declare global {
  interface HTMLElementTagNameMap {
    'drawdown-timeline': DrawdownTimeline;
  }
}
