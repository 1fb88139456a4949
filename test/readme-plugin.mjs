// Test routes that run the README's examples as written: /__readme/ is a folder holding the files of dist/
// and the shipped stories, as the README's "Embed it" tells a reader to set one up, and each example is a page in
// it. Every example block is read from README.md as it is now.
//
//   /__readme/blocks.json        the README's example blocks: [{lang, code}] in order
//   /__readme/html-<n>.html      the n-th html block as a page (the script tag first, when the block has none)
//   /__readme/js-<n>.html        the script tag, then the n-th js block
//   /__readme/css-<n>.html       the first html block (the embed) styled by the n-th css block
//   /__readme/<file>             a file of dist/ or data/, by name
//
// and a command, readme-front-page: what `npm start`'s server answers at / and at the address it leads to.
import { existsSync, readFileSync } from 'node:fs';
import { startStaticServer } from '../scripts/static-server.mjs';

const ROOT = new URL('../', import.meta.url);
const SCRIPT = '<script src="drawdown-timeline.min.js"></script>';

/** The README's fenced blocks, in order, with their language; indented blocks (in a list) are unindented. */
function blocks() {
  const text = readFileSync(new URL('README.md', ROOT), 'utf8');
  return [...text.matchAll(/^( *)```(\w+)\n([\s\S]*?)^\1```$/gm)].map(([, indent, lang, code]) => ({
    lang, code: code.split('\n').map((line) => line.slice(indent.length)).join('\n'),
  }));
}

/** A page around `body`, which keeps what it logs for the test: warnings and errors (window.readmeLog) and the
 * rest (window.readmeOut). */
function page(body) {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8">
<script>
  window.readmeLog = [];
  window.readmeOut = [];
  for (const level of ['warn', 'error', 'log']) {
    const original = console[level];
    console[level] = (...args) => {
      if (level === 'log') window.readmeOut.push(args.join(' '));
      else window.readmeLog.push(level + ': ' + args.join(' '));
      original.apply(console, args);
    };
  }
  addEventListener('error', (event) => window.readmeLog.push('uncaught: ' + event.message));
  addEventListener('unhandledrejection', (event) => window.readmeLog.push('unhandled rejection: ' + event.reason));
</script></head><body>
${body}
</body></html>`;
}

/** `npm start`'s server on a free port: the status and Location of /, then the status of where it leads. */
async function frontPage() {
  const server = await startStaticServer(undefined, 0);
  try {
    const origin = `http://127.0.0.1:${server.address().port}`;
    const front = await fetch(`${origin}/`, { redirect: 'manual' });
    const location = front.headers.get('location');
    const target = location ? await fetch(new URL(location, origin)) : undefined;
    return { status: front.status, location, target: target?.status, title: target ? /<title>([^<]*)/.exec(await target.text())?.[1] : undefined };
  } finally {
    server.close();
  }
}

export function readmePlugin() {
  return {
    name: 'drawdown-readme-examples',
    async executeCommand({ command }) {
      return command === 'readme-front-page' ? frontPage() : undefined;
    },
    serve(context) {
      const match = /^\/__readme\/(.+)$/.exec(context.path);
      if (!match) return undefined;
      const name = match[1];
      if (name === 'blocks.json') return { body: JSON.stringify(blocks()), type: 'application/json' };
      const example = /^(html|js|css)-(\d+)\.html$/.exec(name);
      if (example) {
        const [, lang, n] = example;
        const of = blocks().filter((block) => block.lang === lang);
        const code = of[Number(n)]?.code;
        if (code === undefined) {
          context.status = 404;
          return { body: `no ${lang} block ${n}`, type: 'text/plain' };
        }
        const embed = blocks().find((block) => block.lang === 'html').code;
        const body = lang === 'html' ? (code.includes(SCRIPT) ? code : `${SCRIPT}\n${code}`)
          : lang === 'js' ? `${SCRIPT}\n<script>\n${code}\n</script>`
          : `${embed}\n<style>\n${code}\n</style>`;
        return { body: page(body), type: 'text/html' };
      }
      for (const folder of ['dist/', 'data/']) {
        const file = new URL(`${folder}${name}`, ROOT);
        if (!name.includes('/') && existsSync(file)) {
          const type = name.endsWith('.js') ? 'text/javascript' : name.endsWith('.json') ? 'application/json' : name.endsWith('.csv') ? 'text/csv' : 'text/plain';
          return { body: readFileSync(file, 'utf8'), type };
        }
      }
      return undefined;
    },
  };
}
