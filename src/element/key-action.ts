/**
 * What a key does in the plot; `next` and `previous` are in time, whichever way time runs on screen, `up` and
 * `down` go to the lane above or below.
 */
export type KeyAction = 'next' | 'previous' | 'up' | 'down' | 'first' | 'last' | 'select' | 'clear' | 'zoom-in' | 'zoom-out';

/** Maps a key to its action; the arrows follow the time axis, so they swap for right-to-left. */
export function keyAction(key: string, direction: 'ltr' | 'rtl'): KeyAction | undefined {
  switch (key) {
    case 'ArrowRight': return direction === 'rtl' ? 'previous' : 'next';
    case 'ArrowLeft': return direction === 'rtl' ? 'next' : 'previous';
    case 'ArrowUp': return 'up';
    case 'ArrowDown': return 'down';
    case 'Home': return 'first';
    case 'End': return 'last';
    case 'Enter':
    case ' ': return 'select';
    case 'Escape': return 'clear';
    // `=` is + unshifted on many keyboards; the keypad's keys send + and -.
    case '+':
    case '=': return 'zoom-in';
    case '-': return 'zoom-out';
    default: return undefined;
  }
}
