import { css, unsafeCSS } from 'lit';
import { PAPER_WIDTH } from '../../layout/paper-width.js';
import { lightTheme } from './themes.js';

/** The paper layout's width (see layout/paper-layout.ts), as wide as an export is laid out on screen. */
const paperWidth = unsafeCSS(`${PAPER_WIDTH}px`);

/** Paper: the view laid out for print, the copy an export is made from, and the frame print() prints from. */
export const paperStyles = css`
  /* Paper: only the view laid out for it, on a light background whatever the theme. Status fills, tints and kind
     colours are information, so paper keeps them. The screen's view stays as it was, undisplayed. */
  @media print {
    :host, :host([theme]) {
      ${lightTheme}
      print-color-adjust: exact;
      -webkit-print-color-adjust: exact;
    }
    .frame > :not(.printout, .defs) {
      display: none !important;
    }
    /* A halo is a second, stroked copy of the text in a PDF: copied out, every label would read twice. */
    .printout .label, .printout .link-label, .printout .dot text, .printout .lane-label {
      stroke: none;
    }
    /* A PDF keeps a pattern as a picture as large as the paint clip around it: the legend's samples, the page. */
    .printout .legend svg {
      contain: paint;
    }
  }
  @media screen {
    .printout:not(.whole), .url {
      display: none;
    }
  }
  /* Laid out for an export, which reads where the browser put each line: on screen, out of sight, as wide as
     the paper layout. */
  .printout.whole {
    position: fixed;
    top: 0;
    left: -10000px;
    width: ${paperWidth};
    box-sizing: content-box;
    padding: 12px;
    background: var(--_background);
  }
  .printout.whole .url {
    display: inline;
  }
  /* The document print() prints, which shows nothing on screen. */
  .print-frame {
    position: fixed;
    width: 0;
    height: 0;
    border: 0;
  }
  .paper-plot {
    width: 100%;
    margin: 8px 0;
    border-collapse: collapse;
  }
  .paper-plot td {
    padding: 0;
  }
  /* Every row shows its band of one drawing at the same scale: stacked, they are the whole plot. */
  .paper-plot svg.plot {
    display: block;
    width: 100%;
    height: auto;
    overflow: hidden;
    font-family: var(--_font);
    font-size: var(--_label-size);
    direction: ltr;
  }
  .paper-plot tr, .event-table tr, .source-notes li {
    break-inside: avoid;
  }
  .printout > header, .printout > .credit {
    margin-inline: 0;
    padding-inline: 0;
  }

  .printout .event-table {
    margin: 12px 0 0;
  }
`;
