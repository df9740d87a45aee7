import type { CheckResult } from '../../../gather/inpage-api.js';
import type { PageContext } from '../../../gather/page/context.page.js';
import type { MessageRef } from '../../../model/message.js';

/** In the page: see ./img-figure-caption.ts. */
export default function run(h: PageContext): CheckResult {
  const ids = ['1.9.1', '1.9.2', '1.9.3', '1.9.4', '1.9.5'];
  const { r, bt, add } = h.perTest(ids);
  const norm = (s: string) =>
    s
      .replace(/\s+/g, ' ')
      .trim()
      .toLowerCase()
      .replace(/[\s.:;,!?…]+$/, '');
  const types: [string, string][] = [
    ['img, input[type=image], [role=img]:not(svg):not(canvas):not(object):not(embed)', '1.9.1'],
    ['object[type^="image/" i]', '1.9.2'],
    ['embed', '1.9.3'],
    ['svg', '1.9.4'],
    ['canvas', '1.9.5'],
  ];
  for (const fig of h.all('figure').slice(0, 200)) {
    const cap = Array.from(fig.children).find((c) => c.localName === 'figcaption');
    if (!cap) continue; // an image in a figure without figcaption has no caption (glossary)
    const capText = norm(cap.textContent || '');
    for (const [sel, test] of types) {
      const own = Array.from(fig.querySelectorAll(sel)).filter((e) => e.closest('figure') === fig && !(e.parentElement && e.parentElement.closest('svg')));
      if (!own.length) continue;
      bt[test].applicable += own.length;
      r.applicable += own.length;
      const role = (fig.getAttribute('role') || '').trim().toLowerCase();
      const label = fig.getAttribute('aria-label');
      const problems: MessageRef[] = [];
      if (role !== 'figure' && role !== 'group') problems.push({ id: 'no-role' });
      if (label === null || !label.trim()) problems.push(fig.hasAttribute('aria-labelledby') ? { id: 'labelledby' } : { id: 'no-label' });
      if (problems.length) {
        add('failures', test, fig, problems.length > 1 ? 'captioned-problems' : 'captioned-problem', { problem: problems[0], ...(problems[1] ? { other: problems[1] } : {}) });
      } else if (capText && norm(label || '') !== capText) {
        add('doubts', test, fig, 'label-differs', { label: (label || '').trim().slice(0, 60), caption: capText.slice(0, 60) });
      }
    }
  }
  return r;
}
