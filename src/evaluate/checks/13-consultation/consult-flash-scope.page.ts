import type { CheckResult } from '../../../gather/inpage-api.js';
import type { PageContext } from '../../../gather/page/context.page.js';

/** In the page: see ./consult-flash-scope.ts. */
export default function run(h: PageContext): CheckResult {
  const r = h.result();
  const t1 = h.all(
    'video, canvas, embed, object, iframe, img[src*=".gif" i], img[srcset*=".gif" i], img[src*=".webp" i], img[srcset*=".webp" i], img[src*=".apng" i], picture source[type="image/gif"], picture source[type="image/webp"], svg animate, svg animateTransform, svg animateMotion, svg set, [style*=".gif" i]',
  ).length;
  let css = 0;
  let js = 0;
  try {
    for (const a of document.getAnimations().slice(0, 500)) {
      if (a.playState !== 'running') continue;
      const name = a.constructor && a.constructor.name;
      if (name === 'CSSAnimation' || name === 'CSSTransition') css++;
      else js++;
    }
  } catch {
    css++;
  }
  const canvas = h.all('canvas').length;
  r.byTest = {
    '13.7.1': { applicable: t1, failures: [], doubts: [] },
    '13.7.2': { applicable: js + canvas, failures: [], doubts: [] },
    '13.7.3': { applicable: css, failures: [], doubts: [] },
  };
  r.applicable = t1 + js + css;
  return r;
}
