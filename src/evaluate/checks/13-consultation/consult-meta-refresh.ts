import { defineCheck } from '../define.js';

export default defineCheck({
  meta: {
    id: 'consult-meta-refresh',
    decides: ['13.1.1', '13.1.2'],
    scopes: [],
    returns: ['NC', 'C', 'NA', 'review'],
    needs: ['dom'],
    description:
      '13.1.1 / 13.1.2: <meta http-equiv="refresh">. Without a URL (or to the same page) it reloads the page: NC for 13.1.1 unless the delay is 20 hours or more. With a URL it redirects: NC for 13.1.2 unless the delay is 0.',
    messages: {
      unreadable: {
        en: 'meta refresh with an unreadable content "{content}"',
        fr: 'meta refresh avec un contenu illisible « {content} »',
      },
      'delayed-redirect': {
        en: 'meta refresh redirects to {url} after {delay} s: a redirect must be immediate (delay 0)',
        fr: 'meta refresh redirige vers {url} après {delay} s : une redirection doit être immédiate (délai 0)',
      },
      reload: {
        en: 'the page reloads itself every {delay} s and the user cannot stop it or lengthen the delay',
        fr: 'la page se recharge toutes les {delay} s et l’utilisateur ne peut ni l’arrêter ni allonger le délai',
      },
    },
  },
});
