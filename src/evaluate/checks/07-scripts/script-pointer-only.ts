import { defineCheck } from '../define.js';

export default defineCheck({
  meta: {
    id: 'script-pointer-only',
    decides: ['7.1.1', '7.3.1'],
    scopes: [],
    returns: ['review'],
    needs: ['dom'],
    description:
      '7.1.1, 7.3.1: elements with an inline mouse handler (onclick, onmousedown…) that are neither natively interactive nor given a role and a tabindex: listed for a human (they may lack a role and keyboard access, unless an equivalent control exists in the page).',
    messages: {
      'mouse-only': {
        en: '<{tag}> with a mouse handler ({missing}): check it has a role and works with the keyboard, or that an equivalent control exists.',
        fr: '<{tag}> avec un gestionnaire de souris ({missing}) : vérifier qu’il a un rôle et fonctionne au clavier, ou qu’un composant équivalent existe.',
      },
      'no-role': {
        en: 'no role',
        fr: 'pas de rôle',
      },
      'not-focusable': {
        en: 'not focusable',
        fr: 'pas focalisable',
      },
      'no-key-handler': {
        en: 'no inline keyboard handler',
        fr: 'pas de gestionnaire clavier dans le code',
      },
    },
  },
});
