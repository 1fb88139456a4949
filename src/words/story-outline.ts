import { firstInstant, lastInstant } from '../model/edtf.js';
import { pickText } from '../model/pick-text.js';
import { namesOf, sameName } from '../model/same-name.js';
import type { Story, Text, TimelineEvent } from '../model/types.js';
import type { EventDescription } from './describe-event.js';
import type { Formatter } from './format-when.js';
import { fill, type Messages } from './messages.js';

/** One item of the outline: what a screen reader says of it, and what is under it, or the event it stands for. */
export interface OutlineNode {
  /** Unique in the outline: what the keyboard's place and the open branches are kept by. */
  readonly key: string;
  readonly label: string;
  readonly children?: readonly OutlineNode[];
  /** The event an item stands for: picking it selects the event on the chart. */
  readonly eventId?: string;
}

/** The story as its lanes hold it: what the layout's story index knows (see layout/story-index.ts), words taking
 * only its shape, since words come before layout. */
export interface LanedStory {
  readonly story: Story;
  /** Indices into `story.events`, in time order. */
  readonly order: ArrayLike<number> & Iterable<number>;
  readonly assignment: {
    readonly lanes: readonly unknown[];
    /** Per event: the lanes its marks sit in, and each [origin, destination] lane pair it moves between. */
    readonly homes: readonly (readonly number[])[];
    readonly routes: readonly (readonly (readonly [number, number])[])[];
  };
  readonly laneLabels: readonly { readonly label: string }[];
  indexOf(event: TimelineEvent): number;
}

export interface OutlineWords {
  readonly describe: (event: TimelineEvent) => EventDescription;
  readonly formatter: Formatter;
  readonly messages: Messages;
  readonly languages: readonly string[];
}

/**
 * The story as a tree to walk, in the spirit of Olli (MIT Visualization Group): the places, each lane with its
 * events; the movements, each from → to with what moved, how much, when and how sure, on whose word; and the units
 * and assets, each with the events that name it in time order, so a unit is followed from base to base. Each
 * branch says in one line what it holds ("Hmeimim Air Base: 4 events, 2 departures, December 2024"); a screen reader
 * adds each item's position ("3 of 15") from the tree's structure. Pure: the same story reads the same.
 */
export function storyOutline(index: LanedStory, words: OutlineWords): readonly OutlineNode[] {
  const { story, assignment } = index, { messages, formatter } = words, ui = messages.ui.outline;
  const inOrder = Array.from(index.order, (i) => story.events[i]!);
  const eventItem = (event: TimelineEvent, prefix: string): OutlineNode =>
    ({ key: `${prefix}/${event.id}`, label: eventLine(words.describe(event), messages), eventId: event.id });

  const lanes = assignment.lanes.map((_, lane): OutlineNode => {
    const events = inOrder.filter((event) => assignment.homes[index.indexOf(event)]!.includes(lane));
    const departures = inOrder.filter((event) => assignment.routes[index.indexOf(event)]!.some((route) => route[0] === lane)).length;
    const arrivals = inOrder.filter((event) => assignment.routes[index.indexOf(event)]!.some((route) => route[1] === lane));
    // A place that only receives says its arrivals, not "0 events".
    const parts = events.length || !arrivals.length ? [formatter.count(messages.events, events.length)] : [];
    if (departures) parts.push(formatter.count(ui.departures, departures));
    if (arrivals.length) parts.push(formatter.count(ui.arrivals, arrivals.length));
    const when = spanOf([...events, ...arrivals], words);
    if (when) parts.push(when);
    const label = index.laneLabels[lane]!.label;
    return {
      key: `lane/${lane}`,
      label: fill(ui.branch, { name: label, summary: parts.join(messages.listSeparator) }),
      // A lane's own events, then what arrives there from elsewhere: a place that only receives is not empty.
      children: [...new Set([...events, ...arrivals])].map((event) => eventItem(event, `lane/${lane}`)),
    };
  });

  const moves = inOrder.filter((event) => event.from.length && event.to.length);

  // Each unit or asset once, as the keyboard follows it (sameName), with the events naming it in time order.
  const names: { name: Text; events: TimelineEvent[] }[] = [];
  for (const event of inOrder) {
    for (const name of namesOf(event)) {
      const entry = names.find((known) => sameName(known.name, name)) ?? names[names.push({ name, events: [] }) - 1]!;
      if (entry.events.at(-1) !== event) entry.events.push(event);
    }
  }
  const named = names.map(({ name, events }): OutlineNode => {
    const key = `name/${pickText(name, ['en']).trim().toLocaleLowerCase('en')}`;
    return {
      key,
      label: fill(ui.branch, { name: pickText(name, words.languages), summary: formatter.count(messages.events, events.length) }),
      children: events.map((event) => eventItem(event, key)),
    };
  });

  const top: OutlineNode[] = [
    { key: 'places', label: fill(ui.places, { count: formatter.number(lanes.length) }), children: lanes },
    { key: 'moves', label: fill(ui.moves, { count: formatter.number(moves.length) }), children: moves.map((event) => eventItem(event, 'moves')) },
  ];
  if (named.length) top.push({ key: 'names', label: fill(ui.names, { count: formatter.number(named.length) }), children: named });
  return top;
}

/** An event as the outline says it: for a move, its route first, then what, how much, when and how sure, on whose
 * word; for others, when, what and where. */
function eventLine(description: EventDescription, messages: Messages): string {
  const separator = messages.listSeparator;
  const [from, to] = [description.from.join(separator), description.to.join(separator)];
  const parts = from && to ? [fill(messages.routeSpoken, { from, to }), description.title] : [description.title, description.at.join(separator)];
  parts.push(description.amount, [...description.units, ...description.assets].join(separator), description.date,
    `${description.kind}${separator}${description.status}`, description.sources.map((source) => source.name).join(separator) || description.backing);
  return parts.filter(Boolean).join('. ');
}

/** The dates a lane's events span, from the first's start to the last's end; one event's date as the data states it
 * when they all fall on one (an instant, or "by 31 December"); '' for none with a date. */
function spanOf(events: readonly TimelineEvent[], words: OutlineWords): string {
  let start = Infinity, end = -Infinity;
  for (const { when } of events) {
    start = Math.min(start, firstInstant(when));
    end = Math.max(end, lastInstant(when));
  }
  if (!(end > start)) return events[0] && Number.isFinite(start) ? words.describe(events[0]).date : '';
  return words.formatter.span(start, end);
}
