import { defineCheck } from '../define.js';
import { LISTENER_SCOPE_MESSAGES, anyListenerScope } from '../listeners.js';

export default defineCheck({
  meta: {
    id: 'script-scope',
    decides: [],
    scopes: ['7.1', '7.2', '7.3', '7.4', '7.5', '12.8.2', '13.1.3', '13.2'],
    returns: ['NA', 'review'],
    needs: ['listeners'],
    description:
      'Whether the page can run a script of its own (glossary « Script »): executable <script> elements (not JSON or templates), inline event handlers (any on* attribute), javascript: URLs, scripts loaded then removed, event listeners on the window, the document or any element, frames and plugins. None → the tests about scripts (7.1–7.5, 12.8.2, 13.1.3, 13.2) have nothing to apply to → NA. Listeners that could not be read leave them NT.',
    messages: {
      ...LISTENER_SCOPE_MESSAGES,
      what: { en: 'a script of the page', fr: 'un script de la page' },
    },
  },
  run({ listeners: p }) {
    return anyListenerScope(p, p.dom.scripts + p.dom.frames);
  },
});
