import { nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { layoutTimeline } from '../../layout/layout-timeline.js';
import { layoutPaper, type PaperLayout } from '../../layout/paper-layout.js';
import type { EventMark, LayoutOptions, TimelineLayout } from '../../layout/types.js';
import type { Export } from '../../export/load-export.js';
import type { SvgDocument } from '../../export/svg-document.js';
import type { Story } from '../../model/types.js';
import type { drawBand, drawContext } from '../../render/draw-plot.js';
import { PAPER_LAYERS } from '../../render/names.js';
import { eventTable, type EventTable } from '../../words/event-table.js';
import type { Messages } from '../../words/messages.js';
import { paperView, type PaperLayers } from '../views/paper-view.js';
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
  /**
   * The element's own layout, drawing and legend, and the loader of the print and export code: paper is loaded
   * after the first paint, and uses what the first paint already brought rather than a copy of it.
   */
  readonly layoutTimeline: typeof layoutTimeline;
  readonly drawBand: typeof drawBand;
  readonly drawContext: typeof drawContext;
  readonly legend: (layout: TimelineLayout, messages: Messages) => TemplateResult;
  readonly exportCode: () => Promise<Export>;
}

/** Paper's layer hosts, the same for every story. */
const PAPER_LAYER_HOSTS: PaperLayers = {
  whole: layerHosts(PAPER_LAYERS.whole),
  head: layerHosts(PAPER_LAYERS.head, { bare: true }),
  tracks: layerHosts(PAPER_LAYERS.tracks, { bare: true }),
  lanes: layerHosts(PAPER_LAYERS.lanes, { bare: true }),
};

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
  /** While `print()` or an export copies the paper view: for a print document, or whole for an export. */
  #copying: 'print' | 'export' | null = null;
  #paper: { from: readonly unknown[]; layout: PaperLayout; whole: boolean } | null = null;
  #drawn: PaperLayout | null = null;

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
   * shows changed. */
  hostUpdate(): void {
    const purpose = this.#copying ?? (this.#printing ? 'print' : null);
    const source = purpose && this.#options.source();
    if (!source) {
      this.#paper = null;
      return;
    }
    const whole = purpose === 'export';
    const from = [source.story, source.shown, source.options, whole];
    if (!this.#paper || this.#paper.from.some((value, i) => value !== from[i])) {
      this.#paper = { from, layout: layoutPaper(source.story, source.shown, source.options, whole, this.#options.layoutTimeline), whole };
    }
  }

  /** The paper view while printing or copying it, else nothing. */
  view(): TemplateResult | typeof nothing {
    const paper = this.#paper, source = paper && this.#options.source();
    if (!paper || !source) return nothing;
    const { layout, rows } = paper.layout;
    return paperView({
      title: source.title, subtitle: source.subtitle, credit: source.credit, layout, rows, layers: PAPER_LAYER_HOSTS,
      legend: this.#options.legend(layout, source.messages), table: source.table(eventTable),
      messages: source.messages, digits: source.digits, whole: paper.whole,
    });
  }

  /** Draws each row of the paper's plot once it is in the DOM: its band of the paper layout, in the layers it has. */
  hostUpdated(): void {
    const paper = this.#paper?.layout, source = this.#options.source(), { drawBand, drawContext } = this.#options;
    if (!paper || paper === this.#drawn || !source) return;
    this.#drawn = paper;
    for (const row of this.#host.renderRoot.querySelectorAll<SVGSVGElement>('.printout svg[data-band]')) {
      const [top, bottom] = row.dataset.band!.split(' ').map(Number) as [number, number];
      drawContext(row, paper.layout);
      drawBand(row, paper.layout, [top, bottom], [], { focusId: undefined, describe: source.markName }, { cutLinks: !this.#paper!.whole });
    }
  }

  /** Prints the timeline alone, from a frame of its own; resolves when the print dialog has closed. */
  async print(): Promise<void> {
    const { printDocument } = await this.#exportCode();
    return this.#copy('print', (printout, title) => printDocument(this.#host, printout, this.#options.defs(), title));
  }

  /** The whole story as a standalone SVG document. */
  async exportSVG(): Promise<string> {
    return this.#svgImage(await this.#exportCode()).svg;
  }

  /** The whole story as a PNG image, at `scale` device pixels a CSS pixel. */
  async exportPNG(scale: number): Promise<Blob> {
    const code = await this.#exportCode();
    const image = this.#svgImage(code);
    return code.pngFromSvg(image.svg, image.width, image.height, scale > 0 ? scale : 2);
  }

  /** The toolbar's downloads: the export, as a file named after the story. */
  async download(format: 'svg' | 'png'): Promise<void> {
    const code = await this.#exportCode();
    const title = this.#options.source()?.title ?? '';
    const blob = format === 'svg' ? new Blob([this.#svgImage(code).svg], { type: 'image/svg+xml' }) : await this.exportPNG(2);
    code.download(blob, code.fileName(title, format));
  }

  /** The paper view, whole, written as a standalone SVG: what both exports are made of. */
  #svgImage({ svgDocument }: Export): SvgDocument {
    return this.#copy('export', (printout, title) => svgDocument(printout, this.#options.defs(), title));
  }

  /**
   * Lays the story out for paper (or for export), draws it at once, and hands it to `use` to copy; then lets it go
   * at the next update. Nothing the screen shows changes.
   */
  #copy<T>(purpose: 'print' | 'export', use: (printout: HTMLElement, title: string) => T): T {
    const source = this.#options.source();
    if (!source) throw new Error('<drawdown-timeline>: there is no story to print or export yet (wait for drawdown-load).');
    if (!source.shown.events.length) throw new Error('<drawdown-timeline>: the story shows no events, so there is nothing to print or export.');
    this.#copying = purpose;
    this.#options.updateNow();
    try {
      return use(this.#host.renderRoot.querySelector<HTMLElement>('.printout')!, source.title);
    } finally {
      this.#copying = null;
      this.#host.requestUpdate();
    }
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
