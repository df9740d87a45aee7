import type { CheckNode } from '../define.js';
import type { MessageParams, MessageRef } from '../../../model/message.js';
import { defineCheck, emptyResult } from '../define.js';

export default defineCheck({
  meta: {
    id: 'presentation-reflow',
    decides: ['10.11.1'],
    scopes: [],
    returns: ['NC', 'review'],
    needs: ['reflow'],
    description:
      '10.11.1: at 320 × 256 CSS px (the 400 % zoom of 1280 × 1024), the horizontal scrolling of the document (scrollWidth > clientWidth + 1) and the elements reaching beyond the right edge. NC when visible text or a control causes it; nothing when only content the RGAA exempts overflows (data tables, images, video, maps, diagrams, toolbars, carousels); doubt otherwise.',
    messages: {
      scrolls: {
        en: 'at 320 CSS px wide, this {what} reaches {right} px: the page scrolls horizontally ({scrollWidth} px for {width} px)',
        fr: 'à 320 px CSS de large, {what} va jusqu’à {right} px : la page défile horizontalement ({scrollWidth} px pour {width} px)',
      },
      reaches: {
        en: 'at 320 CSS px wide, this {what} reaches {right} px; {why}',
        fr: 'à 320 px CSS de large, {what} va jusqu’à {right} px ; {why}',
      },
      control: {
        en: 'control',
        fr: 'ce composant',
      },
      content: {
        en: 'content',
        fr: 'ce contenu',
      },
      'root-clips': {
        en: 'the page hides horizontal overflow: check that no content is cut off',
        fr: 'la page masque le débordement horizontal : vérifier qu’aucun contenu n’est coupé',
      },
      preformatted: {
        en: 'preformatted text: check that it needs two dimensions',
        fr: 'texte préformaté : vérifier qu’il a besoin de deux dimensions',
      },
      'off-screen': {
        en: 'it lies entirely off-screen (an off-canvas panel?): check whether it holds information',
        fr: 'il est entièrement hors de l’écran (un panneau hors champ ?) : vérifier s’il porte de l’information',
      },
      'no-own-text': {
        en: 'it has no text of its own: check what it holds',
        fr: 'il n’a pas de texte propre : vérifier ce qu’il contient',
      },
      'cause-not-found': {
        en: 'at 320 CSS px wide the page scrolls horizontally ({scrollWidth} px for {width} px) but the cause was not found',
        fr: 'à 320 px CSS de large, la page défile horizontalement ({scrollWidth} px pour {width} px) mais la cause n’a pas été trouvée',
      },
    },
  },
  run({ reflow: a }) {
    const out = emptyResult(1);
    const W = a.width;
    if (!a.body || a.scrollWidth <= W + 1) return out;
    const node = (e: { selector: string; snippet: string }, messageId: string, params: MessageParams): CheckNode => ({ ...e, messageId, params });
    let exemptOnly = true;
    let anyExempt = false;
    for (const leaf of a.leaves) {
      if (leaf.contained) continue;
      if (leaf.exempt) {
        anyExempt = true;
        continue;
      }
      exemptOnly = false;
      if (!leaf.visible || !leaf.element) continue;
      const what: MessageRef = { id: leaf.control ? 'control' : 'content' };
      const right = Math.round(leaf.right);
      if ((leaf.ownText || leaf.control) && !leaf.pre && !a.rootClips && leaf.left < W - 1) {
        // Text or a control cut by the right edge of the viewport: reading it needs horizontal scrolling.
        if (out.failures.length < 20) out.failures.push(node(leaf.element, 'scrolls', { what, right, scrollWidth: a.scrollWidth, width: W }));
      } else if (out.doubts.length < 20) {
        const why: MessageRef = a.rootClips ? { id: 'root-clips' } : leaf.pre ? { id: 'preformatted' } : leaf.left >= W - 1 ? { id: 'off-screen' } : { id: 'no-own-text' };
        out.doubts.push(node(leaf.element, 'reaches', { what, right, why }));
      }
    }
    // Only content the RGAA exempts overflows (data tables, images, maps, carousels…).
    if (exemptOnly && anyExempt) return out;
    if (!out.failures.length && !out.doubts.length && !a.rootClips) {
      out.doubts.push(node(a.body, 'cause-not-found', { scrollWidth: a.scrollWidth, width: W }));
    }
    return out;
  },
});
