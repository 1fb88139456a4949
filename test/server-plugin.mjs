import { readFileSync } from 'node:fs';
import { generateStory } from '../bench/generate.mjs';

/** Requests to /__test/counted, by key: how a test sees whether (and how often) the element fetched. */
const counts = new Map();

/** How long the test routes hold a request at most: long past any test's need, short of hanging a run. */
const HOLD_MS = 30000;

/** The first request to /__test/held under each key: what became of it, and who waits to hear. */
const held = new Map();

function heldRequest(key) {
  if (!held.has(key)) held.set(key, { received: false, aborted: false, waiting: new Set() });
  return held.get(key);
}

/** Resolves with true once `test()` holds (checked as the held request's state changes), or with false after HOLD_MS. */
function whenHeld(state, test) {
  if (test()) return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => finish(false), HOLD_MS);
    const check = () => {
      if (test()) finish(true);
    };
    function finish(result) {
      clearTimeout(timer);
      state.waiting.delete(check);
      resolve(result);
    }
    state.waiting.add(check);
  });
}

function changed(state) {
  // A check that holds removes itself from the set, which a for…of over a Set allows.
  for (const check of state.waiting) check();
}

/** Gates by key: the file loaded after the first paint, held under /__test/gated/KEY/ until /__test/open?key=KEY. */
const gates = new Map();
function gate(key) {
  if (!gates.has(key)) {
    let open;
    gates.set(key, { opened: new Promise((resolve) => (open = resolve)), open });
  }
  return gates.get(key);
}

const seedStory = () => readFileSync(new URL('../data/russia-syria-2024.json', import.meta.url), 'utf8');

/**
 * Routes answered below the server's plugins, which read a body whole and answer 200 whatever status they set:
 * - `/__test/error-500`: a server error, with its status.
 * - `/__test/flaky?key=&fail=`: the seed story, except that the requests whose numbers (counted from 1 under `key`)
 *   `fail` lists are answered 503: fail=1 is a server down on the first try, fail=2 one that goes down after
 *   serving the story.
 * - `/__test/declared-huge?key=`: says it holds 25 MB and sends a few bytes, then holds the rest until the client
 *   gives up (or HOLD_MS), so a test sees that a download refused for its declared size is cancelled, not left
 *   open (see /__test/held-state).
 */
export function statusRoutesMiddleware(context, next) {
  if (context.path === '/__test/error-500') {
    context.status = 500;
    context.type = 'text/plain';
    context.body = 'boom';
    return undefined;
  }
  if (context.path === '/__test/flaky') {
    const key = context.query.key ?? '';
    const n = (counts.get(key) ?? 0) + 1;
    counts.set(key, n);
    const fails = String(context.query.fail ?? '').split(',').includes(String(n));
    context.status = fails ? 503 : 200;
    context.type = fails ? 'text/plain' : 'application/json';
    context.body = fails ? 'unavailable' : seedStory();
    return undefined;
  }
  if (context.path !== '/__test/declared-huge') return next();
  const state = heldRequest(context.query.key ?? '');
  state.received = true;
  changed(state);
  context.respond = false;
  const res = context.res;
  res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': '25000000' });
  res.write('{"pad":"');
  return new Promise((resolve) => {
    let heldOut = false;
    // The server closing it after HOLD_MS is not the client giving up.
    const timer = setTimeout(() => { heldOut = true; res.destroy(); }, HOLD_MS);
    res.once('close', () => {
      clearTimeout(timer);
      if (!heldOut) state.aborted = true;
      changed(state);
      resolve();
    });
  });
}

// Test-only routes on the test server, for the failure modes a real host can have.
export function testServerPlugin() {
  return {
    name: 'drawdown-test-routes',
    async serve(context) {
      if (context.path === '/__test/never') {
        // Answers after 30 s, long past any timeout a test sets.
        await new Promise((resolve) => setTimeout(resolve, HOLD_MS));
        return { body: '{}', type: 'application/json' };
      }
      if (context.path === '/__test/huge') {
        // 21 MB of valid JSON, past the element's 20 MB cap.
        return { body: `{"pad":"${'x'.repeat(21_000_000)}"}`, type: 'application/json' };
      }
      if (context.path === '/__test/counted') {
        // The seed story, counting each request under its key.
        const key = context.query.key ?? '';
        counts.set(key, (counts.get(key) ?? 0) + 1);
        return { body: seedStory(), type: 'application/json' };
      }
      if (context.path === '/__test/alone/drawdown-timeline.min.js') {
        // The single file copied to a folder without the importer beside it.
        return { body: readFileSync(new URL('../dist/drawdown-timeline.min.js', import.meta.url), 'utf8'), type: 'text/javascript' };
      }
      const gated = /^\/__test\/gated\/(\w+)\/(drawdown-timeline(?:-reading)?\.min\.js)$/.exec(context.path);
      if (gated) {
        // The single file at once; what it loads after the first paint only once the test opens the gate.
        if (gated[2] !== 'drawdown-timeline.min.js') await Promise.race([gate(gated[1]).opened, new Promise((resolve) => setTimeout(resolve, HOLD_MS))]);
        return { body: readFileSync(new URL(`../dist/${gated[2]}`, import.meta.url), 'utf8'), type: 'text/javascript' };
      }
      if (context.path === '/__test/open') {
        gate(context.query.key ?? '').open();
        return { body: 'open', type: 'text/plain' };
      }
      const tally = /^\/__test\/tally\/(\w+)\/(drawdown-timeline(?:-\w+)?\.min\.js)$/.exec(context.path);
      if (tally) {
        // The single file and every file beside it, each request counted under `tally:KEY/FILE` (read it at
        // /__test/count?key=…): how a test sees which files a page loaded, and which it never asked for.
        const key = `tally:${tally[1]}/${tally[2]}`;
        counts.set(key, (counts.get(key) ?? 0) + 1);
        return { body: readFileSync(new URL(`../dist/${tally[2]}`, import.meta.url), 'utf8'), type: 'text/javascript' };
      }
      const withReading = /^\/__test\/with-reading\/(drawdown-timeline(?:-reading)?\.min\.js)$/.exec(context.path);
      if (withReading) {
        // The single file and what it loads after the first paint, without print and export beside them.
        return { body: readFileSync(new URL(`../dist/${withReading[1]}`, import.meta.url), 'utf8'), type: 'text/javascript' };
      }
      if (context.path === '/__test/held') {
        // The seed story, except that the first request under ?key= is held until the client aborts it (or for
        // HOLD_MS at most): how a test sees that the element stopped a fetch. Later requests are answered at once.
        const state = heldRequest(context.query.key ?? '');
        if (!state.received) {
          state.received = true;
          changed(state);
          await new Promise((resolve) => {
            const timer = setTimeout(resolve, HOLD_MS);
            // The response is not ended yet: its connection closing is the client giving up.
            context.res.once('close', () => {
              clearTimeout(timer);
              if (!context.res.writableEnded) state.aborted = true;
              changed(state);
              resolve();
            });
          });
        }
        return { body: seedStory(), type: 'application/json' };
      }
      if (context.path === '/__test/held-state') {
        // Waits until the first request to /__test/held under ?key= has been received (?until=received) or aborted
        // by the client (?until=aborted), and answers true; or answers false after HOLD_MS.
        const state = heldRequest(context.query.key ?? '');
        const until = context.query.until;
        if (until !== 'received' && until !== 'aborted') {
          context.status = 400;
          return { body: 'until must be received or aborted', type: 'text/plain' };
        }
        const reached = await whenHeld(state, () => state[until]);
        return { body: JSON.stringify(reached), type: 'application/json' };
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
      if (context.path === '/__test/fuzz') {
        // How many documents test/fuzz.test.ts generates, and from which seed: fixed unless `npm run fuzz` says.
        const runs = Number(process.env.FUZZ_RUNS) || 200;
        const drawn = Number(process.env.FUZZ_DRAWN) || Math.max(10, Math.round(runs / 20));
        const seed = Number(process.env.FUZZ_SEED) || (process.env.FUZZ_RUNS ? Date.now() % 2 ** 31 : 20241216);
        return { body: JSON.stringify({ runs, drawn, seed }), type: 'application/json' };
      }
      if (context.path === '/__test/count') {
        return { body: JSON.stringify(counts.get(context.query.key ?? '') ?? 0), type: 'application/json' };
      }
      return undefined;
    },
  };
}
