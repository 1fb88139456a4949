/**
 * What a spreadsheet takes for a formula when a CSV cell begins with it (CSV injection; OWASP's list): `=`, `+`,
 * `-`, `@`, a tab or a carriage return. Apostrophes before one are allowed for, so the guard below is reversible.
 */
const FORMULA_START = /^'*[=+\-@\t\r]/;

/**
 * A cell as written to CSV: one that would begin a formula gets an apostrophe in front, which spreadsheets take to
 * mean "text" and `unguardFormula` takes off again. A cell that already began with apostrophes before such a
 * character gets one more, so every value reads back exactly as written.
 */
export function guardFormula(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

/** A cell as read from CSV: the apostrophe `guardFormula` put in front of a would-be formula taken off. */
export function unguardFormula(cell: string): string {
  return cell.startsWith("'") && FORMULA_START.test(cell) ? cell.slice(1) : cell;
}
