/** Paper's layout width in CSS pixels: A4's and US Letter's printable width at margins of 15 mm or less (at 96 px
 * an inch, 12 px labels print at 9 pt). Printed wider (landscape), the chart scales up. The paper styles use it too,
 * which load apart from the layout (see element/views/reading.ts), hence a file of its own. */
export const PAPER_WIDTH = 680;
