import { defineCheck } from '../define.js';

export default defineCheck({
  meta: {
    id: 'req-presentation-markup',
    decides: ['8.9.1'],
    scopes: [],
    returns: ['NC', 'review'],
    needs: ['dom'],
    description:
      '8.9.1: markup used only for presentation: runs of <br> simulating paragraphs or spacing (two or more between text, three or more anywhere), and empty paragraphs (<p>&nbsp;</p>, <p><br></p>) used as spacers. Two <br> at the edge of a block are listed for a human.',
    messages: {
      'br-paragraphs': {
        en: '{n} consecutive <br> separate blocks of text: they simulate paragraphs (use <p>).',
        fr: '{n} <br> consécutifs séparent des blocs de texte : ils simulent des paragraphes (utiliser <p>).',
      },
      'br-spacing': {
        en: '{n} consecutive <br> create vertical space (use CSS margins).',
        fr: '{n} <br> consécutifs créent un espace vertical (utiliser les marges CSS).',
      },
      'br-at-end': {
        en: '{n} consecutive <br> at the end of a block: check they are not used only for spacing.',
        fr: '{n} <br> consécutifs à la fin d’un bloc : vérifier qu’ils ne servent pas seulement à espacer.',
      },
      'br-at-start': {
        en: '{n} consecutive <br> at the start of a block: check they are not used only for spacing.',
        fr: '{n} <br> consécutifs au début d’un bloc : vérifier qu’ils ne servent pas seulement à espacer.',
      },
      'empty-paragraph': {
        en: 'Empty paragraph (only spaces or <br>) used as a spacer: use CSS margins.',
        fr: 'Paragraphe vide (seulement des espaces ou des <br>) utilisé pour espacer : utiliser les marges CSS.',
      },
    },
  },
});
