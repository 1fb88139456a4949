/** Past this size a syntax error's place is not searched for (each step of the search parses the text again). */
const SEARCH_LIMIT = 1_000_000;

/**
 * Where in `text` JSON.parse stopped, as "line 3, column 5" (counted from 1), or '$' when it cannot be told.
 * Browsers say it differently: a position ("at position 13", Chrome), a line and column ("at line 3 column 5",
 * Firefox), or nothing ("Unexpected token ','"); then the place is the shortest start of the text that fails
 * with more than a premature end, found by bisection, since a longer start fails there too.
 */
export function jsonErrorPlace(text: string, error: Error): string {
  const lineColumn = /line (\d+) column (\d+)/.exec(error.message);
  if (lineColumn) return `line ${lineColumn[1]}, column ${lineColumn[2]}`;
  const position = /position (\d+)/.exec(error.message);
  if (position) return placeOf(text, Number(position[1]));
  if (PREMATURE_END.test(error.message)) return placeOf(text, text.length);
  if (text.length > SEARCH_LIMIT) return '$';
  let low = 0, high = text.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (failsBefore(text.slice(0, middle + 1))) high = middle;
    else low = middle + 1;
  }
  return placeOf(text, low);
}

/** A message saying the text ended too soon: in so many words, or by failing at its very end. */
const PREMATURE_END = /end of (JSON )?input|unexpected end|EOF/i;

/** Whether a start of a JSON text fails for something else than ending too soon. */
function failsBefore(start: string): boolean {
  try {
    JSON.parse(start);
    return false;
  } catch (error) {
    const message = (error as Error).message, position = /position (\d+)/.exec(message);
    return !PREMATURE_END.test(message) && !(position && Number(position[1]) >= start.trimEnd().length);
  }
}

function placeOf(text: string, offset: number): string {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return `line ${line}, column ${offset - before.lastIndexOf('\n')}`;
}
