import type { CheckResult } from '../../../gather/inpage-api.js';
import type { PageContext } from '../../../gather/page/context.page.js';
import { parseRefresh } from '../lib/refresh.page.js';

/** In the page: see ./consult-meta-refresh.ts. */
export default function run(h: PageContext): CheckResult {
  const { r, bt, add } = h.perTest(['13.1.1', '13.1.2']);
  const t1 = bt['13.1.1'];
  const t2 = bt['13.1.2'];
  const here = location.href.split('#')[0];
  for (const m of h.all('meta[http-equiv]')) {
    if ((m.getAttribute('http-equiv') || '').trim().toLowerCase() !== 'refresh') continue;
    const content = (m.getAttribute('content') || '').trim();
    const parsed = parseRefresh(content);
    r.applicable++;
    if (!parsed) {
      // Browsers ignore it: neither a refresh nor a redirect happens, but a human should look.
      t1.applicable++;
      add('doubts', '13.1.1', m, 'unreadable', { content });
      continue;
    }
    const { delay, url: raw } = parsed;
    let target: string;
    try {
      target = raw ? new URL(raw, location.href).href.split('#')[0] : '';
    } catch {
      target = raw;
    }
    if (target && target !== here) {
      t2.applicable++;
      if (delay > 0) add('failures', '13.1.2', m, 'delayed-redirect', { url: raw, delay });
    } else {
      t1.applicable++;
      if (delay < 72000) add('failures', '13.1.1', m, 'reload', { delay });
    }
  }
  // 13.1.1 also covers refreshes by object, embed, svg, canvas and scripts: never out of scope here.
  t1.applicable = Math.max(1, t1.applicable);
  return r;
}
