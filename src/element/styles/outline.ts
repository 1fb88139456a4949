import { css } from 'lit';

/** The story outline: a tree indented by level, each item a line, the keyboard's item ringed as marks are. */
export const outlineStyles = css`
  .outline, .outline ul {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .outline {
    margin: 8px 12px 0;
    padding: 6px 0;
    border: 1px solid var(--_grid);
    border-radius: 6px;
  }
  .outline ul {
    padding-inline-start: 20px;
  }
  .outline [role='treeitem'] {
    padding: 1px 0;
  }
  .outline [role='treeitem']:focus {
    outline: none;
  }
  .outline .item {
    display: block;
    min-height: 24px;
    padding: 2px 8px;
    border-radius: 4px;
    cursor: pointer;
    line-height: 20px;
  }
  /* A branch's lines wrap after its triangle. */
  .outline [aria-expanded] > .item {
    padding-inline-start: calc(8px + 1em);
    text-indent: -1em;
  }
  /* A branch's triangle, pointing where it opens; not read (its state is aria-expanded). */
  .outline [aria-expanded] > .item::before {
    content: '▸' / '';
    display: inline-block;
    width: 1em;
    color: var(--_muted);
  }
  .outline [aria-expanded='false'] > .item:dir(rtl)::before {
    content: '◂' / '';
  }
  .outline [aria-expanded='true'] > .item::before {
    content: '▾' / '';
  }
  .outline [role='treeitem']:focus-visible > .item {
    outline: 2px solid var(--_focus);
    outline-offset: -2px;
  }
  .outline .item:hover {
    background: var(--_grid);
  }
`;
