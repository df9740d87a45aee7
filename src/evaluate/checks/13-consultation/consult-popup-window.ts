import type { CheckResult } from '../define.js';
import { defineCheck } from '../define.js';

export default defineCheck({
  meta: {
    id: 'consult-popup-window',
    decides: ['13.2.1'],
    scopes: [],
    returns: ['NC'],
    needs: ['popups'],
    description:
      '13.2.1: a new window opened while the page loaded, before any user action (a second page in the browser context, counted before the first key press of the keyboard walk). Windows opened later by timers are not seen.',
    messages: {
      'opened-at-load': {
        en: 'a new window ({url}) opened when the page loaded, without any user action',
        fr: 'une nouvelle fenêtre ({url}) s’est ouverte au chargement de la page, sans action de l’utilisateur',
      },
    },
  },
  run({ popups }) {
    const r: CheckResult = { applicable: 1, failures: [], doubts: [] };
    for (const url of popups.slice(0, 10)) {
      r.failures.push({
        selector: 'html',
        snippet: `window.open(${JSON.stringify(url || 'about:blank')})`,
        messageId: 'opened-at-load',
        params: { url: url || 'about:blank' },
      });
    }
    return r;
  },
});
