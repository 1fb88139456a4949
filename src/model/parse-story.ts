import { whenSortKey } from './edtf.js';
import { childPath, describeValue, ProblemLog } from './problems.js';
import {
  extraFields, isObject, readBoolean, readNumber, readReferences, readString, readStringList, readText, readTextList, readWhen, NOTE_LIMIT, TEXT_LIMIT,
  toSafeUrl, type JsonObject,
} from './read-values.js';
import {
  EVENT_KINDS, EVENT_STATUSES, PLACE_KINDS, type Amount, type Era, type Place,
  type PlaceKind, type Problem, type Series, type Text, type SeriesPoint, type Source, type Story, type TimelineEvent,
} from './types.js';

/** What `parseStory` makes of a document: the story (null when nothing usable was found) and every problem. */
export interface ParseResult {
  readonly story: Story | null;
  readonly problems: readonly Problem[];
  /** How many entries of the document's `events` were left out because they could not be used. */
  readonly skippedEvents: number;
}

const STORY_FIELDS = new Set(['$schema', 'version', 'title', 'subtitle', 'credit', 'published', 'sources', 'places', 'series', 'eras', 'events']);
const SOURCE_FIELDS = new Set(['id', 'name', 'url', 'date', 'via', 'note']);
const PLACE_FIELDS = new Set(['id', 'name', 'region', 'country', 'kind', 'lat', 'lon']);
const SERIES_FIELDS = new Set(['id', 'title', 'unit', 'points']);
const ERA_FIELDS = new Set(['title', 'when']);
/** The largest count or level read: past it, differences of values (a scale's domain) could overflow to Infinity,
 * and no force or share is that large. A quadrillion. */
const LARGEST = 1e15;
const readNote = (log: ProblemLog, path: string, value: unknown) => readText(log, path, value, NOTE_LIMIT);
const EVENT_FIELDS = new Set(['id', 'kind', 'title', 'text', 'when', 'status', 'from', 'to', 'at', 'amount', 'assets', 'units', 'sources', 'tags']);

/**
 * Turns unknown JSON into a story in the v1 format, and lists every problem with its JSON path. Never throws.
 * A bad event is left out and reported; a bad optional value is dropped and reported; the rest is kept.
 */
export function parseStory(input: unknown): ParseResult {
  const log = new ProblemLog();
  if (!isObject(input)) {
    log.error('$', `expected a story: a JSON object with "version", "title" and "events"; got ${describeValue(input)}`);
    return { story: null, problems: log.problems, skippedEvents: 0 };
  }
  if (input.version === undefined) {
    log.warn('version', 'missing; expected 1. The document is read as version 1');
  } else if (input.version !== 1) {
    log.error('version', `this element reads version 1 documents; got ${describeValue(input.version)}`);
    return { story: null, problems: log.problems, skippedEvents: 0 };
  }
  if (!Array.isArray(input.events)) {
    log.error('events', `expected a list of events, got ${describeValue(input.events)}`);
    return { story: null, problems: log.problems, skippedEvents: 0 };
  }

  const title = input.title === undefined ? undefined : readText(log, 'title', input.title);
  if (input.title === undefined) log.warn('title', 'missing; expected the story\'s title');
  const sources = readList(log, 'sources', input.sources, readSource);
  resolveVia(log, sources);
  const places = readList(log, 'places', input.places, readPlace);
  const placeIds = new Set(places.map((place) => place.id));
  const sourceIds = new Set(sources.map((source) => source.id));

  const events: TimelineEvent[] = [];
  const eventIds = new Set<string>();
  input.events.forEach((raw, index) => {
    const event = readEvent(log, childPath('events', index), raw, index, { placeIds, sourceIds, eventIds });
    if (event) {
      events.push(event);
      eventIds.add(event.id);
    }
  });
  if (input.events.length === 0) log.warn('events', 'the story has no events yet');

  const story: Story = {
    version: 1,
    title: title ?? '',
    subtitle: optional(log, 'subtitle', input.subtitle, readText),
    credit: optional(log, 'credit', input.credit, readText),
    published: input.published === undefined ? undefined : readWhen(log, 'published', input.published, 'warning'),
    sources,
    places,
    series: readList(log, 'series', input.series, readSeries),
    eras: readList(log, 'eras', input.eras, readEra),
    events,
    extra: extraFields(input, STORY_FIELDS),
  };
  return { story, problems: log.problems, skippedEvents: input.events.length - events.length };
}

function optional<T>(log: ProblemLog, path: string, value: unknown, read: (log: ProblemLog, path: string, value: unknown) => T | undefined): T | undefined {
  return value === undefined ? undefined : read(log, path, value);
}

/** Reads an optional list whose entries must have unique ids (when they have ids at all). */
function readList<T>(
  log: ProblemLog, path: string, value: unknown,
  readEntry: (log: ProblemLog, path: string, raw: JsonObject) => T | undefined,
): T[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    log.error(path, `expected a list, got ${describeValue(value)}; it is ignored`);
    return [];
  }
  const list: T[] = [];
  const ids = new Set<string>();
  value.forEach((raw, i) => {
    const entryPath = childPath(path, i);
    if (!isObject(raw)) {
      log.error(entryPath, `expected an object, got ${describeValue(raw)}; this entry is left out`);
      return;
    }
    const entry = readEntry(log, entryPath, raw);
    if (entry === undefined) return;
    const id = (entry as { id?: string }).id;
    if (id !== undefined) {
      if (ids.has(id)) {
        log.error(childPath(entryPath, 'id'), `the id ${JSON.stringify(id)} is already used by an earlier entry; this entry is left out`);
        return;
      }
      ids.add(id);
    }
    list.push(entry);
  });
  return list;
}

function readId(log: ProblemLog, path: string, raw: JsonObject): string | undefined {
  if (typeof raw.id === 'string' && raw.id.trim() !== '') return raw.id;
  log.error(childPath(path, 'id'), `expected a non-empty string id, got ${describeValue(raw.id)}; this entry is left out`);
  return undefined;
}

/** The id (required) and name of a source or place; a missing or unusable name falls back to the id. */
function readIdAndName(log: ProblemLog, path: string, raw: JsonObject): { id: string; name: Text } | undefined {
  const id = readId(log, path, raw);
  if (id === undefined) return undefined;
  const name = raw.name === undefined ? undefined : readText(log, childPath(path, 'name'), raw.name);
  if (raw.name === undefined) log.warn(childPath(path, 'name'), `missing; the id "${id}" is shown instead`);
  return { id, name: name ?? id };
}

function readSource(log: ProblemLog, path: string, raw: JsonObject): Source | undefined {
  const named = readIdAndName(log, path, raw);
  if (named === undefined) return undefined;
  const { id, name } = named;
  let url: string | undefined;
  if (raw.url !== undefined) {
    const text = readString(log, childPath(path, 'url'), raw.url);
    url = text === undefined ? undefined : toSafeUrl(text);
    if (text !== undefined && url === undefined) {
      log.warn(childPath(path, 'url'), `expected an absolute http: or https: address, got ${describeValue(text)}; the link is left out`);
    }
  }
  return {
    id, name, url,
    date: raw.date === undefined ? undefined : readWhen(log, childPath(path, 'date'), raw.date, 'warning'),
    via: raw.via === undefined ? undefined : readString(log, childPath(path, 'via'), raw.via),
    note: optional(log, childPath(path, 'note'), raw.note, readNote),
    extra: extraFields(raw, SOURCE_FIELDS),
  };
}

/**
 * Checks every `via` names another source, and cuts each loop of `via` at one of its own members, so that
 * every chain ends. A source whose chain merely runs into another's loop keeps its `via`.
 */
function resolveVia(log: ProblemLog, sources: Source[]): void {
  const byId = new Map(sources.map((source) => [source.id, source]));
  sources.forEach((source, i) => {
    if (source.via === undefined) return;
    let problem: string | undefined;
    if (!byId.has(source.via)) problem = `no entry of sources has the id ${JSON.stringify(source.via)}`;
    else {
      const seen = new Set([source.id]);
      for (let next = byId.get(source.via); next && !problem; next = next.via ? byId.get(next.via) : undefined) {
        if (next.id === source.id) problem = `the chain of "via" from "${source.id}" comes back to it`;
        else if (seen.has(next.id)) break;
        seen.add(next.id);
      }
    }
    if (problem) {
      log.warn(childPath(childPath('sources', i), 'via'), `${problem}; this "via" is ignored`);
      sources[i] = { ...source, via: undefined };
      byId.set(source.id, sources[i]!);
    }
  });
}

function readPlace(log: ProblemLog, path: string, raw: JsonObject): Place | undefined {
  const named = readIdAndName(log, path, raw);
  if (named === undefined) return undefined;
  const { id, name } = named;
  let kind: PlaceKind | undefined;
  if (raw.kind !== undefined) {
    if ((PLACE_KINDS as readonly unknown[]).includes(raw.kind)) kind = raw.kind as PlaceKind;
    else log.warn(childPath(path, 'kind'), `expected one of ${PLACE_KINDS.join(', ')}; got ${describeValue(raw.kind)}; read as "other"`);
    kind ??= 'other';
  }
  return {
    id, name, kind,
    region: optional(log, childPath(path, 'region'), raw.region, readText),
    country: optional(log, childPath(path, 'country'), raw.country, readText),
    lat: raw.lat === undefined ? undefined : readNumber(log, childPath(path, 'lat'), raw.lat, -90, 90),
    lon: raw.lon === undefined ? undefined : readNumber(log, childPath(path, 'lon'), raw.lon, -180, 180),
    extra: extraFields(raw, PLACE_FIELDS),
  };
}

function readSeries(log: ProblemLog, path: string, raw: JsonObject): Series | undefined {
  const id = readId(log, path, raw);
  if (id === undefined) return undefined;
  const title = raw.title === undefined ? undefined : readText(log, childPath(path, 'title'), raw.title);
  if (raw.title === undefined) log.warn(childPath(path, 'title'), 'missing; expected what the series counts');
  const unit = raw.unit === undefined ? undefined : readText(log, childPath(path, 'unit'), raw.unit);
  if (raw.unit === undefined) log.warn(childPath(path, 'unit'), 'missing; expected the unit counted, e.g. "troops"');
  const pointsPath = childPath(path, 'points');
  if (!Array.isArray(raw.points)) {
    log.error(pointsPath, `expected a list of points {"when", "value"}, got ${describeValue(raw.points)}; the series is left out`);
    return undefined;
  }
  const points: SeriesPoint[] = [];
  raw.points.forEach((point: unknown, i) => {
    const pointPath = childPath(pointsPath, i);
    if (!isObject(point)) {
      log.warn(pointPath, `expected a point {"when", "value"}, got ${describeValue(point)}; it is left out`);
      return;
    }
    const when = readWhen(log, childPath(pointPath, 'when'), point.when, 'warning');
    const value = readNumber(log, childPath(pointPath, 'value'), point.value, -LARGEST, LARGEST);
    if (when === undefined || value === undefined) return;
    points.push({
      when, value,
      approx: readBoolean(log, childPath(pointPath, 'approx'), point.approx),
      status: point.status === undefined ? 'reported' : readEnum(log, childPath(pointPath, 'status'), point.status, EVENT_STATUSES, 'reported'),
      note: optional(log, childPath(pointPath, 'note'), point.note, readNote),
    });
  });
  points.sort((a, b) => whenSortKey(a.when) - whenSortKey(b.when));
  return { id, title: title ?? id, unit: unit ?? '', points, extra: extraFields(raw, SERIES_FIELDS) };
}

function readEra(log: ProblemLog, path: string, raw: JsonObject): Era | undefined {
  const title = raw.title === undefined ? undefined : readText(log, childPath(path, 'title'), raw.title);
  if (raw.title === undefined) log.error(childPath(path, 'title'), 'missing; expected the era\'s name; the era is left out');
  const when = readWhen(log, childPath(path, 'when'), raw.when, 'error');
  if (title === undefined || when === undefined) return undefined;
  return { title, when, extra: extraFields(raw, ERA_FIELDS) };
}

interface EventContext {
  readonly placeIds: ReadonlySet<string>;
  readonly sourceIds: ReadonlySet<string>;
  readonly eventIds: ReadonlySet<string>;
}

function readEvent(log: ProblemLog, path: string, raw: unknown, index: number, context: EventContext): TimelineEvent | undefined {
  if (!isObject(raw)) {
    log.error(path, `expected an event object, got ${describeValue(raw)}; it is left out`);
    return undefined;
  }
  // Its keys are identifiers: written directly, not through childPath's test for keys that need quoting.
  const at = (key: string) => `${path}.${key}`;
  const leftOut = 'the event is left out';
  let usable = true;

  const id = typeof raw.id === 'string' && raw.id.trim() !== '' ? raw.id : undefined;
  if (id === undefined) {
    log.error(at('id'), `expected a non-empty string id, got ${describeValue(raw.id)}; ${leftOut}`);
    usable = false;
  } else if (context.eventIds.has(id)) {
    log.error(at('id'), `the id ${JSON.stringify(id)} is already used by an earlier event; ${leftOut}`);
    usable = false;
  }
  const title = raw.title === undefined ? undefined : readText(log, at('title'), raw.title);
  if (title === undefined) {
    log.error(at('title'), `${raw.title === undefined ? 'missing' : 'unusable'}; expected the event's title; ${leftOut}`);
    usable = false;
  }
  const when = raw.when === undefined ? undefined : readWhen(log, at('when'), raw.when, 'error');
  if (raw.when === undefined) log.error(at('when'), `missing; expected an EDTF date such as "2024-12-16" or "2024-12~"; ${leftOut}`);
  if (!usable || when === undefined) return undefined;

  // Absent optional fields are the common case: skip their readers (and their JSON paths) and share one empty
  // list, which matters for 100,000-event stories.
  return {
    id: id!,
    title: title!,
    when,
    index,
    kind: readEnum(log, at('kind'), raw.kind, EVENT_KINDS, 'other'),
    status: raw.status === undefined ? 'reported' : readEnum(log, at('status'), raw.status, EVENT_STATUSES, 'reported'),
    text: raw.text === undefined ? undefined : readText(log, at('text'), raw.text, TEXT_LIMIT),
    from: raw.from === undefined ? NONE : readReferences(log, at('from'), raw.from, context.placeIds, 'places'),
    to: raw.to === undefined ? NONE : readReferences(log, at('to'), raw.to, context.placeIds, 'places'),
    at: raw.at === undefined ? NONE : readReferences(log, at('at'), raw.at, context.placeIds, 'places'),
    amount: raw.amount === undefined ? undefined : readAmount(log, at('amount'), raw.amount),
    assets: raw.assets === undefined ? NONE : readTextList(log, at('assets'), raw.assets),
    units: raw.units === undefined ? NONE : readTextList(log, at('units'), raw.units),
    sources: raw.sources === undefined ? NONE : readReferences(log, at('sources'), raw.sources, context.sourceIds, 'sources'),
    tags: raw.tags === undefined ? NONE : readStringList(log, at('tags'), raw.tags),
    extra: extraFields(raw, EVENT_FIELDS),
  };
}

const NONE: readonly string[] = Object.freeze([]);

/** A value from a fixed list; anything else is reported and read as `fallback`, so the event still shows. */
function readEnum<T extends string>(
  log: ProblemLog, path: string, value: unknown, allowed: readonly T[], fallback: T,
): T {
  if ((allowed as readonly unknown[]).includes(value)) return value as T;
  log.warn(path, `expected one of ${allowed.join(', ')}; got ${describeValue(value)}; read as "${fallback}"`);
  return fallback;
}

function readAmount(log: ProblemLog, path: string, raw: unknown): Amount | undefined {
  if (!isObject(raw)) {
    log.warn(path, `expected an amount such as {"value": 1000, "unit": "personnel"}, got ${describeValue(raw)}; it is left out`);
    return undefined;
  }
  // An amount moved is a count or a share: never below nothing.
  const value = readNumber(log, childPath(path, 'value'), raw.value, 0, LARGEST);
  const unit = readText(log, childPath(path, 'unit'), raw.unit);
  if (value === undefined || unit === undefined) {
    log.warn(path, 'an amount needs a numeric "value" and a "unit"; it is left out');
    return undefined;
  }
  let min = raw.min === undefined ? undefined : readNumber(log, childPath(path, 'min'), raw.min, 0, LARGEST);
  let max = raw.max === undefined ? undefined : readNumber(log, childPath(path, 'max'), raw.max, 0, LARGEST);
  if (min !== undefined && max !== undefined && min > max) {
    log.warn(path, `"min" (${min}) is larger than "max" (${max}); both are ignored`);
    min = max = undefined;
  }
  return {
    value, unit, min, max,
    approx: readBoolean(log, childPath(path, 'approx'), raw.approx),
    of: optional(log, childPath(path, 'of'), raw.of, readText),
  };
}
