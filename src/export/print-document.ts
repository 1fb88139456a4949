/**
 * Prints only the timeline: a hidden frame holding a copy of the element's paper view, in a shadow root styled by
 * the element's own stylesheet (adopted stylesheets stay with their document, so their rules are carried over
 * as text into a sheet made in the frame) and themed by the element's `--drawdown-*` properties as they resolve
 * on it. Nothing inline: a page with a strict Content-Security-Policy prints it too. Resolves once the print
 * dialog has closed and the frame is gone.
 */
export function printDocument(host: HTMLElement, printout: HTMLElement, defs: SVGSVGElement, title: string): Promise<void> {
  const root = host.shadowRoot!;
  const frame = document.createElement('iframe');
  frame.className = 'print-frame';
  frame.title = title;
  frame.tabIndex = -1;
  frame.setAttribute('aria-hidden', 'true');
  root.append(frame);
  const view = frame.contentWindow!, doc = frame.contentDocument!;
  doc.title = title;
  doc.documentElement.lang = host.closest('[lang]')?.getAttribute('lang') ?? '';
  doc.documentElement.dir = getComputedStyle(host).direction;
  const box = doc.createElement('div');
  for (const name of ['theme', 'dir', 'lang']) {
    const value = host.getAttribute(name);
    if (value !== null) box.setAttribute(name, value);
  }
  const style = getComputedStyle(host);
  for (const name of Array.from(style)) {
    if (name.startsWith('--drawdown-')) box.style.setProperty(name, style.getPropertyValue(name));
  }
  doc.body.append(box);
  const shadow = box.attachShadow({ mode: 'open' });
  const sheet = new (view as unknown as typeof globalThis).CSSStyleSheet();
  sheet.replaceSync(root.adoptedStyleSheets.flatMap((adopted) => Array.from(adopted.cssRules, (rule) => rule.cssText)).join('\n'));
  shadow.adoptedStyleSheets = [sheet];
  const content = doc.createElement('div');
  content.className = 'frame';
  content.append(doc.importNode(printout, true), doc.importNode(defs, true));
  shadow.append(content);
  return new Promise((resolve) => {
    let done = false, began = false;
    const finish = () => {
      if (done) return;
      done = true;
      frame.remove();
      resolve();
    };
    view.addEventListener('beforeprint', () => { began = true; }, { once: true });
    view.addEventListener('afterprint', finish, { once: true });
    view.print();
    // Most browsers' print() returns once the dialog has closed, afterprint fired. One that returns before the
    // dialog closes has begun (beforeprint) and fires afterprint later; one that printed nothing, with no dialog
    // (some headless modes), fired neither, and there is nothing to wait for.
    if (!began) finish();
    setTimeout(finish, 60_000);
  });
}
