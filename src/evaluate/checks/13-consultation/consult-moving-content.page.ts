import type { CheckResult } from '../../../gather/inpage-api.js';
import type { PageContext } from '../../../gather/page/context.page.js';

/** In the page: see ./consult-moving-content.ts. */
export default function run(h: PageContext): CheckResult {
  const { r, bt, add } = h.perTest(['13.8.1', '13.8.2']);
  const t1 = bt['13.8.1'];
  const t2 = bt['13.8.2'];
  const CONTROL = /\b(pause|stop|stopper|arr[êe]t(er)?|suspendre|lecture|play|reprendre|d[ée]marrer|animations?|mouvements?|d[ée]filement)\b/i;
  // Is there a control to pause/stop something? Looked for only when something moves.
  let controlKnown: boolean | null = null;
  const hasControl = (): boolean => {
    if (controlKnown === null) {
      controlKnown = false;
      for (const el of h.all('button, [role=button], a[href], input[type=button], input[type=checkbox], [role=switch]').slice(0, 400)) {
        const label = `${el.textContent || ''} ${el.getAttribute('aria-label') || ''} ${el.getAttribute('title') || ''} ${el.getAttribute('class') || ''} ${(el as HTMLInputElement).value || ''}`;
        if (CONTROL.test(label)) {
          controlKnown = true;
          break;
        }
      }
    }
    return controlKnown;
  };
  const EXEMPT = /(spin|load|progress|skeleton|shimmer|placeholder|pulse-loader)/i;
  const exempt = (el: Element): boolean => {
    for (let e: Element | null = el, i = 0; e && i < 4; e = e.parentElement, i++) {
      if (e.matches('[role=progressbar], [aria-busy=true], progress')) return true;
      if (EXEMPT.test(e.getAttribute('class') || '') || EXEMPT.test(e.id || '')) return true;
    }
    return false;
  };
  const MOVE = /^(transform|translate|rotate|scale|left|right|top|bottom|inset|margin|marginLeft|marginRight|marginTop|marginBottom|backgroundPosition|backgroundPositionX|backgroundPositionY|offsetDistance|objectPosition)$/;
  const BLINK = /^(opacity|visibility|color|backgroundColor|fill|display|filter|borderColor)$/;
  const seen = new Set<Element>();
  let anims: Animation[];
  try {
    anims = document.getAnimations().slice(0, 300);
  } catch {
    anims = [];
  }
  for (const a of anims) {
    if (a.playState !== 'running') continue;
    const eff = a.effect as KeyframeEffect | null;
    const el = eff && eff.target;
    if (!el || seen.has(el) || !h.visible(el)) continue;
    const timing = eff!.getComputedTiming();
    const end = Number(timing.endTime);
    if (!(end > 5000)) continue;
    if (exempt(el)) continue;
    const props = new Set<string>();
    for (const k of eff!.getKeyframes()) for (const p of Object.keys(k)) if (!/^(offset|computedOffset|easing|composite)$/.test(p)) props.add(p);
    const moves = [...props].some((p) => MOVE.test(p));
    const blinks = [...props].some((p) => BLINK.test(p));
    if (!moves && !blinks) continue;
    seen.add(el);
    const rect = el.getBoundingClientRect();
    const text = ((el as HTMLElement).innerText || '').trim();
    const what = end === Infinity ? { id: 'forever' } : { id: 'for-seconds', params: { s: Math.round(end / 1000) } };
    const list = [...props].join(', ');
    if (moves) {
      t1.applicable++;
      const onlyRotate = [...props].every((p) => p === 'transform' || p === 'rotate') && rect.width <= 64 && rect.height <= 64;
      if (onlyRotate) continue;
      if (text.length >= 3 && rect.width * rect.height >= 400 && !hasControl()) {
        add('failures', '13.8.1', el, 'text-moves', { what, props: list });
      } else {
        add('doubts', '13.8.1', el, 'content-moves', { what, props: list });
      }
    } else {
      t2.applicable++;
      add('doubts', '13.8.2', el, 'content-changes', { props: list, what });
    }
  }
  for (const v of h.all('video[autoplay]')) {
    if (!h.visible(v)) continue;
    t1.applicable++;
    if (v.hasAttribute('loop') && !v.hasAttribute('controls') && !hasControl()) {
      add('failures', '13.8.1', v, 'video-loop');
    } else add('doubts', '13.8.1', v, 'video-autoplay');
  }
  for (const img of h.all('img[src*=".gif" i], svg animate[repeatCount=indefinite], svg animateTransform[repeatCount=indefinite], svg animateMotion[repeatCount=indefinite]').slice(0, 50)) {
    const host = img.closest('svg') || img;
    if (!h.visible(host)) continue;
    t1.applicable++;
    add('doubts', '13.8.1', host, host === img ? 'gif' : 'svg-animation');
  }
  r.applicable = t1.applicable + t2.applicable;
  // Scripts can move or blink content in ways no measurement sees (carousels): never out of scope.
  t1.applicable = Math.max(1, t1.applicable);
  t2.applicable = Math.max(1, t2.applicable);
  return r;
}
