// The playground: each control writes one attribute; the element's own events write back `start`, `end` and
// `selected` when the reader zooms or picks an event.
const form = document.getElementById('playground');
const timeline = document.getElementById('timeline');
const markup = document.getElementById('markup');
const log = document.getElementById('events');

function apply() {
  for (const name of ['group-by', 'start', 'end', 'height', 'theme', 'lang', 'selected']) {
    const value = form.elements[name].value.trim();
    if (value && !(name === 'group-by' && value === 'place') && !(name === 'theme' && value === 'light')) timeline.setAttribute(name, value);
    else timeline.removeAttribute(name);
  }
  for (const name of ['kinds', 'statuses']) {
    const checked = [...form.querySelectorAll(`[name="${name}"]:checked`)].map((box) => box.value);
    if (checked.length) timeline.setAttribute(name, checked.join(' '));
    else timeline.removeAttribute(name);
  }
  for (const name of ['no-legend', 'no-details', 'no-controls']) timeline.toggleAttribute(name, form.elements[name].checked);
  showMarkup();
}

function showMarkup() {
  const attributes = [...timeline.attributes].filter((a) => a.name !== 'id').map((a) => (a.value ? `${a.name}="${a.value}"` : a.name));
  markup.textContent = `<script src="drawdown-timeline.min.js"></script>\n<drawdown-timeline ${attributes.join(' ')}></drawdown-timeline>`;
}

form.addEventListener('input', apply);
form.addEventListener('submit', (event) => event.preventDefault());
for (const type of ['drawdown-select', 'drawdown-rangechange']) {
  timeline.addEventListener(type, (event) => {
    log.textContent = `${type} ${JSON.stringify(event.detail)}`;
    for (const name of ['start', 'end', 'selected']) form.elements[name].value = timeline.getAttribute(name) ?? '';
    showMarkup();
  });
}
showMarkup();
