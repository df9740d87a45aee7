import { defineCheck } from '../define.js';

export default defineCheck({
  meta: {
    id: 'script-scope',
    decides: [],
    scopes: ['7.1', '7.2', '7.3', '7.4', '7.5'],
    returns: ['NA'],
    needs: ['dom'],
    description:
      'Scope of 7.1–7.5: executable <script> elements (not JSON or templates), inline event handler attributes, javascript: URLs, frames and plugins. Zero means the page cannot run a script of its own.',
    // A scope: it counts elements and lists none.
    messages: {},
  },
});
