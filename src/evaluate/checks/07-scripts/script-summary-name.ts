import { defineCheck } from '../define.js';

export default defineCheck({
  meta: {
    id: 'script-summary-name',
    decides: ['7.1.1'],
    scopes: [],
    returns: ['review'],
    needs: ['dom'],
    description:
      '7.1.1: the <summary> of a <details> (the control that opens and closes it) with no accessible name. The name is missing, but 7.1.1 covers components a script generates or controls, and a native <details> works without one: listed for a human, who says whether a script drives it (then 7.1.1 fails). axe-core’s summary-name has no RGAA tag, hence this check.',
    messages: {
      'no-name': {
        en: '<summary> without an accessible name: the control that opens this <details> says nothing; if a script drives it, 7.1.1 fails.',
        fr: '<summary> sans nom accessible : le contrôle qui ouvre ce <details> ne dit rien ; si un script le pilote, le test 7.1.1 échoue.',
      },
    },
  },
});
