import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { chromeArgs, findChrome } from './scripts/browser.mjs';
import { inputPlugin } from './test/input-plugin.mjs';
import { printPlugin } from './test/print-plugin.mjs';
import { testServerPlugin } from './test/server-plugin.mjs';

const chrome = await findChrome();
console.log(`Chromium: ${chrome.path} (${chrome.source})`);

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' }), testServerPlugin(), printPlugin(), inputPlugin()],
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath: chrome.path, headless: true, args: chromeArgs },
      // Tests fix the locale and time zone so dates read the same on every machine.
      async createPage({ context }) {
        const page = await context.newPage();
        await page.emulateTimezone('UTC');
        return page;
      },
    }),
  ],
  testFramework: { config: { timeout: 10000 } },
  testsFinishTimeout: 180000,
  concurrency: 1,
  filterBrowserLogs: ({ args }) => !String(args[0] ?? '').includes('Lit is in dev mode'),
};
