import { DrawdownTimeline } from './drawdown-timeline.js';

// Guarded, so that a page that loads the script twice (a CMS snippet pasted twice) keeps working.
if (!customElements.get('drawdown-timeline')) customElements.define('drawdown-timeline', DrawdownTimeline);

/**
 * The class registered for `<drawdown-timeline>`: the first copy loaded wins, and a second copy hands out the
 * first one's class, so `new DrawdownTimeline()` and `instanceof` keep working whichever copy a page calls.
 */
export const RegisteredTimeline = customElements.get('drawdown-timeline') as typeof DrawdownTimeline;
