import { EVENT_KINDS, EVENT_STATUSES, type EventKind, type EventStatus } from '../model/types.js';
import type { EventMark, GroupMark, LinkMark } from './types.js';
import { MIN_TRANSFER_WIDTH } from './transfer-width.js';
import { DATE_FORMS, type DateForm } from '../words/messages.js';


/** What a legend explains, each list in a fixed order. */
export interface LegendEntries {
  readonly kinds: readonly EventKind[];
  readonly forms: readonly DateForm[];
  readonly statuses: readonly EventStatus[];
  /** Some transfer is wider than the minimum: the legend says that width is the amount moved. */
  readonly amounts: boolean;
}

/** What the legend needs to explain: the kinds, date forms and statuses among the marks, groups (the events in them
 * included) and links. */
export function legendEntries(marks: readonly EventMark[], groups: readonly GroupMark[] = [], links: readonly LinkMark[] = []): LegendEntries {
  const kinds = new Set<EventKind>();
  const forms = new Set<DateForm>();
  const statuses = new Set<EventStatus>();
  for (const mark of marks) {
    kinds.add(mark.event.kind);
    statuses.add(mark.event.status);
    forms.add(mark.shape);
    if (mark.approximate) forms.add('approximate');
    if (mark.uncertain) forms.add('uncertain');
    if (mark.openLeft || mark.openRight) forms.add('open');
  }
  // Events drawn only as part of a group are in the story too: the legend explains their kinds and statuses.
  for (const group of groups) {
    for (const [kind] of group.kinds) kinds.add(kind);
    for (const event of group.events) statuses.add(event.status);
  }
  if (groups.length) forms.add('group');
  return {
    kinds: EVENT_KINDS.filter((kind) => kinds.has(kind)),
    forms: DATE_FORMS.filter((form) => forms.has(form)),
    statuses: EVENT_STATUSES.filter((status) => statuses.has(status)),
    amounts: links.some((link) => !link.aggregate && link.width > MIN_TRANSFER_WIDTH),
  };
}
