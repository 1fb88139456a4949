import { parseWhen } from './edtf.js';
import type { ImportResult } from './import-result.js';
import { createIdMaker, NamedEntries } from './name-ids.js';
import { describeValue, ProblemLog } from './problems.js';
import { isObject, type JsonObject } from './read-values.js';
import { stripHtml } from './strip-html.js';

/** Whether a JSON value looks like a TimelineJS3 file: events with `start_date` objects, or a title slide, and no `version`. */
export function isTimelineJs(json: unknown): boolean {
  if (!isObject(json) || json.version !== undefined) return false;
  return (Array.isArray(json.events) && json.events.some((event) => isObject(event) && isObject(event.start_date))) ||
    (isObject(json.title) && isObject(json.title.text));
}

/** What TimelineJS shows that a v1 story cannot, each reported once with a count: [counted, why]. */
const LOSSES: Readonly<Record<string, readonly [string, string]>> = {
  display_date: ['event', 'is not shown: dates are drawn from start_date and end_date'],
  media: ['slide', 'is not shown: the timeline draws no pictures or embeds'],
  background: ['slide', 'is not shown: the timeline draws no backgrounds'],
  autolink: ['slide', 'is not applied: web addresses stay plain text'],
  links: ['slide', 'are dropped: their words stay, as plain text'],
  times: ['event', "are read as UTC: TimelineJS shows them in each reader's time zone"],
};

/** Where a v1 field came from on a TimelineJS slide. */
const FIELDS: Readonly<Record<string, string>> = { id: 'unique_id', title: 'text.headline', text: 'text.text', when: 'start_date', at: 'group' };
const PARTS = ['year', 'month', 'day', 'hour', 'minute', 'second'];

/**
 * Reads a TimelineJS3 file (Knight Lab's "TimelineJS JSON format") into a v1 document: slides become events of
 * kind "other", groups become places (so lanes show them), eras stay eras, and HTML becomes plain text. Never throws.
 */
export function importTimelineJs(json: unknown): ImportResult {
  const log = new ProblemLog();
  const losses = new Map<string, [count: number, path: string]>();
  const note = (loss: string, path: string) => {
    const seen = losses.get(loss);
    if (seen) seen[0]++;
    else losses.set(loss, [1, path]);
  };
  const places = new NamedEntries('group');
  const makeId = createIdMaker();
  const events: Record<string, unknown>[] = [];
  const eras: Record<string, unknown>[] = [];
  // Where each v1 event and era came from, as TimelineJS indexes: some entries are left out.
  const origins: Record<string, number[]> = { events: [], eras: [] };
  const document: Record<string, unknown> = { version: 1, title: 'Untitled', places: places.list, eras, events };
  const sourcePath = (path: string): string => {
    const [, list, i, field] = /^(events|eras)\[(\d+)\]\.?(\w*)/.exec(path) ?? [];
    const index = list === undefined ? undefined : origins[list]![Number(i)];
    return index === undefined ? '' : `${list}[${index}]${Object.hasOwn(FIELDS, field!) ? `.${FIELDS[field!]}` : ''}`;
  };
  const result = { document, problems: log.problems, sourcePath };

  if (!isObject(json) || !Array.isArray(json.events)) {
    log.error(isObject(json) ? 'events' : '', `expected a TimelineJS file, an object with a list of "events"; got ${
      describeValue(isObject(json) ? json.events : json)}`);
    return result;
  }

  /** The plain text of a slide, noting what it has that will not show. */
  const readSlide = (slide: JsonObject, path: string) => {
    const text = isObject(slide.text) ? slide.text : {};
    const headline = stripHtml(textOf(text.headline));
    const body = stripHtml(textOf(text.text));
    if (headline.links || body.links) note('links', `${path}.text`);
    for (const loss of ['media', 'background', 'autolink']) if (hasContent(slide[loss])) note(loss, `${path}.${loss}`);
    return { headline: headline.text, text: body.text };
  };

  /** The slide's dates as one EDTF value, or undefined (reported) when the start cannot be read. */
  const readWhen = (slide: JsonObject, path: string, report: (path: string, message: string) => void, leftOut: string) => {
    const start = readDate(slide.start_date, `${path}.start_date`) ?? [`${path}.start_date`, 'missing; expected a date such as {"year": "2021", "month": "8"}'];
    if (typeof start !== 'string') return report(start[0], `${start[1]}; ${leftOut}`);
    const end = readDate(slide.end_date, `${path}.end_date`);
    const interval = typeof end === 'string' ? parseWhen(`${start}/${end}`) : undefined;
    if (interval && 'error' in interval) log.warn(`${path}.end_date`, `${interval.error}; the end is left out`);
    else if (Array.isArray(end)) log.warn(end[0], `${end[1]}; the end is left out`);
    const when = interval && 'when' in interval ? interval.when.text : start;
    if (when.includes('T')) note('times', `${path}.${start.includes('T') ? 'start' : 'end'}_date`);
    return when;
  };

  if (isObject(json.title)) {
    const { headline, text } = readSlide(json.title, 'title');
    if (headline) document.title = headline;
    else log.warn('title.text.headline', 'is empty; expected the timeline\'s title; "Untitled" is shown instead');
    if (text) document.subtitle = text;
  } else {
    log.warn('title', 'there is no title slide; expected one with the timeline\'s title; "Untitled" is shown instead');
  }
  if (json.scale !== undefined && json.scale !== 'human') {
    log.warn('scale', `the scale ${describeValue(json.scale)} is not supported; dates are read as calendar dates`);
  }

  json.events.forEach((raw: unknown, i) => {
    const path = `events[${i}]`;
    if (!isObject(raw)) return log.error(path, `expected an event object, got ${describeValue(raw)}; it is left out`);
    const when = readWhen(raw, path, (at, message) => log.error(at, message), 'the event is left out');
    if (when === undefined) return;
    const { headline, text } = readSlide(raw, path);
    const given = textOf(raw.unique_id).trim();
    const id = makeId(given || `event-${i + 1}`);
    if (given && id !== given) log.warn(`${path}.unique_id`, `the id ${JSON.stringify(given)} is already used; this event gets the id "${id}"`);
    if (!headline) log.warn(`${path}.text.headline`, `is empty; the event's date "${when}" is shown as its title`);
    const dated = [raw, raw.start_date, raw.end_date].findIndex((part) => isObject(part) && hasContent(part.display_date));
    if (dated >= 0) note('display_date', `${path}${['', '.start_date', '.end_date'][dated]}.display_date`);
    const event: Record<string, unknown> = { id, kind: 'other', title: headline || when, when };
    if (text) event.text = text;
    const group = textOf(raw.group).trim();
    if (group) event.at = [places.idOf(group, group)];
    events.push(event);
    origins.events!.push(i);
  });

  if (json.eras !== undefined && !Array.isArray(json.eras)) log.warn('eras', `expected a list of eras, got ${describeValue(json.eras)}; it is ignored`);
  (Array.isArray(json.eras) ? json.eras : []).forEach((raw: unknown, i) => {
    const path = `eras[${i}]`;
    if (!isObject(raw)) return log.warn(path, `expected an era object, got ${describeValue(raw)}; it is left out`);
    const when = readWhen(raw, path, (at, message) => log.warn(at, message), 'the era is left out');
    const { headline } = readSlide(raw, path);
    if (when === undefined) return;
    if (!headline) return log.warn(`${path}.text.headline`, 'is empty; expected the era\'s name; the era is left out');
    eras.push({ title: headline, when });
    origins.eras!.push(i);
  });

  for (const [loss, [count, path]] of losses) {
    const [counted, why] = LOSSES[loss]!;
    log.warn(path, `${loss} on ${count} ${counted}${count === 1 ? '' : 's'} ${why}`);
  }
  return result;
}

/**
 * A TimelineJS date object as an EDTF date to the last part given in order (year, month, day, hour; a time needs
 * only its hour), undefined when it gives no part, or `[path, message]` when it cannot be read.
 */
function readDate(date: unknown, path: string): string | [path: string, message: string] | undefined {
  if (date === undefined || date === null || date === '') return undefined;
  if (!isObject(date)) return [path, `expected a date object such as {"year": "2021", "month": "8"}, got ${describeValue(date)}`];
  const values: (number | undefined)[] = [];
  for (const part of PARTS) {
    const value = date[part];
    const text = typeof value === 'number' ? String(value) : typeof value === 'string' ? value.trim() : value === undefined || value === null ? '' : '?';
    if (text && !(/^[+-]?\d+$/.test(text) && Number.isSafeInteger(Number(text)))) {
      return [`${path}.${part}`, `expected a whole number, got ${describeValue(value)}`];
    }
    values.push(text ? Number(text) : undefined);
  }
  const [year, month, day, hour, minute, second] = values;
  if (year === undefined) return values.some((value) => value !== undefined) ? [`${path}.year`, 'missing; expected the year, e.g. "2021"'] : undefined;
  let edtf = Math.abs(year) > 9999 ? `Y${year}` : `${year < 0 ? '-' : ''}${String(Math.abs(year)).padStart(4, '0')}`;
  if (month !== undefined) {
    edtf += `-${two(month)}`;
    if (day !== undefined) {
      edtf += `-${two(day)}`;
      if (hour !== undefined) edtf += `T${two(hour)}:${two(minute ?? 0)}${second === undefined ? '' : `:${two(second)}`}Z`;
    }
  }
  const parsed = parseWhen(edtf);
  return 'error' in parsed ? [path, parsed.error] : edtf;
}

function two(n: number): string {
  return String(n).padStart(2, '0');
}

function textOf(value: unknown): string {
  return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '';
}

/** Whether an optional TimelineJS part says anything: `"media": {"url": ""}` is as good as absent. */
function hasContent(value: unknown): boolean {
  return isObject(value) ? Object.values(value).some(says) : says(value);
}

function says(value: unknown): boolean {
  return value === true || typeof value === 'number' || (typeof value === 'string' && value.trim() !== '');
}
