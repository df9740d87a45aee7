import type { CheckResult } from '../../../gather/inpage-api.js';
import type { PageContext } from '../../../gather/page/context.page.js';

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
      const problems: string[] = [];
      if (role !== 'figure' && role !== 'group') problems.push('the <figure> has no role="figure" or role="group"');
      if (label === null || !label.trim()) {
        problems.push(fig.hasAttribute('aria-labelledby') ? 'the <figure> uses aria-labelledby instead of an aria-label repeating the caption (not supported enough, RGAA technical note)' : 'the <figure> has no aria-label repeating the caption');
      }
      if (problems.length) {
        add('failures', test, fig, `Captioned image: ${problems.join('; ')}.`);
      } else if (capText && norm(label || '') !== capText) {
        add('doubts', test, fig, `Captioned image: the <figure> aria-label ("${(label || '').trim().slice(0, 60)}") differs from the <figcaption> text ("${capText.slice(0, 60)}"); the RGAA asks for the same content.`);
      }
    }
  }
  return r;
}
