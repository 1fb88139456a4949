import { html, type TemplateResult } from 'lit';

/**
 * Where "Skip the chart" lands, the first there of: the event table (the chart in words, when it shows), a phone's
 * event cards (likewise), else the first thing under the plot: the legend, the details panel, the credit. Only the
 * screen's view: the paper view has its own table.
 */
const LANDINGS = ['.frame > [part~="table"] [role="region"]', '.frame > [part~="cards"]',
  '.frame > :is([part~="legend"], [part~="details"], [part~="credit"])'];

/**
 * A skip link past the chart, whose marks a screen reader would read one by one and the keys walk one by one: out
 * of sight until it has focus, like a page's. A button that moves focus, since a fragment link cannot reach into the
 * shadow root.
 */
export function skipChartView(label: string): TemplateResult {
  return html`<button type="button" class="skip-chart" @click=${skipChart}>${label}</button>`;
}

function skipChart(event: Event): void {
  const root = (event.currentTarget as Element).getRootNode() as ShadowRoot;
  const landing = LANDINGS.map((selector) => root.querySelector<HTMLElement>(selector)).find(Boolean);
  if (!landing) return;
  // Focusable while it has focus, where it is not already. A Tab stop, not tabindex -1: from -1 with nothing
  // focusable after it in the shadow root, Chromium's Tab goes back to the root's first (the toolbar), not on to the
  // page.
  if (!landing.hasAttribute('tabindex')) {
    landing.tabIndex = 0;
    landing.addEventListener('blur', () => landing.removeAttribute('tabindex'), { once: true });
  }
  landing.focus();
}
