// Finds a Chromium to run tests in, never downloading one: $CHROME_PATH, else a system Chromium or Chrome,
// else the Chromium that the @sparticuz/chromium dev-dependency carries inside it. DRAWDOWN_BROWSER=bundled
// skips the first two, to check the path a machine with no browser takes.
//
// Whichever it is, it sees the same fonts: only the ones the dev-dependencies ship (Noto Sans, Noto Sans Arabic,
// DejaVu for the symbols they lack), through a fontconfig file of our own. Text is measured and wrapped by the
// font it is drawn in, so a machine with other fonts would draw other layouts and other screenshots.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const SYSTEM = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];
const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

export const chromeArgs = [
  '--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run', '--disable-quic',
  '--disable-background-networking', '--disable-component-update', '--disable-sync', '--hide-scrollbars',
  '--font-render-hinting=none', '--lang=en-US',
];

export async function findChrome() {
  useTestFonts();
  const bundledOnly = process.env.DRAWDOWN_BROWSER === 'bundled';
  if (process.env.CHROME_PATH && !bundledOnly) return { path: process.env.CHROME_PATH, source: 'CHROME_PATH' };
  const system = bundledOnly ? undefined : SYSTEM.find((path) => existsSync(path));
  if (system) return { path: system, source: 'system' };
  const { default: chromium } = await import('@sparticuz/chromium');
  return { path: await chromium.executablePath(), source: '@sparticuz/chromium' };
}

/** A fontconfig rule: `family` asked for, `fonts` given, in this order. */
function prefer(family, fonts) {
  return `<alias binding="strong"><family>${family}</family><prefer>${fonts.map((font) => `<family>${font}</family>`).join('')}</prefer></alias>`;
}

/** The font folders the browser may use, from the dev-dependencies: regular, semibold, bold and italic. */
function fontFolders() {
  const require = createRequire(join(ROOT, 'package.json'));
  const root = (name) => dirname(require.resolve(`${name}/package.json`));
  const noto = root('@expo-google-fonts/noto-sans'), arabic = root('@expo-google-fonts/noto-sans-arabic');
  return [
    ...['400Regular', '400Regular_Italic', '600SemiBold', '600SemiBold_Italic', '700Bold'].map((weight) => join(noto, weight)),
    ...['400Regular', '600SemiBold', '700Bold'].map((weight) => join(arabic, weight)),
    join(root('dejavu-fonts-ttf'), 'ttf'),
  ];
}

/**
 * Points fontconfig (which Chromium asks for every font on Linux) at a configuration naming only the shipped
 * fonts, and makes them the generic families: `system-ui` and `sans-serif` are Noto Sans, then Noto Sans Arabic,
 * then DejaVu Sans (Chromium asks for `sans` when it means the system's font); `serif` and `monospace` are DejaVu's. Set before the browser starts, which inherits it.
 */
function useTestFonts() {
  const folder = join(ROOT, 'node_modules', '.cache', 'drawdown-fonts');
  mkdirSync(join(folder, 'cache'), { recursive: true });
  const sans = ['Noto Sans', 'Noto Sans Arabic', 'DejaVu Sans'];
  const config = `<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
  ${fontFolders().map((dir) => `<dir>${dir}</dir>`).join('\n  ')}
  <cachedir>${join(folder, 'cache')}</cachedir>
  <selectfont><rejectfont><glob>*/DejaVuMathTeXGyre.ttf</glob><glob>*/DejaVu*Condensed*.ttf</glob><glob>*/DejaVuSans-ExtraLight.ttf</glob></rejectfont></selectfont>
  ${['sans-serif', 'sans', 'system-ui'].map((family) => prefer(family, sans)).join('\n  ')}
  ${prefer('serif', ['DejaVu Serif', 'Noto Sans Arabic'])}
  ${prefer('monospace', ['DejaVu Sans Mono'])}
</fontconfig>
`;
  const file = join(folder, 'fonts.conf');
  writeFileSync(file, config);
  process.env.FONTCONFIG_FILE = file;
  // @sparticuz/chromium points FONTCONFIG_PATH at its own fonts unless it is set already.
  process.env.FONTCONFIG_PATH = folder;
}
