// A test command that puts the test's page in forced colours (Windows High Contrast), through Chromium's DevTools
// protocol: what @web/test-runner-commands' emulateMedia({ forcedColors }) cannot on the puppeteer-driven Chromium
// (its plugin passes on only colorScheme and reducedMotion, and puppeteer refuses the forced-colors feature).
//
//   forced-colors {active, palette?}  on, with the system colours of High Contrast White (palette 'light', the
//                                     default) or Black ('dark'); {active: false} turns it off again
//
// The emulation lasts as long as the protocol session that set it: one is kept per page while it is on.
const sessions = new WeakMap();

async function forcedColors(sessionInfo, { active, palette = 'light' } = {}) {
  if (sessionInfo.browser.type !== 'puppeteer') throw new Error(`forced-colors needs the puppeteer-driven Chromium, not ${sessionInfo.browser.type}`);
  if (active && palette !== 'light' && palette !== 'dark') throw new Error(`a palette is 'light' or 'dark', not ${JSON.stringify(palette)}`);
  const page = sessionInfo.browser.getPage(sessionInfo.id);
  let cdp = sessions.get(page);
  if (active) {
    if (!cdp) {
      cdp = await page.createCDPSession();
      sessions.set(page, cdp);
    }
    // Chromium draws forced colours with the light or dark high-contrast palette by the preferred colour scheme.
    await cdp.send('Emulation.setEmulatedMedia', {
      features: [{ name: 'forced-colors', value: 'active' }, { name: 'prefers-color-scheme', value: palette }],
    });
  } else if (cdp) {
    sessions.delete(page);
    await cdp.send('Emulation.setEmulatedMedia', { features: [] });
    await cdp.detach();
  }
  return true;
}

export function forcedColorsPlugin() {
  return {
    name: 'drawdown-forced-colors-command',
    executeCommand({ command, payload, session }) {
      return command === 'forced-colors' ? forcedColors(session, payload) : undefined;
    },
  };
}
