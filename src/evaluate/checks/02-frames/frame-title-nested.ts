import type { CheckNode, CheckResult } from '../define.js';
import { defineCheck } from '../define.js';
import { frameTitleFinding } from './frame-tests.js';

export default defineCheck({
  meta: {
    id: 'frame-title-nested',
    decides: ['2.1.1', '2.2.1'],
    scopes: [],
    returns: ['NC', 'C', 'NA', 'review'],
    needs: ['frames'],
    description:
      '2.1.1 and 2.2.1 for the frames inside the page’s frames (an <iframe> in an <iframe>, at any depth, other origins included), which frame-title-attr cannot reach from the page’s document: read from the browser’s frame tree, each in the document that holds it, with the same rules (a non-empty title attribute; a title that only says "iframe", "frame", "title"… cannot be relevant; a URL for a title is a doubt). Frames hidden from assistive technologies, or inside a hidden frame, are out of scope. Nested frames that could not be read, or beyond the first 50, and frames not loaded yet when the page is audited (a lazily loaded frame further down: the frames it will hold are unknown) leave 2.1.1 to a human.',
    messages: {
      'no-title': {
        en: 'Frame inside a frame (in {parent}) without a title attribute.',
        fr: 'Cadre dans un cadre (dans {parent}) sans attribut title.',
      },
      'no-title-aria': {
        en: 'Frame inside a frame (in {parent}) without a title attribute: RGAA test 2.1.1 requires one (the aria-label or aria-labelledby WCAG would accept does not replace it).',
        fr: 'Cadre dans un cadre (dans {parent}) sans attribut title : le test RGAA 2.1.1 l’exige (l’aria-label ou l’aria-labelledby que les WCAG accepteraient ne le remplace pas).',
      },
      'empty-title': {
        en: 'Frame inside a frame (in {parent}) with an empty title attribute.',
        fr: 'Cadre dans un cadre (dans {parent}) avec un attribut title vide.',
      },
      'generic-title': {
        en: 'Frame title "{title}" (a frame inside a frame, in {parent}) says nothing about the frame\'s content.',
        fr: 'Le titre de cadre « {title} » (un cadre dans un cadre, dans {parent}) ne dit rien du contenu du cadre.',
      },
      'url-title': {
        en: 'Frame title is a URL ("{title}"; a frame inside a frame, in {parent}): check it identifies the content.',
        fr: 'Le titre de cadre est une adresse (« {title} » ; un cadre dans un cadre, dans {parent}) : vérifier qu’il identifie le contenu.',
      },
      'not-loaded': {
        en: 'Frame not loaded when the page was audited ({src}; loaded lazily, further down the page?): the frames it will hold could not be examined; check they have a relevant title attribute.',
        fr: 'Cadre pas encore chargé lors de l’audit de la page ({src} ; chargé plus tard, plus bas dans la page ?) : les cadres qu’il contiendra n’ont pas pu être examinés ; vérifier qu’ils ont un attribut title pertinent.',
      },
      'not-examined': {
        en: '{n} frames inside the page’s frames could not be examined (detached meanwhile, or beyond the first 50): check they have a title attribute.',
        fr: '{n} cadres contenus dans les cadres de la page n’ont pas pu être examinés (retirés entre-temps, ou au-delà des 50 premiers) : vérifier qu’ils ont un attribut title.',
      },
    },
  },
  run({ frames }) {
    const r: CheckResult = { applicable: 0, failures: [], doubts: [] };
    const title11: CheckResult = { applicable: 0, failures: [], doubts: [] };
    const title22: CheckResult = { applicable: 0, failures: [], doubts: [] };
    r.byTest = { '2.1.1': title11, '2.2.1': title22 };
    const put = (part: CheckResult, kind: 'failures' | 'doubts', n: CheckNode) => {
      part[kind].push(n);
      r[kind].push(n);
    };
    if (frames.unread) put(title11, 'doubts', { selector: 'html', snippet: '<iframe>', messageId: 'not-examined', params: { n: frames.unread } });
    for (const f of frames.pending ?? []) put(title11, 'doubts', { selector: f.selector, snippet: f.snippet, messageId: 'not-loaded', params: { src: f.src.slice(0, 120) } });
    for (const f of frames.nested) {
      if (f.hidden) continue;
      r.applicable++;
      title11.applicable++;
      const at = { selector: f.selector, snippet: f.snippet };
      const parent = f.parent.slice(0, 120);
      const found = frameTitleFinding(f.title, f.src, f.ariaName);
      if (found?.test === '2.1.1') {
        put(title11, 'failures', { ...at, messageId: found.messageId, params: { parent } });
        continue;
      }
      title22.applicable++;
      if (found) put(title22, found.kind, { ...at, messageId: found.messageId, params: { title: found.title, parent } });
    }
    return r;
  },
});
