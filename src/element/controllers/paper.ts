import { nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { layoutTimeline } from '../../layout/layout-timeline.js';
import { layoutPaper, type PaperLayout } from '../../layout/paper-layout.js';
import { linksInRow } from '../../layout/paper-rows.js';
import { PAPER_SIZES, paperSize } from '../../layout/paper-sizes.js';
import type { ExportOptions } from '../../export/export-options.js';
import type { PrintRange } from '../timeline-options.js';
import type { EventMark, LayoutOptions, TimelineLayout } from '../../layout/types.js';
import type { Export } from '../../export/load-export.js';
import type { SvgDocument } from '../../export/svg-document.js';
import type { Story } from '../../model/types.js';
import type { drawBand, drawContext } from '../../render/draw-plot.js';
import { PAPER_LAYERS } from '../../render/names.js';
import { drawForPaper } from '../../render/render-paper.js';
import { eventTable, type EventTable } from '../../words/event-table.js';
import type { Messages } from '../../words/messages.js';
import type { DownloadFormat } from '../views/controls-view.js';
import { pageAddress, paperView, type PaperLayers } from '../views/paper-view.js';
import { layerHosts } from '../views/plot-layers.js';

/** What paper is made of, from the element: the story, how the screen lays it out, and its words. */
export interface PaperSource {
  readonly story: Story;
  /** The story as the filters show it. */
  readonly shown: Story;
  readonly options: Omit<LayoutOptions, 'width' | 'window' | 'numbered'>;
  readonly title: string;
  readonly subtitle: string;
  readonly credit: string;
  /** Today, in words. */
  readonly today: () => string;
  /** The event table, made by the function given (see ShownStory.tableWith). */
  readonly table: (make: typeof eventTable) => EventTable;
  readonly messages: Messages;
  /** The digits the locale writes with. */
  readonly digits: string;
  readonly markName: (mark: EventMark) => string;
}

export interface PaperWiring {
  /** What paper is made of now, or null when nothing is drawn. */
  readonly source: () => PaperSource | null;
  /** Runs the host's update now rather than at its usual time: what is rendered is read (or printed) right after. */
  readonly updateNow: () => void;
  readonly defs: () => SVGSVGElement;
  /** The window of time the chart shows, [start, end] in ms, when zoomed; else undefined. */
  readonly window: () => readonly [number, number] | undefined;
  /** What Ctrl+P, `print()` and the exports print by default (the `print-range` attribute). */
  readonly printRange: () => PrintRange;
  /**
   * The element's own layout, drawing and legend, and the loader of the print and export code: paper is loaded
   * after the first paint, and uses what the first paint already brought rather than a copy of it.
   */
  readonly layoutTimeline: typeof layoutTimeline;
  readonly drawBand: typeof drawBand;
  readonly drawContext: typeof drawContext;
  readonly legend: (layout: TimelineLayout, messages: Messages) => TemplateResult;
  readonly exportCode: () => Promise<Export>;
  /** The route map, which paper draws above the chart when the page shows one (see MapSlot): its paper view, and
   * when it is ready to be drawn. */
  readonly map?: {
    paperView(window: readonly [number, number] | undefined): TemplateResult | undefined;
    ready(window: readonly [number, number] | undefined): Promise<void>;
  };
}

/** Paper's layer hosts, the same for every story. */
const PAPER_LAYER_HOSTS: PaperLayers = {
  whole: layerHosts(PAPER_LAYERS.whole),
  head: layerHosts(PAPER_LAYERS.head, { bare: true }),
  tracks: layerHosts(PAPER_LAYERS.tracks, { bare: true }),
  lanes: layerHosts(PAPER_LAYERS.lanes, { bare: true }),
};

/** The table of a printout of a window of time: the rows of the events its chart draws, numbered as in the whole
 * story's table (as their marks are), and every source. */
function windowed(table: EventTable, layout: TimelineLayout | undefined): EventTable {
  if (!layout) return table;
  const drawn = new Set<string>();
  for (const mark of layout.marks) drawn.add(mark.event.id);
  for (const group of layout.groups) for (const event of group.events) drawn.add(event.id);
  return { ...table, rows: table.rows.filter((row) => drawn.has(row.id)) };
}

/** What is printed or copied: by print (`export` unset) or for an export, with the options asked. */
type PaperRequest = ExportOptions & { readonly export?: true };

type PaperHost = ReactiveControllerHost & HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment };

/**
 * Paper, and what is made from it: printing, the SVG and PNG exports, downloads. When the browser prints (Ctrl+P,
 * `window.print()`, a PDF export), the story is laid out again for paper and drawn at once, in a view of its own
 * that only print media shows, so the screen's zoom, selection and scroll are never touched. `print()` prints that
 * view alone from a frame; the exports copy it laid out whole. Paper loads right after the first paint with the
 * views (see ReadingViews): printed before it arrives, the page prints the screen's view. The print and export code
 * loads on first use.
 */
export class Paper implements ReactiveController {
  readonly #host: PaperHost;
  readonly #options: PaperWiring;
  /** Between `beforeprint` and `afterprint`. */
  #printing = false;
  /** While `print()` or an export copies the paper view: what it asked for. */
  #copying: PaperRequest | null = null;
  #paper: { from: readonly unknown[]; charts: PaperLayout[]; request: PaperRequest; window: readonly [number, number] | undefined } | null = null;
  #drawn: readonly PaperLayout[] | null = null;

  constructor(host: PaperHost, options: PaperWiring) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('beforeprint', this.#onBeforePrint);
    window.addEventListener('afterprint', this.#onAfterPrint);
  }

  hostDisconnected(): void {
    window.removeEventListener('beforeprint', this.#onBeforePrint);
    window.removeEventListener('afterprint', this.#onAfterPrint);
  }

  /** While printing or copying, lays the story out for paper before the host renders, again only when what it
   * shows changed: for print, once for each class of page (the page's width picks one as it prints); for an
   * export, for the paper it asked for. */
  hostUpdate(): void {
    const request = this.#copying ?? (this.#printing ? { range: this.#options.printRange() } : null);
    const source = request && this.#options.source();
    if (!source) {
      this.#paper = null;
      return;
    }
    const window = this.#windowFor(request);
    const numbered = request.content !== 'chart';
    const sizes = request.export ? [paperSize(request.paper, request.landscape)] : PAPER_SIZES;
    const from = [source.story, source.shown, source.options, window?.[0], window?.[1], numbered, ...sizes];
    if (!this.#paper || this.#paper.from.length !== from.length || this.#paper.from.some((value, i) => value !== from[i])) {
      const charts = sizes.map((size) => layoutPaper(source.story, source.shown, source.options, size, this.#options.layoutTimeline, { window, numbered }));
      this.#paper = { from, charts, request, window };
    } else {
      this.#paper = { ...this.#paper, request };
    }
  }

  /** The paper view while printing or copying it, else nothing. */
  view(): TemplateResult | typeof nothing {
    const paper = this.#paper, source = paper && this.#options.source();
    if (!paper || !source) return nothing;
    const { request, charts } = paper;
    return paperView({
      title: source.title, subtitle: source.subtitle, credit: source.credit, today: source.today(), charts, layers: PAPER_LAYER_HOSTS,
      legend: this.#options.legend(charts[0]!.layout, source.messages), map: this.#options.map?.paperView(paper.window), table: windowed(source.table(eventTable), paper.window && charts[0]!.layout),
      messages: source.messages, digits: source.digits,
      copy: request.export ? { chart: request.content === 'chart', light: request.theme === 'light' } : undefined,
    });
  }

  /** Draws each row of the paper's plot once it is in the DOM: its band of its paper's layout, in the layers it has. */
  hostUpdated(): void {
    const paper = this.#paper, source = this.#options.source(), { drawBand, drawContext } = this.#options;
    if (!paper || paper.charts === this.#drawn || !source) return;
    this.#drawn = paper.charts;
    for (const { size, layout } of paper.charts) {
      for (const row of this.#host.renderRoot.querySelectorAll<SVGSVGElement>(`.printout [data-paper="${size.name}"] svg[data-band]`)) {
        const [top, bottom] = row.dataset.band!.split(' ').map(Number) as [number, number];
        drawContext(row, layout);
        drawBand(row, layout, [top, bottom], [], { focusId: undefined, describe: source.markName }, { cutLinks: paper.request.export ? undefined : linksInRow });
        if (!paper.request.export) drawForPaper(row, layout, [top, bottom], `texture-${size.name}-${top}`);
      }
    }
  }

  /** Prints the timeline alone, from a frame of its own: the whole story, or the window shown (by default, as
   * `print-range` says); resolves when the print dialog has closed. */
  async print(range?: PrintRange): Promise<void> {
    const { printDocument } = await this.#exportCode();
    await this.#options.map?.ready(this.#windowFor({ range }));
    return this.#copy({ range }, (printout, title) => printDocument(this.#host, printout, this.#options.defs(), title));
  }

  /** The story as a standalone SVG document, laid out as `options` ask. */
  async exportSVG(options: ExportOptions = {}): Promise<string> {
    const code = await this.#exportCode();
    await this.#options.map?.ready(this.#windowFor(options));
    return this.#svgImage(code, options).svg;
  }

  /** The story as a PNG image, at `options.scale` device pixels a CSS pixel. */
  async exportPNG(options: ExportOptions = {}): Promise<Blob> {
    const code = await this.#exportCode();
    await this.#options.map?.ready(this.#windowFor(options));
    const image = this.#svgImage(code, options), source = this.#options.source()!;
    // Its title and credit travel with the image: a slide or a picture desk's archive shows them.
    const metadata = {
      title: source.title, description: source.subtitle || undefined, author: source.credit || undefined,
      comment: pageAddress(), software: 'drawdown-timeline', created: new Date(), lang: this.#host.closest('[lang]')?.getAttribute('lang') || undefined,
    };
    return code.pngFromSvg(image.svg, image.width, image.height, { scale: options.scale !== undefined && options.scale > 0 ? options.scale : 2, metadata });
  }

  /** The story's data as a file's text: CSV in the import's columns, or a data format v1 document. */
  async exportData(format: 'csv' | 'json'): Promise<string> {
    const code = await this.#exportCode(), source = this.#options.source();
    if (!source) throw new Error('<drawdown-timeline>: there is no story to export yet (wait for drawdown-load).');
    if (format !== 'csv' && format !== 'json') throw new Error(`<drawdown-timeline>: exportData() writes "csv" or "json", not ${JSON.stringify(format)}.`);
    return format === 'csv' ? code.storyCsv(source.story) : code.storyJson(source.story);
  }

  /** The toolbar's downloads: the image or the data, as a file named after the story. */
  async download(format: DownloadFormat): Promise<void> {
    const code = await this.#exportCode();
    const title = this.#options.source()?.title ?? '';
    const blob = format === 'svg' ? new Blob([await this.exportSVG()], { type: 'image/svg+xml' })
      : format === 'png' ? await this.exportPNG()
        : new Blob([await this.exportData(format)], { type: format === 'csv' ? 'text/csv;charset=utf-8' : 'application/json' });
    code.download(blob, code.fileName(title, format));
  }

  /** The paper view laid out as asked, written as a standalone SVG: what both exports are made of. */
  #svgImage({ svgDocument }: Export, options: ExportOptions): SvgDocument {
    return this.#copy({ ...options, export: true }, (printout, title) => svgDocument(printout, this.#options.defs(), title));
  }

  /**
   * Lays the story out for paper (or for export), draws it at once, and hands it to `use` to copy; then lets it go
   * at the next update. Nothing the screen shows changes.
   */
  #copy<T>(request: PaperRequest, use: (printout: HTMLElement, title: string) => T): T {
    const source = this.#options.source();
    if (!source) throw new Error('<drawdown-timeline>: there is no story to print or export yet (wait for drawdown-load).');
    if (!source.shown.events.length) throw new Error('<drawdown-timeline>: the story shows no events, so there is nothing to print or export.');
    this.#copying = request;
    this.#options.updateNow();
    try {
      return use(this.#host.renderRoot.querySelector<HTMLElement>('.printout')!, source.title);
    } finally {
      this.#copying = null;
      this.#host.requestUpdate();
    }
  }

  /** The window of time paper shows for `request`: the chart's, when zoomed and the range is the window; else
   * undefined, the whole story. */
  #windowFor(request: PaperRequest): readonly [number, number] | undefined {
    return (request.range ?? this.#options.printRange()) === 'window' ? this.#options.window() : undefined;
  }

  /** The print and export code, or an error that says which file is missing and where it belongs. */
  async #exportCode(): Promise<Export> {
    try {
      return await this.#options.exportCode();
    } catch (error) {
      throw new Error('<drawdown-timeline>: print and export need drawdown-timeline-export.min.js, which belongs beside ' +
        `drawdown-timeline.min.js (${error instanceof Error ? error.message : String(error)})`, { cause: error });
    }
  }

  /** The browser lays out for print right after `beforeprint`'s microtasks, so the update runs now. */
  #onBeforePrint = () => {
    this.#printing = true;
    this.#options.updateNow();
  };

  #onAfterPrint = () => {
    this.#printing = false;
    this.#host.requestUpdate();
  };
}
