/**
 * What a key does in the plot; `next` and `previous` are in time, whichever way time runs on screen, `up` and
 * `down` go to the lane above or below. With Shift, the keys walk the story's graph rather than its grid: `origin`
 * and `destination` along a move to the lanes at its ends (`back` returns), `follow-next` and `follow-previous` to
 * the next or previous event naming the same unit or asset.
 */
export type KeyAction = 'next' | 'previous' | 'up' | 'down' | 'first' | 'last' | 'select' | 'clear' | 'zoom-in' | 'zoom-out'
  | 'origin' | 'destination' | 'back' | 'follow-next' | 'follow-previous';

/** Maps a key to its action; the arrows follow the time axis, so they swap for right-to-left. No letter keys: they
 * are other letters on other keyboards, and a screen reader takes them for its own. */
export function keyAction(key: string, direction: 'ltr' | 'rtl', shift = false): KeyAction | undefined {
  const forward = direction === 'rtl' ? 'ArrowLeft' : 'ArrowRight';
  switch (key) {
    case 'ArrowRight':
    case 'ArrowLeft':
      if (shift) return key === forward ? 'follow-next' : 'follow-previous';
      return key === forward ? 'next' : 'previous';
    case 'ArrowUp': return shift ? 'origin' : 'up';
    case 'ArrowDown': return shift ? 'destination' : 'down';
    case 'Backspace': return 'back';
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
