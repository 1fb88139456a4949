import { html, nothing, type TemplateResult } from 'lit';
import type { OutlineNode } from '../../words/story-outline.js';

interface OutlineHost {
  readonly renderRoot: HTMLElement | DocumentFragment;
  readonly updateComplete: Promise<boolean>;
  requestUpdate(): void;
}

/**
 * The story outline as a tree a screen reader and a keyboard walk (the WAI-ARIA tree pattern): one Tab stop; Up and
 * Down to the item above or below, Right opens a branch or enters it, Left closes it or goes to its parent, Home and
 * End; Enter or Space on an event selects it on the chart (its details open), on a branch opens or closes it. Each
 * item's position ("3 of 15") comes from its level, set size and place in it. Which branches are open and where the
 * keyboard is are kept here, per element, across updates.
 */
export class OutlineTree {
  readonly #host: OutlineHost;
  readonly #open = new Set<string>();
  #active: string | undefined;
  /** The items as drawn last, in reading order: what Up, Down, Home and End walk. */
  #visible: { node: OutlineNode; parent: string | undefined }[] = [];
  #onPick: (id: string) => void = () => {};

  constructor(host: OutlineHost) {
    this.#host = host;
  }

  /** The tree of `nodes`, named `label`; picking an event's item calls `onPick` with its id. */
  view(nodes: readonly OutlineNode[], label: string, onPick: (id: string) => void): TemplateResult {
    this.#onPick = onPick;
    // A flat list of the items shown, each with its level, set size and place in it: a screen reader walks it as a
    // tree, and an item's name is its own line (nested, an open branch would hold its children's words too).
    const build = () => {
      const items: TemplateResult[] = [];
      this.#visible = [];
      const add = (list: readonly OutlineNode[], level: number, parent: string | undefined) => list.forEach((node, i) => {
        const open = !!node.children && this.#open.has(node.key);
        this.#visible.push({ node, parent });
        items.push(html`<li role="treeitem" data-key=${node.key} aria-level=${level} aria-setsize=${list.length}
          aria-posinset=${i + 1} aria-expanded=${node.children ? String(open) : nothing} tabindex=${node.key === this.#active ? 0 : -1}
          class="level-${Math.min(level, 3)}">${node.label}</li>`);
        if (open) add(node.children!, level + 1, node.key);
      });
      add(nodes, 1, undefined);
      return items;
    };
    let items = build();
    // No keyboard's item yet, or it went with the story: the first takes the Tab stop.
    if (!this.#visible.some(({ node }) => node.key === this.#active)) {
      this.#active = nodes[0]?.key;
      items = build();
    }
    return html`<ul class="outline" part="outline" role="tree" aria-label=${label} @keydown=${this.#keydown} @click=${this.#click}>${items}</ul>`;
  }

  readonly #click = (event: MouseEvent): void => {
    const key = (event.target as Element).closest<HTMLElement>('[role="treeitem"]')?.dataset.key;
    if (key !== undefined) this.#activate(key);
  };

  readonly #keydown = (event: KeyboardEvent): void => {
    if (event.ctrlKey || event.altKey || event.metaKey) return;
    const visible = this.#visible, at = visible.findIndex(({ node }) => node.key === this.#active);
    if (at < 0) return;
    const { node, parent } = visible[at]!, open = this.#open.has(node.key);
    // Right and Left swap where text runs right to left, as a tree's indentation does.
    const rtl = getComputedStyle(event.currentTarget as Element).direction === 'rtl';
    const key = rtl && event.key === 'ArrowRight' ? 'ArrowLeft' : rtl && event.key === 'ArrowLeft' ? 'ArrowRight' : event.key;
    let next: string | undefined;
    if (key === 'ArrowDown') next = visible[at + 1]?.node.key;
    else if (key === 'ArrowUp') next = visible[at - 1]?.node.key;
    else if (key === 'Home') next = visible[0]?.node.key;
    else if (key === 'End') next = visible[visible.length - 1]?.node.key;
    else if (key === 'ArrowRight' && node.children) {
      if (open) next = node.children[0]?.key;
      else this.#toggle(node.key);
    } else if (key === 'ArrowLeft') {
      if (open) this.#toggle(node.key);
      else next = parent;
    } else if (key === 'Enter' || key === ' ') this.#activate(node.key);
    else return;
    event.preventDefault();
    if (next !== undefined) void this.#focus(next);
  };

  /** An event's item selects it; a branch opens or closes. */
  #activate(key: string): void {
    const node = this.#visible.find((entry) => entry.node.key === key)?.node;
    if (!node) return;
    this.#active = key;
    if (node.eventId !== undefined) this.#onPick(node.eventId);
    if (node.children) this.#toggle(key);
    else this.#host.requestUpdate();
  }

  #toggle(key: string): void {
    if (!this.#open.delete(key)) this.#open.add(key);
    this.#host.requestUpdate();
  }

  async #focus(key: string): Promise<void> {
    this.#active = key;
    this.#host.requestUpdate();
    await this.#host.updateComplete;
    this.#host.renderRoot.querySelector<HTMLElement>(`.outline [data-key="${CSS.escape(key)}"]`)?.focus();
  }
}
