import { css } from 'lit';

/** Under the plot, part of the chart's first paint: the legend, and the frame of the details panel, which holds a
 * hint until an event is picked (the other panels' styles load after the first paint, see views/reading.ts). */
export const underPlotStyles = css`
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 4px 20px;
    margin: 0;
    padding: 8px 12px 0;
    list-style: none;
    font-size: 0.85em;
    color: var(--_muted);
  }
  .legend li {
    display: inline-flex;
    align-items: center;
    gap: 5px;
  }
  .legend svg {
    flex: none;
    overflow: visible;
  }
  .details {
    margin: 8px 12px 0;
    padding: 10px 12px;
    border: 1px solid var(--_grid);
    border-radius: 6px;
  }
  .details p {
    margin: 6px 0;
  }
`;
