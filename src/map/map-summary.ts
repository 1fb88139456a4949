import { pickText } from '../model/pick-text.js';
import type { Place } from '../model/types.js';
import { fill, isolate, type MapMessages } from '../words/messages.js';
import type { Words } from '../words/words.js';
import type { MapLayout } from './layout-map.js';

/**
 * The map in words, for a screen reader and for a reader who cannot make out the lines: the routes shown (the moves
 * of a pair drawn as one counted each), by the country they leave and the countries they reach, "3 routes from Syria: 2 to Libya, 1 to Russia", one line for
 * each country of origin in the order the story first names them. A place without a country counts as itself.
 */
export function mapSummary(layout: MapLayout, words: Words, messages: MapMessages): string[] {
  if (!layout.routes.length) return [messages.noRoutes];
  const pairs = [...layout.routes.map(({ from, to, events }) => ({ from, to, moves: events.length })), ...layout.undrawn];
  const places = new Map(layout.places.map(({ place }) => [place.id, place]));
  const country = (id: string) => {
    const place = places.get(id) as Place;
    return pickText(place.country ?? place.name, words.languages);
  };
  const origins = new Map<string, Map<string, number>>();
  for (const { from, to, moves } of pairs) {
    const origin = country(from), destination = country(to);
    const reached = origins.get(origin) ?? new Map<string, number>();
    reached.set(destination, (reached.get(destination) ?? 0) + moves);
    origins.set(origin, reached);
  }
  const { formatter } = words;
  const busiest = layout.undrawn.length
    ? [fill(messages.busiest, { shown: formatter.number(new Set(layout.routes.map(({ from, to }) => `${from}\n${to}`)).size), all: formatter.number(new Set(pairs.map(({ from, to }) => `${from}\n${to}`)).size) })]
    : [];
  return [...busiest, ...[...origins].map(([origin, reached]) => {
    const total = [...reached.values()].reduce((sum, count) => sum + count, 0);
    const to = [...reached].map(([name, count]) =>
      fill(name === origin ? messages.countWithin : messages.countTo, { count: formatter.number(count), to: isolate(name) }));
    return fill(messages.routesFrom, {
      routes: formatter.count(messages.routes, total), from: isolate(origin), to: to.join(words.messages.listSeparator),
    });
  })];
}
