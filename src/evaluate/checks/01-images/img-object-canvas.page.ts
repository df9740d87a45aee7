import type { CheckResult } from '../../../gather/inpage-api.js';
import type { PageContext } from '../../../gather/page/context.page.js';
import type { MessageRef } from '../../../model/message.js';
import { captioned } from '../lib/images.page.js';

/** In the page: see ./img-object-canvas.ts. */
export default function run(h: PageContext): CheckResult {
  const ids = ['1.1.6', '1.1.7', '1.1.8', '1.2.3', '1.2.5', '1.2.6'];
  const { r, bt, add } = h.perTest(ids);
  const refText = (el: Element) => h.refText(el);
  const kinds: { sel: string; name: string; inf: string; dec: string; titleCounts: boolean }[] = [
    { sel: 'object[type^="image/" i]', name: '<object>', inf: '1.1.6', dec: '1.2.3', titleCounts: true },
    { sel: 'embed[type^="image/" i]', name: '<embed>', inf: '1.1.7', dec: '1.2.6', titleCounts: true },
    { sel: 'canvas', name: '<canvas>', inf: '1.1.8', dec: '1.2.5', titleCounts: false },
  ];
  for (const k of kinds) {
    for (const el of h.all(k.sel).slice(0, 100)) {
      if (el.parentElement && el.parentElement.closest('[aria-hidden="true"]')) continue;
      r.applicable++;
      bt[k.inf].applicable++;
      const cap = captioned(el);
      if (!cap) bt[k.dec].applicable++;
      const hidden = (el.getAttribute('aria-hidden') || '').trim().toLowerCase() === 'true';
      const role = (el.getAttribute('role') || '').trim().toLowerCase();
      const label = (el.getAttribute('aria-label') || '').trim();
      const lb = el.hasAttribute('aria-labelledby') ? refText(el) : '';
      const title = (el.getAttribute('title') || '').trim();
      const content = k.name === '<embed>' ? '' : (el.textContent || '').trim();
      if (hidden) {
        if (cap) continue;
        const found: (string | MessageRef)[] = [];
        if (label) found.push('aria-label');
        if (lb) found.push('aria-labelledby');
        if (title) found.push('title');
        if (content) found.push({ id: 'text-content' });
        if (found.length) add('failures', k.dec, el, 'hidden-with-alt', { name: k.name, found });
        continue;
      }
      const name = label || lb || (k.titleCounts ? title : '');
      if (role === 'img') {
        if (!name && k.name === '<canvas>') add('failures', k.inf, el, 'canvas-img-no-name');
        continue;
      }
      if (k.name === '<canvas>' && content) continue; // fallback content between the tags: its relevance is criterion 1.3
      const next = el.nextElementSibling;
      const adjacent = !!next && next.matches('a[href], button, [role=button], [role=link]');
      add('doubts', k.inf, el, adjacent ? 'unmarked-adjacent' : 'unmarked', { name: k.name });
    }
  }
  return r;
}
