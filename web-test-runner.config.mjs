import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
import { chromeArgs, findChrome } from './scripts/browser.mjs';
import { inputPlugin } from './test/input-plugin.mjs';
import { printPlugin } from './test/print-plugin.mjs';
import { readmePlugin } from './test/readme-plugin.mjs';
import { statusRoutesMiddleware, testServerPlugin } from './test/server-plugin.mjs';
import { memoryPlugin } from './test/memory-plugin.mjs';
import { forcedColorsPlugin } from './test/forced-colors-plugin.mjs';

const chrome = await findChrome();
console.log(`Chromium: ${chrome.path} (${chrome.source})`);

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  middleware: [statusRoutesMiddleware],
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' }), testServerPlugin(), printPlugin(), inputPlugin(), readmePlugin(), memoryPlugin(), forcedColorsPlugin(), a11ySnapshotPlugin()],
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath: chrome.path, headless: true, args: chromeArgs },
      // Tests fix the locale and time zone so dates read the same on every machine (and the fonts: see
      // scripts/browser.mjs). The locale is the browser's (--lang) and, to be sure, the page's too.
      async createPage({ context }) {
        const page = await context.newPage();
        await page.emulateTimezone('UTC');
        const session = await page.createCDPSession();
        await session.send('Emulation.setLocaleOverride', { locale: 'en-US' });
        return page;
      },
    }),
  ],
  // Tests wait for states, not for time: a timeout only ends a test that would otherwise hang. A busy 2-core
  // machine can take many times longer than an idle one, hence the generous limits.
  testFramework: { config: { timeout: 60000 } },
  testsFinishTimeout: 600000,
  concurrency: 1,
  filterBrowserLogs: ({ args }) => !String(args[0] ?? '').includes('Lit is in dev mode'),
};
