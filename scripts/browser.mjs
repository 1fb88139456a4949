// Finds a Chromium to run tests in, never downloading one: $CHROME_PATH, else a system Chromium or Chrome,
// else the Chromium that the @sparticuz/chromium dev-dependency carries inside it. DRAWDOWN_BROWSER=bundled
// skips the first two, to check the path a machine with no browser takes.
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const SYSTEM = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

export const chromeArgs = [
  '--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run', '--disable-quic',
  '--disable-background-networking', '--disable-component-update', '--disable-sync', '--hide-scrollbars',
  '--font-render-hinting=none',
];

export async function findChrome() {
  const bundledOnly = process.env.DRAWDOWN_BROWSER === 'bundled';
  if (process.env.CHROME_PATH && !bundledOnly) return { path: process.env.CHROME_PATH, source: 'CHROME_PATH' };
  const system = bundledOnly ? undefined : SYSTEM.find((path) => existsSync(path));
  if (system) return { path: system, source: 'system' };
  const { default: chromium } = await import('@sparticuz/chromium');
  const path = await chromium.executablePath();
  // Its Chromium has no system fonts to fall back on; point fontconfig at the fonts it unpacked beside itself.
  const fonts = join(tmpdir(), 'fonts');
  if (!process.env.FONTCONFIG_PATH && existsSync(join(fonts, 'fonts.conf'))) process.env.FONTCONFIG_PATH = fonts;
  return { path, source: '@sparticuz/chromium' };
}
