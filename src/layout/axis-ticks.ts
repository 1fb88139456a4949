import { utcDay, utcMonth, utcYear } from 'd3-time';
import type { CalendarDivisions } from '../words/calendar.js';
import type { TickLevel } from '../words/format-when.js';
import type { PlotContext, Tick } from './types.js';

/** The space kept between two tick labels, in pixels. */
const LABEL_GAP = 10;
/** How far a label keeps from the plot's edges: the ink of some letters (Arabic's final forms) runs past their
 * advance, and a label flush with the edge lost it. */
const EDGE = 2;
/** How wide the axis leaves room for each tick, in pixels. */
const TICK_ROOM = 110;

/** The calendar step that the finest date of a story names: ticks are never finer. */
const INTERVALS = { year: utcYear, month: utcMonth, day: utcDay } as const;
/** How many months or years apart ticks of another calendar may be: steps that divide its year or its centuries. */
const MONTH_STEPS = [1, 2, 3, 4, 6];
const YEAR_STEPS = [1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000];
const DAY = 86_400_000;
/** Past this window (about 1,000 years) another calendar's years are not walked one by one on every frame: its
 * ticks are d3's, labelled in that calendar. */
const LONGEST_CALENDAR_WINDOW = 1000 * 365 * DAY;

/**
 * The axis's ticks: on calendar boundaries in UTC, about one per 110 px, never finer than the finest date the story
 * gives (a story of whole days gets no hour ticks, however far one zooms in). Each label says what the labels
 * before it do not: the first, and the first in a new year, carry the year; with times, the first of a day carries
 * the date. Labels are measured and placed so that none runs past the plot's edges or into another: a tick whose
 * label has no room keeps its line and loses its label, and the next label carries the context instead.
 */
export function layoutTicks(context: Pick<PlotContext, 'scale' | 'width' | 'formatter' | 'measure'>, finest: TickLevel): Tick[] {
  const { scale, width, formatter, measure } = context;
  const [r0, r1] = scale.range();
  const count = Math.max(2, Math.floor(Math.abs(r1 - r0) / TICK_ROOM));
  let dates = scale.ticks(count);
  let level = levelOf(dates);
  const calendar = formatter.calendar;
  const target = rank(level) < rank(finest) && finest !== 'time' ? finest : level;
  const [d0, d1] = scale.domain() as [number, number];
  if (calendar.id !== 'gregory' && (target === 'month' || target === 'year') && d1 - d0 < LONGEST_CALENDAR_WINDOW) {
    // Months and years of another calendar: the ticks fall on its own boundaries (a Hijri month starts on the 1st of
    // that month, not of a Gregorian one). Days are days in every calendar, and d3's serve; so do millennia.
    const found = calendarTicks(calendar, d0, d1, count, target);
    if (found.dates.length) ({ dates, level } = found);
    else {
      // A window inside one of the calendar's months: one tick at its start names it.
      const start = calendar.monthStarts(d0 - 32 * DAY, d0).at(-1) ?? d0;
      return [contextTick(context, start, scale(d0), formatter.tick(start, 'month', 'full'))];
    }
  } else if (rank(level) < rank(finest) && finest !== 'time') {
    // Ticks finer than the story's dates: one every k of its own steps instead, as many as there is room for.
    const interval = INTERVALS[finest];
    const all = interval.range(new Date(d0), new Date(d1 + 1));
    const every = Math.max(1, Math.ceil(all.length / count));
    dates = every === 1 ? all : interval.every(every)!.range(new Date(d0), new Date(d1 + 1));
    level = finest;
    if (!dates.length) {
      // A window inside one of the story's steps (a day of a story dated by months) crosses no boundary: one tick at
      // its start names the step it lies in, so the axis is never blank.
      const start = interval.floor(new Date(d0));
      return [contextTick(context, +start, scale(d0), formatter.tick(+start, level, 'full'))];
    }
  }
  const ticks: Tick[] = [];
  let shown: { value: number; left: number; right: number } | undefined;
  for (const date of dates) {
    const value = +date, x = scale(value);
    const label = formatter.tick(value, level, contextOf(calendar, level, value, shown?.value));
    const half = measure(label) / 2;
    // Kept inside the plot: a label near an edge moves in rather than being cut.
    const labelX = Math.min(Math.max(x, half + EDGE), width - half - EDGE);
    const [left, right] = [labelX - half, labelX + half];
    const fits = half * 2 + EDGE * 2 <= width && (!shown || right + LABEL_GAP <= shown.left || left >= shown.right + LABEL_GAP);
    if (fits) shown = { value, left, right };
    ticks.push({ value, x, label: fits ? label : '', labelX });
  }
  return ticks;
}

/** A tick at the window's start, its label kept inside the plot. */
function contextTick({ width, measure }: Pick<PlotContext, 'width' | 'measure'>, value: number, x: number, label: string): Tick {
  const half = measure(label) / 2;
  const fits = half * 2 + EDGE * 2 <= width;
  return { value, x, label: fits ? label : '', labelX: Math.min(Math.max(x, half + EDGE), width - half - EDGE) };
}

/** The level of ticks by the step between them; a single tick is a day's. */
function levelOf(dates: readonly Date[]): TickLevel {
  const step = dates.length > 1 ? +dates[1]! - +dates[0]! : 86_400_000;
  return step >= 365 * 86_400_000 ? 'year' : step >= 28 * 86_400_000 ? 'month' : step >= 86_400_000 ? 'day' : 'time';
}

function rank(level: TickLevel): number {
  return ['time', 'day', 'month', 'year'].indexOf(level);
}

/**
 * Ticks on the month or year starts of a non-Gregorian calendar, `level` or coarser: every k months (k dividing
 * its year, so they fall on the same months each year) or every k years, as many as there is room for.
 */
function calendarTicks(
  calendar: CalendarDivisions, d0: number, d1: number, count: number, level: TickLevel,
): { dates: Date[]; level: TickLevel } {
  const span = d1 - d0;
  // Months are read only where some step of them fits, which a long window's never do.
  if (level !== 'year' && span / (29 * DAY) / MONTH_STEPS.at(-1)! <= count + 1) {
    const months = calendar.monthStarts(d0, d1);
    for (const step of MONTH_STEPS) {
      const picked = months.filter((ms) => (calendar.fields(ms).month - 1) % step === 0);
      if (picked.length <= count) return { dates: picked.map((ms) => new Date(ms)), level: 'month' };
    }
  }
  const years = calendar.yearStarts(d0, d1);
  for (const step of YEAR_STEPS) {
    const picked = years.filter((ms) => calendar.fields(ms).year % step === 0);
    if (picked.length <= count) return { dates: picked.map((ms) => new Date(ms)), level: 'year' };
  }
  return { dates: [], level: 'year' };
}

/** What a tick's label adds to the last label shown before it (in time): the year, the date, both, or nothing. */
function contextOf(
  calendar: CalendarDivisions, level: TickLevel, value: number, previous: number | undefined,
): 'year' | 'date' | 'full' | undefined {
  if (level === 'year') return undefined;
  const at = calendar.fields(value), before = previous === undefined ? undefined : calendar.fields(previous);
  const newYear = !before || before.year !== at.year;
  if (level !== 'time') return newYear ? 'year' : undefined;
  if (newYear) return 'full';
  return before!.month !== at.month || before!.day !== at.day ? 'date' : undefined;
}
