import type { Formatter } from './format-when.js';
import type { Messages } from './messages.js';
import type { TimeScale } from './time-scale.js';

/** What the parts laid out around the lanes (eras, "as of", force-level tracks) need to know of the plot. */
export interface PlotContext {
  readonly scale: TimeScale;
  /** Plot width: drawing is clipped to [0, width]. */
  readonly width: number;
  readonly formatter: Formatter;
  readonly messages: Messages;
  /** Preferred languages for Text, best first. */
  readonly languages: readonly string[];
  /** The rendered width of a label. */
  readonly measure: (text: string) => number;
}
