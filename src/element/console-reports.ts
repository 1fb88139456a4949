import type { Problem } from '../model/types.js';

// What the element tells a page's author in the console: the author, not the reader, reads these, in English.

/** The problems of a story drawn anyway, for its author, in the console: each with its path. */
export function problemsReport(problems: readonly Problem[], skipped: number): string {
  const lines = problems.map((problem) => `  ${problem.path ? `${problem.path}: ` : ''}${problem.message}`);
  return `<drawdown-timeline>: the story was drawn with ${problems.length} problem${problems.length === 1 ? '' : 's'} in its data` +
    `${skipped ? ` (${skipped} event${skipped === 1 ? '' : 's'} left out)` : ''}; show-warnings lists them on the page, ` +
    `and drawdown-load's detail.problems holds them:\n${lines.join('\n')}`;
}

/** A toolbar action that failed (a missing export file, a story too large for a canvas) is reported, not thrown. */
export function reportFailure(error: unknown): void {
  console.error('<drawdown-timeline>:', error);
}
