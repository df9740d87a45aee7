import { defineCheck } from '../define.js';

export default defineCheck({
  meta: {
    id: 'nav-frame-tabindex',
    decides: ['12.8.1'],
    scopes: [],
    returns: ['NC', 'review'],
    needs: ['dom'],
    description:
      '12.8.1: a visible <iframe>/<frame> with a negative tabindex takes its whole document out of the tab order (Chromium and Firefox skip it): when that document (same origin) holds visible elements in its own tab order (links, buttons, fields…), the keyboard never reaches them and the tab order skips content (glossary « Ordre de tabulation »: the order tabindex makes is the reference). A frame whose document cannot be read (another origin) is a doubt.',
    messages: {
      skipped: {
        en: 'Frame with tabindex="{tabindex}": its document holds elements in its tab order (first: <{tag}> {text}), which the keyboard never reaches.',
        fr: 'Cadre avec tabindex="{tabindex}" : son document contient des éléments dans son ordre de tabulation (le premier : <{tag}> {text}), que le clavier n’atteint jamais.',
      },
      unreadable: {
        en: 'Frame with tabindex="{tabindex}" whose document cannot be read (another origin): if it holds links, buttons or fields, the keyboard cannot reach them.',
        fr: 'Cadre avec tabindex="{tabindex}" dont le document est illisible (autre origine) : s’il contient des liens, boutons ou champs, le clavier ne peut pas les atteindre.',
      },
    },
  },
});
