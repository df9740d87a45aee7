import type { CheckResult } from '../../../gather/inpage-api.js';
import type { PageContext } from '../../../gather/page/context.page.js';

/** In the page: see ./script-scope.ts. */
export default function run(h: PageContext): CheckResult {
  const r = h.result();
  const scripts = h.all('script').filter((s) => {
    const type = (s.getAttribute('type') || '').trim().toLowerCase();
    return !type || type === 'module' || /javascript|ecmascript|jscript|livescript|babel|jsx/.test(type);
  }).length;
  const events = ['click', 'dblclick', 'mousedown', 'mouseup', 'mouseover', 'mouseout', 'mouseenter', 'mouseleave', 'mousemove', 'keydown', 'keyup', 'keypress', 'change', 'input', 'submit', 'reset', 'focus', 'blur', 'focusin', 'focusout', 'load', 'error', 'touchstart', 'touchend', 'pointerdown', 'pointerup', 'wheel', 'scroll', 'resize', 'select', 'toggle', 'animationend', 'transitionend'];
  const handlers = h.all(events.map((e) => `[on${e}]`).join(', ')).length;
  const jsUrls = h.all('a[href^="javascript:" i], area[href^="javascript:" i], form[action^="javascript:" i], iframe[src^="javascript:" i]').length;
  const frames = h.all('iframe, frame, object, embed, applet').length;
  r.applicable = scripts + handlers + jsUrls + frames;
  return r;
}
