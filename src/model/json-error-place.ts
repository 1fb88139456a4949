/**
 * Where in `text`, which JSON.parse refused, the JSON goes wrong: "line 3, column 5" (counted from 1), found by a
 * scanner of JSON's grammar rather than from the browser's message, which says it one way in Chrome ("at position
 * 13"), another in Firefox ("at line 3 column 5") and not at all in Safari. Linear in the text.
 */
export function jsonErrorPlace(text: string): string {
  return placeOf(text, firstError(text));
}

/** The offset of the first character that cannot continue a JSON text (its length if it ends too soon). */
function firstError(text: string): number {
  let at = 0;
  const space = () => {
    while (at < text.length && ' \t\n\r'.includes(text[at]!)) at++;
  };
  const fail = (): never => {
    throw at;
  };
  const literal = (word: string) => {
    for (const letter of word) {
      if (text[at] !== letter) fail();
      at++;
    }
  };
  const string = () => {
    at++;
    for (;;) {
      const letter = text[at];
      if (letter === undefined || letter < ' ') fail();
      if (letter === '"') break;
      if (letter === '\\') {
        at++;
        if (text[at] === 'u') {
          for (let i = 1; i <= 4; i++) {
            if (/[0-9a-fA-F]/.test(text[at + i] ?? '')) continue;
            at += i;
            fail();
          }
          at += 4;
        } else if (!'"\\/bfnrt'.includes(text[at] ?? 'x')) fail();
      }
      at++;
    }
    at++;
  };
  const number = () => {
    const match = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(text.slice(at, at + 400));
    if (!match) fail();
    at += match![0].length;
  };
  const value = (): void => {
    space();
    const letter = text[at];
    if (letter === '{') return container('}', () => {
      space();
      if (text[at] !== '"') fail();
      string();
      space();
      if (text[at] !== ':') fail();
      at++;
      value();
    });
    if (letter === '[') return container(']', value);
    if (letter === '"') return string();
    if (letter === 't') return literal('true');
    if (letter === 'f') return literal('false');
    if (letter === 'n') return literal('null');
    if (letter === '-' || (letter !== undefined && letter >= '0' && letter <= '9')) return number();
    fail();
  };
  const container = (close: string, member: () => void) => {
    at++;
    space();
    if (text[at] === close) {
      at++;
      return;
    }
    for (;;) {
      member();
      space();
      if (text[at] === ',') at++;
      else if (text[at] === close) {
        at++;
        return;
      } else fail();
    }
  };
  try {
    value();
    space();
    return at < text.length ? at : text.length;
  } catch (offset) {
    return Math.min(offset as number, text.length);
  }
}

function placeOf(text: string, offset: number): string {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return `line ${line}, column ${offset - before.lastIndexOf('\n')}`;
}
