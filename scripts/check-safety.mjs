// Fails the build when source code could turn data into markup or code, or would break under a strict
// Content-Security-Policy: HTML sinks, eval-like calls, and inline style attributes in templates.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const rules = [
  [/\.innerHTML\s*=|\.outerHTML\s*=|insertAdjacentHTML|document\.write/, 'writes HTML from a string'],
  [/\bunsafeHTML\b|\bunsafeSVG\b|\bunsafeStatic\b/, 'uses a Lit directive that renders strings as markup'],
  [/\.html\s*\(/, "uses d3's .html(), which parses strings as markup"],
  [/\beval\s*\(|new\s+Function\s*\(|set(?:Timeout|Interval)\s*\(\s*['"`]/, 'evaluates a string as code'],
  [/\sstyle\s*=\s*["'$]/, 'sets an inline style attribute (blocked by a strict CSP); use a class'],
  [/\.attr\(\s*['"]style['"]|\.style\s*\(/, 'sets inline styles from D3 (blocked by a strict CSP); use a class'],
];

function* files(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* files(path);
    else if (path.endsWith('.ts')) yield path;
  }
}

const failures = [];
for (const file of files(join(root, 'src'))) {
  readFileSync(file, 'utf8').split('\n').forEach((line, i) => {
    if (/^\s*(\/\/|\*|\/\*)/.test(line)) return;
    for (const [pattern, why] of rules) {
      if (pattern.test(line)) failures.push(`${relative(root, file)}:${i + 1}: ${why}\n    ${line.trim()}`);
    }
  });
}
if (failures.length) {
  console.error(`check-safety: ${failures.length} unsafe line(s) in src/\n${failures.join('\n')}`);
  process.exit(1);
}
console.log('check-safety: src/ has no HTML sinks, eval or inline styles');
