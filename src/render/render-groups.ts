import { select } from 'd3-selection';
import type { GroupMark } from '../layout/types.js';
import { round } from '../layout/link-geometry.js';
import type { EventKind } from '../model/types.js';

export interface GroupOptions {
  /** The height of the group row; the tallest group fills it but for a margin. */
  readonly rowHeight: number;
}

/**
 * Draws the groups as bars whose height tells how many events each holds, stacked by kind in the kinds'
 * colours: one `<path>` per kind for all groups together, so a story of 100,000 events adds a handful of
 * nodes. The element finds the group under the pointer with `groupAt`, not through the DOM.
 */
export function renderGroups(host: SVGGElement, groups: readonly GroupMark[], options: GroupOptions): void {
  const maxHeight = options.rowHeight - 6;
  // One path string a kind, grown by concatenation (the engine joins the pieces once, when it is written).
  const paths = new Map<EventKind, string>();
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
      bottom -= segment;
    }
  }
  select(host)
    .selectAll<SVGPathElement, [EventKind, string]>('path.group')
    .data([...paths], ([kind]) => kind)
    .join((enter) => enter.append('path').attr('class', ([kind]) => `group kind-${kind}`))
    .attr('d', ([, path]) => path);
}
