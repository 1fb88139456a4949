import type { Problem } from './types.js';

/** Collects problems while a document is read, each tied to the JSON path where it was found. */
export class ProblemLog {
  readonly problems: Problem[] = [];

  error(path: string, message: string): void {
    this.problems.push({ severity: 'error', path, message });
  }

  warn(path: string, message: string): void {
    this.problems.push({ severity: 'warning', path, message });
  }
}

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** Extends a JSON path by a key or index: `events` + 3 → `events[3]`, `events[3]` + `when` → `events[3].when`.
 * A path is relative to the document, which is `$` where a problem concerns it as a whole. */
export function childPath(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  if (!IDENTIFIER.test(key)) return `${path}[${JSON.stringify(key)}]`;
  return path ? `${path}.${key}` : key;
}

/** A short, safe rendering of a bad value for a message: `got "Dec 2024"`, `got a number (42)`. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return `a list of ${value.length}`;
  switch (typeof value) {
    case 'string': {
      const shown = value.length > 40 ? `${value.slice(0, 40)}…` : value;
      return value === '' ? 'an empty string' : JSON.stringify(shown);
    }
    case 'number':
    case 'boolean':
      return `${typeof value} ${String(value)}`;
    case 'object':
      return 'an object';
    default:
      return typeof value;
  }
}
