import { css } from 'lit';

/** The panels around the plot: a phone's event cards, the details of an event or group, and the event table. They
 * load after the chart's first paint, with the views they style (see views/reading.ts). */
export const panelStyles = css`
  /* A phone's events, a card each, numbered as the marks are. */
  .event-cards {
    margin: 8px 12px 0;
  }
  .event-cards h3 {
    margin: 8px 0 4px;
    font-size: 1em;
  }
  .event-cards ol {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .event-cards button {
    display: flex;
    gap: 8px;
    width: 100%;
    margin: 0 0 6px;
    padding: 8px;
    text-align: start;
    color: var(--_text);
    font-size: 0.95em;
  }
  .event-cards button[aria-pressed='true'] {
    border-color: var(--_focus);
    box-shadow: inset 0 0 0 1px var(--_focus);
  }
  .event-cards .ref {
    flex: none;
    min-width: 1.6em;
    font-weight: 600;
    color: var(--_muted);
  }
  .event-cards .card {
    display: flex;
    flex-direction: column;
    gap: 2px;
    min-width: 0;
  }
  .event-cards .title {
    font-weight: 600;
  }
  .event-cards .date, .event-cards .meta {
    color: var(--_muted);
    overflow-wrap: anywhere;
  }
  .event-cards .unattributed {
    color: var(--_error);
  }
  /* The details of what is selected or previewed: next to it, over the plot. */
  .plot-area {
    position: relative;
  }
  .details.popover {
    position: absolute;
    z-index: 2;
    left: var(--_popover-left, 8px);
    top: var(--_popover-top, 0);
    width: var(--_popover-width, 360px);
    margin: 0;
    background: var(--_background);
    box-shadow: 0 4px 16px rgb(0 0 0 / 18%);
  }
  .details .close {
    float: inline-end;
    min-width: 24px;
    margin: -4px -6px 0 8px;
    font-size: 1.2em;
    line-height: 1;
  }
  /* Shown by the pointer or focus, not pinned: the marks under it keep the pointer. */
  .details.popover.preview {
    pointer-events: none;
  }
  .details h3 {
    margin: 0 0 4px;
    font-size: 1.05em;
  }
  .details .meta {
    margin: 0;
    color: var(--_muted);
  }
  .details dl {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 2px 12px;
    margin: 8px 0;
  }
  .details dt {
    color: var(--_muted);
  }
  .details dd {
    margin: 0;
  }
  .details ul {
    margin: 4px 0 0;
    padding-inline-start: 20px;
  }
  .details .group-events {
    list-style: none;
    padding: 0;
  }
  .details .group-events li {
    margin: 2px 0;
  }
  .details button {
    font-size: 1em;
    min-height: 24px;
    background: none;
    border-color: transparent;
    padding: 1px 4px;
  }
  .details button.pick {
    text-align: start;
  }
  .details button.zoom {
    margin-top: 6px;
    border-color: var(--_focus);
  }
  .details .unattributed {
    color: var(--_error);
  }
  .event-table {
    margin: 12px 12px 0;
  }
  @media screen {
    /* A table wider than the element scrolls in its own box, never the page (paper has room for it, and a
       scrollbar would print). Overflowing, a right-to-left table spilled off the element's left edge, where a
       left-to-right page cannot scroll to it. */
    .table-scroll {
      overflow-x: auto;
    }
  }
  .table-scroll:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  .event-table table {
    width: 100%;
    border-collapse: collapse;
    font-size: 0.85em;
  }
  .event-table caption {
    padding-bottom: 4px;
    text-align: start;
    color: var(--_muted);
  }
  .event-table th, .event-table td {
    /* A long address breaks rather than widen the table past the element; words stay whole (anywhere would let
       the table squeeze its columns to single letters, on paper too). */
    overflow-wrap: break-word;
    padding-block: 3px;
    padding-inline: 0 6px;
    text-align: start;
    vertical-align: top;
    border-bottom: 1px solid var(--_grid);
  }
  .event-table thead th {
    color: var(--_muted);
    font-weight: 600;
  }
  /* The title heads its row for a screen reader; the number, which the marks carry on paper, stands out for the eye. */
  .event-table tbody th {
    font-weight: inherit;
  }
  .event-table tbody td:first-child {
    font-weight: 700;
  }
  .event-table .kind {
    color: var(--_muted);
  }
  .event-table .unattributed {
    color: var(--_error);
  }
  .event-table h3 {
    margin: 12px 0 4px;
    font-size: 1em;
  }
  .source-notes {
    margin: 0;
    padding-inline-start: 28px;
    font-size: 0.85em;
  }
  /* The list's numbers in the digits the element writes everything else in (numerals="arab"). */
  .source-notes.digits-arab {
    list-style-type: arabic-indic;
  }
  .source-notes.digits-arabext {
    list-style-type: persian;
  }
  .url {
    overflow-wrap: anywhere;
    color: var(--_muted);
  }
`;
