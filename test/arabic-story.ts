import type { DrawdownTimeline } from '../src/index.js';
import { mount, nextEvent } from './helpers.js';

// The story and the measures the Arabic and direction tests share.

/** A story whose every word is Arabic: whatever Latin letter the element shows, it wrote itself. */
export const arabicStory = {
  version: 1,
  title: 'انسحاب القوات',
  subtitle: 'من القواعد السورية إلى ليبيا وروسيا',
  credit: 'إعداد: قسم البيانات',
  published: '2024-12-16/2024-12-31',
  sources: [
    { id: 's1', name: 'العربي الجديد', url: 'https://example.org/a', date: '2024-12-20', via: 's2' },
    { id: 's2', name: 'مصدر عسكري', url: 'https://example.org/b' },
  ],
  places: [
    { id: 'a', name: 'قاعدة حميميم الجوية', region: 'اللاذقية', country: 'سوريا' },
    { id: 'b', name: 'مطار بنغازي', country: 'ليبيا' },
  ],
  series: [{ id: 'sites', title: 'المواقع الروسية', unit: 'موقع', points: [
    { when: '2024-12-08', value: 100, approx: true }, { when: '2024-12-20', value: 3 }, { when: '2025-01', value: 1, status: 'expected' },
  ] }],
  eras: [{ title: 'بعد سقوط الأسد', when: '2024-12-08/..' }],
  events: [
    { id: 'e1', kind: 'withdrawal', title: 'انسحاب من القاعدة', when: '2024-12-16', at: 'a', sources: ['s1'], status: 'confirmed',
      amount: { value: 10, unit: '%', of: 'القوات القتالية' } },
    { id: 'e2', kind: 'transfer', title: 'نقل أفراد إلى بنغازي', when: '2024-12-15~/2024-12-18', from: 'a', to: 'b', sources: ['s1', 's2'],
      status: 'reported', amount: { value: 1000, unit: 'فرد', approx: true } },
    { id: 'e3', kind: 'statement', title: 'تصريح رسمي', when: '2024-12~', sources: ['s2'], status: 'claimed' },
    { id: 'e4', kind: 'evacuation', title: 'إجلاء', when: '2024-12-20?', at: 'b', sources: ['s2'], status: 'denied' },
    { id: 'e5', kind: 'deployment', title: 'نشر متوقع', when: '2025-01', at: 'b', sources: ['s1'], status: 'expected' },
    { id: 'e6', kind: 'handover', title: 'تسليم', when: '../2024-12-10', at: 'a', status: 'planned' },
  ],
};

/** Format names, which Arabic writes in Latin letters too, and the data's own web addresses. */
const ALLOWED = /\b(SVG|PNG|CSV|JSON)\b|https:\/\/\S+/g;
const ATTRIBUTES = ['aria-label', 'aria-description', 'aria-roledescription', 'title', 'alt', 'placeholder'];

/** Every piece of text in `root` that `pattern` finds (outside ALLOWED), and where: text nodes (shown or not) and
 * accessible attributes. */
export function textsMatching(root: ShadowRoot, pattern: RegExp): string[] {
  const found: string[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node instanceof Text) {
      // The styles are code, not words.
      if (node.parentElement?.closest('style')) continue;
      if (pattern.test(node.data.replace(ALLOWED, ''))) found.push(`text in <${node.parentElement?.localName}>: ${node.data.trim()}`);
    } else if (node instanceof Element) {
      for (const name of ATTRIBUTES) {
        const value = node.getAttribute(name)?.replace(ALLOWED, '');
        if (value && pattern.test(value)) found.push(`${name} of <${node.localName}>: ${value}`);
      }
    }
  }
  return found;
}

/** Every piece of text in `root` with a Latin letter. */
export const latinIn = (root: ShadowRoot) => textsMatching(root, /[A-Za-z]/);

export async function mountArabic(attributes = 'lang="ar" dir="rtl"', width = 1000): Promise<DrawdownTimeline> {
  const element = await mount(`<drawdown-timeline ${attributes}></drawdown-timeline>`, width);
  const loaded = nextEvent(element, 'drawdown-load');
  element.data = arabicStory;
  await loaded;
  await element.updateComplete;
  return element;
}


/** Where `text` is drawn inside `node`'s text: its box in the viewport. */
export function boxOf(node: Element, text: string): DOMRect {
  const walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT);
  for (let t = walker.nextNode() as Text | null; t; t = walker.nextNode() as Text | null) {
    const at = t.data.indexOf(text);
    if (at < 0) continue;
    const range = document.createRange();
    range.setStart(t, at);
    range.setEnd(t, at + text.length);
    return range.getBoundingClientRect();
  }
  throw new Error(`"${text}" is not in ${node.textContent}`);
}
