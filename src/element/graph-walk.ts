import { followNames } from '../layout/follow-names.js';
import { routeStep, type RouteLanding } from '../layout/route-step.js';
import type { TimelineLayout } from '../layout/types.js';
import { fill } from '../words/messages.js';
import type { Words } from '../words/words.js';

/** The keys that walk the graph (see KeyAction). */
export type GraphAction = 'origin' | 'destination' | 'back' | 'follow-next' | 'follow-previous';

/** Where a key sends the keyboard, and what to say: why it stays, or what the focused mark's name cannot tell. */
export interface WalkStep {
  readonly to?: string;
  readonly say?: string;
}

/**
 * The keyboard's walk along the story's graph: along a move to its ends and back, and after a unit or an asset from
 * event to event (Shift and the arrows, Backspace). Never a dead end without a word: where a key cannot go, it says
 * why. Remembers the last jump along a move, for Backspace and for Shift + Down again (the move's next destination).
 * It loads with the views after the first paint (see views/reading.ts): the first paint needs none of it.
 */
export class GraphWalk {
  /** The move jumped from, which end and which of its ends, and the event landed on. */
  #jump: { from: string; end: 'origin' | 'destination'; nth: number; landed: string } | undefined;

  /** Forgets the last jump (a new story or layout of lanes). */
  forget(): void {
    this.#jump = undefined;
  }

  /** Where `action` sends the keyboard from the event `focusId`, and what to say. */
  step(action: GraphAction, layout: TimelineLayout, focusId: string, words: Words): WalkStep {
    const { index } = layout, { navigation } = words.messages.ui, { formatter } = words;
    if (action === 'back') {
      const jump = this.#jump;
      if (!jump || jump.landed !== focusId) return { say: navigation.noWayBack };
      this.#jump = undefined;
      return { to: jump.from };
    }
    if (action === 'origin' || action === 'destination') {
      // The same key again from where the last jump landed: the same move's next end, when it has several.
      const again = this.#jump?.landed === focusId && this.#jump.end === action ? this.#jump : undefined;
      const next = again && routeStep(index, again.from, action, again.nth + 1);
      if (again && next && next.count > 1) return this.#land(again.from, action, next, focusId, layout, words);
      const landing = routeStep(index, focusId, action);
      return landing ? this.#land(focusId, action, landing, focusId, layout, words) : { say: navigation.notAMove };
    }
    const followed = followNames(index, focusId, action === 'follow-next' ? 1 : -1, words.languages);
    if (!followed) return { say: navigation.noNames };
    if (followed.id === undefined) return { say: fill(action === 'follow-next' ? navigation.noLater : navigation.noEarlier, { name: followed.name }) };
    return {
      to: followed.id,
      say: fill(navigation.followed, { name: followed.name, position: formatter.number(followed.position), count: formatter.number(followed.count) }),
    };
  }

  /** Lands on `landing`, jumping from the move `from`; where nothing else happens, the keyboard stays at `focusId`,
   * and the same key again goes on to the move's next end. */
  #land(from: string, end: 'origin' | 'destination', landing: RouteLanding, focusId: string, layout: TimelineLayout, words: Words): WalkStep {
    const { navigation } = words.messages.ui, lane = layout.index.laneLabels[landing.lane]!.label;
    this.#jump = { from, end, nth: landing.nth, landed: landing.id ?? focusId };
    if (landing.id === undefined) return { say: fill(navigation.nothingElseAt, { lane }) };
    // Which destination, when a move has several; the mark's own name says the rest.
    const say = landing.count > 1 && end === 'destination'
      ? fill(navigation.destination, { position: words.formatter.number(landing.nth + 1), count: words.formatter.number(landing.count), lane })
      : undefined;
    return { to: landing.id, say };
  }
}
