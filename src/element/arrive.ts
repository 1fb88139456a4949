import type { ReactiveControllerHost } from 'lit';
import type { Export } from '../export/load-export.js';
import { gestureFrame } from '../layout/gesture-frame.js';
import type { FrameTools } from '../layout/frame-tools.js';
import type { layoutTimeline } from '../layout/layout-timeline.js';
import type { legendEntries } from '../layout/legend-entries.js';
import type { storyDomain } from '../layout/story-domain.js';
import type { Story } from '../model/types.js';
import type { drawBand, drawContext } from '../render/draw-plot.js';
import { DetailsPlacement } from './controllers/details-placement.js';
import type { HeldInput } from './controllers/held-input.js';
import type { LanguageController } from './controllers/language.js';
import { MapSlot } from './controllers/map-slot.js';
import { Paper } from './controllers/paper.js';
import { PlotInput } from './controllers/plot-input.js';
import { SelectionActions } from './controllers/selection-actions.js';
import type { Selection, SelectionOptions } from './controllers/selection.js';
import type { ViewWindow } from './controllers/view-window.js';
import type { GraphWalk } from './graph-walk.js';
import { WheelHint } from './controllers/wheel-hint.js';
import { ZoomGestures } from './controllers/zoom-gestures.js';
import type { MoveLayout, ShownStory } from './shown-story.js';
import type { TimelineOptions } from './timeline-options.js';
import type { legendView } from './views/legend-view.js';

/** The element, as what arrives after the first paint sees it. */
export type ArrivalHost = ReactiveControllerHost & HTMLElement & {
  readonly renderRoot: HTMLElement | DocumentFragment;
  readonly selected: string;
  readonly noDetails: boolean;
};

/** The element's own controllers and the first paint's code, which what arrives is wired to rather than copies. */
export interface ElementParts {
  readonly view: ShownStory;
  readonly language: LanguageController;
  readonly selection: Selection;
  readonly selectionWiring: SelectionOptions;
  readonly window: ViewWindow;
  /** The keyboard's walk along moves and after units (see ReadingViews.walk). */
  readonly walk: GraphWalk;
  readonly held: HeldInput;
  /** The story read, whatever the filters show of it. */
  readonly story: () => Story | null;
  /** Whether a story is laid out to draw. */
  readonly drawn: () => boolean;
  /** The element's attributes, read (see timeline-options.ts). */
  readonly options: () => TimelineOptions;
  /** Tells the element whether the reader's fingers are zooming or panning now. */
  readonly moving: (moving: boolean) => void;
  /** Runs the element's update now (see Paper). */
  readonly updateNow: () => void;
  readonly tools: {
    readonly frameTools: FrameTools;
    readonly storyDomain: typeof storyDomain;
    readonly layoutTimeline: typeof layoutTimeline;
    readonly drawBand: typeof drawBand;
    readonly drawContext: typeof drawContext;
    readonly legendEntries: typeof legendEntries;
    readonly legendView: typeof legendView;
    readonly exportCode: () => Promise<Export>;
  };
}

/** The controllers made of what arrived, which the element keeps. */
export interface Arrived {
  readonly hint: WheelHint;
  readonly frameMove: MoveLayout;
  readonly actions: SelectionActions;
  readonly input: PlotInput;
  readonly paper: Paper;
  readonly map: MapSlot;
}

/**
 * What loads after the first paint is here: the controllers made of it, wired to the element's own. The details
 * popover follows its anchor, the gestures reach the window and move the last layout in their frames, paper draws
 * with the element's own layout and drawing, and the map shares its story and selection. What the reader did before
 * it arrived happens now. Made here rather than in the element, so that the single file carries none of this wiring.
 */
export function arrive(host: ArrivalHost, parts: ElementParts): Arrived {
  const { view, language, selection, selectionWiring, window, tools } = parts;
  void new DetailsPlacement(host, () => {
    const layout = view.layout, anchor = parts.drawn() ? selection.anchor(layout!, view.shown!) : undefined;
    return anchor && { anchor, width: layout!.width, direction: language.direction };
  });
  const hint = new WheelHint(host);
  const frameMove: MoveLayout = (layout, shownWindow, shown, options) =>
    gestureFrame(layout, shownWindow ?? tools.storyDomain(shown) ?? layout.scale.domain(), shown, options, tools.frameTools);
  void new ZoomGestures(host, {
    area: () => host.renderRoot.querySelector<HTMLElement>('.plot-wrap'),
    view: () => {
      const layout = view.layout, story = parts.story(), bounds = story && tools.storyDomain(story);
      return layout && bounds ? { window: layout.scale.domain(), range: layout.scale.range(), bounds } : null;
    },
    setWindow: (to, moving) => {
      parts.moving(moving);
      window.set(to);
      host.requestUpdate();
    },
    hint: hint.show,
  });
  const actions = new SelectionActions(host, selection, selectionWiring);
  const map = new MapSlot(host, () => parts.options().map, { view, selection, actions, language });
  const input = new PlotInput({
    ...selectionWiring, host, selection, actions, walk: parts.walk,
    plotBox: () => host.renderRoot.querySelector('svg.plot')?.getBoundingClientRect(),
  });
  const paper = new Paper(host, {
    source: () => (parts.drawn() ? view.paperSource() : null),
    updateNow: parts.updateNow,
    defs: () => host.renderRoot.querySelector<SVGSVGElement>('svg.defs')!,
    window: () => (window.zoomed ? view.layout?.scale.domain() as [number, number] | undefined : undefined),
    printRange: () => parts.options().printRange,
    layoutTimeline: tools.layoutTimeline, drawBand: tools.drawBand, drawContext: tools.drawContext, exportCode: tools.exportCode, map,
    legend: (layout, messages) => tools.legendView(tools.legendEntries(layout.marks, layout.groups, layout.links), messages),
  });
  queueMicrotask(() => parts.held.release());
  return { hint, frameMove, actions, input, paper, map };
}
