// Test commands that send real input through Chromium's DevTools protocol, as a mouse, trackpad or touch screen
// would: what @web/test-runner-commands' sendMouse cannot (a wheel with modifiers, two fingers at once).
//
//   input-wheel {x, y, deltaX?, deltaY, modifiers?}  one wheel event at (x, y) in the page's CSS pixels;
//                                                   modifiers: 'ctrl', 'meta', 'shift' (a list)
//   input-touch {steps: [[{x, y}...]...]}           a touch gesture: the first step puts fingers down, each next
//                                                   one moves them (same count), then all lift

const MODIFIER_BITS = { alt: 1, ctrl: 2, meta: 4, shift: 8 };

function session(sessionInfo) {
  if (sessionInfo.browser.type !== 'puppeteer') throw new Error(`input needs the puppeteer-driven Chromium, not ${sessionInfo.browser.type}`);
  return sessionInfo.browser.getPage(sessionInfo.id).createCDPSession();
}

async function wheel(sessionInfo, { x, y, deltaX = 0, deltaY, modifiers = [] }) {
  const cdp = await session(sessionInfo);
  try {
    await cdp.send('Input.dispatchMouseEvent', { type: 'mouseMoved', x, y });
    await cdp.send('Input.dispatchMouseEvent', {
      type: 'mouseWheel', x, y, deltaX, deltaY,
      modifiers: modifiers.reduce((bits, name) => bits | (MODIFIER_BITS[name] ?? 0), 0),
    });
  } finally {
    await cdp.detach();
  }
  return true;
}

async function touch(sessionInfo, { steps }) {
  const cdp = await session(sessionInfo);
  const points = (step) => step.map(({ x, y }, id) => ({ x, y, id, radiusX: 4, radiusY: 4, force: 1 }));
  try {
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: points(steps[0]) });
    for (const step of steps.slice(1)) await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: points(step) });
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  } finally {
    await cdp.detach();
  }
  return true;
}

export function inputPlugin() {
  return {
    name: 'drawdown-input-commands',
    async executeCommand({ command, payload, session: sessionInfo }) {
      if (command === 'input-wheel') return wheel(sessionInfo, payload);
      if (command === 'input-touch') return touch(sessionInfo, payload);
      return undefined;
    },
  };
}
