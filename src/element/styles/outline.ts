import { css } from 'lit';

/** The story outline: a tree indented by level, each item a line, the keyboard's item ringed as marks are. */
export const outlineStyles = css`
  .outline {
    list-style: none;
    margin: 8px 12px 0;
    padding: 6px 0;
    border: 1px solid var(--_grid);
    border-radius: 6px;
  }
  .outline [role='treeitem'] {
    min-height: 24px;
    margin: 1px 6px;
    padding: 2px 8px;
    border-radius: 4px;
    cursor: pointer;
    line-height: 20px;
  }
  /* Each level indented further; an event's line lines up with its branch's words, past the triangle. */
  .outline .level-2 {
    margin-inline-start: 26px;
  }
  .outline .level-3 {
    margin-inline-start: 46px;
  }
  /* A branch's lines wrap after its triangle. */
  .outline [aria-expanded] {
    padding-inline-start: calc(8px + 1em);
    text-indent: -1em;
  }
  /* A branch's triangle, pointing where it opens; not read (its state is aria-expanded). */
  .outline [aria-expanded]::before {
    content: '▸' / '';
    display: inline-block;
    width: 1em;
    color: var(--_muted);
  }
  .outline [aria-expanded='false']:dir(rtl)::before {
    content: '◂' / '';
  }
  .outline [aria-expanded='true']::before {
    content: '▾' / '';
  }
  .outline [role='treeitem']:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: -2px;
  }
  .outline [role='treeitem']:hover {
    background: var(--_grid);
  }
`;
