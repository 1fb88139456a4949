import { select } from 'd3-selection';
import type { GroupMark } from '../layout/types.js';
import { round } from '../layout/link-geometry.js';
import type { EventKind } from '../model/types.js';
import { kindGlyph } from './names.js';

/** A kind's glyph in a group's bar: as large as a point's (see kindGlyph), and left out where it would be smaller
 * than this, too small to tell from another. */
const GLYPH_RADIUS = 4;
const MIN_GLYPH_RADIUS = 2.5;

export interface GroupOptions {
  /** The height of the group row; the tallest group fills it but for a margin. */
  readonly rowHeight: number;
}

/**
 * Draws the groups as bars whose height tells how many events each holds, stacked by kind in the kinds'
 * colours, each kind's part carrying its glyph where it has room: one `<path>` per kind for all groups together, so a story of 100,000 events adds a handful of
 * nodes. The element finds the group under the pointer with `groupAt`, not through the DOM.
 */
export function renderGroups(host: SVGGElement, groups: readonly GroupMark[], options: GroupOptions): void {
  const maxHeight = options.rowHeight - 6;
  // One path string a kind, grown by concatenation (the engine joins the pieces once, when it is written).
  const paths = new Map<EventKind, string>();
  let glyphs = '';
  for (const group of groups) {
    // Area-like scaling (square root) keeps a group of two visible beside one of two hundred.
    const height = Math.max(4, Math.sqrt(group.level) * maxHeight);
    const total = group.events.length;
    // Bars stand on the row's baseline; a pixel of air between neighbours keeps them apart.
    let bottom = group.y + maxHeight / 2;
    const left = round(group.left + 0.5), width = round(Math.max(1, group.right - group.left - 1));
    for (const [kind, count] of group.kinds) {
      const segment = (height * count) / total;
      paths.set(kind, `${paths.get(kind) ?? ''}M${left},${round(bottom - segment)}h${width}v${round(segment)}h${-width}Z`);
      // A segment with room carries its kind's glyph, in the background's colour, so a greyscale print still tells
      // which kinds a group holds.
      const r = Math.min(GLYPH_RADIUS, segment / 2 - 1.5, width / 2 - 2);
      if (r >= MIN_GLYPH_RADIUS) glyphs += kindGlyph(kind, left + width / 2, bottom - segment / 2, r);
      bottom -= segment;
    }
  }
  select(host)
    .selectAll<SVGPathElement, [EventKind, string]>('path.group')
    .data([...paths], ([kind]) => kind)
    .join((enter) => enter.append('path').attr('class', ([kind]) => `group kind-${kind}`))
    .attr('d', ([, path]) => path);
  select(host)
    .selectAll<SVGPathElement, string>('path.group-glyphs')
    .data(glyphs ? [glyphs] : [])
    .join((enter) => enter.append('path').attr('class', 'group-glyphs'))
    .attr('d', (d) => d)
    // Over the bars, also over a kind's bar that a zoom has just added at the end.
    .raise();
  // On paper, the numbers of the table's rows each group holds.
  select(host)
    .selectAll<SVGTextElement, GroupMark>('text.group-label')
    .data(groups.filter((group) => group.label), (group) => group.key)
    .join((enter) => enter.append('text').attr('class', 'group-label').attr('dy', '0.35em').attr('text-anchor', 'middle'))
    .attr('x', (group) => group.labelX)
    .attr('y', (group) => group.labelY)
    .text((group) => group.label)
    .raise();
}
