// A seeded generator of realistic stories in the v1 format, for the benchmark: dozens of places, points and
// intervals, transfers between places, approximate, uncertain and open-ended dates, sources and a force-level
// series. The same seed and size always give the same story.

const KINDS = ['withdrawal', 'transfer', 'evacuation', 'deployment', 'handover', 'statement', 'other'];
const STATUSES = ['confirmed', 'reported', 'reported', 'claimed', 'expected', 'planned', 'denied'];
const PLACE_KINDS = ['airbase', 'naval-base', 'base', 'airport', 'camp', 'city', 'region'];
const WHAT = ['Convoy', 'Airlift', 'Battalion', 'Air-defence battery', 'Supply column', 'Naval group', 'Medical unit', 'Engineers'];
const UNITS = ['personnel', 'vehicles', 'aircraft', 'tonnes', '%'];
const DAY = 86_400_000;
const START = Date.UTC(2023, 0, 1);
const DAYS = 730;
/** The span the generated dates fall in, for zooming through it. */
export const SPAN = [START, START + DAYS * DAY];

/** mulberry32: a small, fast, deterministic pseudo-random generator. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const iso = (ms) => new Date(ms).toISOString().slice(0, 10);
const month = (ms) => new Date(ms).toISOString().slice(0, 7);

/** A story of `n` events over two years among `places` places. */
export function generateStory(n, { seed = 20241208, places: placeCount = 40 } = {}) {
  const rnd = random(seed + n);
  const pick = (list) => list[Math.floor(rnd() * list.length)];
  const places = Array.from({ length: placeCount }, (_, i) => ({
    id: `p${String(i).padStart(2, '0')}`,
    name: `${pick(['Al', 'Tel', 'Jabal', 'Wadi', 'Ras', 'Bir'])} ${String.fromCharCode(65 + (i % 26))}${i} ${PLACE_KINDS[i % PLACE_KINDS.length] === 'airbase' ? 'Air Base' : 'Base'}`,
    country: pick(['Syria', 'Libya', 'Iraq', 'Lebanon', 'Russia']),
    kind: PLACE_KINDS[i % PLACE_KINDS.length],
    lat: 30 + rnd() * 10,
    lon: 30 + rnd() * 15,
  }));
  const sources = Array.from({ length: 12 }, (_, i) => ({
    id: `s${i}`,
    name: `Source ${i}`,
    url: `https://example.org/source/${i}`,
    ...(i > 3 ? { via: `s${i % 4}` } : {}),
  }));
  const events = Array.from({ length: n }, (_, i) => {
    const day = START + Math.floor(rnd() * DAYS) * DAY;
    const roll = rnd();
    let when;
    if (roll < 0.5) when = iso(day);
    else if (roll < 0.6) when = `${month(day)}~`;
    else if (roll < 0.65) when = `${iso(day)}?`;
    else if (roll < 0.9) when = `${iso(day)}/${iso(day + (1 + Math.floor(rnd() * 20)) * DAY)}${rnd() < 0.3 ? '~' : ''}`;
    else if (roll < 0.95) when = `../${iso(day)}`;
    else when = `${iso(day)}/..`;
    const kind = pick(KINDS);
    const event = {
      id: `e${String(i).padStart(6, '0')}`,
      kind,
      status: pick(STATUSES),
      title: `${pick(WHAT)} #${String(i).padStart(5, '0')} ${kind === 'transfer' ? 'moves' : 'reported'}`,
      when,
      sources: rnd() < 0.8 ? [pick(sources).id] : [],
    };
    const placeRoll = rnd();
    if (placeRoll < 0.3) {
      event.from = pick(places).id;
      event.to = pick(places).id;
      event.amount = { value: Math.round(rnd() * 2000), unit: pick(UNITS), approx: rnd() < 0.5 };
    } else if (placeRoll < 0.9) {
      event.at = pick(places).id;
    }
    if (rnd() < 0.3) event.text = 'Reported by a single source; details could not be independently confirmed.';
    return event;
  });
  const series = [{
    id: 'troops',
    title: 'Troops in the country',
    unit: 'troops',
    points: Array.from({ length: 24 }, (_, i) => ({ when: month(START + i * 30.5 * DAY), value: Math.round(13000 * (1 - i / 24)), approx: i % 3 !== 0 })),
  }];
  return { version: 1, title: `Generated story: ${n} events`, places, sources, series, events };
}
