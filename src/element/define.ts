import { DrawdownTimeline } from './drawdown-timeline.js';

// Guarded, so that a page that loads the script twice (a CMS snippet pasted twice) keeps working.
if (!customElements.get('drawdown-timeline')) customElements.define('drawdown-timeline', DrawdownTimeline);
