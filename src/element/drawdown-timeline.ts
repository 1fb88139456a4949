import { html, LitElement, nothing, svg, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { accessibleName, createDescriber, type EventDescription } from '../layout/describe-event.js';
import { createFormatter, type Formatter } from '../layout/format-when.js';
import { groupAt, liftMark } from '../layout/groups.js';
import { defaultMetrics, layoutTimeline, type EventMark, type GroupMark, type TimelineLayout } from '../layout/layout-timeline.js';
import { GROUP_BY, type GroupBy } from '../layout/lanes.js';
import { legendEntries, type LegendEntries } from '../layout/legend-entries.js';
import { storyDomain } from '../layout/story-domain.js';
import { messagesEn, type Messages } from '../layout/messages.js';
import { bandHolds, groupsInBand, lanesInBand, linksInBand, marksInBand, visibleBand, type Band } from '../layout/vertical-band.js';
import { formatInstant, parseWhen } from '../model/edtf.js';
import { eventById } from '../model/event-by-id.js';
import { parseStory } from '../model/parse-story.js';
import { pickText } from '../model/pick-text.js';
import type { Problem, Story, TimelineEvent } from '../model/types.js';
import { createTextMeasurer } from '../render/measure-text.js';
import { renderAxis } from '../render/render-axis.js';
import { renderEras } from '../render/render-eras.js';
import { renderSeries } from '../render/render-series.js';
import { renderGroups } from '../render/render-groups.js';
import { renderLanes } from '../render/render-lanes.js';
import { renderLinks } from '../render/render-links.js';
import { renderMarkState, renderMarks } from '../render/render-marks.js';
import { detailsView } from './details-view.js';
import { DrawdownErrorEvent, DrawdownLoadEvent, DrawdownRangeChangeEvent } from './events.js';
import { groupView } from './group-view.js';
import { fetchStory } from './fetch-story.js';
import { keyAction } from './key-action.js';
import { legendView } from './legend-view.js';
import { errorView, warningsView } from './problems-view.js';
import { PLOT_DEFS } from './plot-defs.js';
import { timelineStyles } from './styles.js';

/** Larger documents are refused rather than left to freeze the page. */
const MAX_BYTES = 20_000_000;

type Status = 'empty' | 'loading' | 'error' | 'ready';

/**
 * An embeddable timeline of forces withdrawn, moved and evacuated: who moved what, from where to where, when,
 * how much, and on whose word.
 *
 * @tag drawdown-timeline
 *
 * @fires drawdown-load - The story has been drawn. `detail`: `{events, skipped, problems}`.
 * @fires drawdown-error - The data could not be loaded or read; the element shows why. `detail`: `{problems}`.
 * @fires drawdown-rangechange - The reader changed the time window (zoomed into a group). `detail`: `{start, end}`,
 *   as the `start` and `end` attributes now hold them.
 *
 * @csspart title - The story's title.
 * @csspart subtitle - The story's subtitle.
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
 *
 * @cssprop --drawdown-font-family - Font of all text.
 * @cssprop --drawdown-font-size - Base font size (default 14px).
 * @cssprop --drawdown-label-size - Size of axis, lane and mark labels (default 12px).
 * @cssprop --drawdown-text-color - Text colour.
 * @cssprop --drawdown-muted-color - Secondary text colour.
 * @cssprop --drawdown-background - Background.
 * @cssprop --drawdown-lane-background - Background of odd lanes.
 * @cssprop --drawdown-lane-background-alt - Background of even lanes.
 * @cssprop --drawdown-grid-color - Grid lines and borders.
 * @cssprop --drawdown-focus-color - Focus ring, selection and links.
 * @cssprop --drawdown-error-color - Errors and warnings.
 * @cssprop --drawdown-color-withdrawal - Colour of withdrawal events (likewise `-transfer`, `-evacuation`, `-deployment`, `-handover`, `-statement`, `-other`).
 */
export class DrawdownTimeline extends LitElement {
  static override styles = timelineStyles;

  /** Address of a story document (JSON, data format v1). Relative addresses resolve against the page. */
  @property() accessor src = '';

  /**
   * A story document as a JavaScript value, for applications; validated exactly like a fetched one. Setting it
   * takes precedence over `src` until `src` changes again.
   */
  @property({ attribute: false }) accessor data: unknown = undefined;

  /**
   * The start of the time window shown, as a date in the data format (`2024-12`, `2024-12-16`); the window
   * starts where that date's period starts. Empty: the story's first date, with a margin. Reflected: when the
   * reader zooms, the attribute holds the new window.
   */
  @property({ reflect: true }) accessor start = '';

  /** The end of the time window shown, where that date's period ends. Empty: the story's last date, with a margin. */
  @property({ reflect: true }) accessor end = '';

  /**
   * What the lanes stand for: `place` (default; a lane per place, transfers drawn as links between them), `kind`,
   * `status`, or `none` (one lane). Any other value is ignored with a console warning.
   */
  @property({ attribute: 'group-by' }) accessor groupBy: string = 'place';

  /** How long to wait for `src` before giving up, in milliseconds. */
  @property({ type: Number, attribute: 'fetch-timeout' }) accessor fetchTimeout = 15_000;

  @state() private accessor status: Status = 'empty';
  @state() private accessor story: Story | null = null;
  @state() private accessor problems: readonly Problem[] = [];
  @state() private accessor skipped = 0;
  @state() private accessor width = 0;
  /** The event whose details show: pinned by click or Enter, previewed by hover or focus. */
  @state() private accessor selectedId: string | undefined = undefined;
  @state() private accessor previewId: string | undefined = undefined;
  @state() private accessor focusId: string | undefined = undefined;
  /** The group whose details show, by key: pinned by click, previewed by hover. */
  @state() private accessor selectedGroup: string | undefined = undefined;
  @state() private accessor previewGroup: string | undefined = undefined;

  @query('svg.plot') private accessor plot!: SVGSVGElement | null;

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
  /** The band of the plot whose marks and links are drawn; everything, while printing. */
  #band: Band = [0, 0];
  #printing = false;
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
  #measure: ((text: string) => number) | null = null;
  #warnedGroupBy = '';
  #loadController: AbortController | null = null;
  #loadToken = 0;
  #announceLoad = false;
  #resumeLoad = false;
  #resizeObserver: ResizeObserver | null = null;

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.#resumeLoad) {
      this.#resumeLoad = false;
      void this.#load();
    }
    this.#resizeObserver = new ResizeObserver((entries) => {
      const width = Math.floor(entries[0]?.contentRect.width ?? 0);
      if (width > 0 && width !== this.width) this.width = width;
    });
    this.#resizeObserver.observe(this);
    // Any scroller may move the plot into view: scroll events do not bubble, but they reach a capturing listener.
    document.addEventListener('scroll', this.#onScroll, { capture: true, passive: true });
    window.addEventListener('resize', this.#onScroll, { passive: true });
    window.addEventListener('beforeprint', this.#onBeforePrint);
    window.addEventListener('afterprint', this.#onAfterPrint);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // A removed element stops downloading; put back, it starts again.
    if (this.status === 'loading') {
      this.#loadToken++;
      this.#loadController?.abort();
      this.#resumeLoad = true;
    }
    this.#resizeObserver?.disconnect();
    this.#resizeObserver = null;
    document.removeEventListener('scroll', this.#onScroll, { capture: true });
    window.removeEventListener('resize', this.#onScroll);
    window.removeEventListener('beforeprint', this.#onBeforePrint);
    window.removeEventListener('afterprint', this.#onAfterPrint);
    cancelAnimationFrame(this.#scrollFrame);
    this.#scrollFrame = 0;
    this.#overscan?.();
    this.#overscan = null;
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('data') && this.data !== undefined) this.#accept(this.data);
    else if (changed.has('src')) void this.#load();
    const relayout = changed.has('story') || changed.has('width') || changed.has('start') || changed.has('end') ||
      changed.has('groupBy') || this.width === 0;
    // Group keys are by lane position: another grouping of lanes makes a pinned group meaningless.
    if (changed.has('groupBy')) this.selectedGroup = this.previewGroup = undefined;
    if (relayout) {
      // Read before this update changes the DOM, while the page's layout is still clean, so reading is free.
      const box = this.getBoundingClientRect();
      this.#top = box.top;
      if (this.width === 0) this.width = Math.floor(box.width) || 640;
      this.#relayout();
    }
    if (relayout || changed.has('focusId') || changed.has('selectedId')) this.#keepMarks();
  }

  protected override firstUpdated(): void {
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
    this.#languages = [this.lang, document.documentElement.lang].filter(Boolean);
    const locale = firstValidLocale([...this.#languages, navigator.language]);
    if (locale !== this.#formatter?.locale) this.#formatter = createFormatter(locale, this.#messages);
    return this.#formatter!;
  }

  /** Label widths in the labels' font, measured once a character (see createTextMeasurer). */
  #measurer(): (text: string) => number {
    if (!this.#measure) {
      const style = getComputedStyle(this);
      this.#measure = createTextMeasurer(`${style.getPropertyValue('--drawdown-label-size').trim() || '12px'} ${style.fontFamily}`);
    }
    return this.#measure;
  }

  protected override render() {
    if (this.status === 'error') return html`<div class="frame">${errorView(this.problems, this.#messages.ui.errorTitle)}</div>`;
    if (this.status !== 'ready' || !this.story) {
      return html`<div class="frame"><p class="loading" aria-busy=${this.status === 'loading'}>
        ${this.status === 'loading' ? this.#messages.ui.loading : nothing}</p></div>`;
    }
    const story = this.story;
    const languages = this.#languages;
    const layout = this.#layout!;
    const legend = this.#legend;
    return html`<div class="frame">
      <header>
        <h2 part="title">${pickText(story.title, languages)}</h2>
        ${story.subtitle ? html`<p class="subtitle" part="subtitle">${pickText(story.subtitle, languages)}</p>` : nothing}
      </header>
      ${warningsView(this.problems, this.skipped)}
      ${story.events.length === 0 ? html`<p class="empty">${this.#messages.ui.noEvents}</p>` : html`
        <div class="plot-wrap">
          <svg class="plot" part="plot" role="group" aria-label=${pickText(story.title, languages)}
            width=${layout.width} height=${layout.height}
            @click=${this.#onPlotClick} @pointerover=${this.#onPlotPointer} @pointermove=${this.#onPlotMove}
            @pointerleave=${this.#onPlotLeave}
            @focusin=${this.#onPlotFocus} @keydown=${this.#onPlotKeydown}>
            ${svg`${PLOT_DEFS}
            <g class="lanes"></g>
            <g class="eras" part="eras" aria-hidden="true"></g>
            <g class="tracks"></g>
            <g class="axis" part="axis" aria-hidden="true"></g>
            <g class="groups" part="groups" aria-hidden="true"></g>
            <g class="links" aria-hidden="true"></g>
            <g class="marks"></g>
            <g class="labels" aria-hidden="true"></g>
            <g class="link-labels" aria-hidden="true"></g>`}
          </svg>
        </div>
        ${legendView(legend, this.#messages)}`}
      ${this.#renderDetails()}
      ${story.credit ? html`<p class="credit" part="credit">${pickText(story.credit, languages)}</p>` : nothing}
    </div>`;
  }

  protected override updated(): void {
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
      renderMarkState(this.#host(plot, 'marks'), this.#host(plot, 'labels'), this.selectedId, this.focusId);
    }
    if (this.#announceLoad && this.status === 'ready') {
      this.#announceLoad = false;
      this.dispatchEvent(new DrawdownLoadEvent({
        events: this.story?.events.length ?? 0,
        skipped: this.skipped,
        problems: this.problems,
      }));
    }
  }

  /** Fetches `src`; a newer `src` (or `data`) supersedes a fetch still running. */
  async #load(): Promise<void> {
    this.#loadController?.abort();
    const token = ++this.#loadToken;
    if (!this.src) {
      this.status = 'empty';
      return;
    }
    const controller = new AbortController();
    this.#loadController = controller;
    this.status = 'loading';
    const result = await fetchStory(this.src, { timeoutMs: this.fetchTimeout, maxBytes: MAX_BYTES, signal: controller.signal });
    if (token !== this.#loadToken) return;
    if (result.ok) this.#accept(result.json);
    else this.#fail([result.problem]);
  }

  #accept(json: unknown): void {
    this.#loadToken++;
    this.#loadController?.abort();
    const result = parseStory(json);
    if (!result.story) {
      this.#fail(result.problems);
      return;
    }
    this.story = result.story;
    this.problems = result.problems;
    this.skipped = result.skippedEvents;
    this.selectedId = this.previewId = undefined;
    this.selectedGroup = this.previewGroup = undefined;
    this.focusId = undefined;
    this.status = 'ready';
    this.#announceLoad = true;
  }

  #fail(problems: readonly Problem[]): void {
    this.story = null;
    this.#layout = null;
    this.problems = problems;
    this.status = 'error';
    this.dispatchEvent(new DrawdownErrorEvent({ problems }));
  }

  #relayout(): void {
    if (!this.story) {
      this.#layout = null;
      return;
    }
    const formatter = this.#formatterFor();
    this.#layout = layoutTimeline(this.story, {
      width: this.width,
      direction: this.matches(':dir(rtl)') ? 'rtl' : 'ltr',
      languages: this.#languages,
      formatter,
      messages: this.#messages,
      measureText: this.#measurer(),
      window: this.#window(this.story),
      groupBy: this.#groupBy(),
    });
    this.#legend = legendEntries(this.#layout.marks, this.#layout.groups, this.#layout.links);
    // A group pinned or previewed before a zoom is gone once the window changes.
    const groups = this.#layout.groups;
    const gone = (key: string | undefined) => key !== undefined && !groups.some((group) => group.key === key);
    if (gone(this.selectedGroup)) this.selectedGroup = undefined;
    if (gone(this.previewGroup)) this.previewGroup = undefined;
    const describedFor = [this.story, formatter, this.#languages.join(',')] as const;
    if (!this.#describedFor || describedFor.some((value, i) => value !== this.#describedFor![i])) {
      this.#describedFor = describedFor;
      const describe = createDescriber(this.story, formatter, this.#messages, this.#languages);
      this.#describe = describe;
      this.#markName = (mark) => accessibleName(describe(mark.event));
    }
    this.focusId ??= this.#layout.order[0];
  }

  /** `group-by` as the layout takes it; a value it does not know is ignored, with one warning per value. */
  #groupBy(): GroupBy {
    const value = this.groupBy.trim() || 'place';
    if ((GROUP_BY as readonly string[]).includes(value)) return value as GroupBy;
    if (value !== this.#warnedGroupBy) {
      this.#warnedGroupBy = value;
      console.warn(`<drawdown-timeline>: ignoring group-by="${value}": expected one of ${GROUP_BY.join(', ')}`);
    }
    return 'place';
  }

  /** The window from `start` and `end`; a value that is not a date is ignored with a warning naming it. */
  #window(story: Story): [number, number] | undefined {
    const read = (name: 'start' | 'end') => {
      const value = this[name];
      if (!value) return NaN;
      const parsed = parseWhen(value);
      if ('when' in parsed) return name === 'start' ? parsed.when.min : parsed.when.max;
      console.warn(`<drawdown-timeline>: ignoring ${name}="${value}": ${parsed.error}`);
      return NaN;
    };
    const start = read('start'), end = read('end');
    if (Number.isNaN(start) && Number.isNaN(end)) return undefined;
    const [first, last] = storyDomain(story) ?? [start, end];
    const window: [number, number] = [Number.isNaN(start) ? first : start, Number.isNaN(end) ? last : end];
    if (!(window[0] < window[1])) {
      console.warn(`<drawdown-timeline>: ignoring start="${this.start}" and end="${this.end}": the window must end after it starts`);
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
    if (layout && this.story) {
      for (const id of new Set([this.focusId, this.selectedId])) {
        if (id === undefined) continue;
        const own = layout.marks.find((mark) => mark.primary && mark.event.id === id);
        const event = own ? undefined : eventById(this.story, id);
        const mark = own ?? (event && liftMark(layout, event, defaultMetrics));
        if (mark) kept.push(mark);
      }
    }
    this.#kept = kept;
  }

  /** The band around what the viewport shows of the plot, widened by `margin` (by default half a viewport) each way. */
  #bandToDraw(plotTop: number, layout: TimelineLayout, margin = Math.max(300, innerHeight / 2)): Band {
    if (this.#printing) return [0, layout.height];
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
    const band = this.#band, half = defaultMetrics.rowHeight / 2;
    const [first, end] = lanesInBand(layout.lanes, band);
    renderLanes(this.#host(plot, 'lanes'), layout.lanes.slice(first, end), first, layout.ticks, layout.width, layout.height, defaultMetrics.axisHeight, layout.direction);
    renderGroups(this.#host(plot, 'groups'), groupsInBand(layout.groups, band, half), { rowHeight: defaultMetrics.rowHeight });
    const inBand = marksInBand(layout.marks, band, half);
    const drawn = new Set(inBand);
    const marks = inBand.concat(this.#kept.filter((mark) => !drawn.has(mark)));
    renderLinks(this.#host(plot, 'links'), this.#host(plot, 'link-labels'), linksInBand(layout.links, layout.lanes, this.#band));
    renderMarks(this.#host(plot, 'marks'), this.#host(plot, 'labels'), marks, {
      pointRadius: defaultMetrics.pointRadius,
      barHeight: defaultMetrics.barHeight,
      focusId: this.focusId,
      describe: this.#markName,
    });
  }

  /** After a scroll, at most once a frame: draws more of the plot once the viewport reaches past the band drawn. */
  #onScroll = () => {
    if (this.#scrollFrame) return;
    this.#scrollFrame = requestAnimationFrame(() => {
      this.#scrollFrame = 0;
      const plot = this.plot, layout = this.#drawnLayout;
      if (!plot || !layout || this.#printing) return;
      if (!bandHolds(this.#band, visibleBand(plot.getBoundingClientRect().top, layout.height, innerHeight, 0))) this.#redrawBand();
    });
  };

  /** Paper shows the whole plot: every mark and link is drawn before printing, and the band restored after. */
  #onBeforePrint = () => {
    this.#printing = true;
    this.#redrawBand();
  };

  #onAfterPrint = () => {
    this.#printing = false;
    this.#redrawBand();
  };

  /** Draws the band around what the viewport now shows (everything, while printing). */
  #redrawBand(): void {
    const plot = this.plot, layout = this.#drawnLayout;
    if (!plot || !layout) return;
    this.#band = this.#bandToDraw(plot.getBoundingClientRect().top, layout);
    this.#drawVisible(plot, layout);
    renderMarkState(this.#host(plot, 'marks'), this.#host(plot, 'labels'), this.selectedId, this.focusId);
  }

  /** Draws what does not depend on the band: the axis, the eras and "as of" line, the force-level tracks. */
  #drawContext(plot: SVGSVGElement, layout: TimelineLayout): void {
    this.#drawnPlot = plot;
    this.#drawnLayout = layout;
    renderAxis(this.#host(plot, 'axis'), layout, defaultMetrics.axisHeight);
    renderEras(this.#host(plot, 'eras'), layout.eras, layout.asOf, {
      top: layout.eraTop, stripHeight: defaultMetrics.eraHeight, bottom: layout.height,
    });
    const rtl = layout.direction === 'rtl';
    renderSeries(this.#host(plot, 'tracks'), layout.tracks, layout.width, rtl ? layout.width - 8 : 8, rtl ? 'right' : 'left');
  }

  /** One of the `<g>` hosts the render layer draws into. */
  #host(plot: SVGSVGElement, name: string): SVGGElement {
    return plot.querySelector<SVGGElement>(`g.${name}`)!;
  }

  #renderDetails() {
    // What the pointer is over wins over what was pinned; a group and an event are never pinned together.
    const groupKey = this.previewId !== undefined ? undefined
      : this.previewGroup ?? (this.selectedId === undefined ? this.selectedGroup : undefined);
    const group = groupKey === undefined ? undefined : this.#layout?.groups.find((g) => g.key === groupKey);
    if (group) {
      return html`<section class="details" part="details" data-group=${group.key} aria-live="polite">
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
    const id = this.previewId ?? this.selectedId;
    const event = id === undefined || !this.story ? undefined : eventById(this.story, id);
    if (!event || !this.story) {
      return html`<section class="details" part="details" aria-live="polite"><p class="hint">${this.#messages.ui.hint}</p></section>`;
    }
    const description = this.#describe!(event);
    return html`<section class="details" part="details" data-id=${event.id} aria-live="polite">
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
    return groupAt(this.#layout, event.clientX - box.left, event.clientY - box.top, defaultMetrics.rowHeight);
  }

  #onPlotClick = (event: MouseEvent) => {
    const group = this.#groupAt(event);
    if (group) {
      this.selectedGroup = group.key === this.selectedGroup ? undefined : group.key;
      this.selectedId = undefined;
      return;
    }
    const id = this.#markId(event.target);
    this.selectedId = id === this.selectedId ? undefined : id;
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
    this.selectedId = this.focusId = id;
  };

  /** Zooms into a group's stretch of time, with a margin, through `start` and `end`, as a reader's zoom would. */
  #zoomTo(group: GroupMark): void {
    const margin = (group.end - group.start) * 0.1;
    const start = formatInstant(group.start - margin), end = formatInstant(group.end + margin);
    if (start === undefined || end === undefined) return;
    this.selectedGroup = this.previewGroup = undefined;
    this.start = start;
    this.end = end;
    this.dispatchEvent(new DrawdownRangeChangeEvent({ start, end }));
  }

  #onPlotFocus = (event: FocusEvent) => {
    const id = this.#markId(event.target);
    if (id) {
      this.focusId = id;
      this.previewId = id;
    }
  };

  /** Arrow keys walk the events in time order (mirrored for right-to-left), Home/End jump, Enter pins details. */
  #onPlotKeydown = (event: KeyboardEvent) => {
    const order = this.#layout?.order ?? [];
    const action = keyAction(event.key, this.#layout?.direction ?? 'ltr');
    // Escape with nothing to clear is left to the page (it may close a dialog holding the timeline).
    const nothingOpen = [this.selectedId, this.previewId, this.selectedGroup, this.previewGroup].every((v) => v === undefined);
    if (!action || (action === 'clear' && nothingOpen)) return;
    event.preventDefault();
    if (action === 'select') this.selectedId = this.focusId;
    else if (action === 'clear') this.selectedId = this.previewId = this.selectedGroup = this.previewGroup = undefined;
    else {
      const current = Math.max(0, order.indexOf(this.focusId ?? ''));
      const next = action === 'first' ? 0 : action === 'last' ? order.length - 1 : current + (action === 'next' ? 1 : -1);
      this.focusId = order[Math.min(order.length - 1, Math.max(0, next))];
      void this.updateComplete.then(() => this.plot?.querySelector<SVGPathElement>('.mark[tabindex="0"]')?.focus());
    }
  };
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
