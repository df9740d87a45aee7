import { defineCheck } from '../define.js';

/**
 * The tests our checks can decide C that examine elements: their elements may also be in a frame's
 * document, which neither axe-core (run with `iframes: false`) nor our checks enter. The tests about
 * the page's own document (8.1 doctype, 8.3 lang, 8.5 title, 13.1.2 meta redirect) and 2.1.1 (the
 * page's frame elements themselves) are not among them.
 */
/** The tests our checks can decide C that are about the page's own document or its frame elements. */
export const PAGE_DOCUMENT_TESTS = ['2.1.1', '8.1.1', '8.1.2', '8.1.3', '8.3.1', '8.5.1', '13.1.2'];

export const FRAME_SENSITIVE = ['1.1.1', '5.4.1', '5.8.1', '6.2.1', '8.10.1', '8.10.2', '10.1.1', '10.1.2', '10.1.3', '11.1.1', '11.1.2', '11.6.1', '11.8.2', '13.11.1'];

export default defineCheck({
  meta: {
    id: 'frame-content',
    decides: FRAME_SENSITIVE,
    scopes: [],
    returns: ['C', 'NA', 'review'],
    needs: ['dom'],
    theme: 2,
    description:
      'C only when proven: a test decided C on every element of the page is proven for the page’s own document only. When the page shows a frame (an <iframe> or <frame> rendered on screen, whose document is not an empty same-origin one), its content was not examined (axe-core runs without entering frames, and so do our checks): each test that examines elements is left to a human for that frame (NT instead of C), the frame listed. It never makes a test NC; a test whose own check finds nothing in scope is NA only when there is no such frame either (a frame may hold what the test applies to). Frames nested in a frame’s document are not seen (2.1.1 stays C on the page’s own frames).',
    messages: {
      'not-examined': {
        en: 'Content of this frame ({src}) was not examined by the tool: check this test inside it too.',
        fr: 'Le contenu de ce cadre ({src}) n’a pas été examiné par l’outil : vérifier ce test dans le cadre aussi.',
      },
    },
  },
});
