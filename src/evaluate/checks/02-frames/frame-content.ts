import { defineCheck } from '../define.js';
import { FRAME_SENSITIVE } from './frame-tests.js';

export default defineCheck({
  meta: {
    id: 'frame-content',
    decides: FRAME_SENSITIVE,
    scopes: [],
    returns: ['C', 'NA', 'review'],
    needs: ['dom'],
    theme: 2,
    description:
      'C only when proven: a test decided C on every element of the page is proven for the page’s own document only. When the page shows a frame (an <iframe> or <frame> rendered on screen, whose document is not an empty same-origin one), its content was not examined (axe-core runs without entering frames, and so do our checks): each test that examines elements is left to a human for that frame (NT instead of C), the frame listed. It never makes a test NC; a test whose own check finds nothing in scope is NA only when there is no such frame either (a frame may hold what the test applies to). For every other test, the evaluation does the same with the page’s scopes (evaluate.ts: an empty scope is NA only when the frames, counted when the page can read them, hold none either). The titles of frames nested in a frame’s document are frame-title-nested’s (2.1.1, 2.2.1).',
    messages: {
      'not-examined': {
        en: 'Content of this frame ({src}) was not examined by the tool: check this test inside it too.',
        fr: 'Le contenu de ce cadre ({src}) n’a pas été examiné par l’outil : vérifier ce test dans le cadre aussi.',
      },
    },
  },
});
