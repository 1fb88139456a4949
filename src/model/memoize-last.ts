/**
 * `fn` with a memory of its last call: called again with the same arguments (each the same by `===`), it returns
 * the last result without running. Derived values (the filtered story, its layout, its words) are asked for at
 * every update and every zoom frame, and change far less often.
 */
export function memoizeLast<A extends readonly unknown[], R>(fn: (...args: A) => R): (...args: A) => R {
  let last: { args: A; result: R } | undefined;
  return (...args: A) => {
    if (!last || last.args.length !== args.length || last.args.some((arg, i) => arg !== args[i])) {
      last = { args, result: fn(...args) };
    }
    return last.result;
  };
}
