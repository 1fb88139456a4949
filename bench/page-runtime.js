// The in-page side of the benchmark, driven by bench/run.mjs through window.bench. Times are
// performance.now() differences; a "frame" is the interval between two requestAnimationFrame callbacks.
// Cold (coldRender, wheelZoom) is how a reader meets the element: a fresh page, the element created as its data
// arrives, then a first Ctrl + wheel. Warm (render, interact) is the element created first and given its data
// two frames later, then zoomed and panned through start and end.
(() => {
  const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));
  /**
   * Resolves with the time of the task after the current one. Started in a frame's animation-frame callbacks
   * (or in the microtasks after them), that task runs once the frame's style, layout and paint are done: the
   * moment the frame is handed to the compositor.
   */
  const afterThisTask = () => new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.addEventListener('message', () => resolve(performance.now()), { once: true });
    channel.port1.start();
    channel.port2.postMessage(0);
  });
  const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
  // Blocked time, measured as the gaps between pings of a message loop: headless Chromium reports no
  // 'longtask' entries, and a gap is what a user feels whatever the browser reports.
  const gaps = [];
  const channel = new MessageChannel();
  let lastPing = performance.now();
  let probing = false;
  channel.port1.addEventListener('message', () => {
    const now = performance.now();
    if (now - lastPing > 50) gaps.push({ startTime: lastPing, duration: now - lastPing });
    lastPing = now;
    if (probing) channel.port2.postMessage(0);
  });
  channel.port1.start();
  const startProbe = () => { probing = true; lastPing = performance.now(); channel.port2.postMessage(0); };
  const stopProbe = () => { probing = false; };
  let pending = null;
  let element = null;

  function stats(xs) {
    const sorted = [...xs].sort((a, b) => a - b);
    return {
      mean: xs.reduce((a, b) => a + b, 0) / xs.length,
      p95: sorted[Math.min(sorted.length - 1, Math.ceil(0.95 * sorted.length) - 1)],
      max: sorted[sorted.length - 1],
    };
  }

  function countNodes(root) {
    let n = 0;
    for (const node of root.querySelectorAll('*')) {
      n++;
      if (node.shadowRoot) n += countNodes(node.shadowRoot);
    }
    return n;
  }

  /** An EDTF date-time for a window bound. */
  const edtf = (ms) => new Date(ms).toISOString().slice(0, 19) + 'Z';

  /**
   * Marks where a phase of the cold path begins (and the one before ends) for bench/profile.mjs: a user-timing mark
   * for its trace, and, when it profiles JavaScript (`bench.profiling`), a console profile of the phase alone.
   * `null` ends the last phase.
   */
  let profiled = null;
  function phase(name) {
    performance.mark(`bench:${name ?? 'end'}`);
    if (!window.bench.profiling) return;
    if (profiled) console.profileEnd(profiled);
    profiled = name;
    if (name) console.profile(name);
  }

  /** Frame intervals from a requestAnimationFrame loop, while `steps` runs. */
  async function frameTimes(steps) {
    const stamps = [];
    let recording = true;
    const loop = (t) => { stamps.push(t); if (recording) requestAnimationFrame(loop); };
    requestAnimationFrame(loop);
    await steps();
    recording = false;
    return stamps.slice(1).map((t, i) => t - stamps[i]);
  }

  /** The long tasks of the render that began at t0 and ended at t1, and of the second after t1. */
  async function tasksAround(t0, t1) {
    await sleep(1000);
    stopProbe();
    const after = gaps.filter((task) => task.startTime >= t1);
    const during = gaps.filter((task) => task.startTime + task.duration > t0 && task.startTime < t1);
    return {
      longest_task_during_ms: Math.max(0, ...during.map((task) => task.duration)),
      longest_task_after_ms: Math.max(0, ...after.map((task) => task.duration)),
      tasks_over_200ms_after: after.filter((task) => task.duration > 200).length,
    };
  }

  window.bench = {
    async load(url) {
      pending = await (await fetch(url)).json();
    },

    /**
     * First render: from handing the element its data, as a frame begins, to the end of that frame's paint.
     * Also to the second frame after drawdown-load, the measure used before (it adds one to two frames of
     * waiting to the work).
     */
    async render() {
      element = document.createElement('drawdown-timeline');
      document.getElementById('host').append(element);
      await element.updateComplete;
      await frame();
      await frame();
      const data = pending;
      pending = null;
      const loaded = new Promise((resolve) => element.addEventListener('drawdown-load', () => resolve(performance.now()), { once: true }));
      const painted = loaded.then(afterThisTask);
      gaps.length = 0;
      startProbe();
      // The awaited frame() left this function running in an animation-frame callback: the frame has begun.
      const t0 = performance.now();
      element.data = data;
      const tLoaded = await loaded;
      const tPainted = await painted;
      await frame();
      await frame();
      const t1 = performance.now();
      // Long tasks in the second after: does the page stay responsive once drawn?
      const tasks = await tasksAround(t0, t1);
      return {
        render_ms: tPainted - t0,
        render_two_frames_ms: t1 - t0,
        to_load_event_ms: tLoaded - t0,
        ...tasks,
        dom_nodes: countNodes(document),
        marks: element.shadowRoot.querySelectorAll('[part~="event"]').length,
      };
    },

    /**
     * Cold first render: the element created and handed its data in one go, as a frame begins, on a page that has
     * done nothing since it loaded but fetch the data. No element existed, so nothing was prepared while the page
     * was idle (text measure, date formats), and every function of the drawing runs for the first time. To the end
     * of the paint of the frame that draws it, as `render`; should drawdown-load come in a later task (it does not
     * today), to the end of the paint of the frame after it, and `load_in_first_frame` says so.
     */
    async coldRender() {
      const data = pending;
      pending = null;
      await frame();
      let laterFrame = false;
      requestAnimationFrame(() => { laterFrame = true; });
      gaps.length = 0;
      startProbe();
      phase('render');
      const t0 = performance.now();
      element = document.createElement('drawdown-timeline');
      const loaded = new Promise((resolve) => element.addEventListener('drawdown-load', () => resolve({ at: performance.now(), firstFrame: !laterFrame }), { once: true }));
      const painted = loaded.then(({ firstFrame }) => (firstFrame ? afterThisTask() : frame().then(afterThisTask)));
      document.getElementById('host').append(element);
      element.data = data;
      const load = await loaded;
      const tPainted = await painted;
      phase('after');
      await frame();
      await frame();
      const t1 = performance.now();
      const tasks = await tasksAround(t0, t1);
      phase(null);
      return {
        render_ms: tPainted - t0,
        render_two_frames_ms: t1 - t0,
        to_load_event_ms: load.at - t0,
        load_in_first_frame: load.firstFrame,
        ...tasks,
        dom_nodes: countNodes(document),
        marks: element.shadowRoot.querySelectorAll('[part~="event"]').length,
      };
    },

    /**
     * The reader's first gesture: 20 Ctrl + wheel steps of 100 px (10 in, 10 out) over the middle of the plot, one
     * a frame, as the shared harness zooms its peers; the frame intervals from the first step to two frames after
     * the last. Run on the cold page, none of the zoom's code has run yet.
     */
    async wheelZoom() {
      const states = new Set();
      phase('wheel');
      const intervals = await frameTimes(async () => {
        for (let i = 0; i < 20; i++) {
          window.wheelAtPlot(element, i < 10 ? -100 : 100);
          await frame();
          states.add(`${element.start},${element.end}`);
        }
        await frame();
        await frame();
      });
      phase(null);
      const s = stats(intervals);
      return {
        frame_mean_ms: s.mean, frame_p95_ms: s.p95, frame_max_ms: s.max, frames: intervals.length,
        first_frames_ms: intervals.slice(0, 5), distinct_states: states.size,
      };
    },

    async heap() {
      if (typeof window.gc === 'function') { window.gc(); window.gc(); }
      await sleep(50);
      return performance.memory ? performance.memory.usedJSHeapSize / 1048576 : null;
    },

    /**
     * 20 zoom steps (10 in by 20% around the middle, 10 out) then 20 pan steps (10% of the window each way),
     * one per frame, through the start and end attributes; the frame intervals of the whole sequence.
     */
    async interact(first, last) {
      let [start, end] = [first, last];
      const steps = [];
      for (let i = 0; i < 20; i++) steps.push(i < 10 ? 0.8 : 1.25);
      const apply = async () => {
        element.setAttribute('start', edtf(start));
        element.setAttribute('end', edtf(end));
        await element.updateComplete;
        await frame();
      };
      const intervals = await frameTimes(async () => {
        for (const factor of steps) {
          const middle = (start + end) / 2, half = ((end - start) / 2) * factor;
          [start, end] = [middle - half, middle + half];
          await apply();
        }
        for (let i = 0; i < 20; i++) {
          const shift = (end - start) * 0.1 * (i < 10 ? 1 : -1);
          [start, end] = [start + shift, end + shift];
          await apply();
        }
        await frame();
      });
      const s = stats(intervals);
      return { frame_mean_ms: s.mean, frame_p95_ms: s.p95, frame_max_ms: s.max, frames: intervals.length };
    },

    /** The seed story from its src: how long after the JSON arrived the story was drawn. */
    async seed(url) {
      element = document.createElement('drawdown-timeline');
      // The story is drawn in the task that handles its response, outside a frame: the frame that paints it is
      // the next one, so its drawing is done when the task after that frame's animation-frame callbacks runs.
      const loaded = new Promise((resolve) => element.addEventListener('drawdown-load', resolve, { once: true }));
      element.setAttribute('src', url);
      document.getElementById('host').append(element);
      await loaded;
      const drawn = await frame().then(afterThisTask);
      const resource = performance.getEntriesByType('resource').find((entry) => entry.name.endsWith(url));
      return { after_data_ms: drawn - resource.responseEnd, total_ms: drawn };
    },
  };
})();
