import { readFileSync } from 'node:fs';
import { generateStory } from '../bench/generate.mjs';

/** Requests to /__test/counted, by key: how a test sees whether (and how often) the element fetched. */
const counts = new Map();

// Test-only routes on the test server, for the failure modes a real host can have.
export function testServerPlugin() {
  return {
    name: 'drawdown-test-routes',
    async serve(context) {
      if (context.path === '/__test/never') {
        // Answers after 30 s, long past any timeout a test sets.
        await new Promise((resolve) => setTimeout(resolve, 30000));
        return { body: '{}', type: 'application/json' };
      }
      if (context.path === '/__test/error-500') {
        context.status = 500;
        return { body: 'boom', type: 'text/plain' };
      }
      if (context.path === '/__test/huge') {
        // 21 MB of valid JSON, past the element's 20 MB cap.
        return { body: `{"pad":"${'x'.repeat(21_000_000)}"}`, type: 'application/json' };
      }
      if (context.path === '/__test/counted') {
        // The seed story, counting each request under its key.
        const key = context.query.key ?? '';
        counts.set(key, (counts.get(key) ?? 0) + 1);
        return { body: readFileSync(new URL('../data/russia-syria-2024.json', import.meta.url), 'utf8'), type: 'application/json' };
      }
      if (context.path === '/__test/alone/drawdown-timeline.min.js') {
        // The single file copied to a folder without the importer beside it.
        return { body: readFileSync(new URL('../dist/drawdown-timeline.min.js', import.meta.url), 'utf8'), type: 'text/javascript' };
      }
      if (context.path === '/__test/generated') {
        // A generated story of ?events=N events (the benchmark's generator: the same N always gives the same story).
        const events = Number(context.query.events);
        if (!Number.isInteger(events) || events < 1 || events > 100_000) {
          context.status = 400;
          return { body: 'events must be a whole number from 1 to 100000', type: 'text/plain' };
        }
        return { body: JSON.stringify(generateStory(events)), type: 'application/json' };
      }
      if (context.path === '/__test/count') {
        return { body: JSON.stringify(counts.get(context.query.key ?? '') ?? 0), type: 'application/json' };
      }
      return undefined;
    },
  };
}
