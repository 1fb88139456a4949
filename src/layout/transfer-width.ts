import { isPercentUnit } from '../model/percent-unit.js';
import type { Amount } from '../model/types.js';

/** The width of a transfer with no size to show: thick enough to see and to follow across lanes. */
export const MIN_TRANSFER_WIDTH = 1.75;
export const MAX_TRANSFER_WIDTH = 6.5;

/** The stroke width of the line standing for `count` transfers of a group: wider for more, as amounts are. */
export function aggregateWidth(count: number): number {
  return Math.min(MAX_TRANSFER_WIDTH, MIN_TRANSFER_WIDTH + Math.log2(Math.max(1, count)) * 0.75);
}

/**
 * The stroke width of a transfer's link, from the amount moved. Counts (personnel, aircraft, sites…) use a
 * logarithmic scale, one pixel per power of ten (10 → 2 px, 1,000 → 4 px, 100,000 → 6 px), so that sizes read
 * alike in every story and one huge move does not reduce the rest to hairlines. A share (`%`) is of a whole of
 * unknown size, and no amount is no size: both keep the minimum, and the label says what is known.
 */
export function transferWidth(amount: Amount | undefined): number {
  if (!amount || isPercentUnit(amount.unit) || !(amount.value > 0)) return MIN_TRANSFER_WIDTH;
  return Math.min(MAX_TRANSFER_WIDTH, Math.max(MIN_TRANSFER_WIDTH, 1 + Math.log10(amount.value)));
}
