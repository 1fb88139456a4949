import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Problem, Story } from '../../model/types.js';
import type { Words } from '../../words/words.js';
import { problemsReport } from '../console-reports.js';
import { DrawdownErrorEvent, DrawdownLoadEvent } from '../events.js';
import type { LoadState } from './story-loader.js';

/** What the element shows after a load: a story to draw, or why there is none. */
export interface Loaded {
  readonly status: 'empty' | 'loading' | 'error' | 'ready';
  readonly story: Story | null;
}

export interface LoadReportOptions {
  /** Whether the story read is drawn, in the reader's words: only then does the page hear of it. */
  readonly drawn: () => boolean;
  readonly words: () => Words;
  /** Says something in the live region (see Announcer). */
  readonly say: (text: string) => void;
}

/**
 * What loading a story came to, told to whom it concerns: the page by `drawdown-load` (once the story is drawn in the
 * reader's words, not in English while theirs are on the way) and `drawdown-error`, the story's author by the console,
 * a screen reader by the live region when a story read again replaces the one it was reading. Holds what the view
 * shows of it: the problems, how many events were left out, and why reading the story shown again failed.
 */
export class LoadReport implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #options: LoadReportOptions;
  problems: readonly Problem[] = [];
  /** Events of the document that could not be used. */
  skipped = 0;
  /** Why reading the story shown again last failed ([] when it did not). */
  refreshProblems: readonly Problem[] = [];
  /** A story was read, and the page has not heard of it yet. */
  #untold: Story | null = null;
  /** Whether a story was drawn before: the next is announced as an update. */
  #toldBefore = false;

  constructor(host: ReactiveControllerHost & HTMLElement, options: LoadReportOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  /** Takes a load's outcome: what the element shows now, or undefined when the story shown stays (a failed refresh). */
  read(state: LoadState): Loaded | undefined {
    this.refreshProblems = [];
    if (state.status === 'refresh-failed') {
      // The story shown stays, under a note saying why.
      this.refreshProblems = state.problems;
      this.#host.requestUpdate();
      this.#host.dispatchEvent(new DrawdownErrorEvent({ problems: state.problems }));
      return undefined;
    }
    if (state.status !== 'read') return { status: state.status, story: null };
    const { problems, skippedEvents, story } = state.result;
    this.problems = problems;
    this.skipped = skippedEvents;
    if (!story) this.#host.dispatchEvent(new DrawdownErrorEvent({ problems }));
    else if (problems.length) console.warn(problemsReport(problems, skippedEvents));
    this.#untold = story ?? null;
    return { status: story ? 'ready' : 'error', story: story ?? null };
  }

  hostUpdated(): void {
    const story = this.#untold;
    if (!story || !this.#options.drawn()) return;
    this.#untold = null;
    const events = story.events.length;
    if (this.#toldBefore) {
      const { formatter, messages } = this.#options.words();
      this.#options.say(formatter.count(messages.ui.storyUpdated, events));
    }
    this.#toldBefore = true;
    this.#host.dispatchEvent(new DrawdownLoadEvent({ events, skipped: this.skipped, problems: this.problems }));
  }
}
