import { css, unsafeCSS } from 'lit';
import { MAX_PAPER_SCALE, PAPER_SIZES } from '../../layout/paper-sizes.js';
import { lightTheme } from './themes.js';

/**
 * Which of the charts laid out for paper prints (see layout/paper-sizes.ts): the one made for the class of the
 * page's printable width, which print media queries see. Each is scaled to the page's width, by at most
 * MAX_PAPER_SCALE, so a page wider than its class expects prints the chart at that scale rather than larger.
 */
const paperChoice = unsafeCSS(PAPER_SIZES.map((size, i) => {
  const next = PAPER_SIZES[i + 1];
  const query = [size.from ? `(min-width: ${size.from}px)` : '', next ? `(max-width: ${next.from - 0.02}px)` : ''].filter(Boolean).join(' and ');
  return `@media ${query} { .printout:not(.whole) .paper-plot[data-paper="${size.name}"] { display: table; max-width: ${Math.floor(size.width * MAX_PAPER_SCALE)}px; } }`;
}).join('\n'));

/** An export is laid out on screen, out of sight, as wide as the chart it holds. */
const exportWidths = unsafeCSS(PAPER_SIZES.map((size) => `.printout.whole:has(> [data-paper="${size.name}"]) { width: ${size.width}px; }`).join('\n'));

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
    .printout:not(.whole) .paper-plot {
      display: none;
    }
    ${paperChoice}
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
    box-sizing: content-box;
    padding: 12px;
    background: var(--_background);
    color: var(--_text);
  }
  ${exportWidths}
  .printout.whole.light {
    ${lightTheme}
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
  .paper-plot table.lane {
    width: 100%;
    border-collapse: collapse;
  }
  /* A page breaks between a lane's rows of marks, or before a short lane, never through a mark or a word. */
  .paper-plot tr.whole, .paper-plot .lane tr, .event-table tr, .source-notes li {
    break-inside: avoid;
  }
  /* A heading stays with what it heads: the table's caption and column heads with its first row, the sources'
     heading with the first source. */
  .printout .event-table caption, .printout .event-table thead, .printout .event-table h3 {
    break-after: avoid;
  }
  .printout > header, .printout > .credit {
    margin-inline: 0;
    padding-inline: 0;
  }

  .printout .event-table {
    margin: 12px 0 0;
  }
`;
