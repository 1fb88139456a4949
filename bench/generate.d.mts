/** Types for generate.mjs, so tests written in TypeScript can use the benchmark's generator. */
export declare const SPAN: readonly [number, number];
export declare function generateStory(n: number, options?: { seed?: number; places?: number }): Record<string, unknown>;
