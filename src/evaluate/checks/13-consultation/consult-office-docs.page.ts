import type { CheckResult } from '../../../gather/inpage-api.js';
import type { PageContext } from '../../../gather/page/context.page.js';
import type { MessageRef } from '../../../model/message.js';

/** In the page: see ./consult-office-docs.ts. */
export default function run(h: PageContext): CheckResult {
  const r = h.result();
  const EXT = /\.(pdf|docx?|docm|dotx?|odt|ott|rtf|xlsx?|xlsm|ods|ots|pptx?|ppsx?|odp|otp|odg|epub)$/i;
  const WORD = /\b(pdf|docx?|odt|rtf|xlsx?|ods|pptx?|odp|epub)\b/i;
  for (const a of h.all('a[href], area[href]')) {
    let u: URL | null;
    try {
      u = new URL((a as HTMLAnchorElement).href, location.href);
    } catch {
      u = null;
    }
    let hit = false;
    let why: MessageRef | null = null;
    if (u && EXT.test(u.pathname)) {
      hit = true;
      why = { id: 'url-ends', params: { ext: (EXT.exec(u.pathname) || [''])[0] } };
    } else if (u && Array.from(u.searchParams.values()).some((v) => EXT.test(v.split(/[?#]/)[0]))) {
      hit = true;
      why = { id: 'query-names' };
    } else if (WORD.test(a.getAttribute('type') || '')) {
      hit = true;
      why = { id: 'type-is', params: { type: a.getAttribute('type') || '' } };
    } else if (a.hasAttribute('download') && EXT.test(a.getAttribute('download') || '')) {
      hit = true;
      why = { id: 'downloads', params: { file: a.getAttribute('download') || '' } };
    } else {
      const text = `${a.textContent || ''} ${a.getAttribute('title') || ''} ${a.getAttribute('aria-label') || ''}`;
      if (WORD.test(text) && /(t[ée]l[ée]charg|download|format|\d\s*(ko|mo|kb|mb|octets))/i.test(text)) {
        hit = true;
        why = { id: 'text-announces' };
      }
    }
    if (!hit || !why) continue;
    r.applicable++;
    if (r.doubts.length < h.max) r.doubts.push(h.node(a, 'office-document', { why }));
  }
  return r;
}
