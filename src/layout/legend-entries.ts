import { EVENT_KINDS, type EventKind } from '../model/types.js';
import type { EventMark, GroupMark } from './layout-timeline.js';

/** The date forms a legend can explain, in the order it lists them. */
export const DATE_FORMS = ['point', 'span', 'bar', 'approximate', 'uncertain', 'open', 'group'] as const;
export type DateForm = (typeof DATE_FORMS)[number];

/** What the legend needs to explain: the kinds and the forms that appear among the marks and groups, in a fixed order. */
export function legendEntries(marks: readonly EventMark[], groups: readonly GroupMark[] = []): { kinds: EventKind[]; forms: DateForm[] } {
  const kinds = new Set<EventKind>();
  const forms = new Set<DateForm>();
  for (const mark of marks) {
    kinds.add(mark.event.kind);
    forms.add(mark.shape);
    if (mark.approximate) forms.add('approximate');
    if (mark.uncertain) forms.add('uncertain');
    if (mark.openLeft || mark.openRight) forms.add('open');
  }
  for (const group of groups) for (const [kind] of group.kinds) kinds.add(kind);
  if (groups.length) forms.add('group');
  return { kinds: EVENT_KINDS.filter((kind) => kinds.has(kind)), forms: DATE_FORMS.filter((form) => forms.has(form)) };
}
