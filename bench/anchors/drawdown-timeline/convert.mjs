// drawdown-timeline in the shared peer harness (../shared/bench-anchors): the canonical workload as a v1
// story. Groups become places (lanes); points keep their hour as an EDTF date-time; ranges become day
// intervals (the canonical end is exclusive midnight, EDTF's last day is inclusive).
export const meta = {
  // bench/run.mjs takes the zoom figures of a run whose label says Ctrl + wheel (older runs zoomed by start/end).
  label: 'drawdown-timeline (single file, this repository; zoomed by Ctrl + wheel)',
  packages: [],
};

const KIND = { logistics: 'transfer', deployment: 'deployment', medical: 'evacuation', inspection: 'statement' };
const DAY = 86_400_000;

export function convert(canonical) {
  return {
    version: 1,
    title: `Benchmark: ${canonical.events.length} events`,
    places: canonical.groups.map((group) => ({ id: group.id, name: group.name })),
    events: canonical.events.map((event) => ({
      id: event.id,
      kind: KIND[event.category] ?? 'other',
      title: event.label,
      text: event.description,
      when: event.end
        ? `${event.start.slice(0, 10)}/${new Date(Date.parse(event.end) - DAY).toISOString().slice(0, 10)}`
        : `${event.start.slice(0, 19)}Z`,
      at: event.group,
    })),
  };
}
