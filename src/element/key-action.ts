/** What a key does in the plot; `next` and `previous` are in time, whichever way time runs on screen. */
export type KeyAction = 'next' | 'previous' | 'first' | 'last' | 'select' | 'clear';

/** Maps a key to its action; the arrows follow the time axis, so they swap for right-to-left. */
export function keyAction(key: string, direction: 'ltr' | 'rtl'): KeyAction | undefined {
  switch (key) {
    case 'ArrowRight': return direction === 'rtl' ? 'previous' : 'next';
    case 'ArrowLeft': return direction === 'rtl' ? 'next' : 'previous';
    case 'Home': return 'first';
    case 'End': return 'last';
    case 'Enter':
    case ' ': return 'select';
    case 'Escape': return 'clear';
    default: return undefined;
  }
}
