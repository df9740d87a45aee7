import { defineCheck } from '../define.js';
import { LISTENER_SCOPE_MESSAGES, anyListenerScope } from '../listeners.js';

export default defineCheck({
  meta: {
    id: 'consult-motion-scope',
    decides: [],
    scopes: ['13.8'],
    returns: ['NA', 'review'],
    needs: ['listeners'],
    description:
      'Scope of 13.8: what can move or blink by itself (glossary « Contrôle (contenu en mouvement ou clignotant) »: animated images, <object>, scripts, CSS effects). Images, SVG, canvas, media, frames and plugins, <marquee>/<blink>, CSS animations and transitions (running or declared), CSS images, unreadable style sheets, and any script (see script-scope). None → NA.',
    messages: {
      ...LISTENER_SCOPE_MESSAGES,
      what: { en: 'moving or blinking content', fr: 'un contenu en mouvement ou clignotant' },
    },
  },
  run({ listeners: p }) {
    const { scripts, frames, motion } = p.dom;
    return anyListenerScope(p, scripts + frames + motion);
  },
});
