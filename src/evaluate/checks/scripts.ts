/**
 * Theme 7 (scripts). Runs in the page: only `h`, the DOM and `axe` (see ./types.ts).
 *
 * Listeners added with addEventListener cannot be seen from the page, so a script-driven component
 * may hide behind any element. What can be proven is the absence of scripts: no executable
 * <script>, no inline event handler, no javascript: URL, no frame or plugin. Then no component is
 * generated or controlled by a script and no status message can appear without a reload (a
 * status message is a change of content without a change of context): theme 7 is not applicable.
 */
import type { InPageCheck } from './types.js';

export const inPage: InPageCheck[] = [
  {
    id: 'script-scope',
    description:
      'Scope of 7.1–7.5: executable <script> elements (not JSON or templates), inline event handler attributes, javascript: URLs, frames and plugins. Zero means the page cannot run a script of its own.',
    run: (h) => {
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
    },
  },
  {
    id: 'script-pointer-only',
    doubtsOnly: true,
    description:
      '7.1.1, 7.3.1: elements with an inline mouse handler (onclick, onmousedown…) that are neither natively interactive nor given a role and a tabindex: listed for a human (they may lack a role and keyboard access, unless an equivalent control exists in the page).',
    run: (h) => {
      const r = h.result();
      const sel = '[onclick], [onmousedown], [onmouseup], [ondblclick], [onpointerdown], [onpointerup], [ontouchstart]';
      const native = 'a[href], button, input, select, textarea, summary, label, option, area[href], iframe, video, audio, details, html, body';
      for (const el of h.all(sel).slice(0, 200)) {
        if (el.matches(native) || h.hiddenFromAT(el) || !h.visible(el)) continue;
        r.applicable++;
        const role = (el.getAttribute('role') || '').trim();
        const focusable = el.hasAttribute('tabindex') && Number(el.getAttribute('tabindex')) >= 0;
        const keys = el.hasAttribute('onkeydown') || el.hasAttribute('onkeyup') || el.hasAttribute('onkeypress');
        const missing: string[] = [];
        if (!role) missing.push('no role');
        if (!focusable) missing.push('not focusable');
        else if (!keys && !/^(link|button)$/.test(role)) missing.push('no inline keyboard handler');
        if (missing.length && r.doubts.length < h.max) r.doubts.push(h.node(el, `<${el.localName}> with a mouse handler (${missing.join(', ')}): check it has a role and works with the keyboard, or that an equivalent control exists.`));
      }
      return r;
    },
  },
];
