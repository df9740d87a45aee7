import type { CheckResult } from '../../../gather/inpage-api.js';
import type { PageContext } from '../../../gather/page/context.page.js';

/** In the page: see ./struct-fake-list.ts. */
export default function run(h: PageContext): CheckResult {
  const lists = h.all('ul, ol, [role=list]').length;
  const { r, bt, add } = h.perTest(['9.3.1', '9.3.2']);
  // Visual lists may exist beyond what markup and these patterns show: never 0, never NA from here.
  bt['9.3.1'].applicable = bt['9.3.2'].applicable = r.applicable = 1 + lists;
  const bullet = /^([•·▪◦‣●■►▸✓✔\-*–])[\s\u00a0]+\S/u;
  const number = /^(\d{1,2})[.)][\s\u00a0]+\S/;
  // Dashes, asterisks and middle dots also start dialogue lines, footnotes and notes: whether such
  // lines form a list is a guess, listed for a human; bullet glyphs are a list as drawn.
  const sure = (mark: string) => !/^[-*–·]$/.test(mark);
  const skip = 'pre, code, textarea, [contenteditable], svg, script, style';
  const block = 'div, p, ul, ol, dl, table, section, article, aside, nav, header, footer, form, blockquote, figure, h1, h2, h3, h4, h5, h6, li, pre';
  // Lines inside one block, separated by <br>.
  for (const el of Array.from(h.doc.querySelectorAll('p, div, td, dd, li, span')).slice(0, 3000)) {
    if (!Array.from(el.children).some((c) => c.localName === 'br')) continue;
    if (el.querySelector(block) || el.closest(skip)) continue;
    const lines: string[] = [''];
    for (const n of Array.from(el.childNodes)) {
      if (n.nodeType === 1 && (n as Element).localName === 'br') lines.push('');
      else lines[lines.length - 1] += n.textContent || '';
    }
    const ls = lines.map((l) => l.replace(/\s+/g, ' ').trim()).filter(Boolean);
    const marks = ls.map((l) => (bullet.exec(l) || [])[1]).filter(Boolean);
    const sameMark = marks.length >= 2 && marks.filter((m) => m === marks[0]).length >= 2;
    const nums = ls.map((l) => Number((number.exec(l) || [])[1] || 0));
    const start = nums.indexOf(1);
    const numbered = start >= 0 && nums[start + 1] === 2;
    if ((!sameMark && !numbered) || !h.visible(el)) continue;
    if (sameMark) {
      if (sure(marks[0])) add('failures', '9.3.1', el, 'br-bullets', { n: marks.length, mark: marks[0] });
      else add('doubts', '9.3.1', el, 'br-marks', { n: marks.length, mark: marks[0] });
      continue;
    }
    if (numbered) add('failures', '9.3.2', el, 'br-numbers');
  }
  // Sibling paragraphs starting with the same bullet, or numbered 1, 2…
  const seen = new Set<Element>();
  for (const p of Array.from(h.doc.querySelectorAll('p')).slice(0, 3000)) {
    if (seen.has(p) || p.closest(skip)) continue;
    const text = (e: Element) => (e.textContent || '').replace(/\s+/g, ' ').trim();
    const m = bullet.exec(text(p));
    const k = number.exec(text(p));
    if (!m && !(k && k[1] === '1')) continue;
    const run: Element[] = [p];
    for (let x = p.nextElementSibling; x && x.localName === 'p'; x = x.nextElementSibling) {
      if (m ? (bullet.exec(text(x)) || [])[1] === m[1] : Number((number.exec(text(x)) || [])[1]) === run.length + 1) run.push(x);
      else break;
    }
    run.forEach((e) => seen.add(e));
    if (run.length < 2 || !h.visible(p)) continue;
    if (m && sure(m[1])) add('failures', '9.3.1', p, 'p-bullets', { n: run.length, mark: m[1] });
    else if (m) add('doubts', '9.3.1', p, 'p-marks', { n: run.length, mark: m[1] });
    else add('doubts', '9.3.2', p, 'p-numbers', { n: run.length });
  }
  return r;
}
