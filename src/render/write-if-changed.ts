/**
 * Writes that skip what is already there. On a zoom or pan most of what the render layer writes is unchanged
 * (classes, ids, names, the text of labels), and the browser restyles, re-lays out or reshapes text on every
 * write, changed or not: comparing first is far cheaper.
 */

/** Sets an attribute, or removes it for null, unless it already has that value. */
export function setAttribute(node: Element, name: string, value: string | null): void {
  if (node.getAttribute(name) === value) return;
  if (value === null) node.removeAttribute(name);
  else node.setAttribute(name, value);
}

/** Sets an element's text unless it already reads so: a new text node would be laid out and shaped anew. */
export function setText(node: Element, text: string): void {
  if (node.textContent !== text) node.textContent = text;
}
