import { defineCheck } from '../define.js';

export default defineCheck({
  meta: {
    id: 'consult-meta-refresh',
    decides: ['13.1.1', '13.1.2'],
    scopes: [],
    returns: ['NC', 'C', 'NA', 'review'],
    needs: ['dom'],
    description:
      '13.1.1 / 13.1.2: <meta http-equiv="refresh">. Without a URL (or to the same page) it reloads the page: NC for 13.1.1 unless the delay is 20 hours or more. With a URL it redirects: NC for 13.1.2 unless the delay is 0. The content is read as browsers read it (lib/refresh.page.ts).',
    messages: {
      unreadable: {
        en: 'meta refresh with a content browsers ignore: "{content}"',
        fr: 'meta refresh avec un contenu que les navigateurs ignorent : « {content} »',
      },
      'delayed-redirect': {
        en: 'meta refresh redirects to {url} after {delay} s: RGAA test 13.1.2 requires a redirect to be immediate (delay 0), stricter than WCAG 2.2.1, which accepts a delay the user can adjust',
        fr: 'meta refresh redirige vers {url} après {delay} s : le test RGAA 13.1.2 exige une redirection immédiate (délai 0), plus strict que le critère WCAG 2.2.1, qui accepte un délai réglable par l’utilisateur',
      },
      reload: {
        en: 'the page reloads itself every {delay} s and the user cannot stop it or lengthen the delay',
        fr: 'la page se recharge toutes les {delay} s et l’utilisateur ne peut ni l’arrêter ni allonger le délai',
      },
    },
  },
});
