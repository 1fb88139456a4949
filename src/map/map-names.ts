import { accessibleName, type EventDescription } from '../words/describe-event.js';
import { fill, isolate, type MapMessages } from '../words/messages.js';
import type { Words } from '../words/words.js';
import type { MapLayout, MapPlace, MapRoute } from './layout-map.js';

/** A route's accessible name: its event's, and which of the event's routes it is when it has several; for the moves
 * of a pair as one, how many and from where to where ("12 events, from Hmeimim Air Base to Benina Airport"). */
export function routeName(route: MapRoute, map: MapLayout, description: EventDescription, words: Words): string {
  const name = (id: string) => isolate(map.places.find(({ place }) => place.id === id)?.name ?? '');
  const pair = fill(words.messages.routeSpoken, { from: name(route.from), to: name(route.to) });
  if (route.events.length > 1) return `${words.formatter.count(words.messages.events, route.events.length)}${words.messages.listSeparator}${pair}`;
  const event = accessibleName(description, words.messages);
  return route.event.from.length * route.event.to.length < 2 ? event : `${event}. ${pair}`;
}

/** A place's accessible name: its name (beyond the map's edge, if it is drawn there) and how many moves it has. */
export function placeName(place: MapPlace, words: Words, messages: MapMessages): string {
  const name = place.beyond ? fill(messages.beyond, { place: isolate(place.name) }) : isolate(place.name);
  return fill(messages.place, { place: name, moves: words.formatter.count(words.messages.events, place.events.length) });
}
