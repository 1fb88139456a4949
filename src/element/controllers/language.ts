import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { createTextMeasurer } from '../../render/measure-text.js';
import { calendarsReady } from '../../words/calendar.js';
import { CALENDARS } from '../timeline-options.js';
import { createFormatter } from '../../words/format-when.js';
import { messagesFor, onTablesChange } from '../../words/languages.js';
import type { Words } from '../../words/words.js';

/**
 * The element's language and direction, and the text measure of its font. `lang` is read from the element or
 * its nearest ancestor, then the document, and read again only when it may have changed: when it changes on the
 * element (`invalidate`), when the element moves, and when the document's `lang` or `dir` changes (watched here).
 * Intl formats and the canvas that measures text are built when first needed, or ahead of need while the page
 * is idle and no story has arrived.
 */
export class LanguageController implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement;
  #words: Words | null = null;
  #stale = true;
  #measure: ((text: string) => number) | null = null;
  #measureStrong: ((text: string) => number) | null = null;
  #page: MutationObserver | null = null;
  #unlisten: (() => void) | null = null;
  /** A better table is on its way: nothing is drawn in stand-in words (see `ready`). */
  #waiting = false;

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {
    // Put somewhere else in the page, it may have other ancestors' `lang`.
    this.#stale = true;
    // A table registered by the page, or a shipped one arriving (or given up on): read the words again, and redraw.
    this.#unlisten = onTablesChange(() => {
      this.#stale = true;
      this.#host.requestUpdate();
    });
    this.#page = new MutationObserver(() => {
      this.#stale = true;
      this.#host.requestUpdate();
    });
    this.#page.observe(document.documentElement, { attributes: true, attributeFilter: ['lang', 'dir'] });
    document.fonts?.addEventListener('loadingdone', this.#fontsLoaded);
  }

  /** A font finished loading (the page's `--drawdown-font-family`, say, a web font the first drawing measured in
   * its fallback): text is measured again, so labels are cut and placed by the font they are drawn in. */
  readonly #fontsLoaded = (): void => {
    this.#measure = this.#measureStrong = null;
    this.#host.requestUpdate();
  };

  hostDisconnected(): void {
    document.fonts?.removeEventListener('loadingdone', this.#fontsLoaded);
    this.#page?.disconnect();
    this.#page = null;
    this.#unlisten?.();
    this.#unlisten = null;
    this.#cancelPrepare?.();
    this.#cancelPrepare = null;
  }

  #numerals: 'auto' | 'latn' | 'arab' = 'auto';

  /** Which digits to write: `auto` is the language's own. Read again when it changes. */
  set numerals(value: 'auto' | 'latn' | 'arab') {
    if (value === this.#numerals) return;
    this.#numerals = value;
    this.#stale = true;
  }

  #calendars: readonly [string | undefined, string | undefined] = [undefined, undefined];

  /** The calendar of dates and axis (`undefined`: the one `lang` names, else Gregorian), and the one written beside
   * dates (if any). Read again when they change. */
  set calendars(value: readonly [string | undefined, string | undefined]) {
    if (value[0] === this.#calendars[0] && value[1] === this.#calendars[1]) return;
    this.#calendars = value;
    this.#stale = true;
  }

  /** `lang` changed on the element: read the languages again at the next update. */
  invalidate(): void {
    this.#stale = true;
  }

  /** The words for the element's languages now: a new object only when one of them changes. The languages are
   * the element's `lang` (or its nearest ancestor's), then the document's. */
  get words(): Words {
    if (!this.#stale && this.#words) return this.#words;
    this.#stale = false;
    const nearest = this.#host.closest('[lang]')?.getAttribute('lang');
    const languages = [nearest, document.documentElement.lang].filter((tag): tag is string => !!tag);
    const [calendar, beside] = this.#calendars;
    const { locale, calendar: calendarId } = withOptions(firstValidLocale([...languages, navigator.language]), this.#numerals, calendar);
    const { messages, pending } = messagesFor(languages);
    // Until it arrives (or English stands in), nothing is drawn: onTablesChange asks for the update that draws.
    this.#waiting = !!pending;
    // The same for the code that divides a calendar other than the Gregorian, which asks for its own update.
    const calendarLoading = calendarsReady(calendarId);
    if (calendarLoading) {
      this.#waiting = true;
      void calendarLoading.then(() => {
        this.#stale = true;
        this.#host.requestUpdate();
      });
    }
    const old = this.#words;
    // Dates and numbers follow the browser's language where the page names none; the messages follow the page.
    const reusable = old && old.formatter.locale === locale && old.formatter.beside === beside && old.messages === messages
      && old.formatter.calendar.id === calendarId;
    const formatter = reusable ? old.formatter : createFormatter(locale, messages, beside);
    if (!old || formatter !== old.formatter || languages.join() !== old.languages.join()) this.#words = { languages, formatter, messages };
    return this.#words!;
  }

  /** Whether the words are the reader's: false while the table of their language is on its way (the element then
   * shows that it is loading rather than draw in English and redraw). */
  get ready(): boolean {
    void this.words;
    return !this.#waiting;
  }

  /** Which way text and time run: the element's computed direction, so a right-to-left page needs nothing. */
  get direction(): 'ltr' | 'rtl' {
    return this.#host.matches(':dir(rtl)') ? 'rtl' : 'ltr';
  }

  /** Label widths in the labels' own font (see createTextMeasurer), measured once a character. */
  get measure(): (text: string) => number {
    return (this.#measure ??= this.#measurer(''));
  }

  /** The same for text drawn strong (600): lane names. */
  get measureStrong(): (text: string) => number {
    return (this.#measureStrong ??= this.#measurer('600 '));
  }

  #measurer(weight: string): (text: string) => number {
    // The labels' font, not the host's: the host inherits the page's font, which the frame inside replaces.
    const style = getComputedStyle(this.#host);
    const family = style.getPropertyValue('--_font').trim() || style.fontFamily;
    return createTextMeasurer(`${weight}${style.getPropertyValue('--_label-size').trim() || '12px'} ${family}`);
  }

  /**
   * A canvas's first measurement sets up its fonts and Intl builds its date formats, which take milliseconds
   * each: done while the data is on its way, they are not done while the reader waits for the drawing.
   */
  prepareWhenIdle(busy: () => boolean): void {
    const prepare = () => {
      if (busy()) return;
      this.measure('0');
      this.words.formatter.prepare();
    };
    if ('requestIdleCallback' in window) {
      const idle = requestIdleCallback(prepare, { timeout: 500 });
      this.#cancelPrepare = () => cancelIdleCallback(idle);
    } else setTimeout(prepare, 0);
  }

  /** Cancels the preparation asked for, when the element leaves the page first: it holds the element till it runs. */
  #cancelPrepare: (() => void) | null = null;
}

/** `locale` writing the digits asked for (`ar-u-nu-arab`; its own for `auto`) in the calendar asked for, else the
 * one the tag names (`ar-u-ca-islamic-umalqura`), else the Gregorian: always named, since a region's own calendar
 * may not be (`ar-SA`'s is the Hijri in some browsers) and a chart's dates should not change with the region. */
function withOptions(
  locale: string, numerals: 'auto' | 'latn' | 'arab', calendar: string | undefined,
): { locale: string; calendar: string } {
  // A tag's own calendar is followed only if it is one the element divides (CALENDARS): Ethiopic's 5-day month
  // or the Chinese calendar's named years would not tick right.
  const named = new Intl.Locale(locale).calendar;
  const divided = named !== undefined && (CALENDARS as readonly string[]).includes(named);
  const chosen = calendar ?? (divided ? named : 'gregory');
  const options: Intl.LocaleOptions = { calendar: chosen };
  if (numerals !== 'auto') options.numberingSystem = numerals;
  return { locale: new Intl.Locale(locale, options).toString(), calendar: chosen };
}

/** The first tag Intl accepts; a malformed `lang` attribute must not break formatting. */
function firstValidLocale(tags: readonly string[]): string {
  for (const tag of tags) {
    try {
      const [canonical] = Intl.getCanonicalLocales(tag);
      if (canonical) return canonical;
    } catch {
      // not a language tag: try the next
    }
  }
  return 'en';
}
