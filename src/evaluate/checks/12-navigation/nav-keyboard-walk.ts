import type { KeyboardWalkArtifact } from '../../../gather/artifacts.js';
import { whereFocusStayed } from '../../../gather/gatherers/keyboard-walk-log.js';
import type { CheckNode, CheckResult } from '../define.js';
import type { MessageParams } from '../../../model/message.js';
import { defineCheck, emptyResult } from '../define.js';

export default defineCheck({
  meta: {
    id: 'nav-keyboard-walk',
    decides: ['10.7.1', '12.7.2', '12.9.1'],
    scopes: [],
    returns: ['NC', 'NA', 'review'],
    needs: ['keyboardWalk'],
    description:
      'From the keyboard walk (Tab pressed through the page, then each focusable element focused as the keyboard does). 10.7.1: an element whose own style and that of its pseudo-elements (those drawn: with content), label, 4 nearest ancestors, siblings and first descendants do not change at all when it has the keyboard focus (compared with a snapshot taken before) → NC; not visible or animated → doubt. 12.9.1: Tab leaving the focus on the same element twice in a row and Shift+Tab not moving it either → NC; only Tab stuck, or a cycle among a subset of the elements outside a modal dialog → doubt. 12.7.2: a skip link to the main content that stays invisible when focused → NC.',
    messages: {
      slow: {
        en: 'the focus stayed on this element for {presses} Tab presses: check that Tab leaves it (or that users are told how)',
        fr: 'le focus est resté sur cet élément pendant {presses} appuis sur Tab : vérifier que Tab permet d’en sortir (ou que la manière est indiquée)',
      },
      trap: {
        en: 'keyboard trap: neither Tab nor Shift+Tab moves the focus away from this element',
        fr: 'piège au clavier : ni Tab ni Maj+Tab ne sortent le focus de cet élément',
      },
      'tab-stuck': {
        en: 'Tab does not move the focus away from this element (Shift+Tab does): check that the rest of the page can be reached',
        fr: 'Tab ne sort pas le focus de cet élément (Maj+Tab le fait) : vérifier que le reste de la page peut être atteint',
      },
      'skip-animated': {
        en: 'the skip link is not visible right after it receives the focus, but it is animated: check that it shows up',
        fr: 'le lien d’évitement n’est pas visible juste après avoir reçu le focus, mais il est animé : vérifier qu’il apparaît',
      },
      'skip-invisible': {
        en: 'the skip link stays invisible when it receives the focus',
        fr: 'le lien d’évitement reste invisible quand il reçoit le focus',
      },
      'focus-off-screen': {
        en: 'this element is not visible on screen when it has the focus: check where the focus is',
        fr: 'cet élément n’est pas visible à l’écran quand il a le focus : vérifier où est le focus',
      },
      'focus-animated': {
        en: 'no style change right after this element got the focus, but it has a transition or animation: check the focus indicator',
        fr: 'aucun changement de style juste après la prise de focus de cet élément, mais il a une transition ou une animation : vérifier l’indication du focus',
      },
      'no-focus-indicator': {
        en: 'no visible focus indicator: outline, border, shadow, background, colour and text decoration stay the same when this element (its pseudo-elements, label, parent or neighbours) has the keyboard focus',
        fr: 'pas d’indication visible du focus : contour, bordure, ombre, fond, couleur et décoration du texte restent les mêmes quand cet élément (ses pseudo-éléments, son étiquette, son parent ou ses voisins) a le focus clavier',
      },
      cycle: {
        en: 'the focus cycles among {n} element(s) and never reaches the {others} other focusable element(s): check for a keyboard trap',
        fr: 'le focus tourne entre {n} élément(s) sans jamais atteindre les {others} autre(s) élément(s) focalisable(s) : vérifier s’il y a un piège au clavier',
      },
    },
  },
  run({ keyboardWalk: w }) {
    const focus = emptyResult();
    const trap = emptyResult(w.candidates ? 1 : 0);
    const skip = emptyResult();
    const node = (i: number, messageId: string, params?: MessageParams): CheckNode => ({ selector: w.elements[i].selector, snippet: w.elements[i].snippet, messageId, ...(params ? { params } : {}) });
    // 12.9.1: focus stuck on one element, or cycling in a subset of the page.
    const stay = whereFocusStayed([...w.tabs, w.last], w.elements);
    if (stay.slow) trap.doubts.push(node(stay.slow.element, 'slow', { presses: stay.slow.presses }));
    if (w.confirm) {
      // Shift+Tab was pressed on the element Tab did not leave.
      if (w.confirm.stayed) trap.failures.push(node(w.confirm.element, 'trap'));
      else trap.doubts.push(node(w.confirm.element, 'tab-stuck'));
    } else cycle(w, trap, node);
    // The skip link is among the first elements the real Tab key reached.
    const log = w.confirm ? w.tabs : [...w.tabs, w.last];
    const firstByTab: number[] = [];
    for (const el of log) {
      if (el < 0 || w.elements[el].root || firstByTab.includes(el)) continue;
      firstByTab.push(el);
      if (firstByTab.length >= 5) break;
    }
    const seen = new Map(w.sweep.map((s) => [s.element, s]));
    for (const el of firstByTab) {
      if (!w.elements[el].skipLink) continue;
      skip.applicable++;
      const e = seen.get(el);
      if (e && !e.visible) {
        if (e.moving) skip.doubts.push(node(el, 'skip-animated'));
        else skip.failures.push(node(el, 'skip-invisible'));
      }
    }
    // 10.7.1, from the sweep.
    for (const e of w.sweep) {
      if (w.elements[e.element].media || e.same === undefined) continue;
      focus.applicable++;
      if (!e.visible) {
        if (focus.doubts.length < 20) focus.doubts.push(node(e.element, 'focus-off-screen'));
      } else if (e.same) {
        if (e.moving) {
          if (focus.doubts.length < 20) focus.doubts.push(node(e.element, 'focus-animated'));
        } else if (focus.failures.length < 20) {
          focus.failures.push(node(e.element, 'no-focus-indicator'));
        }
      }
    }
    if (!focus.applicable && w.candidates) focus.applicable = 1;
    return {
      applicable: w.candidates,
      failures: [...focus.failures, ...trap.failures, ...skip.failures],
      doubts: [...focus.doubts, ...trap.doubts, ...skip.doubts],
      byTest: { '10.7.1': focus, '12.9.1': trap, '12.7.2': skip },
    };
  },
});

/** 12.9.1: the focus going round a subset of the page (outside a modal dialog) without reaching the rest. */
function cycle(w: KeyboardWalkArtifact, trap: CheckResult, node: (i: number, messageId: string, params?: MessageParams) => CheckNode): void {
  const log = [...w.tabs, w.last];
  // Consecutive presses on one element (date fields, media controls) count as one step.
  const elems = log.filter((el, i, a) => el >= 0 && el !== a[i - 1]);
  const firstRepeat = elems.findIndex((el, i) => elems.indexOf(el) < i);
  if (firstRepeat <= 0) return;
  const start = elems.indexOf(elems[firstRepeat]);
  const round = elems.slice(start, firstRepeat);
  const wraps = round.some((el) => w.elements[el].root);
  const unique = new Set(round);
  const m0 = w.elements[round[0]].modal;
  const inModal = m0 !== null && round.every((el) => w.elements[el].modal === m0);
  if (!wraps && !inModal && unique.size < w.candidates - 2) {
    trap.doubts.push(node(round[0], 'cycle', { n: unique.size, others: w.candidates - unique.size }));
  }
}
