import type { Story } from '../model/types.js';
import type { FrameTools } from './frame-tools.js';
import { LABEL_HALF_HEIGHT } from './label-room.js';
import { LINE_GAP } from './label-wrap.js';
import type { Box } from './text-field.js';
import type { EventMark, GroupMark, LayoutOptions, LinkMark, TimelineLayout } from './types.js';

/** How far past the plot's edge a line's curve may lie and still show its arrowhead or stroke, in pixels. */
const OFF_PLOT = 24;

/** What a gesture frame is laid out with: the screen's options, less the width and window it takes from `layout`;
 * the screen always measures its text. */
export type GestureOptions = Omit<LayoutOptions, 'width' | 'window' | 'measureText'> & Pick<Required<LayoutOptions>, 'measureText'>;

/**
 * A frame of a zoom or pan under the reader's fingers: `layout` (the last full layout) moved to show `window`,
 * without laying the story out again. Time maps to x as a new layout's would; every mark, group and line moves
 * with its time, keeping its size where its size is not time (a point, a line's bulge, an arrowhead); the axis,
 * eras, "as of" line and force-level tracks are laid out for the window, as they are cheap.
 *
 * The words go through the one collision model again, in the order the full layout placed them: each event's label
 * stays beside its mark where it still takes no other word's or mark's room and no line runs through it, else it is
 * left out for the frame; each amount is placed again beside its moved line, or left out. Zooming in only spreads
 * marks apart, so labels stay; zooming out brings them together, and the ones that would collide give way. What the
 * frame cannot show (a group that would now split, a label with room to grow, events the last layout did not reach)
 * waits for the full layout made when the gesture rests. `tools` are the layout's own parts (see frame-tools.ts).
 */
export function gestureFrame(
  layout: TimelineLayout, window: readonly [number, number], story: Story, options: GestureOptions, tools: FrameTools,
): TimelineLayout {
  const { TextField, placeLaneLabels, gapLinks, placeAmounts, layoutTicks, layoutAsOf, layoutEras, linesAroundWords, trackTitleBoxes, layoutSeriesTracks } = tools;
  const scale = tools.createTimeScale(window, layout.scale.range());
  const old = layout.scale, width = layout.width, metrics = layout.metrics;
  // The map is linear: x → a·x + b, from two times' places on the old scale and the new.
  const [d0, d1] = old.domain();
  const a = d1 === d0 ? 1 : (scale(d1) - scale(d0)) / (old(d1) - old(d0));
  const b = scale(d0) - a * old(d0);
  const move = (x: number) => a * x + b;

  const marks = layout.marks.map((mark) => moveMark(mark, move));
  const groups = layout.groups.map((group): GroupMark => ({ ...group, left: move(group.left), right: move(group.right), labelX: move(group.labelX) }));
  // A line stands at its mark's time and bulges by pixels: it moves whole, by its mark's shift. A line moved off the
  // plot is left out of the frame: zoomed in, most are, and nothing of them would show.
  const moved: LinkMark[] = [];
  for (const link of layout.links) {
    const { x, cx } = link.curve, dx = move(x) - x;
    if (Math.max(x, cx) + dx + OFF_PLOT >= 0 && Math.min(x, cx) + dx - OFF_PLOT <= width) moved.push(shiftLink(link, dx));
  }

  // The full layout's order: lane names first (the lines give way to a name, its region and country to the lines),
  // then marks and groups, each label where it was, then the amounts. One field for all of them: the lines' gaps
  // around a lane's name are where its box keeps every other word off anyway.
  const measure = options.measureText, measureStrong = options.measureStrong ?? measure;
  const field = new TextField(moved);
  // The lanes' names afresh, from the story's index: the last layout's are cut to its lines.
  const named = placeLaneLabels(layout.lanes.map((lane, i) => ({ ...lane, ...layout.index.laneLabels[i] })), field,
    { width, measure, measureName: measureStrong, forward: layout.direction === 'rtl' ? -1 : 1 });
  const links = gapLinks(moved, named.over, field.boxes);
  // Marks and groups keep words off only on the plot (a word beyond its edges is left out anyway): zoomed far in,
  // a bar thousands of pixels wide is filed in the cells the plot has, not in thousands of cells off it.
  const keepOff = (left: number, right: number, top: number, bottom: number) => {
    if (right >= -OFF_PLOT && left <= width + OFF_PLOT) field.add({ left: Math.max(left, -OFF_PLOT), right: Math.min(right, width + OFF_PLOT), top, bottom });
  };
  const half = metrics.rowHeight / 2 - 3;
  for (const mark of marks) {
    const size = mark.shape === 'point' ? metrics.pointRadius : metrics.barHeight / 2;
    keepOff(mark.left, mark.right, mark.y - size, mark.y + size);
  }
  for (const group of groups) keepOff(group.left, group.right, group.y - half, group.y + half);
  const labelled = marks.map((mark) => {
    if (!mark.label) return mark;
    const box = labelBox(mark);
    // A label inside its bar sits over the bar: it needs the bar to be wide enough, and no line through it.
    const fits = box.left >= 0 && box.right <= width && (mark.labelInside
      ? mark.right - mark.left >= mark.labelWidth + 8 && field.clearOfLinks(box)
      : field.free(box));
    if (!fits) return { ...mark, label: '', label2: undefined };
    field.add(box);
    return mark;
  });
  // Amounts keep clear of the lines as they were before their gaps: where those are, a lane's name is.
  const placed = placeAmounts(links, field, width, measureStrong);

  const context = { scale, width, formatter: options.formatter, messages: options.messages, languages: options.languages ?? [], measure, measureStrong };
  const asOf = layoutAsOf(story.published, context);
  const tracks = layoutSeriesTracks(story.series, { ...context, top: layout.tracks[0]?.top ?? layout.lanesTop });
  const lined = linesAroundWords(layoutEras(story.eras, asOf, context), asOf,
    [...field.boxes, ...trackTitleBoxes(tracks, measure, measureStrong, layout.direction !== 'rtl')],
    layout.eraTop, layout.height);
  return {
    ...layout, scale, ticks: layoutTicks(context, layout.index.finest), lanes: named.lanes, marks: labelled, groups, links: placed,
    eras: lined.eras, asOf: lined.asOf, tracks,
  };
}

/** A mark at its moved time: a point keeps its size, a bar stretches with time; its label keeps its distance. */
function moveMark(mark: EventMark, move: (x: number) => number): EventMark {
  const x = move(mark.x);
  const [left, right] = mark.shape === 'point' ? [x - (mark.x - mark.left), x + (mark.right - mark.x)] : [move(mark.left), move(mark.right)];
  // A label beside a mark keeps its gap from the mark's near side; one inside a bar, from the side it is aligned to.
  const beside = mark.labelAlign === 'left' ? mark.labelInside ? left + (mark.labelX - mark.left) : right + (mark.labelX - mark.right)
    : mark.labelInside ? right - (mark.right - mark.labelX) : left - (mark.left - mark.labelX);
  return { ...mark, x, left, right, labelX: beside };
}

/** The box a mark's label takes, both lines of a wrapped one. */
function labelBox(mark: EventMark): Box {
  const left = mark.labelAlign === 'left' ? mark.labelX : mark.labelX - mark.labelWidth;
  return { left, right: left + mark.labelWidth, top: mark.y - LABEL_HALF_HEIGHT, bottom: mark.y + LABEL_HALF_HEIGHT + (mark.label2 === undefined ? 0 : LINE_GAP) };
}

/** A link moved sideways by `dx` pixels: every x of its path data (link-geometry writes only "x,y" pairs) and of its
 * curve. Its amount is placed again after (see placeAmounts). */
function shiftLink(link: LinkMark, dx: number): LinkMark {
  const shift = (path: string) => path.replace(/(-?[\d.]+),/g, (_, x: string) => `${Math.round((Number(x) + dx) * 10) / 10},`);
  const { curve } = link;
  return {
    ...link, path: shift(link.path), arrow: shift(link.arrow),
    curve: { ...curve, x: curve.x + dx, cx: curve.cx + dx },
  };
}
