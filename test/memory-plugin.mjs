// A test command that reads what the test's page holds, after collecting garbage, from Chromium's own counters:
//
//   memory-metrics  {nodes, listeners, heap}: DOM nodes and JS event listeners alive, JS heap used in bytes
//
// Chromium's, through the DevTools protocol of the puppeteer-driven browser the tests run in.
export function memoryPlugin() {
  return {
    name: 'drawdown-memory-commands',
    async executeCommand({ command, session }) {
      if (command !== 'memory-metrics') return undefined;
      if (session.browser.type !== 'puppeteer') throw new Error(`memory-metrics needs the puppeteer-driven Chromium, not ${session.browser.type}`);
      const page = session.browser.getPage(session.id);
      const cdp = await page.createCDPSession();
      try {
        await cdp.send('Performance.enable');
        // More than once: a collection can free what only the one before it unreferenced.
        for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
        const { metrics } = await cdp.send('Performance.getMetrics');
        const value = (name) => metrics.find((metric) => metric.name === name)?.value ?? NaN;
        return { nodes: value('Nodes'), listeners: value('JSEventListeners'), heap: value('JSHeapUsedSize') };
      } finally {
        await cdp.detach();
      }
    },
  };
}
