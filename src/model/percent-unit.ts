import type { Text } from './types.js';

/** Whether an amount counted in `unit` is a share: `%` in whichever of its languages the unit is written, since a
 * share is drawn and worded differently from a count (no arrow width from it; "10%" and not "10 %"). */
export function isPercentUnit(unit: Text): boolean {
  return typeof unit === 'string' ? unit.trim() === '%' : Object.values(unit).some((text) => text.trim() === '%');
}
