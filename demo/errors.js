// Shows the drawdown-error and drawdown-load events each element fires, as a host page would receive them.
// Loaded in <head>, before any element, so that no event is missed.
function show(text) {
  const item = document.createElement('li');
  item.textContent = text;
  const append = () => document.getElementById('log').append(item);
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', append);
  else append();
}

for (const name of ['drawdown-error', 'drawdown-load']) {
  document.addEventListener(name, (event) => {
    const src = event.target.getAttribute('src');
    const detail = name === 'drawdown-error'
      ? `${event.detail.problems.length} problem(s): ${event.detail.problems[0].message}`
      : `${event.detail.events} events drawn, ${event.detail.skipped} skipped, ${event.detail.problems.length} problem(s)`;
    show(`${name} from ${src}: ${detail}`);
  });
}
