/**
 * The element's shadow DOM where no public hook reaches: each internal class name the tests use, named once.
 *
 * Tests speak the element's public contract: its `part` names (`[part~="plot"]`, `[part~="event"]`, …, see the
 * `@csspart` list in src/element/drawdown-timeline.ts), the `data-id`, `data-to`, `data-series` and `data-lane`
 * attributes, ARIA roles, names and states, events, properties and methods. What follows has none of those: a
 * style without a part (the frame's background, a status's pattern), a node a part does not single out (an era's
 * band inside `[part~="eras"]`), or a view that exists only while printing. A change of markup is one edit here.
 *
 * Selectors are scoped by the caller where a part holds them: `[part~="lane"]:not(${internals.odd})`,
 * `` [part~="series"] ${internals.seriesDot} text ``. Mind that the paper view (`printout`) holds marks with
 * `[part~="event"]` too, and, exported, layers with parts: a selector for the screen starts at `[part~="plot"]`,
 * which only the screen's plot carries.
 */

const KIND = 'kind-';
const STATUS = 'status-';
const SELECTED = 'selected';

/** The value of the first class of `node` that starts with `prefix`, without it. */
function classValue(node: Element, prefix: string): string | undefined {
  return [...node.classList].find((name) => name.startsWith(prefix))?.slice(prefix.length);
}

export const internals = {
  // --- the frame and the plot's box

  /** The box everything is drawn in. Its background is the element's background and its height the element's
   * fixed `height`; the host's own box is the page's to style (a reset may make it inline). */
  frame: '.frame',
  /** The scrolling box around the plot, where gestures happen and the plot scrolls sideways. The plot part is
   * the svg inside it, which does not scroll. */
  plotWrap: '.plot-wrap',
  /** The hint over the plot that plain wheel scrolls the page. Shown for a moment and `aria-hidden`: no role or
   * name reaches it. */
  zoomHint: '.zoom-hint',
  /** The note shown in place of the plot when no event is left to draw (the filters took them all). */
  empty: '.empty',

  // --- marks and their labels

  /** A group's bar, one path a kind for every group (the groups' layer also holds their glyphs and, on paper,
   * their numbers). */
  groupBar: 'path.group',
  /** The kinds' glyphs drawn over the groups' bars: one path for all. */
  groupGlyphs: 'path.group-glyphs',
  /** On paper, a group's numbers: the rows of the table it holds. */
  groupNumbers: 'text.group-label',

  /** The class of every drawn mark's shape, on screen, on paper and in the legend's samples. Only to check that
   * every mark drawn carries the public `part="event"`; anything else selects marks by that part. */
  mark: '.mark',
  /** An event's label beside its mark, with the mark's `data-id`: text drawn with the marks, with no part. */
  /** The backing a label inside a bar sits on: a rect of the labels' layer, which has no part. */
  labelBacking: 'rect.label-backing',
  /** What an event's label says, its two lines (where it wraps, as tspans) joined by a space. */
  labelText: (label: Element): string => (label.children.length ? [...label.children].map((line) => line.textContent).join(' ') : label.textContent ?? ''),
  label: 'text.label',
  /** The look of the selected event, on its mark and its label. The `selected` property says which event is
   * selected; this says that it is drawn so. */
  selected: `.${SELECTED}`,
  /** A mark, label, link or group bar of this kind: the styles colour by it, and no attribute carries it. */
  kind: (kind: string) => `.${KIND}${kind}`,
  /** A mark, label or link of this status: the styles fill and dash by it, and no attribute carries it (the
   * legend's items have `data-status`, the marks do not). */
  status: (status: string) => `.${STATUS}${status}`,
  /** The kind `node` is drawn as (see `kind`). */
  kindOf: (node: Element) => classValue(node, KIND),
  /** The status `node` is drawn as (see `status`). */
  statusOf: (node: Element) => classValue(node, STATUS),
  /** What tells one look of a link from another: every class the styles key on (kind, status, date forms). */
  look: (node: Element) => node.getAttribute('class') ?? '',
  /** Draws `node` as selected without selecting anything, to see what the selected look does to it. */
  drawAsSelected: (node: Element) => node.classList.add(SELECTED),

  // --- lanes, eras, the "as of" line, force-level tracks

  /** Every other lane and era, by its index in the layout (not in the DOM, which holds only the lanes in view):
   * drawn on the alternate background. */
  odd: '.odd',
  /** A lane's background, a rect inside its `[part~="lane"]` group (which has no fill of its own). */
  laneBand: '.lane-band',
  /** The layer of lanes in a plot. On paper no layer carries a part: a row holding it is a lane's row. */
  lanesLayer: 'g.lanes',
  /** The name of a lane label or a track title, drawn in the text colour. */
  name: '.name',
  /** The detail of a lane label (region and country) or a track title (its unit), drawn muted. */
  detail: '.detail',
  /** An era's band, inside `[part~="eras"]`. */
  eraBand: '.era-band',
  /** An era's name, inside `[part~="eras"]`. */
  eraLabel: '.era-label',
  /** The "As of …" words by the as-of line, inside `[part~="as-of"]`. */
  asOfLabel: '.as-of-label',
  /** The hatching over what lies after the "as of" date, inside `[part~="as-of"]`. */
  afterReport: '.after-report',
  /** A force-level track's title, inside its `[part~="series"]` (which is one image, named by its summary). */
  seriesTitle: '.track-title',
  /** One of a track's value gridlines with its label, inside `[part~="series"]`. */
  seriesTick: '.track-tick',
  /** One point of a track, a circle and its value, inside `[part~="series"]`. */
  seriesDot: '.dot',
  /** The dashed stretch of a track's step line that is forecast, inside `[part~="series"]`. */
  forecastStep: '.step.forecast',

  // --- the event table

  /** The kind in brackets after an event's title, in the `[part~="table"]` row's event cell. */
  tableKind: '.kind',
  /** The note in the details panel that no source backs the event. */
  unattributed: '.unattributed',

  // --- shared drawing resources

  /** The svg of the masks and patterns every plot's marks use by id. */
  defs: 'svg.defs',
  /** The ink of a status pattern (`#hatch-transfer`, …), in its kind's colour. */
  patternInk: '.ink',
  /** The ground of a status pattern, in the background colour, which hollow marks are filled with too. */
  patternPaper: '.paper',

  // --- paper: printing and export

  /** The paper view: the whole story laid out for print or export. There only while printing or exporting. */
  printout: '.printout',
  /** One row of the paper view's plot: an svg showing one band of the whole drawing (`data-band`, its top and
   * bottom), so pages break between rows. */
  paperRow: 'svg[data-band]',
  /** The frame `print()` prints from, inside the element's shadow root. */
  printFrame: 'iframe.print-frame',
} as const;
