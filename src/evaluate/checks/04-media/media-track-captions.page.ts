import type { CheckResult } from '../../../gather/inpage-api.js';
import type { PageContext } from '../../../gather/page/context.page.js';

/** In the page: see ./media-track-captions.ts. */
export default function run(h: PageContext): CheckResult {
  const r = h.result();
  const pageLang = (h.doc.documentElement.getAttribute('lang') || '').trim().toLowerCase().split('-')[0];
  for (const m of h.all('video, audio').slice(0, 100)) {
    const tracks = Array.from(m.querySelectorAll('track'));
    const text = tracks.filter((t) => {
      const kind = (t.getAttribute('kind') || 'subtitles').trim().toLowerCase();
      return kind === 'subtitles' || kind === 'captions' || !['descriptions', 'chapters', 'metadata'].includes(kind);
    });
    if (!text.length) continue;
    r.applicable++;
    if (text.some((t) => (t.getAttribute('kind') || '').trim().toLowerCase() === 'captions')) continue;
    const sameLang = text.filter((t) => {
      const l = (t.getAttribute('srclang') || '').trim().toLowerCase().split('-')[0];
      return !l || !pageLang || l === pageLang;
    });
    if (sameLang.length) r.failures.push(h.node(m, 'not-captions', { n: sameLang.length, kind: sameLang[0].getAttribute('kind') || { id: 'default-kind' } }));
    else r.doubts.push(h.node(m, 'other-languages'));
  }
  r.byTest = { '4.3.2': { applicable: r.applicable, failures: r.failures.slice(0, h.max), doubts: r.doubts.slice(0, h.max) } };
  return r;
}
