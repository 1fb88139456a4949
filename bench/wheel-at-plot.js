// A reader's zoom, for both benches' pages (bench/page.html and the shared harness's adapter): a Ctrl + wheel over
// the middle of the plot's part in view, sent to what lies there, as a mouse's would be. The element zooms around
// the pointer; a trackpad's pinch arrives as the same event. A classic script: it defines window.wheelAtPlot.
window.wheelAtPlot = function wheelAtPlot(element, deltaY) {
  const root = element.shadowRoot;
  const wrap = root.querySelector('.plot-wrap');
  const box = wrap.getBoundingClientRect();
  const x = box.left + box.width / 2;
  const y = (Math.max(0, box.top) + Math.min(innerHeight, box.bottom)) / 2;
  const under = root.elementFromPoint(x, y);
  const target = under && wrap.contains(under) ? under : root.querySelector('svg.plot');
  target.dispatchEvent(new WheelEvent('wheel', {
    deltaY, deltaMode: 0, ctrlKey: true, clientX: x, clientY: y, screenX: x, screenY: y,
    bubbles: true, cancelable: true, composed: true, view: window,
  }));
};
