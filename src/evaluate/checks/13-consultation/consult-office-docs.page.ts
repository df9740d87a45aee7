import type { CheckResult } from '../../../gather/inpage-api.js';
import type { PageContext } from '../../../gather/page/context.page.js';

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
    let why = '';
    if (u && EXT.test(u.pathname)) {
      hit = true;
      why = 'its URL ends with ' + (EXT.exec(u.pathname) || [''])[0];
    } else if (u && Array.from(u.searchParams.values()).some((v) => EXT.test(v.split(/[?#]/)[0]))) {
      hit = true;
      why = 'its query string names an office file';
    } else if (WORD.test(a.getAttribute('type') || '')) {
      hit = true;
      why = 'its type is ' + a.getAttribute('type');
    } else if (a.hasAttribute('download') && EXT.test(a.getAttribute('download') || '')) {
      hit = true;
      why = 'it downloads ' + a.getAttribute('download');
    } else {
      const text = `${a.textContent || ''} ${a.getAttribute('title') || ''} ${a.getAttribute('aria-label') || ''}`;
      if (WORD.test(text) && /(t[ée]l[ée]charg|download|format|\d\s*(ko|mo|kb|mb|octets))/i.test(text)) {
        hit = true;
        why = 'its text announces a document to download';
      }
    }
    if (!hit) continue;
    r.applicable++;
    if (r.doubts.length < h.max) r.doubts.push(h.node(a, `office document (${why}): check that it is accessible or has an accessible version`));
  }
  return r;
}
